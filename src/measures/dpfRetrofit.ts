import { removalSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";
import { removalOnlyFactors } from "./removalOnly.js";

const schema = measureSchemaOf("dpfRetrofit", {
  /** Removal efficiency of the filter per particulate species [-], e.g. `{ "PM2.5": "0.9", "BC": "0.9" }`. */
  removal: removalSchema,
});

/**
 * A diesel particulate filter retrofit, as data.
 * @category Measures
 */
export type DpfRetrofitMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `dpfRetrofit`: a diesel particulate filter on a share of a fleet: a control device acting on
 * particulate species only (PM2.5, PM10, TSP, BC, OC). Gases are unchanged.
 *
 * @example
 * ```ts
 * import { DPF_RETROFIT } from "cobenefits/engine";
 * DPF_RETROFIT.phase; // "modify"
 * ```
 * @category Measures
 */
export const DPF_RETROFIT: ModifyMeasureKind<DpfRetrofitMeasure> = {
  phase: "modify",
  carriesOver: false,
  particleNesting: { species: ["BC", "OC", "PM10", "TSP"], name: "device" },
  schema,
  factors: (_subject, m, _ctx, path) => removalOnlyFactors(m.removal, ["PM2.5", "PM10", "TSP", "BC", "OC"], path),
};
