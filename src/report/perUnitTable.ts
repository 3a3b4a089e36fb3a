import type { PerUnitRow } from "../scenario/evaluate/perUnitRows.js";
import { toCsv } from "./csv.js";

/**
 * The columns of the per-unit table's CSV, in order.
 * @category Report
 */
export const PER_UNIT_COLUMNS = ["year", "measure", "basis", "source", "species", "units", "stock", "stockUnit", "standalone", "shapley", "standalonePerUnit", "shapleyPerUnit", "perUnitUnit"] as const;

/**
 * The per-unit results as CSV (UTF-8, `\n` line ends, a header row): one row per measure stated
 * in units of stock, year and species, with its `basis` (`user-measured` for a measured
 * reduction, cited in `source`; `emission factors` otherwise). Reductions in t/yr, per-unit values
 * in `perUnitUnit` (e.g. t/vehicle per year); an empty per-unit cell in a year with no unit treated.
 *
 * @param rows - `result.perUnit`
 * @returns the CSV text
 * @example
 * ```ts
 * import { perUnitTableToCsv } from "cobenefits/report";
 * perUnitTableToCsv([]); // "year,measure,basis,source,species,units,stock,stockUnit,standalone,shapley,standalonePerUnit,shapleyPerUnit,perUnitUnit\n"
 * ```
 * @category Report
 */
export function perUnitTableToCsv(rows: readonly PerUnitRow[]): string {
  return toCsv(PER_UNIT_COLUMNS, rows, { numeric: ["year", "units", "stock", "standalone", "shapley", "standalonePerUnit", "shapleyPerUnit"] });
}
