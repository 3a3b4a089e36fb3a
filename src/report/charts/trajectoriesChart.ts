import { chartNumber } from "./chartNumber.js";
import type { ChartOptions } from "./chartOptions.js";
import { chartText } from "./chartText.js";
import { ENGLISH_LABELS } from "../labels.js";
import { significantNumber } from "../significantNumber.js";
import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * Line chart of total emissions per year, baseline against scenario (all sectors, direct and
 * indirect together), one panel per species with its own scale.
 *
 * @param result - from {@link cobenefits!evaluateScenario}
 * @param options - the words of the chart (see {@link ChartOptions}); values are rounded to four significant digits
 * @returns a Vega-Lite specification with the data inline [t/yr]
 * @throws {@link cobenefits!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { trajectoriesChart } from "cobenefits/charts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] }));
 * (trajectoriesChart(result).data as { values: unknown[] }).values; // [{ year: 2030, species: "SO2", series: "baseline", emissions: 90 }, { year: 2030, species: "SO2", series: "scenario", emissions: 90 }]
 * ```
 * @category Charts
 */
export function trajectoriesChart(result: ScenarioResult, options: ChartOptions = {}): VegaLiteSpec {
  const labels = options.labels ?? ENGLISH_LABELS;
  const totals = new Map<string, { year: number; species: string; baseline: Dec; scenario: Dec }>();
  for (const e of result.emissions) {
    const key = `${e.year}|${e.species}`;
    const t = totals.get(key) ?? { year: e.year, species: e.species, baseline: new Dec(0), scenario: new Dec(0) };
    t.baseline = t.baseline.plus(e.baseline);
    t.scenario = t.scenario.plus(e.scenario);
    totals.set(key, t);
  }
  const plotted = (v: Dec, species: string, year: number) => {
    chartNumber(v, { chart: "trajectories", species, year });
    return significantNumber(v.toString());
  };
  const values = [...totals.values()].flatMap((t) => [
    { year: t.year, species: t.species, series: labels.charts.baseline, emissions: plotted(t.baseline, t.species, t.year) },
    { year: t.year, species: t.species, series: labels.charts.scenario, emissions: plotted(t.scenario, t.species, t.year) },
  ]);
  return perSpeciesPanels(result.species, { text: chartText(labels.charts.trajectoriesTitle(result.name)), subtitle: labels.charts.trajectoriesSubtitle(result.emissions.some((e) => e.scope === "upstream")) }, values, {
    width: 180,
    height: 140,
    mark: { type: "line", point: true, tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: null },
      y: { field: "emissions", type: "quantitative", title: labels.charts.emissionsAxis, scale: { zero: true } },
      color: { field: "series", type: "nominal", title: null, scale: { domain: [labels.charts.baseline, labels.charts.scenario], range: ["#868e96", "#1971c2"] }, legend: { labelLimit: 0 } },
      strokeDash: { field: "series", type: "nominal", title: null, scale: { domain: [labels.charts.baseline, labels.charts.scenario], range: [[1, 0], [6, 3]] } },
    },
  });
}
