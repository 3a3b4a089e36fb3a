import { type MacCurve, type ScenarioCosts, macCurve } from "cobenefits/costs";

/**
 * The abatement cost curve the costs panel draws: `macCurve` of `cobenefits/costs` from society's
 * perspective (the panel's), of an air pollutant or of CO2e under a metric, in one year: each
 * costed measure that reduces it a step as wide as its Shapley share of the reduction [t/yr] and as
 * high as its cost per tonne [currency/t], cheapest first; the others listed as `excluded`.
 *
 * @param costs - `scenarioCosts(plan, exact)`
 * @param of - a species or a metric name
 * @param year - a year of the plan
 */
export function costCurve(costs: Pick<ScenarioCosts, "perTonne">, of: string, year: number): MacCurve {
  return macCurve(costs, { of, year, perspective: "society" });
}
