import { UnknownGridFactorError } from "../errors.js";
import type { GridFactorRow } from "./gridFactorRow.js";
import { deepFreeze } from "../deepFreeze.js";
import { GRID_ELECTRICITY_FACTORS as ROWS } from "./tables/gridElectricity.js";

const GRID_ELECTRICITY_FACTORS = deepFreeze(ROWS);

/**
 * Finds a built-in national grid electricity CO2 factor, by row id, or by country and data year.
 * A country and year with several rows (different definitions) is an error listing them: choose by id.
 *
 * @param query - `{ id }` or `{ country, year }` (ISO 3166-1 alpha-2 country code; year of the data)
 * @returns the grid factor row [t CO2/MWh], with its citation, definition and quality flag
 * @throws {@link UnknownGridFactorError} listing the rows available for the country (or all rows)
 * @example
 * ```ts
 * import { lookupGridFactor } from "cobenefits";
 * lookupGridFactor({ id: "grid.CN.2022.MEE-NBS.national-average" }).value; // "0.5366"
 * ```
 * @category Factors
 */
export function lookupGridFactor(query: { readonly id: string } | { readonly country: string; readonly year: number }): GridFactorRow {
  const describe = (r: GridFactorRow) => `${r.id} (${r.year}, ${r.value} ${r.unit})`;
  if ("id" in query) {
    const hit = GRID_ELECTRICITY_FACTORS.find((r) => r.id === query.id);
    if (hit === undefined) throw new UnknownGridFactorError(query.id, "", GRID_ELECTRICITY_FACTORS.map(describe));
    return hit;
  }
  const forCountry = GRID_ELECTRICITY_FACTORS.filter((r) => r.country === query.country);
  const hits = forCountry.filter((r) => r.year === query.year);
  if (hits.length === 1 && hits[0] !== undefined) return hits[0];
  const available = (forCountry.length > 0 ? forCountry : GRID_ELECTRICITY_FACTORS).map(describe);
  throw new UnknownGridFactorError(
    query.country,
    hits.length > 1 ? ` in ${query.year}: ${hits.length} rows with different definitions, choose one by id` : ` in ${query.year}`,
    available,
  );
}

/**
 * The built-in grid electricity factors, as plain data.
 * @returns every grid factor row
 * @example
 * ```ts
 * import { listGridFactors } from "cobenefits";
 * listGridFactors().filter((r) => r.country === "MN").length > 0; // true
 * ```
 * @category Factors
 */
export function listGridFactors(): readonly GridFactorRow[] {
  return GRID_ELECTRICITY_FACTORS;
}
