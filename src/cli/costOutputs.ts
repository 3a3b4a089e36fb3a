import { macCurve } from "../costs/macCurve.js";
import { type ScenarioCosts, scenarioCosts } from "../costs/scenarioCosts.js";
import { macCurveChart } from "../report/charts/macCurveChart.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";
import { costTablesToCsv } from "../report/costTables.js";
import { formatCosts } from "../report/formatCosts.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";
import type { EnergyBalance } from "../scenario/evaluate/energyBalance.js";


/**
 * What `run` reports of a scenario's costs: the costs, the text section, the files, the charts
 * (one abatement cost curve per species and metric, last year, society); undefined when the
 * scenario has no `costs` section.
 *
 * @param plan - the compiled plan (its scenario's `costs`)
 * @param result - the exact result of the plan
 * @param balance - the plan's energy balance, when already computed
 * @returns the costs report, or undefined
 * @throws {@link cobenefits!InvalidInputError} as {@link cobenefits/costs!scenarioCosts}
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { costReport } from "./costOutputs.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * costReport(plan, evaluateScenario(plan)); // undefined
 * ```
 * @category Command line
 */
export function costReport(plan: Plan, result: ScenarioResult, balance?: EnergyBalance): { costs: ScenarioCosts; text: string; files: { name: string; content: string }[]; charts: () => { name: string; spec: VegaLiteSpec }[] } | undefined {
  if (plan.scenario.costs === undefined) return undefined;
  const costs = scenarioCosts(plan, result, undefined, balance);
  const files = [...costTablesToCsv(costs), { name: "costs.json", content: `${JSON.stringify(costs, null, 2)}\n` }];
  const charts = () => {
    const last = result.years[result.years.length - 1]!;
    return [...new Set(costs.perTonne.map((r) => r.of))].map((of) => ({ name: `mac-${of}`, spec: macCurveChart(macCurve(costs, { of, year: last })) }));
  };
  return { costs, text: formatCosts(costs), files, charts };
}
