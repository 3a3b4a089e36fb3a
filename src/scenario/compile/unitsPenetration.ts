import { evaluateSchedule } from "../../activity/schedule.js";
import { stockActivityOf } from "../../activity/stockActivity.js";
import { InvalidInputError, StockUnitsError } from "../../errors.js";
import { matchesTarget } from "../../measures/target.js";
import type { MeasureUnits } from "../../measures/measureUnits.js";
import { Dec } from "../../units/decimal.js";
import { COUNT_DIMENSIONS } from "../../units/unitRegistry.js";
import { MIN_EXACT_PENETRATION, belowExactPenetration } from "./minExactPenetration.js";
import { parseUnit } from "../../units/units.js";
import type { Scenario } from "../scenario.js";
import { withScenarioPath } from "./compileChecks.js";

/**
 * The penetration of a measure stated in units of stock, in each year, exactly: the units it has
 * treated by that year divided by the stock of the baseline rows its target matches (their stocks
 * converted to the measure's unit and summed). Treating that share of every targeted row treats
 * exactly `units` units in all.
 *
 * @param scenario - the scenario (its baseline rows and measures)
 * @param measureIndex - the index of the measure in `measures` (it has `units`)
 * @param years - the years
 * @returns the penetration [-], the units treated [unit] and the stock targeted [unit], per year
 * @throws {@link cobenefits!StockUnitsError} `NO_STOCK` at `measures[i].units` when a targeted row has no
 *   stock (it is given by level) or a stock of another dimension (at `units.unit`), naming the rows;
 *   `UNITS_EXCEED_STOCK` at `measures[i].units` when the units exceed the stock in a year (both figures)
 * @throws {@link cobenefits!InvalidInputError} (`out_of_range`) at the largest targeted row's `stock` when
 *   units / stock is positive but below `MIN_EXACT_PENETRATION` (a stock so large that the exact
 *   engine would show the reductions as 0), naming the units, the stock and the share
 * @throws {@link cobenefits!InvalidInputError} for negative units, a schedule with no value in a year, or
 *   a count (household, vehicle, stove ...) that is not a whole number: a value written so (at its
 *   field, `units.level.value`, `.steps[j].value`, `.points[j].value`, `.base.value`) or a year's
 *   value an `interp` or `growth` schedule gives between them (at `units.level`, naming the year)
 * @example
 * ```ts
 * import { unitsPenetration } from "cobenefits/engine";
 * const s = { baseline: [{ id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", unit: "vkm",
 *     stock: { unit: "vehicle", level: { kind: "constant", value: "80000" } }, intensity: { value: "30000", unit: "vkm/vehicle" } }],
 *   measures: [{ id: "scrap", kind: "scrappage", target: { activityIds: ["trucks"] }, replacement: null,
 *     units: { unit: "vehicle", level: { kind: "constant", value: "21986" } } }] };
 * unitsPenetration(s as never, 0, [2030]).penetration.map(String); // ["0.274825"]
 * ```
 * @category Scenario
 */
export function unitsPenetration(
  scenario: Pick<Scenario, "baseline" | "measures">,
  measureIndex: number,
  years: readonly number[],
): { readonly penetration: Dec[]; readonly counts: Dec[]; readonly stock: Dec[] } {
  const measure = scenario.measures[measureIndex]!;
  const units = measure.units as MeasureUnits;
  const at = ["measures", measureIndex, "units"];
  const rows = scenario.baseline
    .map((row, rowIndex) => ({ row, rowIndex }))
    .filter(({ row }) => matchesTarget(measure.target, { sector: row.sector, fuel: row.fuel, technology: row.technology, heatSegment: row.heatSegment, activityId: row.id }));
  const ids = rows.map(({ row }) => row.id);
  const fields = { measureId: measure.id, unit: units.unit, activityIds: ids };
  const unit = parseUnit(units.unit, [...at, "unit"]);
  if (rows.length === 0) {
    throw new StockUnitsError("NO_STOCK", `measure ${measure.id} is stated in ${units.unit} but its target matches no baseline row, so there is no stock to count them against; target the baseline rows given as stock x intensity (a measure in units acts on the stock of the rows its target matches)`, at, fields);
  }
  const stockless = rows.filter(({ row }) => row.stock === undefined || row.intensity === undefined);
  if (stockless.length > 0) {
    throw new StockUnitsError("NO_STOCK", `measure ${measure.id} is stated in ${units.unit} but the rows it targets ${stockless.map(({ row }) => row.id).join(", ")} have no stock; give them a stock and an intensity instead of a level, or state the measure as a penetration`, at, fields);
  }
  const other = rows.filter(({ row }) => parseUnit(row.stock!.unit).dimension !== unit.dimension);
  if (other.length > 0) {
    throw new StockUnitsError("NO_STOCK", `measure ${measure.id} counts ${units.unit} but the stock of ${other.map(({ row }) => `${row.id} is in ${row.stock!.unit}`).join(", ")}; state the measure in the unit its target is counted in`, [...at, "unit"], fields);
  }
  const whole = (COUNT_DIMENSIONS as readonly string[]).includes(unit.dimension);
  if (whole) checkWrittenCounts(units, measure.id, [...at, "level"]);
  const counts: Dec[] = [];
  const stock: Dec[] = [];
  const penetration = years.map((year) => {
    const u = withScenarioPath([...at, "level"], `units of measure ${measure.id}`, () => evaluateSchedule(units.level, year));
    const total = rows.reduce(
      (sum, { row, rowIndex }) => sum.plus(withScenarioPath(["baseline", rowIndex], `stock of ${row.id}`, () => stockActivityOf(row as Parameters<typeof stockActivityOf>[0], year).stock.times(parseUnit(row.stock!.unit).toBase).div(unit.toBase))),
      new Dec(0),
    );
    counts.push(u);
    stock.push(total);
    if (u.lt(0)) throw new StockUnitsError("UNITS_EXCEED_STOCK", `measure ${measure.id} treats ${u.toString()} ${units.unit} in ${year}; units treated must not be negative`, [...at, "level"], { ...fields, year, units: u.toString(), stock: total.toString() });
    // The values written in the schedule are counts (checked above, whole numbers); a year an interp
    // or growth schedule puts between them is the programme's progress on that path and may fall
    // between whole units (6,733.3 households in 2019 on the way from 0 to 20,200 in 2021).
    if (u.isZero()) return new Dec(0);
    if (u.gt(total)) {
      throw new StockUnitsError(
        "UNITS_EXCEED_STOCK",
        `measure ${measure.id} treats ${u.toString()} ${units.unit} in ${year}, more than the ${total.toString()} ${units.unit} of the rows it targets (${ids.join(", ")}); lower the units or check the stock`,
        at,
        { ...fields, year, units: u.toString(), stock: total.toString() },
      );
    }
    const p = u.div(total);
    if (belowExactPenetration(p)) {
      const largest = rows.reduce((a, b) => (stockOf(b, year).gt(stockOf(a, year)) ? b : a));
      throw new InvalidInputError("measure units", [{
        code: "out_of_range", minimum: MIN_EXACT_PENETRATION, path: ["baseline", largest.rowIndex, "stock"],
        message: `measure ${measure.id} treats ${u.toString()} ${units.unit} of a stock of ${total.toString()} ${units.unit} in ${year} (rows ${ids.join(", ")}; the largest, ${largest.row.id}, holds ${stockOf(largest, year).toString()} ${largest.row.stock!.unit}): a share of ${p.toSignificantDigits(6).toString()}, below the ${MIN_EXACT_PENETRATION} the exact engine carries without losing the reduction (blended factors keep 40 decimals); check the stock and its unit`,
      }]);
    }
    return p;
  });
  return { penetration, counts, stock };
}

/** A targeted row's stock in a year [its own stock unit]. */
function stockOf(r: { readonly row: Scenario["baseline"][number] }, year: number): Dec {
  return stockActivityOf(r.row as Parameters<typeof stockActivityOf>[0], year).stock;
}

/** Refuses a written count that is not a whole number, at its field, all at once. */
function checkWrittenCounts(units: MeasureUnits, measureId: string, at: readonly (string | number)[]): void {
  const level = units.level;
  const written: { readonly value: string; readonly path: readonly (string | number)[] }[] =
    level.kind === "constant" ? [{ value: level.value, path: [...at, "value"] }]
    : level.kind === "step" ? level.steps.map((x, j) => ({ value: x.value, path: [...at, "steps", j, "value"] }))
    : level.kind === "interp" ? level.points.map((x, j) => ({ value: x.value, path: [...at, "points", j, "value"] }))
    : [{ value: level.base.value, path: [...at, "base", "value"] }];
  const issues = written.filter((w) => !new Dec(w.value).isInteger()).map((w) => ({
    code: "not_multiple_of" as const, path: w.path,
    message: `measure ${measureId} treats ${w.value} ${units.unit}; a count of ${units.unit} is a whole number (one ${units.unit} is treated or not)`,
  }));
  if (issues.length > 0) throw new InvalidInputError("measure units", issues);
}

/**
 * What the plan records of a measure stated in units of stock: its unit, and the units treated
 * and the stock targeted in each year; nothing for a measure stated as a penetration.
 *
 * @param scenario - the scenario
 * @param measureIndex - the measure's index
 * @param years - the years
 * @returns `{ units }` to spread into the plan's measure, or `{}`
 * @throws {@link cobenefits!StockUnitsError} as {@link unitsPenetration}
 * @example
 * ```ts
 * import { measureUnitsOf } from "cobenefits/engine";
 * measureUnitsOf({ baseline: [], measures: [{ id: "m", penetration: { kind: "constant", value: "1" } }] } as never, 0, [2030]); // {}
 * ```
 * @category Scenario
 */
export function measureUnitsOf(scenario: Pick<Scenario, "baseline" | "measures">, measureIndex: number, years: readonly number[]): { readonly units?: { readonly unit: string; readonly counts: readonly Dec[]; readonly stock: readonly Dec[] } } {
  const units = scenario.measures[measureIndex]!.units;
  if (units === undefined) return {};
  const { counts, stock } = unitsPenetration(scenario, measureIndex, years);
  return { units: { unit: units.unit, counts, stock } };
}
