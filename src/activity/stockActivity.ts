import { type ZodType, strictObject as object, union } from "zod";
import { UnitError } from "../errors.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { COUNT_DIMENSIONS } from "../units/unitRegistry.js";
import { ratioUnitSchema, unitSchema } from "../units/unitSchema.js";
import { type ParsedUnit, conversionFactor, parseRatioUnit, parseUnit } from "../units/units.js";
import { type Schedule, evaluateSchedule, scheduleSchema } from "./schedule.js";

/**
 * The stock an activity is counted in: how many households, vehicles, buildings, stoves or
 * devices (or how much floor area, in m2) there are in each year, as a schedule [unit].
 * @category Activity
 */
export interface Stock {
  /** A count unit (`household`, `vehicle`, `building`, `stove`, `device`, `boiler`, `person`, `machine`, `site`), an area (`m2`) or a length (`km` of road). */
  readonly unit: string;
  /** The stock per year [unit]. */
  readonly level: Schedule;
}

/**
 * The activity of one unit of stock per year: a quantity (`{ value: "4.5", unit: "t/household" }`)
 * or a schedule over the years (`{ unit: "vkm/vehicle", level: { kind: "interp", ... } }`). The
 * unit is a ratio: the activity's unit (or one of its dimension) per the stock's unit.
 * @category Activity
 */
export type Intensity = { readonly value: DecimalString; readonly unit: string } | { readonly unit: string; readonly level: Schedule };

/**
 * Whether a parsed unit can count a stock: a count dimension, an area (m2 of floor or of site), or
 * a length (km of road, so that a road-sweeping programme is stated in km swept).
 * @param u - the parsed unit
 * @returns true for a count, an area or a length
 * @example
 * ```ts
 * import { parseUnit } from "cobenefits";
 * import { isStockUnit } from "./stockActivity.js";
 * [isStockUnit(parseUnit("machine")), isStockUnit(parseUnit("km")), isStockUnit(parseUnit("t"))]; // [true, true, false]
 * ```
 * @category Activity
 */
export const isStockUnit = (u: ParsedUnit): boolean => u.dimension === "area" || u.dimension === "distance" || (COUNT_DIMENSIONS as readonly string[]).includes(u.dimension);
/** What a stock unit may be, for messages. @category Activity */
export const STOCK_UNITS = `a count (${COUNT_DIMENSIONS.join(", ")}), an area such as m2 or a length such as km (of road)`;

/**
 * Zod schema of a {@link Stock}: a count or area unit and a non-negative schedule.
 * @category Activity
 */
export const stockSchema: ZodType<Stock> = object({
  unit: unitSchema(STOCK_UNITS, isStockUnit),
  level: scheduleSchema,
}) as ZodType<Stock>;

const intensityUnit = ratioUnitSchema(`an activity per unit of stock, e.g. t/household, vkm/vehicle, GJ/m2 or vkm/km (per km of road)`, (r) => isStockUnit(r.denominator));

/**
 * Zod schema of an {@link Intensity}: a decimal value or a schedule, in `<activity unit>/<stock unit>`.
 * @category Activity
 */
export const intensitySchema: ZodType<Intensity> = union([
  object({ value: decimalStringSchema, unit: intensityUnit }),
  object({ unit: intensityUnit, level: scheduleSchema }),
]) as ZodType<Intensity>;


/** A parse that returns undefined where the unit's own schema reports the problem. */
function quietly<T>(parse: () => T): T | undefined {
  try {
    return parse();
  } catch (e) {
    if (e instanceof UnitError) return undefined;
    throw e;
  }
}

/**
 * The cross-field problems of a baseline row's activity: it has either a `level`, or a `stock`
 * and an `intensity` (never both, never neither, never one of the two alone); the intensity's
 * unit divides by a unit of the stock's dimension, and its numerator has the dimension of the
 * row's `unit`.
 *
 * @param row - a baseline row as given (its fields' own schemas report their own problems)
 * @returns one `{ path, message }` per problem, the path relative to the row
 * @example
 * ```ts
 * import { stockActivityIssues } from "cobenefits";
 * stockActivityIssues({ unit: "t", stock: { unit: "household" }, intensity: { unit: "t/vehicle" } }).map((i) => i.message);
 * // ['the intensity is per vehicle but the stock is counted in household; write t/household']
 * ```
 * @category Activity
 */
export function stockActivityIssues(row: {
  readonly unit?: unknown;
  readonly level?: unknown;
  readonly stock?: { readonly unit?: unknown } | undefined;
  readonly intensity?: { readonly unit?: unknown } | undefined;
}): { readonly path: readonly string[]; readonly message: string }[] {
  const hasStock = row.stock !== undefined;
  const hasIntensity = row.intensity !== undefined;
  if (row.level !== undefined && (hasStock || hasIntensity)) {
    return [{ path: [hasStock ? "stock" : "intensity"], message: "give either level, or stock and intensity (level = stock x intensity), not both" }];
  }
  if (row.level === undefined && !hasStock && !hasIntensity) return [{ path: ["level"], message: "expected a level, or a stock and an intensity (level = stock x intensity)" }];
  if (row.level !== undefined) return [];
  if (!hasStock) return [{ path: ["stock"], message: "an intensity needs its stock, e.g. { unit: household, level: { kind: constant, value: \"200000\" } }" }];
  if (!hasIntensity) return [{ path: ["intensity"], message: "a stock needs its intensity, the activity per unit of stock, e.g. { value: \"4.5\", unit: t/household }" }];
  const stockUnit = typeof row.stock?.unit === "string" ? quietly(() => parseUnit(row.stock!.unit as string)) : undefined;
  const ratio = typeof row.intensity?.unit === "string" ? quietly(() => parseRatioUnit(row.intensity!.unit as string)) : undefined;
  const rowUnit = typeof row.unit === "string" ? quietly(() => parseUnit(row.unit as string)) : undefined;
  const issues: { path: string[]; message: string }[] = [];
  if (stockUnit !== undefined && ratio !== undefined && ratio.denominator.dimension !== stockUnit.dimension) {
    issues.push({ path: ["intensity", "unit"], message: `the intensity is per ${ratio.denominator.text} but the stock is counted in ${stockUnit.text}; write ${ratio.numerator.text}/${stockUnit.text}` });
  }
  if (rowUnit !== undefined && ratio !== undefined && ratio.numerator.dimension !== rowUnit.dimension) {
    issues.push({ path: ["intensity", "unit"], message: `the intensity gives ${ratio.numerator.text} (${ratio.numerator.dimension}) per unit of stock but the activity is in ${rowUnit.text} (${rowUnit.dimension}); write ${rowUnit.text}/${ratio.denominator.text}` });
  }
  return issues;
}

/**
 * A row's stock and intensity in one year, exactly: the stock [stock unit], the intensity in the
 * row's activity unit per stock unit, and the activity level they make.
 *
 * Method: level = stock x intensity x (intensity numerator -> row unit) x (stock unit -> intensity
 * denominator), every factor exact from the unit registry (`t/household` on a row in `kt`
 * multiplies by 0.001).
 *
 * @param row - a validated baseline row with `stock` and `intensity` (and its `unit`)
 * @param year - the year
 * @returns stock [stock unit], intensity [row unit / stock unit] and level [row unit/yr]
 * @throws {@link ScheduleRangeError} for a step schedule asked for a year before its first step
 * @throws {@link UnitDimensionError} when the units do not fit (the schema refuses this first)
 * @example
 * ```ts
 * import { stockActivityOf } from "cobenefits";
 * const a = stockActivityOf({ unit: "kt", stock: { unit: "household", level: { kind: "constant", value: "200000" } }, intensity: { value: "4.5", unit: "t/household" } }, 2030);
 * [a.stock.toString(), a.intensity.toString(), a.level.toString()]; // ["200000", "0.0045", "900"]
 * ```
 * @category Activity
 */
export function stockActivityOf(row: { readonly unit: string; readonly stock: Stock; readonly intensity: Intensity }, year: number): { readonly stock: Dec; readonly intensity: Dec; readonly level: Dec } {
  const stock = evaluateSchedule(row.stock.level, year);
  const given = "value" in row.intensity ? new Dec(row.intensity.value) : evaluateSchedule(row.intensity.level, year);
  const ratio = parseRatioUnit(row.intensity.unit, ["intensity", "unit"]);
  const perStockUnit = conversionFactor(row.stock.unit, ratio.denominator.text, ["stock", "unit"]);
  const intensity = given.times(conversionFactor(ratio.numerator.text, row.unit, ["intensity", "unit"])).times(perStockUnit);
  return { stock, intensity, level: stock.times(intensity) };
}
