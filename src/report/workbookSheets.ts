import { formatCitation } from "../citations/citation.js";
import { getCitation } from "../citations/registry.js";
import { getMetric } from "../metrics/registry.js";
import type { Plan } from "../scenario/plan.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { CoBenefitSummaryRow } from "./coBenefitSummary.js";
import type { Co2eTableRow } from "./co2eTable.js";
import type { FactorProvenanceRow } from "./factorProvenance.js";
import { type ReportLabels, flagsInWords, sectorWithName } from "./labels.js";
import { SIGNIFICANT_DIGITS, significantNumber } from "./significantNumber.js";
import type { TidyRow } from "./tidyTable.js";

/** One cell of a workbook sheet: text, a number (rounded for reading), or empty. */
export type WorkbookCell = string | number | null;

/**
 * One sheet of the workbook `run --format xlsx` writes: its name, its column headers (with units
 * in brackets) and rows of cells; numbers are numbers, not text.
 * @category Report
 */
export interface WorkbookSheet {
  readonly name: string;
  readonly header: readonly string[];
  readonly rows: readonly (readonly WorkbookCell[])[];
}

/** The tables a workbook is made of (what `run` computes once for every output). */
export interface WorkbookTables {
  readonly tidy: readonly TidyRow[];
  readonly co2e: readonly Co2eTableRow[];
  readonly summary: readonly CoBenefitSummaryRow[];
  readonly provenance: readonly FactorProvenanceRow[];
}

const num = (v: string | null): WorkbookCell => (v === null ? null : significantNumber(v));

/** The citations behind a result: the factors' sources (from the provenance) and the metrics' sources, each once. */
function citationsOf(result: ScenarioResult, provenance: readonly FactorProvenanceRow[]): [string, string][] {
  const seen = new Map<string, string>();
  for (const p of provenance) if (!seen.has(p.sourceId)) seen.set(p.sourceId, p.citation);
  for (const metric of result.metrics) {
    for (const part of metric.split("+")) {
      let values: readonly { readonly source: { readonly id: string } }[] = [];
      try {
        values = getMetric(part).values;
      } catch {
        continue; // a combined or user metric without a built-in set: its parts are named in the metrics line
      }
      for (const v of values) if (!seen.has(v.source.id)) seen.set(v.source.id, formatCitation(getCitation(v.source.id)));
    }
  }
  return [...seen];
}

/**
 * The sheets of a result's workbook, in the language of `labels`: a README (what the scenario is,
 * how the numbers are rounded, what `complete` means, every publication cited), the co-benefit
 * summary per measure (reductions per species, CO2e per metric, flags in words), the emissions
 * (the tidy table, with sector names beside the codes and `complete` per row), CO2e, the missing
 * factors and the factor provenance. Numbers are rounded to four significant digits
 * (`SIGNIFICANT_DIGITS`); the CSV and JSON outputs keep the exact decimals.
 *
 * @param plan - the compiled scenario (its measures' labels)
 * @param result - from {@link cobenefits!evaluateScenario}
 * @param tables - the report tables of the result
 * @param labels - the words of the sheets (headers, sheet names, flags)
 * @returns the sheets, README first
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario, tidyTable, co2eTable, coBenefitSummary, factorProvenance } from "cobenefits";
 * import { ENGLISH_LABELS } from "cobenefits/charts";
 * import { workbookSheets } from "cobenefits/xlsx";
 * const scenario = { name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] } as const;
 * const plan = compileScenario(scenario);
 * const result = evaluateScenario(plan);
 * const sheets = workbookSheets(plan, result, { tidy: tidyTable(result), co2e: co2eTable(result), summary: coBenefitSummary(result, scenario), provenance: factorProvenance(plan) }, ENGLISH_LABELS);
 * sheets.map((s) => s.name); // ["README", "summary", "emissions", "CO2e", "missing factors", "provenance"]
 * sheets[2]?.rows[0]; // [2030, "1.A.4.b.i", "Residential: stationary", "direct", "all", "SO2", 90, 90, 0, null, "yes"]
 * ```
 * @category Report
 */
export function workbookSheets(plan: Plan, result: ScenarioResult, tables: WorkbookTables, labels: ReportLabels): WorkbookSheet[] {
  const c = labels.columns;
  const about = labels.readme;
  const scopeIn = (scope: string) => (Object.hasOwn(labels.scopes, scope) ? labels.scopes[scope as keyof ReportLabels["scopes"]] : scope);
  const yesNo = (b: boolean) => (b ? labels.words.yes : labels.words.no);
  const first = result.years[0]!;
  const last = result.years[result.years.length - 1]!;
  const incomplete = tables.tidy.filter((r) => !r.complete).length;
  const readme: WorkbookSheet = {
    name: labels.sheets.readme,
    header: ["cobenefits", ""],
    rows: [
      [about.scenario, result.name],
      [about.years, `${first}-${last}`],
      [about.metrics, result.metrics.length > 0 ? result.metrics.join(", ") : labels.words.none],
      ...(labels.reviewNote === undefined ? [] : [[about.language, labels.reviewNote]]),
      [about.numbers, about.numbersText(SIGNIFICANT_DIGITS)],
      [about.reductions, about.reductionsText],
      [c.complete, incomplete === 0 ? about.allComplete : about.someIncomplete(incomplete, labels.sheets.missing)],
      ["", ""],
      [about.sources, about.sourcesText(labels.sheets.provenance)],
      ...citationsOf(result, tables.provenance).map(([id, text]): WorkbookCell[] => [id, text]),
    ],
  };
  const measureLabel = new Map(plan.scenario.measures.map((m) => [m.id, m.label ?? null]));
  const summary: WorkbookSheet = {
    name: labels.sheets.summary,
    header: [c.measure, c.label, c.kind, c.basis, ...result.species.map((s) => `${s} ${c.reduction} ${first}-${last} [t]`), ...result.metrics.flatMap((m) => [`CO2e ${m} ${c.reduction} ${first}-${last} [t CO2-eq]`, `${c.flags} ${m}`])],
    rows: tables.summary.map((s) => [s.measure, measureLabel.get(s.measure) ?? null, labels.measureKind(s.kind), s.basis, ...s.reductions.map((r) => num(r.shapley)), ...s.co2e.flatMap((x) => [num(x.shapley), flagsInWords(x.flags, labels)])]),
  };
  const emissions: WorkbookSheet = {
    name: labels.sheets.emissions,
    header: [c.year, c.sector, c.sectorName, c.scope, c.measure, c.species, `${c.baseline} [t/yr]`, `${c.scenario} [t/yr]`, `${c.reduction} [t/yr]`, c.basis, c.complete],
    rows: tables.tidy.map((r) => [r.year, r.sector, labels.sectorName(r.sector) ?? null, scopeIn(r.scope), r.measure, r.species, num(r.baseline), num(r.scenario), num(r.reduction), r.basis, yesNo(r.complete)]),
  };
  const co2e: WorkbookSheet = {
    name: labels.sheets.co2e,
    header: [c.year, c.metric, c.measure, `${c.baseline} [t CO2-eq/yr]`, `${c.scenario} [t CO2-eq/yr]`, `${c.reduction} [t CO2-eq/yr]`, c.species, c.basis],
    rows: tables.co2e.map((r) => [r.year, r.metric, r.measure, num(r.baseline), num(r.scenario), num(r.reduction), r.speciesIncluded, r.basis]),
  };
  const missing: WorkbookSheet = {
    name: labels.sheets.missing,
    header: [c.activity, c.sector, c.sectorName, c.fuel, c.technology, c.species, c.reason],
    rows: result.missing.map((m) => [m.activityId ?? null, m.sector ?? null, m.sector === undefined ? null : (labels.sectorName(m.sector) ?? null), m.fuel ?? null, m.technology ?? null, m.species ?? null, m.reason]),
  };
  const provenance: WorkbookSheet = {
    name: labels.sheets.provenance,
    header: [c.activity, c.sector, c.fuel, c.technology, c.scope, c.species, c.factor, c.unit, c.quality, c.source, c.table, c.page, c.citation],
    rows: tables.provenance.map((p) => [p.activityId, sectorWithName(p.sector, labels), p.fuel, p.technology, scopeIn(p.scope), p.species, Number(p.value), p.unit, p.quality, p.sourceId, p.sourceTable, p.sourcePage, p.citation]),
  };
  return [readme, summary, emissions, co2e, missing, provenance];
}
