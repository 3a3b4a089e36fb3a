import { CobenefitsError } from "./cobenefitsError.js";
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
 * A CSV file of the inventory route that cannot be read: a field that is not a number, not a
 * unit, a line with the wrong number of fields, a missing column. Names the file, the line
 * (1-based, the header is line 1) and the column, by its name in the header.
 * Codes: `CSV_SYNTAX` (quotes, field count), `CSV_COLUMN` (a column missing, repeated or of
 * unknown unit), `CSV_VALUE` (a value that is not what the column holds).
 * @category Errors
 */
export class InventoryCsvError extends CobenefitsError {
  declare readonly code: "CSV_SYNTAX" | "CSV_COLUMN" | "CSV_VALUE";
  readonly file: string;
  /** 1-based line of the file; the header is line 1. */
  readonly line: number;
  /** The column's name as the header writes it, when one column is at fault. */
  readonly column: string | undefined;
  constructor(code: "CSV_SYNTAX" | "CSV_COLUMN" | "CSV_VALUE", file: string, line: number, column: string | undefined, message: string) {
    super(code, `${file}:${line}${column === undefined ? "" : ` column "${column}"`}: ${message}`);
    this.file = file;
    this.line = line;
    this.column = column;
  }
}
