import type { TemperatureResult } from "../../impacts/climate/temperatureResponse.js";
import { SPECIES_GROUPS } from "../../impacts/climate/speciesGroups.js";
import { Dec } from "../../units/decimal.js";
import { chartNumber } from "./chartNumber.js";
import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * Line chart of the temperature trajectories: one panel per species group (CO2, CH4, N2O,
 * aerosols and precursors) on a shared scale, a line per measure (Shapley shares) and a thick line
 * for all measures together, in microkelvin, so that a BC cut (fast, fading) and a CO2 cut
 * (building up, staying) can be seen side by side.
 *
 * @param temperature - from `temperatureResponse` (cobenefits/impacts)
 * @param title - the chart's title, e.g. the scenario's name
 * @param labels - the words of titles, axes, legends and the species group `aerosols and precursors` (`reportLabels(lang)`); default English ({@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification with the data inline [uK]
 * @throws {@link cobenefits!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
 * @example
 * ```ts
 * import { temperatureChart } from "cobenefits/charts";
 * const groups = [{ year: 2030, measure: "all", group: "CO2" as const, temperatureChange: "-0.000002000000000000", unit: "K" as const }];
 * const spec = temperatureChart({ response: "AR6-7SM-AGTP", years: [2030], afterLastYear: "none", rows: [], groups, shortLived: [], notCovered: [], convention: "" }, "demo");
 * (spec.data as { values: unknown[] }).values; // [{ year: 2030, measure: "all", group: "CO2", temperatureChange: -2 }]
 * ```
 * @category Charts
 */
export function temperatureChart(temperature: TemperatureResult, title: string, labels: ReportLabels = ENGLISH_LABELS): VegaLiteSpec {
  const words = labels.temperature;
  const all = chartText(words.all);
  const values = temperature.groups.map((g) => ({ year: g.year, measure: g.measure === "all" ? all : chartText(g.measure), group: words.group(g.group), temperatureChange: chartNumber(new Dec(g.temperatureChange).times(1e6), { chart: "temperature", species: g.group, year: g.year, measure: g.measure }) }));
  const groups = SPECIES_GROUPS.filter((g) => temperature.groups.some((r) => r.group === g)).map(words.group);
  return {
    $schema: VEGA_LITE_SCHEMA,
    title: { text: chartText(words.title(title)), subtitle: words.subtitle(temperature.response) },
    data: { values },
    facet: { field: "group", type: "nominal", title: null, sort: groups },
    columns: 4,
    spec: {
      width: 200,
      height: 160,
      mark: { type: "line", tooltip: true },
      encoding: {
        x: { field: "year", type: "quantitative", title: null, axis: { format: "d" } },
        y: { field: "temperatureChange", type: "quantitative", title: words.axis },
        color: { field: "measure", type: "nominal", title: labels.columns.measure },
        strokeWidth: { condition: { test: `datum.measure === ${JSON.stringify(all)}`, value: 3 }, value: 1.2 },
      },
    },
  };
}
