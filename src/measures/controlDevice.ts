import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { fractionSchema, removalSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";

const schema = measureSchemaOf("controlDevice", {
  /** Removal efficiency per species [-]: 0.99 removes 99%; negative is an increase (ammonia slip). */
  removal: removalSchema,
  /** Extra fuel the device costs [-], e.g. 0.01 for 1% more fuel (it raises every species, CO2 included). */
  energyPenalty: fractionSchema.optional(),
});

/**
 * An end-of-pipe control device, as data.
 * @category Measures
 */
export type ControlDeviceMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `controlDevice`: end-of-pipe control (bag filter, ESP, FGD, SCR ...) with per-species removal
 * efficiencies and an energy penalty. On the treated share every species is multiplied by
 * (1 + energyPenalty) and each listed species also by (1 - removal). Devices in series combine
 * multiplicatively: (1 - e1)(1 - e2), never e1 + e2. The fuel it burns is unchanged but for the
 * energy penalty (`activityFactor` 1 + energyPenalty, read by the energy balance).
 *
 * @example
 * ```ts
 * import { CONTROL_DEVICE } from "cobenefits/engine";
 * CONTROL_DEVICE.phase; // "modify"
 * ```
 * @category Measures
 */
export const CONTROL_DEVICE: ModifyMeasureKind<ControlDeviceMeasure> = {
  phase: "modify",
  carriesOver: false,
  particleNesting: { species: ["BC", "OC", "PM10", "TSP"], name: "device" },
  schema,
  activityFactor: (_subject, m) => new Dec(1).plus(m.energyPenalty ?? "0"),
  factors(_subject, m) {
    const penalty = new Dec(1).plus(m.energyPenalty ?? "0");
    const bySpecies: Partial<Record<Species, Dec>> = {};
    for (const [s, e] of Object.entries(m.removal)) bySpecies[s as Species] = penalty.times(new Dec(1).minus(e as string));
    return { all: penalty, bySpecies };
  },
};
