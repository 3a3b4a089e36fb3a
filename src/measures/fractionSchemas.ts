import { enum as zEnum, strictObject as object, partialRecord, string } from "zod";
import { decimalWhere } from "../units/decimalWhere.js";
import { SPECIES } from "../units/species.js";
import { ratioUnitSchema, unitSchema } from "../units/unitSchema.js";

const within = decimalWhere;

/**
 * A fraction 0..1 as a decimal string (a share, a saving, a curtailment).
 * @category Measures
 */
export const fractionSchema = within((d) => d.gte(0) && d.lte(1), "expected a fraction between 0 and 1, e.g. 0.3 for 30%");

/**
 * A positive efficiency or coefficient of performance as a decimal string (may exceed 1 for heat pumps).
 * @category Measures
 */
export const efficiencySchema = within((d) => d.gt(0), "expected a positive efficiency, e.g. 0.75, or a COP such as 3");

/**
 * Removal efficiencies by species: at most 1 (100% removed); negative values mean an increase
 * (e.g. ammonia slip of SCR: -0.2 is +20%).
 * @category Measures
 */
export const removalSchema = partialRecord(zEnum(SPECIES), within((d) => d.lte(1), "a removal efficiency is at most 1 (negative means an increase)")).refine(
  (r) => Object.keys(r).length > 0,
  "name at least one species, e.g. { \"PM2.5\": \"0.99\" }",
);

/**
 * Control efficiencies by species, each a fraction removed from 0 to 1: a control that only removes
 * (dust suppression, sweeping, washing) cannot remove a negative amount, so an increase is refused
 * instead of being counted as a negative saving.
 * @category Measures
 */
export const controlEfficiencySchema = partialRecord(zEnum(SPECIES), within((d) => d.gte(0) && d.lte(1), "a control efficiency is a fraction removed, from 0 to 1 (it cannot be negative: a control that increases emissions is not dust control)")).refine(
  (r) => Object.keys(r).length > 0,
  "name at least one species, e.g. { \"PM10\": \"0.5\" }",
);

/**
 * An energy unit (GJ, TJ, MWh, tce ...): the unit of the activity a fuel switch creates.
 * @category Measures
 */
export const energyUnitSchema = unitSchema("an energy unit such as GJ, TJ or MWh (the new activity is its fuel energy)", (u) => u.dimension === "energy");

/**
 * A positive energy per vehicle-km (e.g. `1.3 kWh/vkm`).
 * @category Measures
 */
export const energyPerVkmSchema = object({
  value: within((d) => d.gt(0), "expected a positive energy per vehicle-km, e.g. \"1.3\" (kWh/vkm)"),
  unit: ratioUnitSchema("energy per vehicle-km, e.g. kWh/vkm", (u) => u.numerator.dimension === "energy" && u.denominator.dimension === "vehicleDistance"),
});
