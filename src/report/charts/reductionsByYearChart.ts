import { chartNumber } from "./chartNumber.js";
import { type ChartOptions, chartWords } from "./chartOptions.js";
import { chartText } from "./chartText.js";
import { significantNumber } from "../significantNumber.js";
import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * A Vega-Lite chart of the reductions year by year, by measure: per species a panel of stacked
 * bars, one bar per year, one segment per measure (its Shapley share in that year, summed over
 * sectors and scopes; increases stack below zero), so the bars' net height is the year's total
 * reduction. Measures are named by their labels in the legend, whole; values are rounded to four
 * significant digits (the tables hold them exactly).
 *
 * @param result - from {@link cobenefits!evaluateScenario}
 * @param options - measure labels and the words of the chart (see {@link ChartOptions})
 * @returns the specification [t/yr], data inline
 * @throws {@link cobenefits!NumericOverflowError} for a value beyond float64's range
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { reductionsByYearChart } from "cobenefits/charts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2031 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "step", steps: [{ year: 2030, value: "0.5" }, { year: 2031, value: "1" }] }, removal: { SO2: "0.9" } }] }));
 * (reductionsByYearChart(result).data as { values: unknown[] }).values; // [{ year: 2030, measure: "fgd", name: "fgd", species: "SO2", reduction: 40.5 }, { year: 2031, measure: "fgd", name: "fgd", species: "SO2", reduction: 81 }]
 * ```
 * @category Charts
 */
export function reductionsByYearChart(result: ScenarioResult, options: ChartOptions = {}): VegaLiteSpec {
  const ids = [...new Set(result.attribution.map((a) => a.measure))];
  const { labels, name } = chartWords(ids, options);
  const totals = new Map<string, { year: number; measure: string; species: string; reduction: Dec }>();
  for (const a of result.attribution) {
    const key = `${a.year}|${a.measure}|${a.species}`;
    const t = totals.get(key) ?? { year: a.year, measure: a.measure, species: a.species, reduction: new Dec(0) };
    t.reduction = t.reduction.plus(a.shapley);
    totals.set(key, t);
  }
  const values = [...totals.values()].map((t) => {
    chartNumber(t.reduction, { chart: "reductions by year", measure: t.measure, species: t.species, year: t.year });
    return { year: t.year, measure: chartText(t.measure), name: name(t.measure).replaceAll("\n", " "), species: t.species, reduction: significantNumber(t.reduction.toString()) };
  });
  return perSpeciesPanels(result.species, { text: chartText(labels.charts.reductionsByYearTitle(result.name)), subtitle: labels.charts.reductionsByYearSubtitle }, values, {
    width: Math.max(180, 14 * result.years.length),
    height: 160,
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: null },
      y: { field: "reduction", type: "quantitative", title: labels.charts.reductionAxis, stack: "zero" },
      color: { field: "name", type: "nominal", title: labels.columns.measure, sort: ids.map((id) => name(id).replaceAll("\n", " ")), legend: { labelLimit: 0, orient: "bottom", columns: 2 } },
    },
  }, 3);
}
