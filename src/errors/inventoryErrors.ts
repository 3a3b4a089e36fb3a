import { CobenefitsError, MAX_LISTED_ISSUES, listedIssues } from "./cobenefitsError.js";
import { type InventoryMissingFactor, MissingFactorError } from "./factorErrors.js";

/**
 * The error for activity keys of an inventory without an emission factor, under
 * `onMissingFactor: "error"`: a {@link MissingFactorError} (code `MISSING_FACTOR`) whose `missing`
 * lists every key (not only the first), each with the nearest valid keys in `reason`, so code
 * that catches missing factors of {@link computeEmissions} or {@link compileScenario} catches these too.
 *
 * @param missing - every key without a factor
 * @param file - the CSV file the rows came from, if any (lines are then named in it)
 * @returns the error, to throw
 * @example
 * ```ts
 * import { inventoryMissingFactorsError } from "./inventoryErrors.js";
 * const e = inventoryMissingFactorsError([{ sector: "1.A.1.a", fuel: "peat", species: "NH3", rows: 2, firstRow: 0, reason: "no factor" }]);
 * [e.code, e.species, e.missing.length]; // ["MISSING_FACTOR", "NH3", 1]
 * ```
 * @category Errors
 */
export function inventoryMissingFactorsError(missing: readonly InventoryMissingFactor[], file?: string): MissingFactorError {
  const where = (m: InventoryMissingFactor) => (m.line !== undefined && file !== undefined ? `${file}:${m.line}` : `row ${m.firstRow}`);
  return new MissingFactorError(
    "MISSING_FACTOR",
    () => {
      const lines = missing.map((m) => `  - ${m.sector} / ${m.fuel}${m.technology === undefined ? "" : ` / ${m.technology}`} / ${m.species} (${m.rows} row${m.rows === 1 ? "" : "s"}, first at ${where(m)}): ${m.reason}`);
      return `no emission factor for ${missing.length} activity key${missing.length === 1 ? "" : "s"} x species of the inventory (give them in your factor table, or pass onMissingFactor "omit" to list them and compute the rest):\n${lines.join("\n")}`;
    },
    [],
    missing,
  );
}

/**
 * One bad line (or field) of a CSV file: its code, its 1-based line (the header is line 1), its
 * column by the header's name when one column is at fault, and what is wrong.
 * @category Errors
 */
export interface InventoryCsvProblem {
  readonly code: "CSV_SYNTAX" | "CSV_COLUMN" | "CSV_VALUE";
  readonly line: number;
  readonly column: string | undefined;
  readonly message: string;
}

/**
 * A CSV file of the inventory route that cannot be read: a field that is not a number, not a
 * unit, a line with the wrong number of fields, a missing column. Names the file, the line
 * (1-based, the header is line 1) and the column, by its name in the header.
 * Codes: `CSV_SYNTAX` (quotes, field count), `CSV_COLUMN` (a column missing, repeated or of
 * unknown unit), `CSV_VALUE` (a value that is not what the column holds).
 * A file with several bad lines gives one error for all: `code`, `line` and `column` are the
 * first's, `problems` lists each (at most `MAX_LISTED_ISSUES` (50)) and `problemCount` counts all.
 * @example
 * ```ts
 * import { InventoryCsvError } from "cobenefits";
 * const e = new InventoryCsvError("CSV_VALUE", "a.csv", 3, "amount", "expected a number, got \"x\"", [
 *   { code: "CSV_VALUE", line: 3, column: "amount", message: "expected a number, got \"x\"" },
 *   { code: "CSV_VALUE", line: 7, column: "ncv", message: "expected a positive number, got \"-1\"" },
 * ]);
 * [e.problemCount, e.problems.map((p) => p.line)]; // [2, [3, 7]]
 * e.message.split("\n")[0]; // "a.csv: 2 problems (each below):"
 * ```
 * @category Errors
 */
export class InventoryCsvError extends CobenefitsError {
  declare readonly code: "CSV_SYNTAX" | "CSV_COLUMN" | "CSV_VALUE";
  readonly file: string;
  /** 1-based line of the file; the header is line 1 (of the first problem, when there are several). */
  readonly line: number;
  /** The column's name as the header writes it, when one column is at fault. */
  readonly column: string | undefined;
  /** Every problem found, in file order, at most `MAX_LISTED_ISSUES` (50) (one: this error's own). */
  readonly problems: readonly InventoryCsvProblem[];
  /** How many problems the file has, listed or not. */
  readonly problemCount: number;
  /**
   * @param code - the (first) problem's code
   * @param file - the file's name
   * @param line - the (first) problem's line
   * @param column - the (first) problem's column, by header name
   * @param message - the (first) problem
   * @param problems - every problem, when the file has several (the first as above)
   * @param problemCount - how many in all, when more than `problems` lists
   */
  constructor(code: "CSV_SYNTAX" | "CSV_COLUMN" | "CSV_VALUE", file: string, line: number, column: string | undefined, message: string, problems?: readonly InventoryCsvProblem[], problemCount?: number) {
    const all = problems !== undefined && problems.length > 0 ? problems.slice(0, MAX_LISTED_ISSUES) : [{ code, line, column, message }];
    const count = Math.max(problemCount ?? all.length, all.length);
    const at = (p: InventoryCsvProblem) => `${file}:${p.line}${p.column === undefined ? "" : ` column "${p.column}"`}: ${p.message}`;
    super(code, count === 1 ? at(all[0]!) : `${file}: ${count.toLocaleString("en-US")} problems (each below):\n${listedIssues(all, (p) => `  - ${at(p)}`)}${count > all.length ? `\n  ... and ${(count - all.length).toLocaleString("en-US")} more (the first ${all.length} are listed)` : ""}`);
    this.file = file;
    this.line = line;
    this.column = column;
    this.problems = all;
    this.problemCount = count;
  }
}
