import type { DecimalString } from "../../units/decimal.js";
import type { Plan } from "../plan.js";

/**
 * The stock behind an activity row given as stock x intensity, in one year: the stock, the
 * activity per unit of stock, and the activity level they make (level = stock x intensity, exact).
 * @category Scenario
 */
export interface StockRow {
  readonly activityId: string;
  readonly year: number;
  readonly stock: DecimalString;
  /** e.g. `household`, `vehicle`, `m2`. */
  readonly stockUnit: string;
  readonly intensity: DecimalString;
  /** e.g. `kt/household`: the row's unit per unit of stock. */
  readonly intensityUnit: string;
  readonly level: DecimalString;
  /** The row's activity unit. */
  readonly unit: string;
}

/**
 * The stock rows of a plan: one per activity row given as stock x intensity and year.
 *
 * @param plan - the compiled plan
 * @returns stock, intensity and level per row and year, exact decimal strings
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "ger", sector: "1.A.4.b.i", fuel: "lignite", unit: "kt",
 *     stock: { unit: "household", level: { kind: "constant", value: "202000" } }, intensity: { value: "5.4", unit: "t/household" } }],
 *   measures: [] });
 * evaluateScenario(plan).stocks[0]?.level; // "1090.8"
 * ```
 * @category Scenario
 */
export function stockRows(plan: Plan): StockRow[] {
  const units = new Map(plan.scenario.baseline.map((b) => [b.id, b.unit]));
  return plan.lineages.flatMap((l) => {
    const s = l.stock;
    if (s === undefined) return [];
    const unit = units.get(l.activityId)!;
    return plan.years.map((year, yi) => ({
      activityId: l.activityId, year, stock: s.counts[yi]!.toString(), stockUnit: s.unit, intensity: s.intensity[yi]!.toString(), intensityUnit: `${unit}/${s.unit}`, level: l.amounts[yi]!.toString(), unit,
    }));
  });
}
