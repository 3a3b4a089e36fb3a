/**
 * The scope an emission is reported in: `direct` (where the activity is), `indirect` (at the
 * power plants of the electricity used), `indirectHeat` (at the heat plants of the district heat
 * used) or `upstream` (before the fuel arrives: gas-supply leakage, coal-mine methane).
 * @category Factors
 */
export type EmissionScope = "direct" | "indirect" | "indirectHeat" | "upstream";

/**
 * The scope of the emissions of an activity burning or using a fuel: `indirect` for electricity
 * (priced with a grid factor: the emissions happen at the power plants), `indirectHeat` for
 * district heat (emitted at the heat plants of the scenario's heat supply), `direct` for every
 * other fuel (emitted where the activity is).
 *
 * @param fuel - the fuel id, e.g. `electricity` or `anthracite`
 * @returns `indirect` for electricity, `indirectHeat` for district heat, else `direct`
 * @example
 * ```ts
 * import { scopeOfFuel } from "cobenefits";
 * [scopeOfFuel("electricity"), scopeOfFuel("naturalGas")]; // ["indirect", "direct"]
 * ```
 * @category Factors
 */
export function scopeOfFuel(fuel: string): Exclude<EmissionScope, "upstream"> {
  return fuel === "electricity" ? "indirect" : fuel === "districtHeat" ? "indirectHeat" : "direct";
}
