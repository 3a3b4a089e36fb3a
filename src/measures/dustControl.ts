import { InvalidMeasureError } from "../errors.js";
import type { Species } from "../units/species.js";
import { controlEfficiencySchema } from "./fractionSchemas.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";
import { removalOnlyFactors } from "./removalOnly.js";
import { sectorWithin } from "../factors/sectorWithin.js";

const schema = measureSchemaOf("dustControl", {
  /** Control efficiency per particulate species [-], 0 to 1, e.g. `{ "PM10": "0.5", "PM2.5": "0.4" }`. */
  removal: controlEfficiencySchema,
});

/**
 * Fugitive dust control, as data.
 * @category Measures
 */
export type DustControlMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/** Fugitive dust sectors: tyre and brake wear, road abrasion (and road dust resuspension, see `pavedRoadDustFactors`), quarrying, construction and demolition. */
const DUST_SECTORS = ["1.A.3.b.vi", "1.A.3.b.vii", "2.A.5.a", "2.A.5.b"];

/**
 * The species dust control may act on: particle size fractions only.
 * @category Measures
 */
export const DUST_CONTROL_SPECIES: readonly Species[] = ["PM10", "PM2.5", "TSP"];

/**
 * `dustControl`: control efficiency on fugitive dust sources (road dust, construction): acts on
 * PM10, PM2.5 and TSP only and has no greenhouse-gas effect (the results show a GHG change of
 * exactly zero). Targets outside the fugitive dust sectors are an error.
 *
 * Particle nesting: a dust control that removes PM2.5 must say what it does to PM10 and TSP (which
 * contain PM2.5) when the scenario computes them, as control devices and DPFs must. It is not asked
 * about BC and OC, unlike those devices, because it cannot name them: sweeping, washing and wetting
 * are measured as control efficiencies per size fraction (mass of PM10, PM2.5 or TSP), not per
 * chemical component. A dust source with BC or OC factors of its own (tyre wear contains carbon
 * black) therefore keeps its BC and OC under dust control; to cut them too, add a `controlDevice`
 * on the same target with BC and OC removals that you can cite.
 *
 * @example
 * ```ts
 * import { DUST_CONTROL } from "cobenefits/engine";
 * DUST_CONTROL.phase; // "modify"
 * ```
 * @category Measures
 */
export const DUST_CONTROL: ModifyMeasureKind<DustControlMeasure> = {
  phase: "modify",
  carriesOver: false,
  // Dust control acts on particle sizes only: it is asked about PM10 and TSP, not BC and OC.
  particleNesting: { species: DUST_CONTROL_SPECIES.filter((sp) => sp !== "PM2.5"), name: "dust control" },
  schema,
  factors(subject, m, _ctx, path) {
    if (!DUST_SECTORS.some((s) => sectorWithin(subject.sector, s))) {
      throw new InvalidMeasureError("NOT_A_DUST_SOURCE", `dust control targets fugitive dust sectors (${DUST_SECTORS.join(", ")}), but matched ${subject.activityId} in ${subject.sector}`, [...path, "target"]);
    }
    return removalOnlyFactors(m.removal, DUST_CONTROL_SPECIES, path);
  },
};
