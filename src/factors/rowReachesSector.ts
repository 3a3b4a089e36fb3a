import { sectorWithin } from "./sectorWithin.js";

/**
 * The mobile-machinery codes that sit below stationary-combustion codes in the NFR tree: non-road
 * machinery in industry and construction (1.A.2.g.vii, below 1.A.2), commercial and household
 * machinery (1.A.4.a.ii, 1.A.4.b.ii), agricultural and forestry machinery (1.A.4.c.ii), fishing
 * (1.A.4.c.iii) and other mobile sources (1.A.5.b). The EMEP/EEA 2019 guidebook gives them their
 * own chapter ("Non-road mobile sources and machinery"); the stationary tables of 1.A.2 and 1.A.4
 * (boilers, stoves, engines in fixed plant) do not apply to them.
 * @category Factors
 */
export const MOBILE_MACHINERY_SECTORS: readonly string[] = ["1.A.2.g.vii", "1.A.4.a.ii", "1.A.4.b.ii", "1.A.4.c.ii", "1.A.4.c.iii", "1.A.5.b"];

/**
 * Whether a factor row stored at `rowSector` applies to an activity of `sector`.
 *
 * Method: a row applies to its own code and every code below it ({@link sectorWithin}), except
 * that a mobile-machinery code ({@link MOBILE_MACHINERY_SECTORS}) takes no row from a
 * stationary-combustion parent between it and `1.A`: `1.A.2` rows (EMEP/EEA 2019 1.A.2 Tier 1,
 * IPCC 2006 Table 2.3) do not reach `1.A.2.g.vii`, so a machine's SO2 is never priced with a
 * boiler's factor. Rows at `1.A` or above (IPCC 2006 Table 1.4 CO2, which holds for all fuel
 * combustion) still reach every code.
 *
 * @param rowSector - the sector code a factor row is stored at, e.g. `1.A.2`
 * @param sector - the sector code of the activity, e.g. `1.A.2.g.vii`
 * @returns true when the row applies to the activity's sector
 * @example
 * ```ts
 * import { rowReachesSector } from "./rowReachesSector.js";
 * [rowReachesSector("1.A.2", "1.A.2.a"), rowReachesSector("1.A.2", "1.A.2.g.vii"), rowReachesSector("1.A", "1.A.2.g.vii")]; // [true, false, true]
 * ```
 * @category Factors
 */
export function rowReachesSector(rowSector: string, sector: string): boolean {
  if (!sectorWithin(sector, rowSector)) return false;
  const mobile = MOBILE_MACHINERY_SECTORS.find((m) => sectorWithin(sector, m));
  if (mobile === undefined || sectorWithin(rowSector, mobile)) return true;
  return rowSector.split(".").length <= 2;
}
