import { deepFreeze } from "../deepFreeze.js";
import type { CoalMineMethaneFactor, MethaneDensity } from "./coalMineMethane.js";
import { findScopeRow } from "./findScopeRow.js";
import type { GasLeakageEstimate } from "./gasLeakageEstimate.js";
import type { GasSupplyMethaneFactor } from "./gasSupplyMethane.js";
import type { PlantEfficiencyRow } from "./plantEfficiency.js";
import type { PlantEmissionLimit } from "./plantEmissionLimit.js";
import { PLANT_EFFICIENCIES } from "./tables/plantEfficiencies.js";
import { PLANT_EMISSION_LIMITS } from "./tables/plantEmissionLimits.js";
import { COAL_MINE_METHANE_FACTORS, GAS_LEAKAGE_ESTIMATES, GAS_SUPPLY_METHANE_FACTORS, METHANE_DENSITIES } from "./tables/upstreamMethane.js";

const EFFICIENCIES = deepFreeze(PLANT_EFFICIENCIES);
const LIMITS = deepFreeze(PLANT_EMISSION_LIMITS);
const COAL_MINE = deepFreeze(COAL_MINE_METHANE_FACTORS);
const DENSITIES = deepFreeze(METHANE_DENSITIES);
const LEAKAGE = deepFreeze(GAS_LEAKAGE_ESTIMATES);
const GAS_SUPPLY = deepFreeze(GAS_SUPPLY_METHANE_FACTORS);

/**
 * The built-in plant efficiencies and coal consumption rates, as plain (frozen) data.
 * @returns every row
 * @example
 * ```ts
 * import { listPlantEfficiencies } from "cobenefits";
 * listPlantEfficiencies().find((r) => r.country === "CN" && r.year === 2020)?.value; // "305.5"
 * ```
 * @category Factors
 */
export function listPlantEfficiencies(): readonly PlantEfficiencyRow[] {
  return EFFICIENCIES;
}

/**
 * The built-in plant emission limits (presets), as plain (frozen) data.
 * @returns every limit
 * @example
 * ```ts
 * import { listPlantEmissionLimits } from "cobenefits";
 * listPlantEmissionLimits().map((l) => `${l.pollutant} ${l.value}`); // ["TSP 10", "SO2 35", "NOx 50"]
 * ```
 * @category Factors
 */
export function listPlantEmissionLimits(): readonly PlantEmissionLimit[] {
  return LIMITS;
}

/**
 * Finds a built-in plant emission limit by id, or by country, instrument and pollutant.
 *
 * @param query - `{ id }` or `{ country, instrument, pollutant }` (instrument as the row names it, e.g. `ultra-low emission (超低排放)`)
 * @returns the limit [mg/Nm3 at its reference O2], with its citation
 * @throws {@link UnknownScopeDataError} when no limit matches, listing the limits
 * @example
 * ```ts
 * import { lookupPlantEmissionLimit } from "cobenefits";
 * lookupPlantEmissionLimit({ id: "limit.CN.ultra-low.coal.SO2" }).referenceO2; // "6"
 * ```
 * @category Factors
 */
export function lookupPlantEmissionLimit(query: { readonly id: string } | { readonly country: string; readonly instrument: string; readonly pollutant: string }): PlantEmissionLimit {
  const describe = (l: PlantEmissionLimit) => `${l.id} (${l.value} ${l.unit} at ${l.referenceO2}% O2)`;
  if ("id" in query) return findScopeRow("plant emission limits", LIMITS, query.id, (l) => l.id === query.id, describe);
  return findScopeRow(
    "plant emission limits",
    LIMITS,
    `${query.country} / ${query.instrument} / ${query.pollutant}`,
    (l) => l.country === query.country && l.instrument === query.instrument && l.pollutant === query.pollutant,
    describe,
  );
}

/**
 * The built-in coal-mining CH4 factors, as plain (frozen) data.
 * @returns every factor row [m3/t]
 * @example
 * ```ts
 * import { listCoalMineMethaneFactors } from "cobenefits";
 * listCoalMineMethaneFactors().find((r) => r.miningType === "surface" && r.stage === "mining")?.average; // "1.2"
 * ```
 * @category Factors
 */
export function listCoalMineMethaneFactors(): readonly CoalMineMethaneFactor[] {
  return COAL_MINE;
}

/**
 * The built-in CH4 densities (to turn volume factors into mass), as plain (frozen) data.
 * @returns every density row [kg/m3]
 * @example
 * ```ts
 * import { listMethaneDensities } from "cobenefits";
 * listMethaneDensities()[0]?.conditions; // "20 degC and 1 atm"
 * ```
 * @category Factors
 */
export function listMethaneDensities(): readonly MethaneDensity[] {
  return DENSITIES;
}

/**
 * Published natural-gas supply-chain leakage estimates, for reference (never applied by default).
 * @returns every estimate [%]
 * @example
 * ```ts
 * import { listGasLeakageEstimates } from "cobenefits";
 * listGasLeakageEstimates()[0]?.value; // "2.3"
 * ```
 * @category Factors
 */
export function listGasLeakageEstimates(): readonly GasLeakageEstimate[] {
  return LEAKAGE;
}

/**
 * The IPCC 2006 Tier 1 CH4 factors of the natural-gas supply chain, for reference (never applied
 * by default), as plain (frozen) data.
 * @returns every factor [Gg CH4 per 10^6 m3 of gas]
 * @example
 * ```ts
 * import { listGasSupplyMethaneFactors } from "cobenefits";
 * listGasSupplyMethaneFactors().find((r) => r.segment === "distribution" && r.countryGroup === "developed")?.value; // "0.0011"
 * ```
 * @category Factors
 */
export function listGasSupplyMethaneFactors(): readonly GasSupplyMethaneFactor[] {
  return GAS_SUPPLY;
}
