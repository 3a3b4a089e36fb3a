import { strictObject as object, string } from "zod";
import { InvalidMeasureError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import { energyUnitSchema, fractionSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type MoveMeasureKind, measureSchemaOf } from "./measureKind.js";
import { scopeOfFuel } from "../factors/scopeOfFuel.js";

const schema = measureSchemaOf("stoveReplacement", {
  /** The new stove technology (and fuel, when it burns another one). */
  to: object({ technology: string().min(1), fuel: string().min(1).optional() }),
  /** Fuel energy saved by the new stove for the same heat [-], e.g. 0.3. */
  fuelSaving: fractionSchema,
  /** Energy unit of the new activity when the fuel changes, e.g. `GJ`. */
  toUnit: energyUnitSchema.optional(),
});

/**
 * A household stove replacement programme, as data.
 * @category Measures
 */
export type StoveReplacementMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `stoveReplacement`: a share of household stoves is replaced by a new technology that needs
 * `fuelSaving` less fuel energy for the same heat. Same fuel: activity x (1 - saving) in the same
 * unit. New fuel (`to.fuel`, with `toUnit`): old fuel energy (through its NCV) x (1 - saving).
 *
 * @example
 * ```ts
 * import { STOVE_REPLACEMENT } from "cobenefits/engine";
 * STOVE_REPLACEMENT.phase; // "move"
 * ```
 * @category Measures
 */
export const STOVE_REPLACEMENT: MoveMeasureKind<StoveReplacementMeasure> = {
  phase: "move",
  madeFields: { fuel: ["to", "fuel"], technology: ["to", "technology"], unit: ["toUnit"] },
  schema,
  move(source, m, ctx, path) {
    const keep = new Dec(1).minus(m.fuelSaving);
    if (m.to.fuel === undefined || m.to.fuel === source.fuel) {
      return { template: { ...source, technology: m.to.technology }, conversion: keep };
    }
    const unit = m.toUnit;
    if (unit === undefined) {
      throw new InvalidMeasureError("MISSING_TO_UNIT", `a stove replacement that changes fuel (${source.fuel} -> ${m.to.fuel}) needs toUnit, an energy unit such as GJ`, [...path, "toUnit"]);
    }
    return {
      template: { activityId: source.activityId, sector: source.sector, fuel: m.to.fuel, technology: m.to.technology, unit, heatSegment: source.heatSegment, monthlyProfile: source.monthlyProfile, scope: scopeOfFuel(m.to.fuel) },
      conversion: ctx.energyPerUnit(source, unit, path).times(keep),
    };
  },
};
