import { Dec } from "../units/decimal.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { CoBenefitSummaryRow } from "./coBenefitSummary.js";
import { InvalidInputError } from "../errors.js";
import { forTerminal } from "./forTerminal.js";
import { ENGLISH_LABELS, type ReportLabels, flagsInWords, sectorWithName } from "./labels.js";
import { SIGNIFICANT_DIGITS } from "./significantNumber.js";
import { textGrid as grid } from "./textGrid.js";
import { incompleteLines, scopeSection } from "./scopeSection.js";
import { upstreamSection as upstreamSectionLines } from "./upstreamSection.js";

/**
 * From this magnitude on, `formatDecimal` writes exponent form: written out in full, a value
 * near the 1e100001 input limit would be 100,000 digits long and slow to build.
 */
const EXPONENT_FROM = new Dec("1e21");

/**
 * The significant digits kept in exponent form: those the table shows just below
 * `EXPONENT_FROM`, where a value rounded to a whole number has 21 digits.
 */
const EXPONENT_DIGITS = 21;

/**
 * A decimal string rounded for reading: thousands separated; from 10,000 up, four significant
 * digits (1,297,571 is shown 1,298,000); no decimals at or above 100,
 * one decimal at or above 1, three significant digits below. From 1e21 up (and below 1e-20, as
 * before), exponent form: at most 21 significant digits, trailing zeros dropped, e.g.
 * `"2.1672e+401"`, so the text stays short however large the value is. Tables for people; the
 * CSV and JSON outputs keep the exact values.
 *
 * @param value - a decimal string
 * @returns the rounded text
 * @example
 * ```ts
 * import { formatDecimal } from "cobenefits/report";
 * [formatDecimal("1234567.891"), formatDecimal("5512.4"), formatDecimal("-12.345"), formatDecimal("0.0012345")]; // ["1,235,000", "5,512", "-12.3", "0.00123"]
 * formatDecimal("2.1672e401"); // "2.1672e+401"
 * ```
 * @category Report
 */
export function formatDecimal(value: string): string {
  const d = new Dec(value);
  const abs = d.abs();
  if (abs.isZero()) return "0";
  if (abs.gte(EXPONENT_FROM)) return d.toSignificantDigits(EXPONENT_DIGITS, Dec.ROUND_HALF_EVEN).toExponential();
  const text = abs.gte(10_000) ? d.toSignificantDigits(SIGNIFICANT_DIGITS, Dec.ROUND_HALF_EVEN).toFixed(0) : abs.gte(100) ? d.toFixed(0) : abs.gte(1) ? d.toFixed(1) : d.toPrecision(3);
  const [int, frac] = text.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A percentage with one decimal, in exponent form from 1e21 (a scenario far above a tiny baseline). */
function formatPercent(pct: Dec): string {
  return `${pct.abs().gte(EXPONENT_FROM) ? formatDecimal(pct.toString()) : pct.toFixed(1)}%`;
}


/**
 * A plain-text report of a result for a terminal: per measure, its reductions over the period
 * (Shapley shares) per species, net across scopes, and its CO2e under each named metric with
 * trade-off flags (an `incomplete` flag followed by the species and scopes not counted); when any
 * measure acts on indirect emissions, the same reductions split by scope; then baseline, scenario
 * and reduction per species in the last year (or `options.year`). Rounded for reading. Given
 * `options.labels`, flags are written in words and sectors with their names; columns are aligned by display width and, given
 * `options.width`, wrapped to it. Names and
 * ids from the scenario are passed through `forTerminal`: escape sequences and other
 * control characters in them are shown as `\u001b` and the like, never sent to the terminal.
 *
 * @param result - from {@link cobenefits!evaluateScenario}
 * @param summary - from {@link cobenefits!coBenefitSummary} of the same result
 * @param options - `year`: the year of the emissions table (default the last); `width`: the
 *   terminal's width [columns], to wrap wide tables to (default none); `labels`: the words of the
 *   table, flags in words and sectors with their names (e.g. `ENGLISH_LABELS` from
 *   `cobenefits/charts`; see {@link ReportLabels}); default the flags' codes and bare sector codes
 * @returns the text, lines separated by `\n`
 * @example
 * ```ts
 * import { coBenefitSummary, compileScenario, evaluateScenario } from "cobenefits";
 * import { formatResultTable } from "cobenefits/report";
 * const scenario = { name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] } as const;
 * const result = evaluateScenario(compileScenario(scenario));
 * formatResultTable(result, coBenefitSummary(result, scenario)).includes("SO2"); // true
 * ```
 * @throws {@link cobenefits!InvalidInputError} when `options.year` is not a year of the result
 * @category Report
 */
export function formatResultTable(result: ScenarioResult, summary: readonly CoBenefitSummaryRow[], options: { readonly year?: number; readonly width?: number; readonly labels?: ReportLabels } = {}): string {
  const first = result.years[0]!;
  const labels = options.labels;
  const words = labels ?? ENGLISH_LABELS; // the titles: English without labels
  const width = options.width;
  const last = options.year ?? result.years[result.years.length - 1]!;
  if (!result.years.includes(last)) throw new InvalidInputError("table", [{ code: "out_of_range", path: ["year"], minimum: String(first), maximum: String(result.years[result.years.length - 1]), message: `${last} is not a year of the scenario (${first}-${result.years[result.years.length - 1]})` }]);
  const period = `${first}-${result.years[result.years.length - 1]}`;
  const out: string[] = [words.table.heading(result.name, period, result.metrics), ...(words.reviewNote === undefined ? [] : [words.reviewNote]), ""];
  out.push(words.table.reductionByMeasure(period));
  const header = [labels?.columns.measure ?? "measure", ...result.species, ...result.metrics.map((m) => `CO2e ${m}`), ...result.metrics.map((m) => `${labels?.columns.flags ?? "flags"} ${m}`)];
  const measured = new Map(result.perUnit.filter((p) => p.basis === "user-measured").map((p) => [p.measure, p.source]));
  const rows = summary.map((s) => [measured.has(s.measure) ? `${s.measure} [${words.basis("user-measured")}]` : s.measure, ...s.reductions.map((r) => formatDecimal(r.shapley)), ...s.co2e.map((c) => formatDecimal(c.shapley)), ...s.co2e.map((c) => (labels === undefined ? c.flags.join(" ") || "-" : flagsInWords(c.flags, labels)))]);
  out.push(summary.length > 0 ? grid(header, rows, { width }) : words.table.noMeasures);
  out.push(...incompleteLines(summary, words), "");
  out.push(...scopeSection(result, first, result.years[result.years.length - 1]!, words, width));
  out.push(...perUnitSection(result, last, measured, width, words));
  out.push(words.table.emissionsIn(last));
  const ofLast = result.emissions.filter((e) => e.year === last);
  const partly = new Set(result.missing.map((m) => m.species));
  const speciesRows = result.species.map((s) => {
    const rowsOf = ofLast.filter((e) => e.species === s);
    const b = rowsOf.reduce((x, e) => x.plus(e.baseline), new Dec(0));
    const sc = rowsOf.reduce((x, e) => x.plus(e.scenario), new Dec(0));
    const pct = b.isZero() ? "-" : formatPercent(b.minus(sc).div(b).times(100));
    return [partly.has(s) ? `${s} *` : s, formatDecimal(b.toString()), formatDecimal(sc.toString()), formatDecimal(b.minus(sc).toString()), pct];
  });
  const c = labels?.columns;
  out.push(grid([c?.species ?? "species", c?.baseline ?? "baseline", c?.scenario ?? "scenario", c?.reduction ?? "reduction", c?.reductionPercent ?? "reduction %"], speciesRows, { width }));
  if (partly.size > 0) out.push(words.table.partlyCounted);
  for (const c of result.co2e.filter((r) => r.year === last)) out.push(words.table.co2eLine({ metric: c.metric, year: last, baseline: formatDecimal(c.baseline), scenario: formatDecimal(c.scenario), reduction: formatDecimal(c.reduction), species: c.speciesIncluded }));
  if (result.emissions.some((e) => e.scope === "upstream")) out.push("", ...upstreamSectionLines(result, words));
  if (result.missing.length > 0) {
    out.push("", words.table.missing(result.missing.length));
    const bySource = new Map<string, string[]>();
    for (const m of result.missing) {
      const key = `${m.activityId} (${m.sector === undefined || labels === undefined ? m.sector : sectorWithName(m.sector, labels)} / ${m.fuel}${m.technology === undefined ? "" : ` / ${m.technology}`})`;
      bySource.set(key, [...(bySource.get(key) ?? []), m.species]);
    }
    for (const [source, species] of bySource) out.push(`  ${source}: ${[...new Set(species)].join(", ")}`);
  }
  return forTerminal(out.join("\n"));
}

/** The per-unit section of the text table: each measure in units of stock, per unit treated in the last year; user-measured ones labelled with their source. */
function perUnitSection(result: ScenarioResult, last: number, measured: ReadonlyMap<string, string | null>, width: number | undefined, words: ReportLabels): string[] {
  const ofLast = result.perUnit.filter((p) => p.year === last);
  if (ofLast.length === 0) return [];
  const measures = [...new Set(ofLast.map((p) => p.measure))];
  const rows = measures.map((m) => {
    const own = ofLast.filter((p) => p.measure === m);
    const first = own[0]!;
    const units = new Dec(first.units).isInteger() ? new Dec(first.units).toFixed(0).replace(/\B(?=(\d{3})+(?!\d))/g, ",") : formatDecimal(first.units);
    return [m, `${units} ${first.stockUnit}`, words.basis(first.basis), ...result.species.map((s) => {
      const v = own.find((p) => p.species === s)?.shapleyPerUnit ?? null;
      return v === null ? "-" : formatDecimal(v);
    })];
  });
  const sources = [...measured].filter(([m]) => measures.includes(m)).map(([m, source]) => `  ${words.table.userMeasured(m, source ?? "-")}`);
  return [words.table.perUnit(last), grid([words.columns.measure, words.columns.unitsTreated, words.columns.basis, ...result.species], rows, { width }), ...sources, ""];
}
