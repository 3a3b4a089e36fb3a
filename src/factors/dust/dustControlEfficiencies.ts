import { InvalidInputError } from "../../errors.js";
import { nearestStrings } from "../../nearestStrings.js";
import type { Provenance } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";
import type { RoadDustSpecies } from "./ap42RoadDust.js";

/**
 * A published control efficiency of a fugitive dust control, per size fraction, with its source.
 * @category Factors
 */
export interface DustControlEfficiency extends Provenance {
  /** Stable id to look it up by, e.g. `emep2019.2A5a.crusher.water-spray`. */
  readonly id: string;
  /** The operation and the control, as the table names them. */
  readonly control: string;
  /** Removal efficiency per size fraction [-], as a `dustControl` measure's `removal` takes it. */
  readonly removal: Readonly<Record<RoadDustSpecies, DecimalString>>;
}

const T33 = (part: string): Provenance => ({
  source: { id: "EMEP-EEA-2019-2A5a", table: `Table 3-3 (database part ${part})` },
  quality: "officialDatabase",
  note: "Tier 2 abatement efficiency. The database writes the unit as % but gives fractions (0.5 for 50%); stored as fractions.",
});

function same(id: string, control: string, part: string, e: DecimalString): DustControlEfficiency {
  return { id, control, removal: { "PM2.5": e, PM10: e, TSP: e }, ...T33(part) };
}

/**
 * Control efficiencies of dust controls that a cited source publishes, as removal fractions a
 * `dustControl` measure takes: the EMEP/EEA 2019 2.A.5.a Tier 2 abatement efficiencies (Table 3-3:
 * crushers, screeners, wet suppression), the same for TSP, PM10 and PM2.5 as published.
 *
 * Not here, because no value could be read at source (see docs/data-sources.md): street sweeping
 * and washing (AP-42 13.2.1 counts them through the silt loading they leave: see
 * `pavedRoadDustRemoval`), watering of unpaved roads (AP-42 13.2.2 Figure 13.2.2-2 relates it to
 * the surface moisture: see `unpavedRoadWateringEfficiency`), covering and wind fences (WRAP
 * Fugitive Dust Handbook 2006, not read), and the 2.A.5.b chapter's control efficiencies.
 * @category Factors
 */
export const DUST_CONTROL_EFFICIENCIES: readonly DustControlEfficiency[] = [
  same("emep2019.2A5a.crusher.water-spray", "Crusher: water spray", "3-3_1", "0.5"),
  same("emep2019.2A5a.crusher.water-spray-and-surfactant", "Crusher: water spray and surfactant", "3-3_1", "0.75"),
  same("emep2019.2A5a.crusher.partial-enclosure", "Crusher: partial enclosure", "3-3_1", "0.85"),
  same("emep2019.2A5a.crusher.full-enclosure", "Crusher: full enclosure", "3-3_1", "0.9"),
  same("emep2019.2A5a.crusher.central-baghouse", "Crusher: central baghouse", "3-3_1", "0.95"),
  same("emep2019.2A5a.screener.covered", "Screener: covered screener", "3-3_2", "0.5"),
  same("emep2019.2A5a.screener.covered-water-spray", "Screener: covered screener with water spray", "3-3_2", "0.75"),
  same("emep2019.2A5a.screener.covered-water-spray-and-surfactant", "Screener: covered screener with water spray and surfactant", "3-3_2", "0.9"),
  same("emep2019.2A5a.screener.covered-fabric-filter", "Screener: covered screener with control fabric filter", "3-3_2", "0.95"),
  same("emep2019.2A5a.screener.wet-screening", "Screener: wet screening", "3-3_2", "1"),
  same("emep2019.2A5a.wet-suppression", "Wet suppression method (marked * in the table)", "3-3_3", "0.95"),
];

/**
 * The removal fractions of a published dust control, by id (see {@link DUST_CONTROL_EFFICIENCIES}).
 *
 * @param id - e.g. `emep2019.2A5a.crusher.water-spray`
 * @param path - where the id came from, for error messages
 * @returns the efficiency with its removal per size fraction [-] and its source
 * @throws {@link cobenefits!InvalidInputError} with an `unknown_reference` issue naming the nearest ids
 * @example
 * ```ts
 * import { dustControlEfficiency } from "cobenefits";
 * dustControlEfficiency("emep2019.2A5a.crusher.water-spray").removal.PM10; // "0.5"
 * ```
 * @category Factors
 */
export function dustControlEfficiency(id: string, path: readonly (string | number)[] = []): DustControlEfficiency {
  const hit = DUST_CONTROL_EFFICIENCIES.find((e) => e.id === id);
  if (hit !== undefined) return hit;
  const nearest = nearestStrings(id, DUST_CONTROL_EFFICIENCIES.map((e) => e.id), 3);
  throw new InvalidInputError("dust control efficiency", [
    { code: "unknown_reference", key: id, nearest, path, message: `unknown dust control efficiency "${id}"; nearest: ${nearest.join(", ")} (see DUST_CONTROL_EFFICIENCIES)` },
  ]);
}
