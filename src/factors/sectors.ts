import { UnknownSectorError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";

/**
 * NFR 2019 codes (EMEP/EEA; they follow the IPCC 2006 category codes for energy) that
 * cobenefits knows, with their names. Factor rows may sit at a parent code and apply to every
 * code below it. A null-prototype object: a lookup of `constructor` or `__proto__` finds nothing.
 * @category Factors
 */
export const SECTORS: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  "1.A": "Fuel combustion activities",
  "1.A.1": "Energy industries",
  "1.A.1.a": "Public electricity and heat production",
  "1.A.1.b": "Petroleum refining",
  "1.A.1.c": "Manufacture of solid fuels and other energy industries",
  "1.A.2": "Manufacturing industries and construction",
  "1.A.2.a": "Iron and steel",
  "1.A.2.b": "Non-ferrous metals",
  "1.A.2.c": "Chemicals",
  "1.A.2.d": "Pulp, paper and print",
  "1.A.2.e": "Food processing, beverages and tobacco",
  "1.A.2.f": "Non-metallic minerals",
  "1.A.2.g.viii": "Other manufacturing industries and construction",
  "1.A.3.b": "Road transport",
  "1.A.3.b.i": "Road transport: passenger cars",
  "1.A.3.b.ii": "Road transport: light-duty vehicles",
  "1.A.3.b.iii": "Road transport: heavy-duty vehicles and buses",
  "1.A.3.b.iv": "Road transport: mopeds and motorcycles",
  "1.A.3.b.vi": "Road transport: automobile tyre and brake wear",
  "1.A.3.b.vii": "Road transport: automobile road abrasion",
  "1.A.4": "Other sectors",
  "1.A.4.a": "Commercial/institutional",
  "1.A.4.a.i": "Commercial/institutional: stationary",
  "1.A.4.b": "Residential",
  "1.A.4.b.i": "Residential: stationary",
  "1.A.4.c": "Agriculture/forestry/fishing",
  "1.A.4.c.i": "Agriculture/forestry/fishing: stationary",
  "2.A.5.a": "Quarrying and mining of minerals other than coal",
  "2.A.5.b": "Construction and demolition",
  "1.A.2.g.vii": "Mobile combustion in manufacturing industries and construction: non-road machinery",
  "1.A.4.c.ii": "Agriculture/forestry/fishing: off-road vehicles and other machinery",
  "1.B.1.a": "Fugitive emissions: coal mining and handling",
  "1.B.2.b": "Fugitive emissions: natural gas supply",
});

/**
 * Checks a sector code against {@link SECTORS}.
 *
 * @param code - NFR code, e.g. `1.A.4.b.i`
 * @param path - where it came from in the input, for error messages
 * @returns the sector's name
 * @throws {@link UnknownSectorError} naming the nearest known codes
 * @example
 * ```ts
 * import { getSectorName } from "cobenefits";
 * getSectorName("1.A.4.b.i"); // "Residential: stationary"
 * ```
 * @category Factors
 */
export function getSectorName(code: string, path: readonly (string | number)[] = []): string {
  const name = SECTORS[code];
  if (name === undefined) {
    throw new UnknownSectorError(code, nearestStrings(code, Object.keys(SECTORS), 4), path);
  }
  return name;
}
