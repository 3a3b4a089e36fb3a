import { chartText } from "./chartText.js";
import type { UncertaintyResult } from "../../uncertainty/uncertaintyRows.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * Each measure's Shapley share of the reduction in one year, with error bars from the 2.5th to
 * the 97.5th percentile over the draws of an uncertainty run: the per-measure chart with its
 * ranges. A year, not the sum over years, since percentiles do not add up.
 *
 * @param u - from {@link cobenefits/uncertainty!runUncertainty}
 * @param options - the scenario's name, and the year (the last one when absent)
 * @returns a Vega-Lite specification (plain JSON data) [t/yr]
 * @example
 * ```ts
 * import { reductionRangesChart } from "cobenefits/charts";
 * const spec = reductionRangesChart({ draws: 100, attribution: [] } as never, { name: "demo", year: 2030 });
 * (spec.title as { text: string }).text; // "demo: reduction by measure in 2030, with 95% ranges"
 * ```
 * @category Charts
 */
export function reductionRangesChart(u: Pick<UncertaintyResult, "draws" | "attribution">, options: { readonly name: string; readonly year?: number }): VegaLiteSpec {
  const year = options.year ?? Math.max(...u.attribution.map((a) => a.year));
  const rows = u.attribution.filter((a) => a.year === year);
  const species = [...new Set(rows.map((a) => a.species))];
  const values = rows.map((a) => ({ measure: chartText(a.measure), species: a.species, reduction: a.shapley.point, median: a.shapley.median, low: a.shapley.low, high: a.shapley.high, change: a.shapley.point < 0 ? "increase" : "decrease" }));
  const x = { field: "measure", type: "nominal", title: null, sort: null, axis: { labelAngle: -40 } };
  return perSpeciesPanels(species, { text: chartText(`${options.name}: reduction by measure in ${year}, with 95% ranges`), subtitle: `Shapley shares [t/yr]: bars the point run, error bars the 2.5th to 97.5th percentile of ${u.draws} draws` }, values, {
    width: 180,
    height: 160,
    layer: [
      { mark: { type: "bar", tooltip: true }, encoding: { x, y: { field: "reduction", type: "quantitative", title: "reduction [t/yr]" }, color: { field: "change", type: "nominal", title: null, scale: { domain: ["decrease", "increase"], range: ["#2b8a3e", "#c92a2a"] } } } },
      { mark: { type: "errorbar", ticks: true }, encoding: { x, y: { field: "low", type: "quantitative" }, y2: { field: "high" } } },
    ],
  });
}
