import type { Schedule } from "../activity/schedule.js";
import { withPenetrations } from "../scenario/withPenetrations.js";
import type { Plan } from "../scenario/plan.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { type AnnualCostRow, type Perspective, annualCosts } from "./annualCosts.js";
import type { CostsSection } from "./costsSection.js";

/**
 * One measure's annual cost in one year from one perspective [currency/yr], as
 * {@link measureCostsAt} gives it.
 * @category Costs
 */
export interface MeasureCostAt {
  readonly measure: string;
  readonly year: number;
  readonly total: DecimalString;
}

/**
 * The annual cost of each priced measure in each year at other penetrations than the scenario's:
 * the plan is re-penetrated with {@link cobenefits!withPenetrations} (no recompiling), then costed with
 * {@link annualCosts}. This is what an optimiser calls for a candidate portfolio. Investment and
 * O&M are linear in a measure's penetration; the fuel term follows the energy balance (Shapley
 * shares), so it is linear too unless measures overlap on an activity row.
 *
 * @param plan - a compiled plan (not changed)
 * @param section - a validated costs section ({@link parseCostsSection})
 * @param penetrations - new penetration schedules by measure id [-, 0..1]; measures not named keep theirs
 * @param perspective - whose costs (default `society`)
 * @returns per priced measure (section order) and year, the total annual cost [currency/yr], exact
 * @throws {@link cobenefits!InvalidInputError} as {@link cobenefits!withPenetrations} and {@link annualCosts}
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { measureCostsAt } from "cobenefits/costs";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0" }, removal: { SO2: "0.9" } }] });
 * const costs = { currency: "CNY", priceYear: 2020, discountRate: "0.1", measures: [{ measure: "fgd", paidBy: "enterprise" as const, variableOM: { value: "10", unit: "CNY/TJ" } }] };
 * measureCostsAt(plan, costs, { fgd: { kind: "constant", value: "0.8" } }); // [{ measure: "fgd", year: 2030, total: "800" }]
 * ```
 * @category Costs
 */
export function measureCostsAt(plan: Plan, section: CostsSection, penetrations: Readonly<Record<string, Schedule>>, perspective: Perspective = "society"): MeasureCostAt[] {
  const rows = annualCosts(Object.keys(penetrations).length === 0 ? plan : withPenetrations(plan, penetrations), section);
  return rows.filter((r) => r.perspective === perspective).map((r) => ({ measure: r.measure, year: r.year, total: r.total }));
}

/**
 * The sum of the annual costs of all priced measures in one year from one perspective [currency/yr].
 *
 * @param rows - from {@link annualCosts}
 * @param year - the year
 * @param perspective - whose costs (default `society`)
 * @returns the total, exact
 * @example
 * ```ts
 * import { totalAnnualCost } from "cobenefits/costs";
 * const zero = { investment: "0", fixedOM: "0", variableOM: "0", fuel: "0", subsidies: "0", unpricedFuels: [] };
 * const rows = [{ ...zero, year: 2030, measure: "a", perspective: "society" as const, investment: "1", total: "1" },
 *   { ...zero, year: 2030, measure: "b", perspective: "society" as const, fuel: "-0.5", total: "-0.5" }];
 * totalAnnualCost(rows, 2030); // "0.5"
 * ```
 * @category Costs
 */
export function totalAnnualCost(rows: readonly AnnualCostRow[], year: number, perspective: Perspective = "society"): DecimalString {
  return rows.filter((r) => r.year === year && r.perspective === perspective).reduce((s, r) => s.plus(r.total), new Dec(0)).toString();
}
