import type { Provenance } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";

/**
 * A named intake fraction of primary PM2.5: the mass inhaled by the whole population per mass
 * emitted, in ppm (mg inhaled per kg emitted), for a setting and release height.
 * @category Impacts
 */
export interface IntakeFraction extends Provenance {
  /** The name a scenario uses, e.g. `"Humbert2011-urban-ground"`. */
  readonly name: string;
  readonly setting: "urban" | "rural" | "remote" | "city" | "indoor";
  readonly release: "ground" | "elevated" | "indoor";
  /** [ppm] */
  readonly value: DecimalString;
  readonly unit: "ppm";
  readonly description: string;
}

const HUMBERT = (table: string) => ({ id: "Humbert2011-iF-PM", table });
const VIA = "the project's source notes (shared/research/impacts-sources.md, marked as seen in the publication); table and page not re-read for this transcription";

/**
 * Built-in intake fractions of primary PM2.5 by archetype (Humbert et al. 2011): ground-level and
 * elevated releases in urban, rural and remote settings. City-specific values (Apte et al. 2012)
 * and indoor values for household stoves (Fantke et al. 2017) are not built in: their tables could
 * not be read for this release, so a scenario gives them as its own intake fractions with their
 * source (`impacts.exposure.primary.routes[].intakeFraction` as an object, `setting: indoor`).
 * @category Impacts
 */
export const BUILTIN_INTAKE_FRACTIONS: readonly IntakeFraction[] = [
  { name: "Humbert2011-urban-ground", setting: "urban", release: "ground", value: "44", unit: "ppm", description: "primary PM2.5, ground-level release, urban archetype", source: HUMBERT("recommended intake fractions by archetype"), quality: "secondary", via: VIA },
  { name: "Humbert2011-rural-ground", setting: "rural", release: "ground", value: "3.8", unit: "ppm", description: "primary PM2.5, ground-level release, rural archetype", source: HUMBERT("recommended intake fractions by archetype"), quality: "secondary", via: VIA },
  { name: "Humbert2011-remote-ground", setting: "remote", release: "ground", value: "0.1", unit: "ppm", description: "primary PM2.5, ground-level release, remote archetype", source: HUMBERT("recommended intake fractions by archetype"), quality: "secondary", via: VIA },
  { name: "Humbert2011-urban-elevated", setting: "urban", release: "elevated", value: "26", unit: "ppm", description: "primary PM2.5, elevated (stack) release, urban archetype", source: HUMBERT("recommended intake fractions by archetype"), quality: "secondary", via: VIA },
  { name: "Humbert2011-rural-elevated", setting: "rural", release: "elevated", value: "2.6", unit: "ppm", description: "primary PM2.5, elevated (stack) release, rural archetype", source: HUMBERT("recommended intake fractions by archetype"), quality: "secondary", via: VIA },
  { name: "Humbert2011-remote-elevated", setting: "remote", release: "elevated", value: "0.1", unit: "ppm", description: "primary PM2.5, elevated (stack) release, remote archetype", source: HUMBERT("recommended intake fractions by archetype"), quality: "secondary", via: VIA },
];
