import { Dec } from "../units/decimal.js";
import { fractionSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";

const schema = measureSchemaOf("buildingRetrofit", {
  /** Cut in heat demand of a retrofitted building [-], e.g. 0.35. */
  demandReduction: fractionSchema,
});

/**
 * A building energy retrofit programme, as data.
 * @category Measures
 */
export type BuildingRetrofitMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `buildingRetrofit`: the heat demand of a share (penetration = share of floor area retrofitted)
 * of a heat segment is cut by `demandReduction`; the saving flows back to whatever supplies that
 * heat (every activity of the segment: heat-only boilers, CHP, stoves, electricity, including
 * supply that other measures switched), so all its species fall by the same fraction, and so does
 * the fuel used (`activityFactor`, read by the energy balance).
 *
 * @example
 * ```ts
 * import { BUILDING_RETROFIT } from "cobenefits/engine";
 * BUILDING_RETROFIT.phase; // "modify"
 * ```
 * @category Measures
 */
export const BUILDING_RETROFIT: ModifyMeasureKind<BuildingRetrofitMeasure> = {
  phase: "modify",
  carriesOver: true,
  schema,
  activityFactor: (_subject, m) => new Dec(1).minus(m.demandReduction),
  factors: (_subject, m) => ({ all: new Dec(1).minus(m.demandReduction), bySpecies: {} }),
};
