import { InvalidMeasureError } from "../errors.js";
import { removalSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";
import { removalOnlyFactors } from "./removalOnly.js";

const schema = measureSchemaOf("dustControl", {
  /** Control efficiency per particulate species [-], e.g. `{ "PM10": "0.5", "PM2.5": "0.4" }`. */
  removal: removalSchema,
});

/**
 * Fugitive dust control, as data.
 * @category Measures
 */
export type DustControlMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/** Fugitive dust sectors: tyre and brake wear, road abrasion (resuspension), construction and demolition. */
const DUST_SECTORS = ["1.A.3.b.vi", "1.A.3.b.vii", "2.A.5.b"];

/**
 * `dustControl`: control efficiency on fugitive dust sources (road dust, construction): acts on
 * PM10, PM2.5 and TSP only and has no greenhouse-gas effect (the results show a GHG change of
 * exactly zero). Targets outside the fugitive dust sectors are an error.
 *
 * @example
 * ```ts
 * import { DUST_CONTROL } from "cobenefits";
 * DUST_CONTROL.phase; // "modify"
 * ```
 * @category Measures
 */
export const DUST_CONTROL: ModifyMeasureKind<DustControlMeasure> = {
  phase: "modify",
  carriesOver: false,
  schema,
  factors(subject, m, _ctx, path) {
    if (!DUST_SECTORS.some((s) => subject.sector === s || subject.sector.startsWith(`${s}.`))) {
      throw new InvalidMeasureError("NOT_A_DUST_SOURCE", `dust control targets fugitive dust sectors (${DUST_SECTORS.join(", ")}), but matched ${subject.activityId} in ${subject.sector}`, [...path, "target"]);
    }
    return removalOnlyFactors(m.removal, ["PM10", "PM2.5", "TSP"], path);
  },
};
