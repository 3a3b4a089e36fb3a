import { chartNumber } from "./chartNumber.js";
import { type ChartOptions, chartWords } from "./chartOptions.js";
import { chartText } from "./chartText.js";
import { significantNumber } from "../significantNumber.js";
import { InvalidInputError } from "../../errors.js";
import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { SPECIES_INFO, type Species } from "../../units/species.js";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * Co-benefit quadrant: one point per measure, its CO2e reduction under a named metric (x) against
 * its reduction of one air pollutant (y), both summed over the period (Shapley shares). Top right
 * is a co-benefit; top left cuts the pollutant but raises CO2e (a trade-off); bottom right the
 * reverse. There is no default metric: name one the result was evaluated with.
 *
 * @param result - from {@link cobenefits!evaluateScenario}, evaluated with `options.metric` among its metrics
 * @param options - `metric` (x axis) and `species`, the air pollutant on the y axis; measure
 *   labels and words as for every chart (see {@link ChartOptions}). Measures are named by their
 *   labels, wrapped, never cut; the legend names each quadrant in full; values are rounded to four
 *   significant digits
 * @returns a Vega-Lite specification with the data inline [t CO2-eq, t]
 * @throws {@link cobenefits!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
 * @throws {@link cobenefits!InvalidInputError} when the metric is not among the result's metrics, or the
 *   species is not an air pollutant the result computed (the message lists the valid ones)
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { coBenefitQuadrantChart } from "cobenefits/charts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" }, energyPenalty: "0.01" }] }));
 * const spec = coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: "SO2" });
 * (spec.data as { values: unknown[] }).values; // [{ measure: "fgd", name: "fgd", co2eReduction: -98.3, pollutantReduction: 80.91, quadrant: "trade-off: pollutant down, CO2e up" }]
 * ```
 * @category Charts
 */
export function coBenefitQuadrantChart(result: ScenarioResult, options: { readonly metric: string; readonly species: Species } & ChartOptions): VegaLiteSpec {
  const { metric, species } = options;
  if (!result.metrics.includes(metric)) {
    throw new InvalidInputError("co-benefit quadrant", [{ code: "unknown_reference", key: metric, path: ["metric"], message: `"${metric}" is not a metric this result was evaluated with; use one of: ${result.metrics.join(", ") || "(none: evaluate the scenario with a named metric)"}` }]);
  }
  const pollutants = result.species.filter((s) => SPECIES_INFO[s].role !== "greenhouseGas");
  if (!pollutants.includes(species)) {
    throw new InvalidInputError("co-benefit quadrant", [{ code: "unknown_reference", key: species, path: ["species"], message: `"${species}" is not an air pollutant of this result; use one of: ${pollutants.join(", ")}` }]);
  }
  const measures = [...new Set(result.attribution.map((a) => a.measure))];
  const { labels, name } = chartWords(measures, options);
  const total = (rows: readonly { measure: string; shapley: string }[], m: string) => rows.filter((r) => r.measure === m).reduce((s, r) => s.plus(r.shapley), new Dec(0));
  const direction = (reduction: Dec) => (reduction.gt(0) ? "down" : reduction.lt(0) ? "up" : "unchanged") as "down" | "up" | "unchanged";
  const values = measures.map((measure) => {
    const co2e = total(result.co2eAttribution.filter((r) => r.metric === metric), measure);
    const pollutant = total(result.attribution.filter((r) => r.species === species), measure);
    chartNumber(co2e, { chart: "co-benefit quadrant", measure });
    chartNumber(pollutant, { chart: "co-benefit quadrant", measure, species });
    return { measure: chartText(measure), name: name(measure), co2eReduction: significantNumber(co2e.toString()), pollutantReduction: significantNumber(pollutant.toString()), quadrant: labels.charts.quadrant(direction(pollutant), direction(co2e)) };
  });
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: chartText(labels.charts.quadrantTitle(result.name)), subtitle: chartText(labels.charts.quadrantSubtitle(result.years[0]!, result.years[result.years.length - 1]!, metric)) },
    width: 520,
    height: 380,
    config: { legend: { orient: "bottom", direction: "vertical", labelLimit: 0, titleLimit: 0 } },
    data: { values },
    layer: [
      { mark: { type: "rule", color: "#adb5bd" }, encoding: { x: { datum: 0, type: "quantitative" } } },
      { mark: { type: "rule", color: "#adb5bd" }, encoding: { y: { datum: 0, type: "quantitative" } } },
      {
        mark: { type: "point", filled: true, size: 90, tooltip: true },
        encoding: {
          x: { field: "co2eReduction", type: "quantitative", title: chartText(labels.charts.co2eAxis(metric)) },
          y: { field: "pollutantReduction", type: "quantitative", title: labels.charts.pollutantAxis(species) },
          color: { field: "quadrant", type: "nominal", title: labels.charts.quadrantLegend, legend: { labelLimit: 0 } },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 7, dy: -7, lineBreak: "\n", limit: 0 },
        encoding: { x: { field: "co2eReduction", type: "quantitative" }, y: { field: "pollutantReduction", type: "quantitative" }, text: { field: "name" } },
      },
    ],
  };
}
