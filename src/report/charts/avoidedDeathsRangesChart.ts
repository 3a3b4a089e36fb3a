import type { ImpactsTotalRange } from "../../uncertainty/impactsTotals.js";
import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import { deathsByMeasureSpec } from "./deathsByMeasureSpec.js";
import type { VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * Bar chart of the avoided deaths of each measure over the scenario's years, one bar per
 * concentration-response function side by side (the point run, Shapley shares), with error bars
 * from the 2.5th to the 97.5th percentile over the draws of an uncertainty run: the avoided-deaths
 * chart with its ranges. Each measure's total is summed within every draw before its percentiles
 * are taken, so the bars' ranges are those of the totals.
 *
 * @param totals - the period totals over the draws ({@link cobenefits/uncertainty!impactsRanges}'s `totals`; those of kind `avoidedDeaths` are drawn)
 * @param options - the scenario's name, its first and last year, the number of draws, and the words of the title, subtitle, axis and legend (`labels`, `reportLabels(lang)`; default English, {@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification (plain JSON data) [death]
 * @example
 * ```ts
 * import { avoidedDeathsRangesChart } from "cobenefits/charts";
 * const value = { point: 12, mean: 12, sd: 1, low: 10, median: 12, high: 15, percentiles: [], change: [0, 0, 0] };
 * const spec = avoidedDeathsRangesChart([{ kind: "avoidedDeaths", measure: "filters", function: "GEMM", year: null, value }], { name: "demo", first: 2020, last: 2030, draws: 100 });
 * (spec.data as { values: unknown[] }).values; // [{ measure: "filters", function: "GEMM", avoidedDeaths: 12, median: 12, low: 10, high: 15 }]
 * ```
 * @category Charts
 */
export function avoidedDeathsRangesChart(totals: readonly ImpactsTotalRange[], options: { readonly name: string; readonly first: number; readonly last: number; readonly draws: number; readonly labels?: ReportLabels }): VegaLiteSpec {
  const words = (options.labels ?? ENGLISH_LABELS).impacts;
  const values = totals.filter((t) => t.kind === "avoidedDeaths" && t.measure !== "all").map((t) => ({ measure: chartText(t.measure), function: chartText(t.function ?? ""), avoidedDeaths: t.value.point, median: t.value.median, low: t.value.low, high: t.value.high }));
  return deathsByMeasureSpec(
    { text: chartText(words.deathsRangesTitle(options.name)), subtitle: words.deathsRangesSubtitle(options.first, options.last, options.draws) },
    values,
    words,
    { mark: { type: "errorbar", ticks: true }, encoding: { y: { field: "low", type: "quantitative", title: words.deathsAxis }, y2: { field: "high" }, color: { value: "#333" } } },
  );
}
