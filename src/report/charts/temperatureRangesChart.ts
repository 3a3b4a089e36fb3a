import type { TemperatureResult } from "../../impacts/climate/temperatureResponse.js";
import { SPECIES_GROUPS } from "../../impacts/climate/speciesGroups.js";
import type { Summary } from "../../uncertainty/summary.js";
import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * The temperature trajectories with their ranges over the draws of an uncertainty run: one panel
 * per species group (CO2, CH4, N2O, aerosols and precursors) on a shared scale, per measure
 * (Shapley shares) and all measures together a band from the 2.5th to the 97.5th percentile and
 * the point run as a line, in microkelvin.
 *
 * @param temperature - the point run's temperature response (`temperatureResponse`, cobenefits/impacts)
 * @param ranges - the summary of each of its group rows over the draws, in their order ({@link cobenefits/uncertainty!impactsRanges}'s `temperature`) [K]
 * @param options - the scenario's name, the number of draws, and the words of the axes, the legend, `all` and the species group `aerosols and precursors`, title and subtitle (`labels`, `reportLabels(lang)`; default English, {@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification with the data inline [uK]
 * @example
 * ```ts
 * import { temperatureRangesChart } from "cobenefits/charts";
 * const groups = [{ year: 2030, measure: "all", group: "CO2" as const, temperatureChange: "-0.000002000000000000", unit: "K" as const }];
 * const t = { response: "AR6-7SM-AGTP", years: [2030], afterLastYear: "none" as const, rows: [], groups, shortLived: [], notCovered: [], convention: "" };
 * const s = { point: -2e-6, mean: -2e-6, sd: 0, low: -3e-6, median: -2e-6, high: -1e-6, percentiles: [], change: [0, 0, 0] };
 * (temperatureRangesChart(t, [s], { name: "demo", draws: 100 }).data as { values: unknown[] }).values; // [{ year: 2030, measure: "all", group: "CO2", point: -2, median: -2, low: -3, high: -1 }]
 * ```
 * @category Charts
 */
export function temperatureRangesChart(temperature: TemperatureResult, ranges: readonly Summary[], options: { readonly name: string; readonly draws: number; readonly labels?: ReportLabels }): VegaLiteSpec {
  const labels = options.labels ?? ENGLISH_LABELS;
  const words = labels.temperature;
  const all = chartText(words.all);
  const uK = (k: number) => Number((k * 1e6).toPrecision(12));
  const values = temperature.groups.flatMap((g, i) => {
    const s = ranges[i];
    return s === undefined ? [] : [{ year: g.year, measure: g.measure === "all" ? all : chartText(g.measure), group: words.group(g.group), point: uK(s.point), median: uK(s.median), low: uK(s.low), high: uK(s.high) }];
  });
  const groups = SPECIES_GROUPS.filter((g) => temperature.groups.some((r) => r.group === g)).map(words.group);
  const x = { field: "year", type: "quantitative", title: null, axis: { format: "d" } };
  const color = { field: "measure", type: "nominal", title: labels.columns.measure };
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: chartText(words.rangesTitle(options.name)), subtitle: words.rangesSubtitle(temperature.response, options.draws) },
    data: { values },
    facet: { field: "group", type: "nominal", title: null, sort: groups },
    columns: 4,
    spec: {
      width: 200,
      height: 160,
      layer: [
        { mark: { type: "area", opacity: 0.15 }, encoding: { x, y: { field: "low", type: "quantitative", title: words.axis }, y2: { field: "high" }, color } },
        { mark: { type: "line", tooltip: true }, encoding: { x, y: { field: "point", type: "quantitative", title: words.axis }, color, strokeWidth: { condition: { test: `datum.measure === ${JSON.stringify(all)}`, value: 3 }, value: 1.2 } } },
      ],
    },
  };
}
