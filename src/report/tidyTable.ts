import { array, enum as zEnum, literal, null as zNull, number, strictObject, string, union } from "zod";
import { InvalidInputError, issueCodeOfZod } from "../errors.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import { decimalStringSchema } from "../units/quantity.js";
import { SPECIES, type Species } from "../units/species.js";
import type { DecimalString } from "../units/decimal.js";
import { parseCsv, toCsv } from "./csv.js";
import { userMeasuredMeasures } from "./userMeasuredMeasures.js";
import { type EmissionScope, scopeOfFuel } from "../factors/scopeOfFuel.js";

/**
 * The `measure` value of the rows that hold a sector's totals under all measures together.
 * @category Report
 */
export const ALL_MEASURES = "all";

/**
 * One row of the tidy long table [t/yr]. Rows with `measure` = {@link ALL_MEASURES} hold the
 * sector's baseline, scenario and reduction; rows with a measure id hold that measure's Shapley
 * share of the reduction in that sector and scope (baseline and scenario are `null`: a share has
 * none). Per year, sector, scope and species the measures' reductions sum exactly to the `all` row's.
 * @category Report
 */
export interface TidyRow {
  readonly year: number;
  readonly sector: string;
  /** `direct`; `indirect` for electricity priced with the grid factor; `indirectHeat` for district heat priced at its plants; `upstream` for the opt-in upstream methane (CH4 only). */
  readonly scope: EmissionScope;
  readonly measure: string;
  readonly species: Species;
  readonly baseline: DecimalString | null;
  readonly scenario: DecimalString | null;
  /** baseline - scenario (negative when emissions rise); for a measure, its Shapley share. */
  readonly reduction: DecimalString;
  readonly unit: "t";
  /**
   * `user-measured` on the share of a measure whose effect is a figure the user measured and
   * cites (a measuredReduction), not computed from the emission factors; `null` otherwise and on
   * the `all` rows.
   */
  readonly basis: "user-measured" | null;
  /**
   * `false` when some activity of this sector and scope has no emission factor for this species
   * (listed in `result.missing`, `onMissingFactor: omit`): the row's values leave that activity
   * out, and its zeros are not measured zeros; `true` otherwise.
   */
  readonly complete: boolean;
}

/**
 * The columns of the tidy table, in order.
 * @category Report
 */
export const TIDY_COLUMNS = ["year", "sector", "scope", "measure", "species", "baseline", "scenario", "reduction", "unit", "basis", "complete"] as const;

const tidyRowSchema = strictObject({
  year: number().int(),
  sector: string().min(1),
  scope: zEnum(["direct", "indirect", "indirectHeat", "upstream"]),
  measure: string().min(1),
  species: zEnum(SPECIES),
  baseline: union([decimalStringSchema, zNull()]),
  scenario: union([decimalStringSchema, zNull()]),
  reduction: decimalStringSchema,
  unit: literal("t"),
  basis: union([literal("user-measured"), zNull()]),
  complete: union([literal(true), literal(false)]),
});

/**
 * The tidy long table of a scenario result: for each year, sector, scope and species, the totals
 * (`measure: "all"`) and each measure's Shapley share, sorted by year, sector, scope, measure
 * (`all` first, then declared order) and species.
 *
 * @param result - from {@link evaluateScenario}
 * @returns the rows [t/yr], exact decimal strings
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario, tidyTable } from "cobenefits";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] }));
 * tidyTable(result).map((r) => [r.measure, r.baseline, r.scenario, r.reduction]); // [["all", "90", "9", "81"], ["fgd", null, null, "81"]]
 * ```
 * @category Report
 */
export function tidyTable(result: ScenarioResult): TidyRow[] {
  const order = new Map<string, number>();
  for (const a of result.attribution) if (!order.has(a.measure)) order.set(a.measure, order.size);
  const speciesOrder = (s: Species) => result.species.indexOf(s);
  const measured = userMeasuredMeasures(result);
  const gaps = new Set(result.missing.map((m) => `${m.sector}|${m.fuel === undefined ? "" : scopeOfFuel(m.fuel)}|${m.species}`));
  const complete = (sector: string, scope: EmissionScope, species: Species) => !gaps.has(`${sector}|${scope}|${species}`) && !gaps.has(`${sector}||${species}`);
  const totals: TidyRow[] = result.emissions.map((e) => ({ year: e.year, sector: e.sector, scope: e.scope, measure: ALL_MEASURES, species: e.species, baseline: e.baseline, scenario: e.scenario, reduction: e.reduction, unit: "t", basis: null, complete: complete(e.sector, e.scope, e.species) }));
  const shares: TidyRow[] = result.attributionBySector.map((a) => ({ year: a.year, sector: a.sector, scope: a.scope, measure: a.measure, species: a.species, baseline: null, scenario: null, reduction: a.shapley, unit: "t", basis: measured.has(a.measure) ? "user-measured" : null, complete: complete(a.sector, a.scope, a.species) }));
  const rank = (m: string) => (m === ALL_MEASURES ? -1 : order.get(m) ?? 0);
  return [...totals, ...shares].sort(
    (a, b) => a.year - b.year || a.sector.localeCompare(b.sector) || a.scope.localeCompare(b.scope) || rank(a.measure) - rank(b.measure) || speciesOrder(a.species) - speciesOrder(b.species),
  );
}

/**
 * Writes the tidy table as CSV with the header {@link TIDY_COLUMNS}; `null` is an empty field.
 * Text cells are neutralised against spreadsheet formulas (see {@link toCsv}); numbers are not.
 * Read back with {@link tidyTableFromCsv}, losslessly.
 *
 * @param rows - from {@link tidyTable}
 * @returns the CSV text
 * @example
 * ```ts
 * import { tidyTableToCsv } from "cobenefits";
 * tidyTableToCsv([]); // "year,sector,scope,measure,species,baseline,scenario,reduction,unit,basis,complete\n"
 * ```
 * @category Report
 */
export function tidyTableToCsv(rows: readonly TidyRow[]): string {
  return toCsv(TIDY_COLUMNS, rows, { numeric: ["year", "baseline", "scenario", "reduction"] });
}

function validateRows(what: string, rows: readonly unknown[]): TidyRow[] {
  const r = array(tidyRowSchema).safeParse(rows);
  if (r.success) return r.data;
  throw new InvalidInputError(what, r.error.issues.map((i) => ({ code: issueCodeOfZod(i), path: i.path.map((p) => (typeof p === "number" ? p : String(p))), message: i.message })));
}

/**
 * Reads a tidy table written by {@link tidyTableToCsv}: numbers of years back to numbers, empty
 * baseline and scenario to `null`, every value validated.
 *
 * @param text - the CSV text
 * @returns the rows, equal to those written
 * @throws {@link InvalidInputError} naming the row and column of any bad value, or missing columns
 * @example
 * ```ts
 * import { tidyTableFromCsv } from "cobenefits";
 * tidyTableFromCsv("year,sector,scope,measure,species,baseline,scenario,reduction,unit,basis,complete\n2030,1.A.4.b.i,direct,fgd,SO2,,,80.91,t,,true\n")[0]?.baseline; // null
 * ```
 * @category Report
 */
export function tidyTableFromCsv(text: string): TidyRow[] {
  const records = parseCsv(text);
  const header = text.replace(/^\uFEFF/, "").split("\n", 1)[0]!.replace(/\r$/, "").split(",");
  const missing = TIDY_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new InvalidInputError("tidy table CSV", [{ code: "missing", path: ["header"], message: `missing column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}; expected ${TIDY_COLUMNS.join(",")}` }]);
  const rows = records.map((r) => ({
    ...r,
    year: /^-?\d+$/.test(r.year ?? "") ? Number(r.year) : r.year,
    baseline: r.baseline === "" ? null : r.baseline,
    scenario: r.scenario === "" ? null : r.scenario,
    basis: r.basis === "" ? null : r.basis,
    complete: r.complete === "true" ? true : r.complete === "false" ? false : r.complete,
  }));
  return validateRows("tidy table CSV", rows);
}

/**
 * Reads a tidy table from JSON (an array of {@link TidyRow}, as `JSON.stringify(tidyTable(r))`
 * writes it), validating every value.
 *
 * @param text - the JSON text
 * @returns the rows
 * @throws {@link InvalidInputError} naming the row and field of any bad value, or a JSON syntax error
 * @example
 * ```ts
 * import { tidyTableFromJson } from "cobenefits";
 * tidyTableFromJson("[]"); // []
 * ```
 * @category Report
 */
export function tidyTableFromJson(text: string): TidyRow[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new InvalidInputError("tidy table JSON", [{ code: "syntax", path: [], message: `not valid JSON: ${(e as Error).message}` }]);
  }
  if (!Array.isArray(data)) throw new InvalidInputError("tidy table JSON", [{ code: "invalid_type", expected: "array", path: [], message: "expected an array of rows" }]);
  return validateRows("tidy table JSON", data);
}
