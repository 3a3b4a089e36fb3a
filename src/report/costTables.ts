import { macCurve } from "../costs/macCurve.js";
import type { ScenarioCosts } from "../costs/scenarioCosts.js";
import { toCsv } from "./csv.js";

/**
 * The columns of costs.csv (annual costs per measure, year and perspective), in order.
 * @category Report
 */
export const COST_COLUMNS = ["measure", "year", "perspective", "investment", "fixedOM", "variableOM", "fuel", "subsidies", "total", "unit", "unpricedFuels"] as const;

/**
 * The columns of cost-per-tonne.csv, in order.
 * @category Report
 */
export const COST_PER_TONNE_COLUMNS = ["measure", "year", "perspective", "kind", "of", "cost", "reduction", "costPerTonne", "status", "unit", "unpricedFuels"] as const;

/**
 * The columns of mac.csv (the abatement cost curves of the last year, society), in order.
 * @category Report
 */
export const MAC_COLUMNS = ["year", "kind", "of", "perspective", "rank", "measure", "reduction", "costPerTonne", "cost", "cumulativeStart", "cumulativeEnd", "status", "unit"] as const;

/**
 * The cost tables of a scenario as CSV files: costs.csv (annual costs per measure, year and
 * perspective [currency/yr]), costs-npv.csv (NPV per measure and perspective [currency]),
 * cost-per-tonne.csv (per measure, year, perspective, species or metric, with the status where no
 * ratio is given [currency/t]) and mac.csv (the marginal abatement cost curve of the last year
 * from society's perspective, per species and metric; measures left out of a curve as rows with
 * their status and no rank). Exact decimal strings.
 *
 * @param costs - from {@link scenarioCosts}
 * @returns the files' names and contents
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { costTablesToCsv, scenarioCosts } from "cobenefits/costs";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }],
 *   costs: { currency: "CNY", priceYear: 2020, discountRate: "0.05", measures: [{ measure: "fgd", paidBy: "enterprise", variableOM: { value: "81", unit: "CNY/TJ" } }] } });
 * const files = costTablesToCsv(scenarioCosts(plan, evaluateScenario(plan)));
 * files.map((f) => f.name); // ["costs.csv", "costs-npv.csv", "cost-per-tonne.csv", "mac.csv"]
 * files[3]?.content.split("\n")[1]; // "2030,species,SO2,society,1,fgd,81,100,8100,0,81,ok,CNY/t"
 * ```
 * @category Report
 */
export function costTablesToCsv(costs: ScenarioCosts): { readonly name: string; readonly content: string }[] {
  const money = `${costs.currency} (${costs.priceYear} prices)`;
  const annual = costs.annual.map((r) => ({ ...r, unit: `${money}/yr` }));
  const npv = costs.npv.map((r) => ({ ...r, discountRate: costs.discountRate, unit: money }));
  const last = Math.max(...costs.annual.map((r) => r.year));
  const names = [...new Set(costs.perTonne.map((r) => r.of))];
  const mac = Number.isFinite(last) ? names.flatMap((of) => {
    const curve = macCurve(costs, { of, year: last });
    const common = { year: curve.year, kind: curve.kind, of: curve.of, perspective: curve.perspective, unit: curve.unit };
    return [
      ...curve.steps.map((s) => ({ ...common, ...s, status: "ok" })),
      ...curve.excluded.map((e) => ({ ...common, rank: null, measure: e.measure, reduction: e.reduction, costPerTonne: null, cost: e.cost, cumulativeStart: null, cumulativeEnd: null, status: e.status })),
    ];
  }) : [];
  return [
    { name: "costs.csv", content: toCsv(COST_COLUMNS, annual, { numeric: ["year", "investment", "fixedOM", "variableOM", "fuel", "subsidies", "total"] }) },
    { name: "costs-npv.csv", content: toCsv(["measure", "perspective", "npv", "npvYear", "firstYear", "lastYear", "discountRate", "unit"], npv, { numeric: ["npv", "npvYear", "firstYear", "lastYear", "discountRate"] }) },
    { name: "cost-per-tonne.csv", content: toCsv(COST_PER_TONNE_COLUMNS, costs.perTonne, { numeric: ["year", "cost", "reduction", "costPerTonne"] }) },
    { name: "mac.csv", content: toCsv(MAC_COLUMNS, mac, { numeric: ["year", "rank", "reduction", "costPerTonne", "cost", "cumulativeStart", "cumulativeEnd"] }) },
  ];
}
