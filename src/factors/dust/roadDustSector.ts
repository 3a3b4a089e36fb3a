import type { RoadDustSpecies } from "./ap42RoadDust.js";

/**
 * The sector code road dust resuspension rows carry: 1.A.3.b.vii (road abrasion). No NFR code
 * covers resuspension (the EMEP/EEA 1.A.3.b.vi-vii chapter excludes it); road abrasion is the
 * nearest, as the road surface is the source, and the dustControl measure acts on it.
 * @category Factors
 */
export const ROAD_DUST_SECTOR = "1.A.3.b.vii";

/**
 * The id of a derived road dust row: method, technology as a slug, species.
 *
 * @param method - e.g. `ap42-13.2.1`
 * @param technology - the technology name the user gave
 * @param pollutant - the size fraction
 * @returns e.g. `ap42-13.2.1.paved-urban-roads.PM10`
 * @example
 * ```ts
 * import { roadDustRowId } from "./roadDustSector.js";
 * roadDustRowId("ap42-13.2.1", "paved urban roads", "PM10"); // "ap42-13.2.1.paved-urban-roads.PM10"
 * ```
 * @category Factors
 */
export function roadDustRowId(method: string, technology: string, pollutant: RoadDustSpecies): string {
  const slug = technology.replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-|-$/g, "");
  return `${method}.${slug === "" ? "road" : slug}.${pollutant}`;
}
