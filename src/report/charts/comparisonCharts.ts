import { Dec } from "../../units/decimal.js";
import { type Language, label, speciesLabel } from "../labels/labels.js";
import type { ScenarioComparison } from "../scenarioComparison.js";
import { chartNumber } from "./chartNumber.js";
import { chartText } from "./chartText.js";
import { VEGA_LITE_SCHEMA, type VegaLiteSpec } from "./vegaLiteSpec.js";

/** A legend that shows long scenario names whole, one per line. */
const SCENARIO_LEGEND = { title: null, orient: "bottom", direction: "vertical", labelLimit: 0 };
const PANEL = { width: 200, height: 160 };

const facetBy = (field: string, sort: readonly string[], columns: number) => ({ facet: { field, type: "nominal", title: null, sort: [...sort], header: { labelLimit: 0 } }, columns, resolve: { scale: { y: "independent" } } });

/** Sums of a column over the years per key. */
function periodSums<R>(rows: readonly R[], key: (r: R) => string, value: (r: R) => string): Map<string, Dec> {
  const out = new Map<string, Dec>();
  for (const r of rows) {
    const v = value(r);
    if (v === "") continue;
    out.set(key(r), (out.get(key(r)) ?? new Dec(0)).plus(v));
  }
  return out;
}

/**
 * The charts of a scenario comparison, as Vega-Lite specifications with the data inline:
 * `comparison-reduction-by-species` (the period's reduction per species, one panel per species
 * with its own scale, a bar per scenario), `comparison-reduction-by-measure` (each measure's
 * Shapley share over the period per species, bars side by side per scenario),
 * `comparison-emissions-per-year` (emissions per year, a line per scenario, the baseline of the
 * reference dashed) and one `comparison-co2e-<metric>` per metric (CO2e per year). Titles and
 * species names in the language; scenario names and measure ids as the user wrote them.
 *
 * @param comparison - from {@link cobenefits/compare!compareScenarios}
 * @param lang - the language of the words; default `en`
 * @returns name and specification of each chart
 * @throws {@link cobenefits!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
 * @example
 * ```ts
 * import { comparisonCharts } from "cobenefits/charts";
 * const row = (scenario: string, reduction: string) => ({ year: 2030, species: "SO2" as const, scenario, baseline: "90", emissions: String(90 - Number(reduction)), reduction, emissionsVsReference: "", reductionVsReference: "", unit: "t" as const });
 * const charts = comparisonCharts({ reference: "A", scenarios: ["A", "B"], years: [2030], species: ["SO2"], metrics: [], emissions: [row("A", "45"), row("B", "81")], co2e: [], measures: [] }, "zh");
 * charts.map((c) => c.name); // ["comparison-reduction-by-species", "comparison-reduction-by-measure", "comparison-emissions-per-year"]
 * (charts[0]!.spec.data as { values: unknown[] }).values; // [{ species: "SO2 二氧化硫", scenario: "A", reduction: 45 }, { species: "SO2 二氧化硫", scenario: "B", reduction: 81 }]
 * ```
 * @category Charts
 */
export function comparisonCharts(comparison: ScenarioComparison, lang: Language = "en"): { name: string; spec: VegaLiteSpec }[] {
  const { years, scenarios } = comparison;
  const period = years.length === 0 ? "" : `${years[0]}-${years[years.length - 1]}`;
  const names = scenarios.map(chartText);
  const speciesNames = comparison.species.map((s) => speciesLabel(lang, s));
  const color = { field: "scenario", type: "nominal", sort: names, legend: SCENARIO_LEGEND };
  const tonnes = label(lang, "title.unitTonnes");

  const bySpecies = periodSums(comparison.emissions, (r) => `${r.species}|${r.scenario}`, (r) => r.reduction);
  const speciesValues = comparison.species.flatMap((s) => scenarios.flatMap((sc) => {
    const v = bySpecies.get(`${s}|${sc}`);
    return v === undefined ? [] : [{ species: speciesLabel(lang, s), scenario: chartText(sc), reduction: chartNumber(v, { chart: "comparison by species", species: s }) }];
  }));
  const charts: { name: string; spec: VegaLiteSpec }[] = [{
    name: "comparison-reduction-by-species",
    spec: { $schema: VEGA_LITE_SCHEMA, title: { text: label(lang, "title.chartReductionBySpecies", { period }), subtitle: tonnes }, data: { values: speciesValues }, ...facetBy("species", speciesNames, 4),
      spec: { ...PANEL, mark: { type: "bar", tooltip: true }, encoding: { x: { field: "scenario", type: "nominal", sort: names, title: null, axis: { labels: false, ticks: false } }, y: { field: "reduction", type: "quantitative", title: tonnes }, color } } },
  }];

  const byMeasure = periodSums(comparison.measures, (r) => `${r.species}|${r.measure}|${r.scenario}`, (r) => r.reduction);
  const measures = [...new Set(comparison.measures.map((r) => r.measure))];
  const measureValues = comparison.species.flatMap((s) => measures.flatMap((m) => scenarios.flatMap((sc) => {
    const v = byMeasure.get(`${s}|${m}|${sc}`);
    return v === undefined ? [] : [{ species: speciesLabel(lang, s), measure: chartText(m), scenario: chartText(sc), reduction: chartNumber(v, { chart: "comparison by measure", species: s, measure: m }) }];
  })));
  charts.push({
    name: "comparison-reduction-by-measure",
    spec: { $schema: VEGA_LITE_SCHEMA, title: { text: label(lang, "title.chartReductionByMeasure", { period }), subtitle: tonnes }, data: { values: measureValues }, ...facetBy("species", speciesNames, 2),
      spec: { width: 320, height: 180, mark: { type: "bar", tooltip: true }, encoding: { x: { field: "measure", type: "nominal", sort: measures.map(chartText), title: null, axis: { labelAngle: -40, labelLimit: 0 } }, xOffset: { field: "scenario", sort: names }, y: { field: "reduction", type: "quantitative", title: tonnes }, color } } },
  });

  const baselineName = `${label(lang, "column.baseline")} (${chartText(comparison.reference)})`;
  const lineValues = [
    ...comparison.emissions.filter((r) => r.scenario === comparison.reference).map((r) => ({ species: speciesLabel(lang, r.species), year: r.year, scenario: baselineName, emissions: chartNumber(new Dec(r.baseline), { chart: "comparison per year", species: r.species, year: r.year }), dashed: true })),
    ...comparison.emissions.map((r) => ({ species: speciesLabel(lang, r.species), year: r.year, scenario: chartText(r.scenario), emissions: chartNumber(new Dec(r.emissions), { chart: "comparison per year", species: r.species, year: r.year }), dashed: false })),
  ];
  const lines = (values: readonly object[], y: string, extra: object) => ({
    ...extra,
    mark: { type: "line", point: true, tooltip: true },
    encoding: { x: { field: "year", type: "ordinal", title: null }, y: { field: "emissions", type: "quantitative", title: y }, color: { ...color, sort: [baselineName, ...names] }, strokeDash: { field: "dashed", type: "nominal", legend: null, scale: { domain: [false, true], range: [[1, 0], [4, 3]] } } },
    data: { values },
  });
  const { data: lineData, ...lineSpec } = lines(lineValues, tonnes, PANEL);
  charts.push({ name: "comparison-emissions-per-year", spec: { $schema: VEGA_LITE_SCHEMA, title: { text: label(lang, "title.chartEmissionsPerYear"), subtitle: tonnes }, data: lineData, ...facetBy("species", speciesNames, 4), spec: lineSpec } });

  for (const metric of comparison.metrics) {
    const rows = comparison.co2e.filter((r) => r.metric === metric);
    const values = [
      ...rows.filter((r) => r.scenario === comparison.reference).map((r) => ({ year: r.year, scenario: baselineName, emissions: chartNumber(new Dec(r.baseline), { chart: `comparison CO2e ${metric}`, year: r.year }), dashed: true })),
      ...rows.map((r) => ({ year: r.year, scenario: chartText(r.scenario), emissions: chartNumber(new Dec(r.emissions), { chart: `comparison CO2e ${metric}`, year: r.year }), dashed: false })),
    ];
    charts.push({ name: `comparison-co2e-${metric}`, spec: { $schema: VEGA_LITE_SCHEMA, title: { text: label(lang, "title.chartCo2ePerYear", { metric: chartText(metric) }), subtitle: label(lang, "title.unitCo2e") }, ...lines(values, label(lang, "title.unitCo2e"), { width: 420, height: 220 }) } });
  }
  return charts;
}
