import { coBenefitSummary, coBenefitSummaryToCsv } from "../report/coBenefitSummary.js";
import { co2eTable, co2eTableToCsv } from "../report/co2eTable.js";
import { factorProvenance, factorProvenanceToCsv } from "../report/factorProvenance.js";
import { tidyTable, tidyTableToCsv } from "../report/tidyTable.js";
import { energyTable, energyTableToCsv } from "../report/energyTable.js";
import { lifetimeTable, lifetimeTableToCsv } from "../report/lifetimeTable.js";
import { energyBalance } from "../scenario/evaluate/energyBalance.js";
import { lifetimeReductions } from "../scenario/evaluate/lifetimeReductions.js";
import { toCsv } from "../report/csv.js";
import { perUnitTableToCsv } from "../report/perUnitTable.js";
import { coBenefitQuadrantChart } from "../report/charts/coBenefitQuadrantChart.js";
import { reductionsByMeasureChart } from "../report/charts/reductionsByMeasureChart.js";
import { trajectoriesChart } from "../report/charts/trajectoriesChart.js";
import { reductionsByYearChart } from "../report/charts/reductionsByYearChart.js";
import type { ReportLabels } from "../report/labels.js";
import type { VegaLiteSpec } from "../report/charts/vegaLiteSpec.js";
import type { Plan } from "../scenario/plan.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import { SPECIES_INFO, type Species } from "../units/species.js";
import { CliFailure, EXIT } from "./exitCodes.js";
import { COST_FILES } from "./analysisOutputFiles.js";

const json = (data: unknown) => `${JSON.stringify(data, null, 2)}\n`;

/** A value computed on its first read, then kept. */
function once<T>(compute: () => T): () => T {
  let value: { readonly v: T } | undefined;
  return () => (value ??= { v: compute() }).v;
}

/**
 * The report tables of a result, for stdout and for the files: each computed on its first read,
 * then kept, so that `run --format csv` computes the emissions table alone and not the energy
 * balance, lifetime reductions or provenance it does not print (docs/performance.md, "Start-up").
 * None of them can fail once the plan has compiled (the lifetimes are checked when compiling), so
 * computing one later or never changes no outcome; `validate` reads them all.
 */
export function reportOf(plan: Plan, result: ScenarioResult) {
  const tidy = once(() => tidyTable(result));
  const co2e = once(() => co2eTable(result));
  const summary = once(() => coBenefitSummary(result, plan.scenario));
  const provenance = once(() => factorProvenance(plan));
  const balance = once(() => energyBalance(plan));
  const energy = once(() => energyTable(balance()));
  const lifetime = once(() => lifetimeReductions(plan, result));
  const lifetimeRows = once(() => lifetimeTable(lifetime()));
  return {
    get tidy() { return tidy(); },
    get co2e() { return co2e(); },
    get summary() { return summary(); },
    get provenance() { return provenance(); },
    get balance() { return balance(); },
    get energy() { return energy(); },
    get lifetime() { return lifetime(); },
    get lifetimeRows() { return lifetimeRows(); },
  };
}

const RUN_FILES = new Set(["emissions.csv", "emissions.json", "co2e.csv", "co2e.json", "summary.csv", "summary.json", "provenance.csv", "provenance.json", "missing.csv", "result.json", "energy.csv", "energy.json", "lifetime.csv", "lifetime.json", "per-unit.csv", "per-unit.json", "stocks.csv", "stocks.json", ...COST_FILES, "uncertainty.csv", "temperature.csv", "temperature.json", "result.xlsx"]);

/**
 * Whether a path found in an existing `--out` folder is one that `run` writes (any run: the
 * tables, and charts of any metric), so the folder may be replaced without losing anything else.
 *
 * @param path - relative to the folder, `/`-separated; a folder ends in `/`
 * @returns true for the files of {@link outputFiles}, `charts/` and the SVG and Vega-Lite files in it
 * @example
 * ```ts
 * import { isRunOutput } from "./outputFiles.js";
 * [isRunOutput("summary.csv"), isRunOutput("charts/"), isRunOutput("charts/trajectories.svg"), isRunOutput("notes.txt")]; // [true, true, true, false]
 * ```
 * @category Command line
 */
export function isRunOutput(path: string): boolean {
  return RUN_FILES.has(path) || path === "charts/" || /^charts\/[\w.+-]+\.(?:svg|vl\.json)$/.test(path);
}

/** Everything `run` writes to `--out`: tables as CSV and JSON, the summary, provenance, the energy balance, the lifetime reductions, the whole result. */
export function outputFiles(report: ReturnType<typeof reportOf>, result: ScenarioResult): { name: string; content: string }[] {
  const { tidy, co2e, summary, provenance, energy, lifetime, lifetimeRows } = report;
  return [
    { name: "emissions.csv", content: tidyTableToCsv(tidy) },
    { name: "emissions.json", content: json(tidy) },
    { name: "co2e.csv", content: co2eTableToCsv(co2e) },
    { name: "co2e.json", content: json(co2e) },
    { name: "summary.csv", content: coBenefitSummaryToCsv(summary) },
    { name: "summary.json", content: json(summary) },
    { name: "provenance.csv", content: factorProvenanceToCsv(provenance) },
    { name: "provenance.json", content: json(provenance) },
    { name: "missing.csv", content: toCsv(["activityId", "sector", "fuel", "technology", "species", "reason"], result.missing) }, // all text
    { name: "energy.csv", content: energyTableToCsv(energy) },
    { name: "energy.json", content: json(energy) },
    { name: "lifetime.csv", content: lifetimeTableToCsv(lifetimeRows) },
    { name: "lifetime.json", content: json({ method: lifetime.method, rows: lifetimeRows }) },
    // The whole result with the energy balance and lifetime reductions, as `--format json` gives them.
    { name: "result.json", content: json({ ...result, energy, lifetime: { method: lifetime.method, rows: lifetimeRows } }) },
    ...stockOutputFiles(result),
  ];
}

/** The per-unit and stock tables, written only when the scenario has measures in units of stock or rows given as stock x intensity. */
function stockOutputFiles(result: ScenarioResult): { name: string; content: string }[] {
  return [
    ...(result.perUnit.length === 0 ? [] : [{ name: "per-unit.csv", content: perUnitTableToCsv(result.perUnit) }, { name: "per-unit.json", content: json(result.perUnit) }]),
    ...(result.stocks.length === 0 ? [] : [{ name: "stocks.csv", content: toCsv(STOCK_COLUMNS, result.stocks, { numeric: ["year", "stock", "intensity", "level"] }) }, { name: "stocks.json", content: json(result.stocks) }]),
  ];
}

const STOCK_COLUMNS = ["activityId", "year", "stock", "stockUnit", "intensity", "intensityUnit", "level", "unit"] as const;

/**
 * The air pollutant on the quadrant's y axis: the one asked for (a usage error unless the
 * scenario computes it), else PM2.5, else the first air pollutant computed.
 */
export function quadrantSpecies(species: readonly Species[], asked: string | undefined): Species | undefined {
  const pollutants = species.filter((s) => SPECIES_INFO[s].role !== "greenhouseGas");
  if (asked === undefined) return pollutants.includes("PM2.5") ? "PM2.5" : pollutants[0];
  const found = pollutants.find((s) => s === asked);
  if (found === undefined) throw new CliFailure(EXIT.usage, `cobenefits run: --quadrant-species must be an air pollutant the scenario computes: ${pollutants.join(", ")}; got "${asked}"`);
  return found;
}

/** The labels of the scenario's measures, by id (the measures without one are left out). */
export function measureLabelsOf(plan: Plan): Record<string, string> {
  return Object.fromEntries(plan.scenario.measures.flatMap((m) => (m.label === undefined ? [] : [[m.id, m.label]])));
}

/** The chart specifications `run --charts` renders: reductions by measure and by year, trajectories, one quadrant per metric; measures named by their labels. */
export function chartSpecs(plan: Plan, result: ScenarioResult, species: Species | undefined, labels: ReportLabels): { name: string; spec: VegaLiteSpec }[] {
  const options = { labels, measureLabels: measureLabelsOf(plan) };
  const charts = [
    { name: "reductions-by-measure", spec: reductionsByMeasureChart(result, options) },
    { name: "reductions-by-year", spec: reductionsByYearChart(result, options) },
    { name: "trajectories", spec: trajectoriesChart(result, options) },
  ];
  if (species !== undefined) for (const metric of result.metrics) charts.push({ name: `co-benefit-quadrant-${metric}`, spec: coBenefitQuadrantChart(result, { metric, species, ...options }) });
  return charts;
}
