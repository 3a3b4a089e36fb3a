import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { formatDecimal } from "./formatTable.js";
import { LABEL_REVIEW, type Language, label, speciesLabel } from "./labels/labels.js";
import type { ScenarioComparison } from "./scenarioComparison.js";
import { textGrid } from "./textGrid.js";

/** What {@link formatComparison} shows. */
export interface ComparisonTableOptions {
  /** The language of the words (species names, headers, titles); names and labels stay the user's own. Default `en`. */
  readonly lang?: Language;
  /** One year instead of the whole period (the sum over the years). */
  readonly year?: number;
  /** The species of the table by measure; default PM2.5 if compared, else the first species. */
  readonly species?: Species;
}

/** Short column names for the scenarios: A, B, C ... (Z, then AA ...). */
export const scenarioLetter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `${scenarioLetter(Math.floor(i / 26) - 1)}${scenarioLetter(i % 26)}`);

/** Sums of a column per key over the chosen years. */
function sums<R extends { readonly year: number }>(rows: readonly R[], year: number | undefined, key: (r: R) => string, value: (r: R) => string): Map<string, Dec> {
  const out = new Map<string, Dec>();
  for (const r of rows) {
    const v = value(r);
    if ((year !== undefined && r.year !== year) || v === "") continue;
    const k = key(r);
    out.set(k, (out.get(k) ?? new Dec(0)).plus(v));
  }
  return out;
}

const shown = (d: Dec | undefined) => (d === undefined ? "" : formatDecimal(d.toString()));

/**
 * The text table of a comparison: a legend naming each scenario by letter (A is the reference),
 * then the reduction per species and CO2e per metric in each scenario with each one's difference
 * from A, the emissions likewise, and the reduction of one species by measure. Over the whole
 * period (summed over the years) or one year. Rounded for reading (3 significant digits below
 * 100); the CSV keeps exact decimals.
 *
 * @param comparison - from {@link compareScenarios}
 * @param options - language, year, species of the table by measure
 * @returns the text, lines joined with `\n`
 * @example
 * ```ts
 * import { formatComparison } from "./formatComparison.js";
 * const row = (scenario: string, reduction: string, d: string) => ({ year: 2030, species: "SO2" as const, scenario, baseline: "90", emissions: String(90 - Number(reduction)), reduction, emissionsVsReference: String(-Number(d)), reductionVsReference: d, unit: "t" as const });
 * const text = formatComparison({ reference: "A plan", scenarios: ["A plan", "B plan"], years: [2030], species: ["SO2"], metrics: [], emissions: [row("A plan", "45", "0"), row("B plan", "81", "36")], co2e: [], measures: [] });
 * text.split("\n").find((l) => l.startsWith("SO2")); // "SO2 sulphur dioxide  45.0  81.0   36.0"
 * ```
 * @category Report
 */
export function formatComparison(comparison: ScenarioComparison, options: ComparisonTableOptions = {}): string {
  const lang = options.lang ?? "en";
  const { scenarios, years } = comparison;
  const period = options.year !== undefined ? String(options.year) : years.length === 0 ? "" : `${years[0]}-${years[years.length - 1]} (${label(lang, "column.period")})`;
  const letters = scenarios.map((_, i) => scenarioLetter(i));
  const diffs = letters.slice(1).map((l) => `${l} - A`);
  const out: string[] = [label(lang, "title.comparison", { period }), ...scenarios.map((name, i) => `  ${letters[i]} = ${name}`), `  (${label(lang, "title.comparisonReference", { reference: `A` })})`, ""];

  const block = (title: string, rowKeys: readonly { key: string; shownAs: string }[], values: Map<string, Dec>[], lead?: Map<string, Dec>) => {
    const header = [label(lang, "column.species"), ...(lead === undefined ? [] : [`${label(lang, "column.baseline")} (A)`]), ...letters, ...diffs];
    const rows = rowKeys.map(({ key, shownAs }) => {
      const ref = values[0]!.get(key);
      return [shownAs, ...(lead === undefined ? [] : [shown(lead.get(key))]), ...values.map((v) => shown(v.get(key))), ...values.slice(1).map((v) => { const x = v.get(key); return x === undefined || ref === undefined ? "" : formatDecimal(x.minus(ref).toString()); })];
    });
    out.push(title, textGrid(header, rows), "");
  };

  const speciesKeys = [...comparison.species.map((s) => ({ key: s, shownAs: speciesLabel(lang, s) })), ...comparison.metrics.map((m) => ({ key: `co2e|${m}`, shownAs: `CO2e ${m}` }))];
  const per = (column: "reduction" | "emissions" | "baseline") => scenarios.map((name) => new Map([
    ...sums(comparison.emissions.filter((r) => r.scenario === name), options.year, (r) => r.species, (r) => r[column]),
    ...[...sums(comparison.co2e.filter((r) => r.scenario === name), options.year, (r) => `co2e|${r.metric}`, (r) => r[column])],
  ]));
  block(label(lang, "title.comparisonReductions", { period }), speciesKeys, per("reduction"));
  block(label(lang, "title.comparisonEmissions", { period }), speciesKeys, per("emissions"), per("baseline")[0]);

  const species = options.species ?? (comparison.species.includes("PM2.5") ? "PM2.5" : comparison.species[0]);
  if (species !== undefined && comparison.measures.length > 0) {
    const rows = comparison.measures.filter((r) => r.species === species);
    const measures = [...new Set(rows.map((r) => r.measure))];
    const values = scenarios.map((name) => sums(rows.filter((r) => r.scenario === name), options.year, (r) => r.measure, (r) => r.reduction));
    const header = [label(lang, "column.measure"), ...letters, ...diffs];
    const lines = measures.map((m) => [m, ...values.map((v) => shown(v.get(m))), ...values.slice(1).map((v) => formatDecimal((v.get(m) ?? new Dec(0)).minus(values[0]!.get(m) ?? new Dec(0)).toString()))]);
    out.push(label(lang, "title.comparisonMeasures", { species: speciesLabel(lang, species), period }), textGrid(header, lines), "");
  }
  if (LABEL_REVIEW[lang] === "machine-prepared") out.push(`(${lang}: machine-prepared labels, awaiting review by native speakers; see docs/languages.md)`);
  return out.join("\n").trimEnd();
}
