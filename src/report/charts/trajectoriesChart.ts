import { chartNumber } from "./chartNumber.js";
import { chartText } from "./chartText.js";
import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { type VegaLiteSpec, perSpeciesPanels } from "./vegaLiteSpec.js";

/**
 * Line chart of total emissions per year, baseline against scenario (all sectors, direct and
 * indirect together), one panel per species with its own scale.
 *
 * @param result - from {@link index!evaluateScenario}
 * @returns a Vega-Lite specification with the data inline [t/yr]
 * @throws {@link index!NumericOverflowError} when a value to plot is beyond float64's range (the tables hold it exactly)
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
export function trajectoriesChart(result: ScenarioResult): VegaLiteSpec {
  const totals = new Map<string, { year: number; species: string; baseline: Dec; scenario: Dec }>();
  for (const e of result.emissions) {
    const key = `${e.year}|${e.species}`;
    const t = totals.get(key) ?? { year: e.year, species: e.species, baseline: new Dec(0), scenario: new Dec(0) };
    t.baseline = t.baseline.plus(e.baseline);
    t.scenario = t.scenario.plus(e.scenario);
    totals.set(key, t);
  }
  const values = [...totals.values()].flatMap((t) => [
    { year: t.year, species: t.species, series: "baseline", emissions: chartNumber(t.baseline, { chart: "trajectories", species: t.species, year: t.year }) },
    { year: t.year, species: t.species, series: "scenario", emissions: chartNumber(t.scenario, { chart: "trajectories", species: t.species, year: t.year }) },
  ]);
  return perSpeciesPanels(result.species, { text: chartText(`${result.name}: baseline and scenario emissions`), subtitle: `all sectors, direct and indirect${result.emissions.some((e) => e.scope === "upstream") ? " and upstream" : ""} [t/yr]` }, values, {
    width: 180,
    height: 140,
    mark: { type: "line", point: true, tooltip: true },
    encoding: {
      x: { field: "year", type: "ordinal", title: null },
      y: { field: "emissions", type: "quantitative", title: "emissions [t/yr]", scale: { zero: true } },
      color: { field: "series", type: "nominal", title: null, scale: { domain: ["baseline", "scenario"], range: ["#868e96", "#1971c2"] } },
      strokeDash: { field: "series", type: "nominal", title: null, scale: { domain: ["baseline", "scenario"], range: [[1, 0], [6, 3]] } },
    },
  });
}
