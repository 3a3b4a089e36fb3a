import { chartNumber } from "./chartNumber.js";
import { chartText } from "./chartText.js";
import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * Bar chart of each measure's reduction per species, summed over the period (Shapley shares, so
 * the bars of a species add up to the combined reduction), one panel per species with its own
 * scale; increases (trade-offs) are negative bars in another colour.
 *
 * @param result - from {@link index!evaluateScenario}
 * @returns a Vega-Lite specification with the data inline [t]
 * @throws {@link index!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { reductionsByMeasureChart } from "cobenefits/charts";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2031 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] }));
 * (reductionsByMeasureChart(result).data as { values: unknown[] }).values; // [{ measure: "fgd", species: "SO2", reduction: 162, change: "decrease" }]
 * ```
 * @category Charts
 */
export function reductionsByMeasureChart(result: ScenarioResult): VegaLiteSpec {
  const totals = new Map<string, { measure: string; species: string; reduction: Dec }>();
  for (const a of result.attribution) {
    const key = `${a.measure}|${a.species}`;
    const t = totals.get(key) ?? { measure: a.measure, species: a.species, reduction: new Dec(0) };
    t.reduction = t.reduction.plus(a.shapley);
    totals.set(key, t);
  }
  const values = [...totals.values()].map((t) => ({ measure: chartText(t.measure), species: t.species, reduction: chartNumber(t.reduction, { chart: "reductions by measure", measure: t.measure, species: t.species }), change: t.reduction.lt(0) ? "increase" : "decrease" }));
  return perSpeciesPanels(result.species, { text: chartText(`${result.name}: reduction by measure and species`), subtitle: `${result.years[0]}-${result.years[result.years.length - 1]}, Shapley shares summed over the years [t]` }, values, {
    width: 180,
    height: 160,
    mark: { type: "bar", tooltip: true },
    encoding: {
      x: { field: "measure", type: "nominal", title: null, sort: null, axis: { labelAngle: -40 } },
      y: { field: "reduction", type: "quantitative", title: "reduction [t]" },
      color: { field: "change", type: "nominal", title: null, scale: { domain: ["decrease", "increase"], range: ["#2b8a3e", "#c92a2a"] } },
    },
  });
}
