import type { FactorUse } from "../../accounting/computeEmissions.js";
import { upstreamMethane } from "../../accounting/upstreamMethane.js";
import type { FactorSet } from "../../factors/factorSet.js";
import type { HeatSupplySpec } from "../../factors/heat/heatSupplySpec.js";
import type { UpstreamSpec } from "../../factors/upstream/upstreamSpec.js";
import { Dec } from "../../units/decimal.js";
import { conversionFactor } from "../../units/units.js";
import { fuelPerHeat } from "./heatCoefficients.js";

/**
 * Upstream methane of the fuels the heat plants of a scenario's `heatSupply` burn, per unit of
 * district heat delivered, by part (coal mining, gas supply): sum over the plants of
 * 1 / (1 - network loss) x share x fuel per heat sent out (1 / efficiency, or a CHP plant's fuel
 * allocated to heat) x the stated upstream CH4 per GJ of the plant's fuel. The plants' coal mass
 * comes from the factor set's NCV for their fuel. Exact decimals.
 *
 * @param unit - the unit of the district-heat activity (energy, e.g. `GJ`)
 * @param supply - the scenario's heat supply
 * @param spec - the scenario's upstream spec
 * @param factors - the factor set (the plants' fuels' NCVs)
 * @returns one entry per part some plant's fuel falls under, CH4 [t per unit of heat delivered]
 * @throws {@link cobenefits!BasisConversionError} when a plant's fuel has no NCV to bring it to mass
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { heatUpstreamMethane } from "./heatUpstreamMethane.js";
 * const src = { id: "X", table: "T" };
 * const supply = { networkLoss: { value: "0.2", source: src }, plants: [{ id: "hob", share: "1", sector: "1.A.1.a", fuel: "naturalGas", heatOnly: { efficiency: "0.8", source: src } }] };
 * const spec = { naturalGas: { leakageRate: { value: "0.01", source: src }, methaneContent: { value: "1", unit: "kg/kg", source: src } } };
 * // 1 / 0.8 / 0.8 = 1.5625 GJ of gas per GJ delivered, / 48 GJ/t (IPCC 2006 Table 1.2) x 1% = 0.000325520833... t CH4
 * heatUpstreamMethane("GJ", supply, spec, createFactorSet())[0]?.ch4.toSignificantDigits(6).toString(); // "0.000325521"
 * ```
 * @category Scenario
 */
export function heatUpstreamMethane(unit: string, supply: HeatSupplySpec, spec: UpstreamSpec, factors: FactorSet): { readonly part: "naturalGas" | "coal"; readonly ch4: Dec; readonly factors: readonly FactorUse[] }[] {
  const sentOut = conversionFactor(unit, "GJ").div(new Dec(1).minus(supply.networkLoss.value));
  const byPart = new Map<"naturalGas" | "coal", { ch4: Dec; factors: FactorUse[] }>();
  supply.plants.forEach((p, i) => {
    const fuel = sentOut.times(p.share).times(fuelPerHeat(p).perGj); // GJ of the plant's fuel per unit of heat delivered
    const hit = upstreamMethane({ id: `heatSupply.plants.${p.id}`, sector: p.sector, fuel: p.fuel, activityLevel: { value: fuel.toString(), unit: "GJ" } }, spec, factors, ["plants", i, "fuel"]);
    if (hit === undefined) return;
    const sum = byPart.get(hit.part) ?? { ch4: new Dec(0), factors: [] };
    byPart.set(hit.part, { ch4: sum.ch4.plus(hit.ch4), factors: [...sum.factors, ...hit.factors] });
  });
  return [...byPart].map(([part, s]) => ({ part, ch4: s.ch4, factors: s.factors }));
}
