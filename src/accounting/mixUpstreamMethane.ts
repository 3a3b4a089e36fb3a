import type { FactorSet } from "../factors/factorSet.js";
import type { UpstreamSpec } from "../factors/upstream/upstreamSpec.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import type { FactorUse } from "./computeEmissions.js";
import type { ElectricityMix, MixTechnology } from "./electricityMix.js";
import { upstreamMethane } from "./upstreamMethane.js";

/**
 * The upstream methane of one part (coal mining, natural-gas supply) of the fuels burnt at the
 * plants of an electricity mix, per MWh delivered.
 * @category Accounting
 */
export interface MixUpstreamMethane {
  readonly part: "naturalGas" | "coal";
  /** CH4 [t/MWh] per MWh delivered to the user. */
  readonly ch4PerMWh: Dec;
  /** The cited parameters and the plants' efficiencies, as factor uses. */
  readonly factors: readonly FactorUse[];
}

/**
 * Upstream methane of the electricity a mix delivers: for each combustion technology whose plants
 * burn a fuel of a stated upstream part (see {@link UpstreamSpec}), CH4 [t/MWh delivered] =
 * share x 3.6 GJ/MWh / efficiency x upstream CH4 per GJ of the plants' fuel / (1 - losses), summed
 * by part. The plants' coal mass comes from the factor set's NCV for their fuel (the IPCC 2006
 * default unless the scenario gives its own NCV rows), as the same rule does for fuels burnt
 * directly. Exact decimals.
 *
 * @param mix - the mix of one year (shares summing to 1, plants, losses)
 * @param spec - the scenario's upstream spec
 * @param factors - the factor set (NCVs of the plants' fuels)
 * @param path - where the mix is in the caller's input, for errors
 * @returns one entry per part with plants burning its fuels (none when no plant does)
 * @throws {@link cobenefits!BasisConversionError} when a plant's fuel has no NCV to bring it to mass
 * @example
 * ```ts
 * import { createFactorSet, mixUpstreamMethane } from "cobenefits";
 * const src = { id: "IPCC2006-V2-Ch2", table: "Table 2.2" };
 * const mix = { shares: { coal: "0.5", hydro: "0.5" }, losses: "0", lossesSource: src,
 *   plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: src } } };
 * const spec = { coal: { methanePerTonne: { value: "10", unit: "kg/t", source: src } } };
 * // 0.5 x 3.6 GJ / 0.4 = 4.5 GJ of coal, 4.5 / 25.8 GJ/t x 10 kg/t = 1.744... kg CH4 per MWh
 * mixUpstreamMethane(mix, spec, createFactorSet(), [])[0]?.ch4PerMWh.toSignificantDigits(4).toString(); // "0.001744"
 * ```
 * @category Accounting
 */
export function mixUpstreamMethane(mix: ElectricityMix, spec: UpstreamSpec, factors: FactorSet, path: readonly (string | number)[]): MixUpstreamMethane[] {
  const keep = new Dec(1).minus(mix.losses);
  const byPart = new Map<"naturalGas" | "coal", { ch4: Dec; factors: FactorUse[] }>();
  for (const [tech, share] of Object.entries(mix.shares) as [MixTechnology, DecimalString][]) {
    const plant = mix.plants[tech];
    if (plant === undefined || new Dec(share).isZero()) continue;
    const fuelPerMWh = new Dec(share).times("3.6").div(plant.efficiency).div(keep); // GJ of fuel per MWh delivered
    const hit = upstreamMethane({ id: `plants.${tech}`, sector: "1.A.1.a", fuel: plant.fuel, activityLevel: { value: fuelPerMWh.toString(), unit: "GJ" } }, spec, factors, [...path, "plants", tech, "fuel"]);
    if (hit === undefined) continue;
    const sum = byPart.get(hit.part) ?? { ch4: new Dec(0), factors: [] };
    const efficiency: FactorUse = { rowId: `plants.${tech}.efficiency`, tableId: "plantEfficiency", layer: "user", value: plant.efficiency, unit: "1", source: plant.efficiencySource, quality: "userSupplied" };
    byPart.set(hit.part, { ch4: sum.ch4.plus(hit.ch4), factors: [...sum.factors, ...hit.factors, efficiency] });
  }
  return [...byPart].map(([part, s]) => ({ part, ch4PerMWh: s.ch4, factors: s.factors }));
}
