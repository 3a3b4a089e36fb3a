import { strictObject as object, string } from "zod";
import { Dec } from "../units/decimal.js";
import { efficiencySchema, energyUnitSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type MoveMeasureKind, measureSchemaOf } from "./measureKind.js";
import { scopeOfFuel } from "../factors/scopeOfFuel.js";

const schema = measureSchemaOf("fuelSwitch", {
  to: object({ sector: string().min(1).optional(), fuel: string().min(1), technology: string().min(1).optional() }),
  /** Efficiency of the replaced equipment [-] (useful energy / fuel energy). */
  efficiencyFrom: efficiencySchema,
  /** Efficiency (or COP) of the new equipment [-]. */
  efficiencyTo: efficiencySchema,
  /** Energy unit of the new activity, e.g. `GJ` (default unit is required to be explicit: give it). */
  toUnit: energyUnitSchema,
});

/**
 * A fuel switch or boiler replacement, as data.
 * @category Measures
 */
export type FuelSwitchMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `fuelSwitch`: a share of the activity moves from one fuel/technology to another (coal boilers
 * to gas boilers, heat pumps, electric boilers, district heat), conserving useful energy.
 *
 * Method: new fuel energy = old fuel energy x efficiencyFrom / efficiencyTo, the old fuel's
 * energy through its NCV. A switch to `electricity` is priced with the scenario's grid factor
 * (indirect); a switch to district heat is a switch to the heat plant's sector (`1.A.1.a`) and
 * fuel, with the plant-and-network efficiency as `efficiencyTo`.
 *
 * @example
 * ```ts
 * import { FUEL_SWITCH } from "cobenefits/engine";
 * FUEL_SWITCH.phase; // "move"
 * ```
 * @category Measures
 */
export const FUEL_SWITCH: MoveMeasureKind<FuelSwitchMeasure> = {
  phase: "move",
  madeFields: { sector: ["to", "sector"], fuel: ["to", "fuel"], technology: ["to", "technology"], unit: ["toUnit"] },
  schema,
  move(source, m, ctx, path) {
    const energy = ctx.energyPerUnit(source, m.toUnit, path);
    const conversion = energy.times(m.efficiencyFrom).div(m.efficiencyTo);
    const fuel = m.to.fuel;
    return {
      template: {
        activityId: source.activityId,
        sector: m.to.sector ?? source.sector,
        fuel,
        technology: m.to.technology,
        unit: m.toUnit,
        heatSegment: source.heatSegment,
        monthlyProfile: source.monthlyProfile,
        scope: scopeOfFuel(fuel),
      },
      conversion: new Dec(conversion),
    };
  },
};
