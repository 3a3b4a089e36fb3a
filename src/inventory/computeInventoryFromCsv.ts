import type { Citation } from "../citations/citation.js";
import { createFactorSet } from "../factors/factorSet.js";
import type { FactorSet } from "../factors/factorSet.js";
import type { InventoryResult } from "./inventoryResult.js";
import { type InventoryOptions, inventoryFromSums, inventoryOptionIssues } from "./inventoryFromSums.js";
import { InvalidInputError } from "../errors.js";
import { readFactorCsv, readNcvCsv } from "./readFactorCsv.js";
import { type ActivityCsvOptions, sumActivityCsv } from "./readInventoryCsv.js";

/**
 * A CSV file's name (for errors and provenance) and contents (UTF-8 bytes or text).
 * @category Inventory
 */
export interface CsvFile {
  readonly name: string;
  readonly contents: Uint8Array | string;
}

/**
 * What {@link computeInventoryFromCsv} reads: the activity file, and optionally the team's own
 * factor table and NCV table with the citation their rows carry.
 * @category Inventory
 */
export interface InventoryCsvInput extends ActivityCsvOptions {
  /** sector, fuel, optional technology, amount (with its unit), optional unit and ncv columns. */
  readonly activities: CsvFile;
  /** sector, fuel, optional technology, species, ef (with its unit); see {@link readFactorCsv}. */
  readonly factors?: CsvFile;
  /** fuel, ncv (with its unit); see {@link readNcvCsv}. */
  readonly ncv?: CsvFile;
  /** The publication the factor and NCV files come from (required with either): every factor carries its citation. */
  readonly citation?: Citation;
  /** Unit of the factor file's values, e.g. `g/GJ`, unless its column name or a unit column says it. */
  readonly factorUnit?: string;
  /** Unit of the NCV file's values, e.g. `GJ/t` (also the unit of an activity `ncv` column, unless named). */
  readonly ncvTableUnit?: string;
  /** Why the NCV file's values may lie outside their fuel's IPCC 2006 Table 1.2 range (attached to the rows outside it; see {@link readNcvCsv}). */
  readonly ncvOutsideIpccRange?: string;
  /** Id of the user factor table (default `user`). */
  readonly tableId?: string;
  /** Built-in tables under the user's (ids, see {@link cobenefits!listFactorTables}); all when absent, `[]` for none. */
  readonly builtinTables?: readonly string[];
}

const bytesOf = (c: Uint8Array | string) => (typeof c === "string" ? new TextEncoder().encode(c) : c);

/**
 * Computes a national inventory straight from CSV files: the activity rows, and the team's own
 * emission factors and net calorific values layered over the built-in cited tables.
 *
 * Method: the factor and NCV files become a user table and user NCV rows citing
 * `input.citation` (see {@link readFactorCsv}, {@link readNcvCsv}) over the built-in tables
 * ({@link cobenefits!createFactorSet}); the activity file is read in one pass over its bytes, summing the
 * amounts per distinct (sector, fuel, technology, unit) without making an object per row; then
 * as {@link computeInventory}: one exact coefficient per key and species, float64 totals by sector
 * and species (and exact decimal totals with `exact`), provenance per distinct factor.
 *
 * @param input - the files, their units where the column names do not carry them, the citation
 * @param options - species, missing-factor policy, `exact`, grid factor; `factors` replaces the set built from the files
 * @returns as {@link computeInventory}; `missing` entries carry the line of the key's first row
 * @throws {@link InventoryCsvError} naming file, line and column of every field that cannot be read (one error per file; `problems` lists them, at most `MAX_LISTED_ISSUES`)
 * @throws {@link cobenefits!MissingFactorError} listing every key without a factor (with `onMissingFactor: "error"`)
 * @throws {@link cobenefits!InvalidInputError} for a factor or NCV file without a citation, or a citation that is not valid
 * @example
 * ```ts
 * import { computeInventoryFromCsv } from "cobenefits/inventory";
 * const result = computeInventoryFromCsv(
 *   {
 *     activities: { name: "activities.csv", contents: "sector,fuel,amount_t\n1.A.4.b.i,lignite,1000\n1.A.4.b.i,lignite,500\n" },
 *     factors: { name: "factors.csv", contents: "sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM2.5,400\n" },
 *     ncv: { name: "fuels.csv", contents: "fuel,ncv_GJ_per_t\nlignite,12\n" },
 *     citation: { id: "Agency-2024", authors: "National Agency", title: "National emission factors 2024", publisher: "National Agency", year: 2024, url: "https://example.org/factors" },
 *   },
 *   { species: ["PM2.5"], exact: true },
 * );
 * result.totals[0]!.exact; // "7.2"
 * ```
 * @category Inventory
 */
export function computeInventoryFromCsv(input: InventoryCsvInput, options: Omit<InventoryOptions, "factors"> & { readonly factors?: FactorSet }): InventoryResult {
  const issues = inventoryOptionIssues(options);
  if ((input.factors !== undefined || input.ncv !== undefined) && input.citation === undefined && options.factors === undefined) {
    issues.push({ path: ["citation"], message: "a factor or NCV file needs the citation its rows come from (id, authors, title, publisher, year, doi or url): every factor carries its citation" });
  }
  if (issues.length > 0) throw new InvalidInputError("inventory input", issues);
  let set = options.factors;
  if (set === undefined) {
    const citationId = input.citation?.id ?? "";
    const userTables = input.factors === undefined ? [] : [readFactorCsv(bytesOf(input.factors.contents), { file: input.factors.name, tableId: input.tableId ?? "user", citationId, ...(input.factorUnit === undefined ? {} : { factorUnit: input.factorUnit }) })];
    const userNcv = input.ncv === undefined ? [] : readNcvCsv(bytesOf(input.ncv.contents), { file: input.ncv.name, citationId, ...(input.ncvTableUnit === undefined ? {} : { ncvUnit: input.ncvTableUnit }), ...(input.ncvOutsideIpccRange === undefined ? {} : { outsideIpccRange: input.ncvOutsideIpccRange }) });
    set = createFactorSet({
      userTables, userNcv,
      ...(input.citation === undefined ? {} : { userCitations: [input.citation] }),
      ...(input.builtinTables === undefined ? {} : { builtinTables: input.builtinTables }),
    });
  }
  const file = input.activities.name;
  const { sums, columnName } = sumActivityCsv(bytesOf(input.activities.contents), file, input, options.exact === true);
  return inventoryFromSums(sums, { ...options, factors: set }, (k, field) => [`${file}:${sums.firstLine[k]!}`, columnName(field)], file);
}
