import { userMeasuredOf } from "../../measures/registry.js";
import type { Dec, DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import type { Plan } from "../plan.js";
import type { AttributionRowOf } from "./scenarioResult.js";

/**
 * What a measure stated in units of stock achieves per unit treated, in one year, for one species:
 * its standalone and Shapley reductions [t/yr] and the same per unit [t per unit per yr] (e.g. t
 * PM2.5 per vehicle scrapped per year), as numbers of type `N` (exact decimal strings or float64).
 * `basis` says where the effect comes from: `user-measured` for a reduction the user measured and
 * cites (`source`), `emission factors` for one computed from the factors.
 * @category Scenario
 */
export interface PerUnitRowOf<N> {
  readonly year: number;
  readonly measure: string;
  readonly basis: "user-measured" | "emission factors";
  /** The user's citation of a measured reduction; null for a reduction from the factors. */
  readonly source: string | null;
  readonly species: Species;
  /** Units treated by this year (cumulative), in `stockUnit`. */
  readonly units: DecimalString;
  /** The stock the measure's target has in this year, in `stockUnit`. */
  readonly stock: DecimalString;
  readonly stockUnit: string;
  /** Reductions [t/yr]. */
  readonly standalone: N;
  readonly shapley: N;
  /** Reductions per unit treated [t per unit per yr]; null in a year with no unit treated. */
  readonly standalonePerUnit: N | null;
  readonly shapleyPerUnit: N | null;
  /** The unit of the per-unit values, e.g. `t/vehicle`. */
  readonly perUnitUnit: string;
}

/**
 * Per-unit results, exactly: what a measure stated in units of stock achieves per unit treated.
 * @category Scenario
 */
export type PerUnitRow = PerUnitRowOf<DecimalString>;

/**
 * The per-unit rows of a result: for each measure stated in `units` (every `measuredReduction`
 * among them), year and species, its reductions and the same divided by the units it has treated
 * by that year. Built from the attribution rows, in their order.
 *
 * @param plan - the compiled plan (measures' units)
 * @param attribution - the result's attribution rows [t/yr]
 * @param divide - divides a reduction by a number of units, in the result's number type
 * @returns one row per units-based measure, year and species
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["NOx"], metrics: [],
 *   baseline: [{ id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm",
 *     stock: { unit: "vehicle", level: { kind: "constant", value: "8000" } }, intensity: { value: "40000", unit: "vkm/vehicle" } }],
 *   measures: [{ id: "devices", kind: "measuredReduction", target: { activityIds: ["trucks"] }, source: "a field test (2019), Table 3",
 *     units: { unit: "vehicle", level: { kind: "constant", value: "77" } }, reductionPerUnit: { NOx: { value: "100", unit: "kg/vehicle" } } }] });
 * const row = evaluateScenario(plan).perUnit[0]!;
 * [row.basis, row.shapley, row.shapleyPerUnit, row.perUnitUnit]; // ["user-measured", "7.7", "0.1", "t/vehicle"]
 * ```
 * @category Scenario
 */
export function perUnitRows<N>(plan: Plan, attribution: readonly AttributionRowOf<N>[], divide: (value: N, units: Dec) => N): PerUnitRowOf<N>[] {
  const byId = new Map(plan.measures.map((m) => [m.measure.id, m]));
  const yearIndex = new Map(plan.years.map((y, i) => [y, i]));
  return attribution.flatMap((a) => {
    const m = byId.get(a.measure);
    const units = m?.units;
    if (m === undefined || units === undefined) return [];
    const yi = yearIndex.get(a.year)!;
    const count = units.counts[yi]!;
    const source = userMeasuredOf(m.measure)?.source ?? null;
    const measured = source !== null;
    const per = (v: N) => (count.isZero() ? null : divide(v, count));
    return [{
      year: a.year, measure: a.measure, basis: measured ? "user-measured" as const : "emission factors" as const, source, species: a.species,
      units: count.toString(), stock: units.stock[yi]!.toString(), stockUnit: units.unit,
      standalone: a.standalone, shapley: a.shapley, standalonePerUnit: per(a.standalone), shapleyPerUnit: per(a.shapley), perUnitUnit: `t/${units.unit}`,
    }];
  });
}
