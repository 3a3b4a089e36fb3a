import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import type { UncertaintyResult } from "../../uncertainty/uncertaintyRows.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * Each measure's Shapley share of the reduction in one year, with error bars from the 2.5th to
 * the 97.5th percentile over the draws of an uncertainty run: the per-measure chart with its
 * ranges. A year, not the sum over years, since percentiles do not add up.
 *
 * @param u - from {@link cobenefits/uncertainty!runUncertainty}
 * @param options - the scenario's name, the year (the last one when absent), and the words of titles, axes and legends (`labels`, `reportLabels(lang)`; default English, {@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification (plain JSON data) [t/yr]
 * @example
 * ```ts
 * import { reductionRangesChart } from "cobenefits/charts";
 * const spec = reductionRangesChart({ draws: 100, attribution: [] } as never, { name: "demo", year: 2030 });
 * (spec.title as { text: string }).text; // "demo: reduction by measure in 2030, with 95% ranges"
 * ```
 * @category Charts
 */
export function reductionRangesChart(u: Pick<UncertaintyResult, "draws" | "attribution">, options: { readonly name: string; readonly year?: number; readonly labels?: ReportLabels }): VegaLiteSpec {
  const labels = options.labels ?? ENGLISH_LABELS;
  const change = { decrease: labels.words.decrease, increase: labels.words.increase };
  const year = options.year ?? Math.max(...u.attribution.map((a) => a.year));
  const rows = u.attribution.filter((a) => a.year === year);
  const species = [...new Set(rows.map((a) => a.species))];
  const values = rows.map((a) => ({ measure: chartText(a.measure), species: a.species, reduction: a.shapley.point, median: a.shapley.median, low: a.shapley.low, high: a.shapley.high, change: a.shapley.point < 0 ? change.increase : change.decrease }));
  const x = { field: "measure", type: "nominal", title: null, sort: null, axis: { labelAngle: -40 } };
  return perSpeciesPanels(species, { text: chartText(labels.uncertainty.rangesTitle(options.name, year)), subtitle: labels.uncertainty.rangesSubtitle(u.draws) }, values, {
    width: 180,
    height: 160,
    layer: [
      { mark: { type: "bar", tooltip: true }, encoding: { x, y: { field: "reduction", type: "quantitative", title: labels.uncertainty.reductionAxis }, color: { field: "change", type: "nominal", title: null, scale: { domain: [change.decrease, change.increase], range: ["#2b8a3e", "#c92a2a"] } } } },
      { mark: { type: "errorbar", ticks: true }, encoding: { x, y: { field: "low", type: "quantitative" }, y2: { field: "high" } } },
    ],
  });
}
