import { string } from "zod";
import { Dec } from "../units/decimal.js";
import { energyPerVkmSchema } from "./fractionSchemas.js";
import { parseRatioUnit } from "../units/units.js";
import { InvalidMeasureError } from "../errors.js";
import { type DeepReadonly, type MoveMeasureKind, measureSchemaOf } from "./measureKind.js";

const schema = measureSchemaOf("electricVehicle", {
  /** Electricity per vehicle-km, e.g. `{ value: "1.2", unit: "kWh/vkm" }` for an electric bus. */
  electricityPerKm: energyPerVkmSchema,
  /** Label of the electric technology, e.g. `Battery-electric bus`. */
  technology: string().min(1),
});

/**
 * Electric vehicles replacing a fleet share, as data.
 * @category Measures
 */
export type ElectricVehicleMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `electricVehicle`: a share of the target vehicle-km moves to electricity: MWh = vkm x
 * electricity per km, priced with the scenario's grid factor (indirect CO2). Exhaust pollutants of
 * the moved share disappear; non-exhaust (tyre, brake, road) emissions are not in this measure.
 *
 * @example
 * ```ts
 * import { ELECTRIC_VEHICLE } from "cobenefits/engine";
 * ELECTRIC_VEHICLE.phase; // "move"
 * ```
 * @category Measures
 */
export const ELECTRIC_VEHICLE: MoveMeasureKind<ElectricVehicleMeasure> = {
  phase: "move",
  madeFields: { technology: ["technology"] },
  schema,
  move(source, m, ctx, path) {
    const u = parseRatioUnit(m.electricityPerKm.unit, [...path, "electricityPerKm", "unit"]);
    if (u.numerator.dimension !== "energy" || u.denominator.dimension !== "vehicleDistance") {
      throw new InvalidMeasureError("BAD_ELECTRICITY_PER_KM", `electricityPerKm must be energy per vkm (e.g. kWh/vkm), got "${m.electricityPerKm.unit}"`, [...path, "electricityPerKm", "unit"]);
    }
    const vkmPerSourceUnit = ctx.unitFactor(source.unit, "vkm", [...path, "target"]);
    const mwhPerVkm = new Dec(m.electricityPerKm.value).times(u.toBase).div(3.6e9);
    return {
      template: { activityId: source.activityId, sector: source.sector, fuel: "electricity", technology: m.technology, unit: "MWh", heatSegment: source.heatSegment, monthlyProfile: source.monthlyProfile, scope: "indirect" },
      conversion: vkmPerSourceUnit.times(mwhPerVkm),
    };
  },
};
