import { chartNumber } from "./chartNumber.js";
import { type ChartOptions, MULTILINE_AXIS, chartWords } from "./chartOptions.js";
import { chartText } from "./chartText.js";
import { significantNumber } from "../significantNumber.js";
import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * A Vega-Lite chart of each measure's reduction per species over the whole period (Shapley
 * shares summed over the years), one panel per species, decreases in green and increases in red.
 * Measures are named by their labels (given in `options.measureLabels`), wrapped onto several
 * lines, never cut; values are rounded to four significant digits (the tables hold them exactly).
 *
 * @param result - from {@link cobenefits!evaluateScenario}
 * @param options - measure labels and the words of the chart (see {@link ChartOptions})
 * @returns the specification, to render with vega-lite (the data are inline)
 * @throws {@link cobenefits!NumericOverflowError} for a value beyond float64's range
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { reductionsByMeasureChart } from "cobenefits/charts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] }));
 * const spec = reductionsByMeasureChart(result, { measureLabels: { fgd: "Flue gas desulphurisation at the stoves" } });
 * (spec.data as { values: { name: string; reduction: number }[] }).values; // [{ measure: "fgd", name: "Flue gas\ndesulphurisation\nat the stoves", species: "SO2", reduction: 81, change: "decrease" }]
 * ```
 * @category Charts
 */
export function reductionsByMeasureChart(result: ScenarioResult, options: ChartOptions = {}): VegaLiteSpec {
  const totals = new Map<string, { measure: string; species: string; reduction: Dec }>();
  for (const a of result.attribution) {
    const key = `${a.measure}|${a.species}`;
    const t = totals.get(key) ?? { measure: a.measure, species: a.species, reduction: new Dec(0) };
    t.reduction = t.reduction.plus(a.shapley);
    totals.set(key, t);
  }
  const ids = [...new Set(result.attribution.map((a) => a.measure))];
  const { labels, name } = chartWords(ids, options);
  const values = [...totals.values()].map((t) => {
    chartNumber(t.reduction, { chart: "reductions by measure", measure: t.measure, species: t.species });
    return { measure: chartText(t.measure), name: name(t.measure), species: t.species, reduction: significantNumber(t.reduction.toString()), change: t.reduction.lt(0) ? labels.words.increase : labels.words.decrease };
  });
  const first = result.years[0]!;
  const last = result.years[result.years.length - 1]!;
  return perSpeciesPanels(result.species, { text: chartText(labels.charts.reductionsByMeasureTitle(result.name)), subtitle: labels.charts.reductionsByMeasureSubtitle(first, last) }, values, {
    width: Math.max(180, 100 * ids.length),
    height: 160,
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "name", type: "nominal", title: null, sort: ids.map(name), axis: MULTILINE_AXIS },
      y: { field: "reduction", type: "quantitative", title: labels.charts.reductionAxis },
      color: { field: "change", type: "nominal", title: null, scale: { domain: [labels.words.decrease, labels.words.increase], range: ["#2b8a3e", "#c92a2a"] }, legend: { labelLimit: 0 } },
    },
  }, Math.max(1, Math.min(4, Math.floor(1200 / Math.max(180, 100 * ids.length)))));
}
