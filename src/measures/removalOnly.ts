import { InvalidMeasureError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";

/**
 * The factors of a measure that only removes some species (no energy effect): each listed species
 * x (1 - removal), every other species x 1. Shared by DPF retrofits and dust control.
 *
 * @param removal - removal efficiency per species [-]
 * @param allowed - the species the measure may act on
 * @param path - where the measure is, for error messages
 * @returns factors on the treated share
 * @throws {@link cobenefits!InvalidMeasureError} `SPECIES_NOT_ALLOWED` for a species the measure cannot remove
 * @example
 * ```ts
 * import { removalOnlyFactors } from "cobenefits/engine";
 * removalOnlyFactors({ "PM2.5": "0.9" }, ["PM2.5", "BC"], []).bySpecies["PM2.5"]?.toString(); // "0.1"
 * ```
 * @category Measures
 */
export function removalOnlyFactors(
  removal: Partial<Record<Species, string>>,
  allowed: readonly Species[],
  path: readonly (string | number)[],
): { readonly all: Dec; readonly bySpecies: Partial<Record<Species, Dec>> } {
  const bySpecies: Partial<Record<Species, Dec>> = {};
  for (const [s, e] of Object.entries(removal)) {
    if (!allowed.includes(s as Species)) {
      throw new InvalidMeasureError("SPECIES_NOT_ALLOWED", `this measure acts only on ${allowed.join(", ")}, not on ${s}`, [...path, "removal", s]);
    }
    bySpecies[s as Species] = new Dec(1).minus(e as string);
  }
  return { all: new Dec(1), bySpecies };
}
