import { deepFreeze } from "../deepFreeze.js";
import type { Species } from "../units/species.js";
import { sectorWithin } from "./sectorWithin.js";
import { ROAD_BC_SHARE_MAPPING } from "./tables/emepEea2016RoadBcShares.js";

/**
 * Factors the built-in tables deliberately leave out, and why: a publication that gives them could
 * not be read while transcribing, so no number was entered (none is invented). Each gap says what
 * to do instead; docs/data-sources.md gives the details.
 * @category Factors
 */
export interface FactorGap {
  /** The sector codes the gap covers, each with its sub-sectors. */
  readonly sectors: readonly string[];
  /** The species left out there. */
  readonly species: readonly Species[];
  /** Technologies of those sectors for which the built-in tables do give the species: the gap covers every other one. */
  readonly builtInTechnologies?: readonly string[];
  /** What is not built in. */
  readonly what: string;
  /** Why: what was searched and could not be read. */
  readonly why: string;
  /** What a user can do instead. */
  readonly instead: string;
  /** The section of docs/data-sources.md that tells more. */
  readonly docs: string;
}

const ROAD_EXHAUST = ["1.A.3.b.i", "1.A.3.b.ii", "1.A.3.b.iii", "1.A.3.b.iv"] as const;
const ROAD_WEAR = ["1.A.3.b.vi", "1.A.3.b.vii"] as const;

/**
 * The documented gaps of the built-in factor tables (see {@link FactorGap}): road exhaust BC (but
 * for the few technologies a readable transcription of the EMEP/EEA road chapter's BC fractions
 * covers) and OC (the chapter gives them as fractions of exhaust PM in its text, not in the
 * emission factor database, and no readable copy of that table was found), BC of tyre, brake and
 * road wear particles (likewise), and CH4 per Euro class on the Tier 2 road technologies (the
 * database's Tier 2 tables have no CH4; IPCC 2006 Vol. 2 Table 3.2.5 was not read).
 * @example
 * ```ts
 * import { BUILTIN_FACTOR_GAPS } from "cobenefits";
 * BUILTIN_FACTOR_GAPS[0]?.species; // ["BC"]
 * ```
 * @category Factors
 */
export const BUILTIN_FACTOR_GAPS: readonly FactorGap[] = deepFreeze([
  {
    sectors: ROAD_EXHAUST,
    species: ["BC"],
    builtInTechnologies: ROAD_BC_SHARE_MAPPING.flatMap((m) => m.technologies),
    what:
      "road exhaust BC (share of exhaust PM2.5) of every technology but the few with a built-in share (Euro 1 petrol cars, Euro 3 petrol " +
      "cars and vans, Euro III diesel trucks, buses and coaches: EMEP/EEA 2016, read via one transcription)",
    why:
      "the EMEP/EEA road chapter (1.A.3.b.i-iv) gives BC and OM as fractions of exhaust PM in its Tier 3 PM speciation text, " +
      "not in the emission factor database (no BC, OC or CH4 row for 1.A.3.b); no copy of that table could be read (the stored " +
      "copies of the 2009, 2013 and 2016 chapters found hold only their opening pages; no 2019 copy was found), and the one readable " +
      "transcription found gives only those few classes",
    instead:
      "add BC share rows in `% of PM2.5` (pollutant BC) on the Tier 2 technology names from a publication you cite; they turn " +
      "into g/km through the technology's built-in PM2.5",
    docs: "Road BC and OC",
  },
  {
    sectors: ROAD_EXHAUST,
    species: ["OC"],
    what: "road exhaust OC (the EMEP/EEA road chapter gives OM, as a share of BC, not OC)",
    why:
      "the chapter's BC and OM speciation table could not be read, and it gives organic mass, which is not OC without a " +
      "conversion factor no source read here states for vehicle exhaust",
    instead: "add OC share rows in `% of PM2.5` (pollutant OC) on the Tier 2 technology names from a publication you cite",
    docs: "Road BC and OC",
  },
  {
    sectors: ROAD_WEAR,
    species: ["BC"],
    what: "BC of tyre, brake and road surface wear particles",
    why: "the EMEP/EEA 1.A.3.b.vi-vii chapter's BC fractions of wear particles were not read",
    instead: "add BC share rows (`% of PM2.5`) on the wear technologies from a publication you cite",
    docs: "Non-exhaust road PM (1.A.3.b.vi-vii)",
  },
  {
    sectors: ROAD_EXHAUST,
    species: ["CH4"],
    what: "CH4 per Euro class on the Tier 2 road technologies (g/km)",
    why:
      "the emission factor database's Tier 2 road tables have no CH4; IPCC 2006 Vol. 2 Table 3.2.5 (CH4 and N2O of European " +
      "vehicles by Euro class) and the EMEP/EEA chapter's CH4 table were not read, and no publication read maps the IPCC Table 3.2.2 petrol technologies to Euro classes",
    instead:
      "the IPCC 2006 Table 3.2.2 CH4 rows (kg/TJ by fuel and control technology, at 1.A.3.b) apply when the activity is given " +
      "in energy or fuel mass; or add CH4 rows in g/km on the Tier 2 technology names from a publication you cite",
    docs: "Petrol CH4 and N2O from Tier 2 technologies",
  },
]);

/**
 * The documented gaps of the built-in factor tables that a factor query touches: a gap matches
 * when it covers the species asked for (or none is asked for), one of its sectors lies within
 * the sector asked for or contains it (or none is asked for), and the technology asked for (if
 * any) is not one the gap's species is built in for.
 *
 * Method: {@link sectorWithin} both ways, so `1.A.3.b` (all road) and `1.A.3.b.iii` (heavy-duty)
 * both reach the road exhaust gaps.
 *
 * @param query - the sector code, species and technology of the query; all optional
 * @returns the matching gaps from {@link BUILTIN_FACTOR_GAPS}, in their order
 * @example
 * ```ts
 * import { builtinFactorGapsFor } from "cobenefits";
 * builtinFactorGapsFor({ sector: "1.A.3.b.iii", species: "BC" }).map((g) => g.docs); // ["Road BC and OC"]
 * builtinFactorGapsFor({ sector: "1.A.4.b.i", species: "BC" }).length; // 0
 * builtinFactorGapsFor({ sector: "1.A.3.b.iii", species: "BC", technology: "Urban Buses Standard - Euro III - 2000" }).length; // 0
 * ```
 * @category Factors
 */
export function builtinFactorGapsFor(query: { readonly sector?: string; readonly species?: Species; readonly technology?: string }): readonly FactorGap[] {
  const { sector, species, technology } = query;
  return BUILTIN_FACTOR_GAPS.filter(
    (gap) =>
      (species === undefined || gap.species.includes(species)) &&
      (technology === undefined || !(gap.builtInTechnologies ?? []).includes(technology)) &&
      (sector === undefined || gap.sectors.some((s) => sectorWithin(s, sector) || sectorWithin(sector, s))),
  );
}
