import { CobenefitsError, MissingFactorError } from "../errors.js";

/**
 * An activity key (sector, fuel, technology) with no emission factor for a species, with how
 * many rows it covers and where the first of them is.
 * @category Inventory
 */
export interface InventoryMissingFactor {
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  readonly species: string;
  /** Number of activity rows with this key [-]. */
  readonly rows: number;
  /** Index (0-based) of the first of them among the data rows. */
  readonly firstRow: number;
  /** Line (1-based, header = 1) of the first of them, when the rows came from a CSV file. */
  readonly line?: number;
  /** Why there is no factor. */
  readonly reason: string;
}

/**
 * Activity keys of an inventory without an emission factor, under `onMissingFactor: "error"`:
 * `missing` lists every one (not only the first), each with the nearest valid keys in `reason`.
 * It is a {@link MissingFactorError} (code `MISSING_FACTOR`), so code that catches missing
 * factors of {@link computeEmissions} catches these too.
 * @category Inventory
 */
export class InventoryMissingFactorsError extends MissingFactorError {
  readonly missing: readonly InventoryMissingFactor[];
  constructor(missing: readonly InventoryMissingFactor[], file?: string) {
    const where = (m: InventoryMissingFactor) => (m.line !== undefined && file !== undefined ? `${file}:${m.line}` : `row ${m.firstRow}`);
    const lines = missing.map((m) => `  - ${m.sector} / ${m.fuel}${m.technology === undefined ? "" : ` / ${m.technology}`} / ${m.species} (${m.rows} row${m.rows === 1 ? "" : "s"}, first at ${where(m)}): ${m.reason}`);
    super(
      "MISSING_FACTOR",
      `no emission factor for ${missing.length} activity key${missing.length === 1 ? "" : "s"} x species of the inventory (give them in your factor table, or pass onMissingFactor "omit" to list them and compute the rest):\n${lines.join("\n")}`,
      [],
      undefined,
      missing.length === 1 ? missing[0]!.species : undefined,
    );
    this.missing = missing;
  }
}

/**
 * A CSV file of the inventory route that cannot be read: a field that is not a number, not a
 * unit, a line with the wrong number of fields, a missing column. Names the file, the line
 * (1-based, the header is line 1) and the column, by its name in the header.
 * Codes: `CSV_SYNTAX` (quotes, field count), `CSV_COLUMN` (a column missing, repeated or of
 * unknown unit), `CSV_VALUE` (a value that is not what the column holds).
 * @category Inventory
 */
export class InventoryCsvError extends CobenefitsError {
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
