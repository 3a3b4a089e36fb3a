import type { Species } from "../../units/species.js";

/**
 * The species groups of the temperature results: the three long-lived gases apart, every
 * short-lived species (BC, OC, SO2, NOx, NMVOC, CO, NH3) as aerosols and precursors.
 * @category Climate response
 */
export const SPECIES_GROUPS = ["CO2", "CH4", "N2O", "aerosols and precursors"] as const;

/**
 * One of {@link SPECIES_GROUPS}.
 * @category Climate response
 */
export type SpeciesGroup = (typeof SPECIES_GROUPS)[number];

/**
 * The group of a species in the temperature results.
 * @param species - a species with a climate response
 * @returns its group
 * @example
 * ```ts
 * import { speciesGroupOf } from "cobenefits/impacts";
 * [speciesGroupOf("CH4"), speciesGroupOf("BC")]; // ["CH4", "aerosols and precursors"]
 * ```
 * @category Climate response
 */
export function speciesGroupOf(species: Species): SpeciesGroup {
  return species === "CO2" || species === "CH4" || species === "N2O" ? species : "aerosols and precursors";
}
