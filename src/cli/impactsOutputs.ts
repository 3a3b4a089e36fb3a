import { computeImpacts, type ImpactsResult } from "../impacts/computeImpacts.js";
import { avoidedDeathsChart } from "../report/charts/avoidedDeathsChart.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";
import { cropsCsv } from "../report/cropsTable.js";
import { formatImpacts, healthCsv, valuationCsv } from "../report/impactsTables.js";
import type { Plan } from "../scenario/plan.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/**
 * What `run` adds when the scenario has an `impacts` section: the impacts result, its text
 * section, its files (health.csv and .json, valuation.csv and .json, exposure.json) and its chart.
 *
 * @param plan - the compiled scenario (its `scenario.impacts`)
 * @param result - the exact result
 * @returns undefined when the scenario has no `impacts`
 * @example
 * ```ts
 * import { impactsOutputs } from "./impactsOutputs.js";
 * typeof impactsOutputs; // "function"
 * ```
 * @category Command line
 */
export function impactsOutputs(plan: Plan, result: ScenarioResult): { impacts: ImpactsResult; text: string; files: { name: string; content: string }[]; charts: { name: string; spec: VegaLiteSpec }[] } | undefined {
  if (plan.scenario.impacts === undefined) return undefined;
  const impacts = computeImpacts(result, plan.scenario.impacts, plan.scenario.factors?.userCitations ?? []);
  const files = [
    ...(impacts.exposure === undefined ? [] : [{ name: "exposure.json", content: json(impacts.exposure) }]),
    ...(impacts.health === undefined ? [] : [{ name: "health.csv", content: healthCsv(impacts) }, { name: "health.json", content: json(impacts.health) }]),
    ...(impacts.valuation === undefined ? [] : [{ name: "valuation.csv", content: valuationCsv(impacts) }, { name: "valuation.json", content: json(impacts.valuation) }]),
    ...(impacts.crops === undefined ? [] : [{ name: "crops.csv", content: cropsCsv(impacts.crops) }, { name: "crops.json", content: json(impacts.crops) }]),
  ];
  const charts = impacts.health === undefined ? [] : [{ name: "avoided-deaths-by-measure", spec: avoidedDeathsChart(impacts, result.name) }];
  return { impacts, text: formatImpacts(impacts), files, charts };
}
