import { parseImpactsSection } from "../impacts/impactsSection.js";
import { type TemperatureResult, temperatureResponse } from "../impacts/climate/temperatureResponse.js";
import { temperatureChart } from "../report/charts/temperatureChart.js";
import { formatTemperatureResponse, temperatureTableToCsv } from "../report/temperatureTable.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";
import type { Plan } from "../scenario/plan.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";

/**
 * The temperature response of a run, when the scenario has `impacts.climate` (else undefined).
 *
 * @param plan - the compiled scenario (its `impacts` section)
 * @param result - its exact result
 * @returns the temperature response, or undefined without `impacts.climate`
 * @throws {@link cobenefits!InvalidInputError} for a bad section or response choice, located from `impacts`
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { temperatureOfRun } from "./temperatureOutputs.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * temperatureOfRun(plan, evaluateScenario(plan)); // undefined
 * ```
 * @category Command line
 */
export function temperatureOfRun(plan: Plan, result: ScenarioResult): TemperatureResult | undefined {
  if (plan.scenario.impacts === undefined) return undefined;
  const climate = parseImpactsSection(plan.scenario.impacts).climate;
  return climate === undefined ? undefined : temperatureResponse(result, climate, ["impacts", "climate"]);
}

/** temperature.csv and temperature.json, when there is a temperature response. */
export function temperatureFiles(temperature: TemperatureResult | undefined): { name: string; content: string }[] {
  if (temperature === undefined) return [];
  return [{ name: "temperature.csv", content: temperatureTableToCsv(temperature) }, { name: "temperature.json", content: `${JSON.stringify(temperature, null, 2)}\n` }];
}

/** The temperature trajectory chart, when there is a temperature response. */
export function temperatureCharts(temperature: TemperatureResult | undefined, result: ScenarioResult): { name: string; spec: VegaLiteSpec }[] {
  return temperature === undefined ? [] : [{ name: "temperature", spec: temperatureChart(temperature, result.name) }];
}

/** The temperature section of the text table, when there is a temperature response (else ""). */
export function temperatureText(temperature: TemperatureResult | undefined, result: ScenarioResult): string {
  return temperature === undefined ? "" : formatTemperatureResponse(temperature, result);
}
