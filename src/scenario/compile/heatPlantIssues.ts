import { type InputIssueInit, UnknownTechnologyError } from "../../errors.js";
import type { FactorSet } from "../../factors/factorSet.js";
import { DISTRICT_HEAT, type HeatPlant } from "../../factors/heat/heatSupplySpec.js";
import { lookupFactor } from "../../factors/lookupFactor.js";
import type { Species } from "../../units/species.js";

/**
 * The problems of one district heat plant that would otherwise surface later at the building
 * that uses the heat: a plant burning `electricity` or `districtHeat` (no fuel of a heat plant
 * here), and a `technology` no factor row names (with the nearest technologies for the plant's
 * sector and fuel, or saying there are none). Each is located at `heatSupply.plants[i]`.
 *
 * @param plant - the plant as written (its values decimals or schedules)
 * @param i - its index in `heatSupply.plants`
 * @param factors - the scenario's factor set
 * @param species - the scenario's species (one is used to reach the technology check)
 * @returns the plant's problems, with paths under `heatSupply.plants[i]`
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { heatPlantIssues } from "./heatPlantIssues.js";
 * const src = { id: "X", table: "T" };
 * heatPlantIssues({ id: "eb", share: "1", sector: "1.A.1.a", fuel: "electricity", heatOnly: { efficiency: "0.99", source: src } }, 0, createFactorSet(), ["CO2"]).map((x) => x.path.join(".")); // ["heatSupply.plants.0.fuel"]
 * ```
 * @category Scenario
 */
export function heatPlantIssues(plant: HeatPlant<unknown>, i: number, factors: FactorSet, species: readonly Species[]): InputIssueInit[] {
  const at = ["heatSupply", "plants", i];
  if (plant.fuel === "electricity") {
    return [{ code: "invalid_value", path: [...at, "fuel"], key: plant.fuel, message: `heat plant ${plant.id} burns electricity: heat from electric boilers or heat pumps is not supported in heatSupply (its emissions would be the grid's, through the plant's electricity use, not a fuel's factors); name the fuel each plant burns` }];
  }
  if (plant.fuel === DISTRICT_HEAT) {
    return [{ code: "invalid_value", path: [...at, "fuel"], key: plant.fuel, message: `heat plant ${plant.id} burns districtHeat, the network's own output: name the fuel the plant burns (e.g. otherBituminousCoal, naturalGas)` }];
  }
  if (plant.technology === undefined) return [];
  try {
    lookupFactor(factors, { sector: plant.sector, fuel: plant.fuel, technology: plant.technology, pollutant: species[0] ?? "CO2" }, at);
  } catch (e) {
    if (!(e instanceof UnknownTechnologyError)) return []; // a missing factor is reported per species where the heat is used
    const near = e.nearest;
    const hint = near.length > 0
      ? `did you mean ${near.slice(0, 3).map((t) => `"${t}"`).join(", ")} (technologies of ${plant.sector} / ${plant.fuel}; see listFactors())`
      : `no factor row for ${plant.sector} / ${plant.fuel} names any technology: leave technology out (the fuel's generic row applies), or give your own factor table that names it`;
    return [{ code: "unknown_key", path: [...at, "technology"], key: plant.technology, message: `heat plant ${plant.id}: no factor row names technology "${plant.technology}"; ${hint}` }];
  }
  return [];
}
