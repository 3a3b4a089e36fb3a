import type { Schedule } from "../activity/schedule.js";
import type { CostsSection } from "../costs/costsSection.js";
import { measureCostsAt } from "../costs/measureCostsAt.js";
import { InvalidInputError, type InputIssueInit } from "../errors.js";
import type { Plan } from "../scenario/plan.js";
import { planOverYears } from "./searchPlan.js";
import { Dec } from "../units/decimal.js";
import type { OptimiseSection } from "./optimiseSection.js";
import type { PortfolioCostModel } from "./portfolioCostModel.js";

/**
 * The cost model of a scenario's `costs:` section for {@link leastCostPortfolio}: each chosen
 * measure's annual cost in a year (the GAINS annuity of its investment, its O&M, and the fuel it
 * saves or adds priced per year, from `cobenefits/costs` `measureCostsAt`), from the perspective
 * the `optimise:` section names (society when the costs have no subsidies, so that every
 * perspective but the payers' own shares is the same). The annual cost of year y depends on the
 * activity and penetrations of year y only, so it is costed on the plan of that year alone (compiled
 * once per year asked), with constant schedules. Costs are exact decimals in the costs
 * layer, handed to the optimiser as float64. Fuels the section leaves unpriced are named in the
 * model's `incomplete`.
 *
 * @param plan - the compiled scenario
 * @param costs - its validated costs section (`parseCostsSection`)
 * @param optimise - its validated optimise section
 * @returns the cost model, in the section's currency and price year
 * @throws {@link cobenefits!InvalidInputError} for a chosen measure with no cost row (it would look free), or
 *   no `perspective` where the costs have subsidies (society and the payers then differ)
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { scenarioCostModel } from "cobenefits/optimise";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0" }, removal: { SO2: "0.9" } }] });
 * // a synthetic variable O&M of 10 CNY/TJ, for the example only
 * const costs = { currency: "CNY", priceYear: 2020, discountRate: "0.1", measures: [{ measure: "fgd", paidBy: "enterprise" as const, variableOM: { value: "10", unit: "CNY/TJ" } }] };
 * scenarioCostModel(plan, costs, { measures: [{ id: "fgd" }] }).annualisedCosts({ fgd: 0.5 }, 2030); // { fgd: 500 }
 * ```
 * @category Optimisation
 */
export function scenarioCostModel(plan: Plan, costs: CostsSection, optimise: OptimiseSection): PortfolioCostModel {
  const priced = new Set(costs.measures.map((m) => m.measure));
  const issues: InputIssueInit[] = optimise.measures.flatMap((m, i) => (priced.has(m.id) ? [] : [{ path: ["optimise", "measures", i, "id"], message: `measure "${m.id}" has no cost row in the costs section, so it would look free; give it one (costs.measures) or leave it out of optimise.measures` }]));
  const subsidised = costs.measures.some((m) => (m.subsidies ?? []).length > 0);
  if (subsidised && optimise.perspective === undefined) issues.push({ path: ["optimise", "perspective"], message: "the costs section has subsidies, so society, households, enterprises and the government pay differently: name the perspective to minimise (society, household, enterprise or government)" });
  if (issues.length > 0) throw new InvalidInputError("least-cost portfolio", issues);
  const perspective = optimise.perspective ?? "society";
  const ids = optimise.measures.map((m) => m.id);
  const memo = new Map<string, Record<string, number>>();
  const plans = new Map<number, Plan>();
  return {
    currency: `${costs.currency} (${costs.priceYear} prices, ${perspective} perspective)`,
    incomplete: (costs.unpricedFuels ?? []).map((u) => `INCOMPLETE: ${u.fuel} has no price (costs.unpricedFuels: ${u.reason}), so what the measures save or add of it is not in these costs`),
    annualisedCosts: (penetrations, year) => {
      const key = `${year}:${ids.map((id) => penetrations[id] ?? 0).join(",")}`;
      const known = memo.get(key);
      if (known !== undefined) return known;
      let yearPlan = plans.get(year);
      if (yearPlan === undefined) plans.set(year, (yearPlan = planOverYears(plan, year, year)));
      const schedules: Record<string, Schedule> = Object.fromEntries(ids.map((id) => [id, { kind: "constant", value: new Dec(penetrations[id] ?? 0).toDecimalPlaces(15).toString() }]));
      const costsOfYear: Record<string, number> = {};
      for (const row of measureCostsAt(yearPlan, costs, schedules, perspective)) costsOfYear[row.measure] = Number(row.total);
      if (memo.size > 256) memo.clear();
      memo.set(key, costsOfYear);
      return costsOfYear;
    },
  };
}
