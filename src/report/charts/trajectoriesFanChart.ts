import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import type { UncertaintyResult } from "../../uncertainty/uncertaintyRows.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * A fan chart of emission trajectories over the draws of an uncertainty run: per species, the
 * baseline and the scenario summed over sectors and scopes, a light band from the 2.5th to the
 * 97.5th percentile, a darker one from the 25th to the 75th, the median as a line and the point
 * run as dots. One panel per species, each with its own y scale.
 *
 * @param u - from {@link cobenefits/uncertainty!runUncertainty}
 * @param name - the scenario's name, for the title
 * @param labels - the words of titles, axes and the series (`reportLabels(lang)`); default English ({@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification (plain JSON data) [t/yr]
 * @example
 * ```ts
 * import { trajectoriesFanChart } from "cobenefits/charts";
 * const spec = trajectoriesFanChart({ draws: 100, sampling: "latinHypercube", seed: 1, totals: [] } as never, "demo");
 * (spec.title as { text: string }).text; // "demo: emissions over 100 draws"
 * ```
 * @category Charts
 */
export function trajectoriesFanChart(u: Pick<UncertaintyResult, "draws" | "sampling" | "seed" | "totals">, name: string, labels: ReportLabels = ENGLISH_LABELS): VegaLiteSpec {
  const series = { baseline: labels.charts.baseline, scenario: labels.charts.scenario };
  const totals = u.totals.filter((t) => t.scope === "all");
  const species = [...new Set(totals.map((t) => t.species))];
  const values = totals.flatMap((t) => (["baseline", "scenario"] as const).map((which) => {
    const s = t[which];
    const [low, , p25, median, p75, , high] = s.percentiles;
    return { year: t.year, species: t.species, series: series[which], low, p25, median, p75, high, point: s.point };
  }));
  const color = { field: "series", type: "nominal", title: null, scale: { domain: [series.baseline, series.scenario], range: ["#868e96", "#1971c2"] } };
  const x = { field: "year", type: "quantitative", title: null, axis: { format: "d", tickMinStep: 1 } };
  return perSpeciesPanels(species, { text: chartText(labels.uncertainty.fanTitle(name, u.draws)), subtitle: labels.uncertainty.fanSubtitle(u.sampling, u.seed) }, values, {
    width: 180,
    height: 140,
    layer: [
      { mark: { type: "area", opacity: 0.2 }, encoding: { x, y: { field: "low", type: "quantitative", title: labels.charts.emissionsAxis, scale: { zero: true } }, y2: { field: "high" }, color } },
      { mark: { type: "area", opacity: 0.35 }, encoding: { x, y: { field: "p25", type: "quantitative" }, y2: { field: "p75" }, color } },
      { mark: { type: "line", tooltip: true }, encoding: { x, y: { field: "median", type: "quantitative" }, color } },
      { mark: { type: "point", filled: true, size: 20, tooltip: true }, encoding: { x, y: { field: "point", type: "quantitative" }, color } },
    ],
  });
}
