import { findScopeRow } from "./findScopeRow.js";
import { deepFreeze } from "../deepFreeze.js";
import type { GenerationMix } from "./generationMix.js";
import { GENERATION_MIXES as ROWS } from "./tables/generationMixes.js";

const GENERATION_MIXES = deepFreeze(ROWS);

const describe = (m: GenerationMix) => `${m.id} (${m.country} ${m.region} ${m.yearKind === "fiscal" ? "FY" : ""}${m.year})`;

/**
 * Finds a built-in generation mix, by id, or by country and data year (national mixes; a regional
 * grid's mix by id). A country and year with several rows is an error listing them: choose by id.
 *
 * @param query - `{ id }` or `{ country, year }` (ISO 3166-1 alpha-2 code; year of the data, the
 *   fiscal year where the row's `yearKind` says so)
 * @returns the mix, with its components as published [% or the row's unit], citation and quality flag
 * @throws {@link UnknownScopeDataError} listing the mixes of the country (or all mixes)
 * @example
 * ```ts
 * import { lookupGenerationMix } from "cobenefits";
 * lookupGenerationMix({ country: "KR", year: 2020 }).components[0]; // { technology: "coal", value: "35.6" }
 * ```
 * @category Factors
 */
export function lookupGenerationMix(query: { readonly id: string } | { readonly country: string; readonly year: number }): GenerationMix {
  if ("id" in query) return findScopeRow("generation mixes", GENERATION_MIXES, query.id, (m) => m.id === query.id, describe);
  const forCountry = GENERATION_MIXES.filter((m) => m.country === query.country && m.region === "national");
  return findScopeRow("generation mixes", forCountry.length > 0 ? forCountry : GENERATION_MIXES, `${query.country} ${query.year}`, (m) => m.country === query.country && m.region === "national" && m.year === query.year, describe);
}

/**
 * The built-in generation mixes, as plain (frozen) data.
 * @returns every generation mix
 * @example
 * ```ts
 * import { listGenerationMixes } from "cobenefits";
 * listGenerationMixes().map((m) => m.country); // ["JP", "CN", "KR", "MN"]
 * ```
 * @category Factors
 */
export function listGenerationMixes(): readonly GenerationMix[] {
  return GENERATION_MIXES;
}
