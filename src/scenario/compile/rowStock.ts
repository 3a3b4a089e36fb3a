import { evaluateSchedule } from "../../activity/schedule.js";
import { type Intensity, type Stock, stockActivityOf } from "../../activity/stockActivity.js";
import { InvalidInputError } from "../../errors.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import type { Dec } from "../../units/decimal.js";
import type { LineagePlan } from "../plan.js";
import type { Scenario } from "../scenario.js";
import { withScenarioPath } from "./compileChecks.js";

/** One baseline activity row of a scenario. */
type ActivityRow = Scenario["baseline"][number];
/** A row given as stock x intensity. */
type StockRow = ActivityRow & { readonly stock: Stock; readonly intensity: Intensity };

const hasStock = (row: ActivityRow): row is StockRow => row.stock !== undefined && row.intensity !== undefined;

/**
 * The stock, intensity and activity level of a row given as stock x intensity, in one year,
 * exactly (see {@link stockActivityOf}); a negative stock or intensity is an error at that field.
 *
 * @param row - the baseline row (with `stock` and `intensity`)
 * @param rowIndex - its index in `baseline`
 * @param year - the year
 * @returns stock [stock unit], intensity [row unit / stock unit], level [row unit/yr]
 * @throws {@link InvalidInputError} at `baseline[i].stock` or `.intensity` for a negative value or
 *   a schedule with no value in the year
 * @example
 * ```ts
 * import { rowStockActivity } from "./rowStock.js";
 * const row = { id: "ger", sector: "1.A.4.b.i", fuel: "hardCoal", unit: "t",
 *   stock: { unit: "household", level: { kind: "constant", value: "1000" } }, intensity: { value: "4.5", unit: "t/household" } };
 * rowStockActivity(row, 0, 2030).level.toString(); // "4500"
 * ```
 * @category Scenario
 */
export function rowStockActivity(row: ActivityRow, rowIndex: number, year: number): { readonly stock: Dec; readonly intensity: Dec; readonly level: Dec } {
  if (!hasStock(row)) throw new InvalidInputError("scenario", [{ code: "missing", path: ["baseline", rowIndex, "level"], message: `activity ${row.id} has neither a level nor a stock and an intensity` }]);
  const at = ["baseline", rowIndex];
  const a = withScenarioPath(at, `stock x intensity of ${row.id}`, () => stockActivityOf(row, year), undefined, (inner) => (inner.length > 0 ? inner : ["stock", "level"]));
  // A negative value is quoted as the user wrote it (value and unit), not converted to the row's unit.
  const asWritten = (field: "stock" | "intensity"): string => {
    const given = row[field];
    return `${"value" in given ? given.value : evaluateSchedule(given.level, year).toString()} ${given.unit}`;
  };
  for (const [field, v] of [["stock", a.stock], ["intensity", a.intensity]] as const) {
    if (v.lt(0)) throw new InvalidInputError("scenario", [{ code: "out_of_range", minimum: "0", path: [...at, field], message: `${field} of ${row.id} in ${year} is ${asWritten(field)}; it must not be negative` }]);
  }
  return a;
}

/**
 * What a lineage plan records of a row given as stock x intensity: its stock unit, its stock per
 * year and its intensity per year (in the row's unit per stock unit); nothing for a row given by level.
 *
 * @param row - the baseline row
 * @param rowIndex - its index in `baseline`
 * @param years - the scenario's years
 * @returns `{ stock }` to spread into the lineage plan, or `{}`
 * @throws {@link InvalidInputError} as {@link rowStockActivity}
 * @example
 * ```ts
 * import { rowStockPlan } from "./rowStock.js";
 * const row = { id: "cars", sector: "1.A.3.b.i", fuel: "motorGasoline", unit: "vkm",
 *   stock: { unit: "vehicle", level: { kind: "constant", value: "10" } }, intensity: { value: "12", unit: "kvkm/vehicle" } };
 * rowStockPlan(row, 0, [2030]).stock?.intensity.map(String); // ["12000"]
 * ```
 * @category Scenario
 */
export function rowStockPlan(row: ActivityRow, rowIndex: number, years: readonly number[]): { readonly stock?: NonNullable<LineagePlan["stock"]> } {
  if (!hasStock(row)) return {};
  const each = years.map((y) => rowStockActivity(row, rowIndex, y));
  return { stock: { unit: row.stock.unit, counts: each.map((a) => a.stock), intensity: each.map((a) => a.intensity) } };
}

/**
 * What a measure sees of a row's stock: the stock unit and the row's activity per unit of stock
 * in each year (row unit / stock unit); nothing for a row given by level.
 *
 * @param row - the baseline row
 * @param rowIndex - its index in `baseline`
 * @param years - the scenario's years
 * @returns `{ stock }` to spread into the row's template, or `{}`
 * @throws {@link InvalidInputError} as {@link rowStockActivity}
 * @example
 * ```ts
 * import { rowStockTemplate } from "./rowStock.js";
 * rowStockTemplate({ id: "a", sector: "1.A", fuel: "naturalGas", unit: "TJ", level: { kind: "constant", value: "1" } }, 0, [2030]); // {}
 * ```
 * @category Scenario
 */
export function rowStockTemplate(row: ActivityRow, rowIndex: number, years: readonly number[]): Pick<ActivityTemplate, "stock"> {
  const plan = rowStockPlan(row, rowIndex, years).stock;
  return plan === undefined ? {} : { stock: { unit: plan.unit, intensity: plan.intensity } };
}
