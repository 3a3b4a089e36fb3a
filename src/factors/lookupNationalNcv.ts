import { deepFreeze } from "../deepFreeze.js";
import { InvalidInputError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import type { NationalNcvRow } from "./nationalNcvRow.js";
import { CHINA_NCV } from "./tables/nationalNcvChina.js";

const TABLES: ReadonlyMap<string, readonly NationalNcvRow[]> = new Map([["CN", deepFreeze(CHINA_NCV)]]);

/**
 * Countries of the region whose official heating values are not built in, and why: a selection of
 * one of them is an error that says so, never a silent fallback.
 */
const NOT_BUILT_IN: ReadonlyMap<string, string> = new Map([
  ["JP", "Japan's standard heat values (標準発熱量, METI/ANRE) are gross calorific values; a gross value is never used as an NCV, so none is built in"],
  ["KR", "Korea's energy heat-value table (에너지법 시행규칙, 에너지열량 환산기준) could not be read at source, so none is built in"],
  ["MN", "no official publication of Mongolian net calorific values was found, so none is built in"],
]);

/**
 * Countries with a built-in table of national net calorific values (ISO 3166-1 alpha-2).
 * @category Factors
 */
export const NCV_COUNTRIES: readonly string[] = Object.freeze([...TABLES.keys()]);

/**
 * The built-in national net calorific values of a country (all rows, in table order).
 *
 * @param country - ISO 3166-1 alpha-2 code, e.g. `CN` (see {@link NCV_COUNTRIES})
 * @param path - where the country was given, for error messages
 * @returns the rows [energy per mass, in the unit published]
 * @throws {@link InvalidInputError} (issue `unknown_reference` with the nearest countries) for a country without a built-in table; for JP, KR and MN the message says why none is built in
 * @example
 * ```ts
 * import { listNationalNcv } from "cobenefits";
 * listNationalNcv("CN").find((r) => r.fuel === "otherBituminousCoal")?.value; // "5000" (kcal/kg, GB/T 2589 Appendix A)
 * ```
 * @category Factors
 */
export function listNationalNcv(country: string, path: readonly (string | number)[] = []): readonly NationalNcvRow[] {
  const rows = TABLES.get(country);
  if (rows !== undefined) return rows;
  const why = NOT_BUILT_IN.get(country);
  const nearest = nearestStrings(country, NCV_COUNTRIES, 3);
  throw new InvalidInputError("NCV selection", [
    {
      code: "unknown_reference",
      key: country,
      nearest,
      path,
      message: `${why === undefined ? `no built-in national NCV table for "${country}"` : `no national NCV table for ${country}: ${why}`}; built-in: ${NCV_COUNTRIES.join(", ")}. Give netCalorificValue as a value with the row instead`,
    },
  ]);
}

/**
 * The official net calorific value of a fuel in a country's national table.
 *
 * Method: the table row for the fuel as published (unit as published, e.g. kcal/kg); a fuel the
 * table does not list is an error, never a silent fall back to another table.
 *
 * @param country - ISO 3166-1 alpha-2 code (see {@link NCV_COUNTRIES})
 * @param fuel - fuel id (see {@link listFuels})
 * @param path - where the selection was made, for error messages
 * @returns the national NCV row [energy per mass]
 * @throws {@link InvalidInputError} (issue `unknown_reference`) for a country without a table, or a fuel its table does not list (with the fuels it lists, nearest first)
 * @example
 * ```ts
 * import { lookupNationalNcv } from "cobenefits";
 * const r = lookupNationalNcv("CN", "otherBituminousCoal");
 * [r.value, r.unit, r.product]; // ["5000", "kcal/kg", "原煤 (raw coal)"]
 * ```
 * @category Factors
 */
export function lookupNationalNcv(country: string, fuel: string, path: readonly (string | number)[] = []): NationalNcvRow {
  const rows = listNationalNcv(country, path);
  const hit = rows.find((r) => r.fuel === fuel);
  if (hit !== undefined) return hit;
  const listed = [...new Set(rows.map((r) => r.fuel))];
  const nearest = nearestStrings(fuel, listed, 3);
  throw new InvalidInputError("NCV selection", [
    {
      code: "unknown_reference",
      key: fuel,
      nearest,
      path,
      message: `the ${country} national NCV table has no value for fuel "${fuel}" (it lists: ${listed.join(", ")}); give netCalorificValue with the row, or state ncv.otherFuels: "ipcc2006" to use the IPCC 2006 default for fuels the table does not list`,
    },
  ]);
}
