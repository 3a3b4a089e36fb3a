import { toFactorBasis } from "../../accounting/toFactorBasis.js";
import { CobenefitsError } from "../../errors.js";
import type { FactorSet } from "../../factors/factorSet.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import { parseUnit } from "../../units/units.js";
import type { TemplateEnergy } from "../plan.js";

/**
 * The energy content of one unit of a template's activity [GJ/unit], through the same conversion
 * the engine uses to bring an activity onto a factor's basis (`toFactorBasis`): energy units
 * directly (MWh -> GJ), fuel mass through the activity's NCV (named by its national table row when
 * it came from `ncv: { country }`) or else the factor set's NCV for the
 * fuel, gas volume through the activity's NCV per Nm3, vehicle-km through the fuel consumption
 * and then the NCV. Where no conversion exists (no NCV for the fuel, vehicle-km without a fuel
 * consumption, a unit of another dimension), the energy is `null` with the reason: never a guess.
 *
 * @param template - the template (its unit, fuel, NCV and fuel consumption)
 * @param factors - the scenario's factor set (for default NCVs)
 * @returns the energy per unit [GJ/unit] and the steps taken, or null and why
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { templateEnergy } from "./templateEnergy.js";
 * const t = { activityId: "a", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", scope: "direct" as const,
 *   netCalorificValue: { value: "20.908", unit: "GJ/t" } };
 * templateEnergy(t, createFactorSet()).gjPerUnit?.toString(); // "20.908"
 * templateEnergy({ ...t, unit: "MWh", fuel: "electricity" }, createFactorSet()).gjPerUnit?.toString(); // "3.6"
 * ```
 * @category Scenario
 */
export function templateEnergy(template: ActivityTemplate, factors: FactorSet): TemplateEnergy {
  try {
    const { amount, steps } = toFactorBasis(
      {
        id: template.activityId, sector: template.sector, fuel: template.fuel, activityLevel: { value: "1", unit: template.unit },
        ...(template.netCalorificValue === undefined ? {} : { netCalorificValue: template.netCalorificValue }),
        ...(template.netCalorificValueFrom === undefined ? {} : { netCalorificValueFrom: template.netCalorificValueFrom }), // so `via` names the national table row
        ...(template.fuelConsumption === undefined ? {} : { fuelConsumption: template.fuelConsumption }),
      },
      parseUnit("GJ"),
      factors,
    );
    return { gjPerUnit: amount, via: steps.length === 0 ? `${template.unit} to GJ (units of energy)` : steps.map((s) => s.description).join("; ") };
  } catch (e) {
    // Only the library's own refusals are a reason; anything else is a bug and is thrown on.
    if (!(e instanceof CobenefitsError)) throw e;
    return { gjPerUnit: null, reason: `no conversion of ${template.unit} of ${template.fuel} to GJ: ${e.message}` };
  }
}
