import type { FactorTable } from "../factorRow.js";
import { EMEP_EEA_2019_TIER1_1A1, EMEP_EEA_2019_TIER1_1A2, EMEP_EEA_2019_TIER1_1A4, EMEP_EEA_2019_TIER1_1A4CI } from "./emepEea2019Tier1Stationary.js";
import { EMEP_EEA_2019_TIER1_ROAD } from "./emepEea2019Tier1Road.js";
import { EMEP_EEA_2019_TIER2_PASSENGER_CARS } from "./emepEea2019Tier2RoadPassengerCars.js";
import { EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL } from "./emepEea2019Tier2RoadLightCommercial.js";
import { EMEP_EEA_2019_TIER2_HEAVY_DUTY } from "./emepEea2019Tier2RoadHeavyDuty.js";
import { EMEP_EEA_2019_TIER2_BUSES } from "./emepEea2019Tier2RoadBuses.js";
import { EMEP_EEA_2019_TIER2_1A4BI } from "./emepEea2019Tier2Residential.js";
import { EMEP_EEA_2019_TIER2_1A4_NON_RESIDENTIAL, EMEP_EEA_2019_TIER2_1A4_TURBINES_ENGINES } from "./emepEea2019Tier2NonResidential.js";
import { EMEP_EEA_2019_ROAD_WEAR } from "./emepEea2019RoadWear.js";

/**
 * Every built-in table transcribed from the EMEP/EEA air pollutant emission inventory guidebook 2019.
 *
 * Tier 1 stationary combustion (1.A.1.a, 1.A.2, 1.A.4.a.i, 1.A.4.b.i, 1.A.4.c.i; g/GJ), Tier 1 road
 * transport (1.A.3.b.i-iv; g/kg fuel, CO2 in kg/kg fuel), Tier 2 road transport by vehicle segment
 * and Euro class (g/vehicle-km), non-exhaust road PM from tyre, brake and road surface wear
 * (1.A.3.b.vi-vii; g/vehicle-km) and Tier 2 small combustion by technology (1.A.4.a.i, 1.A.4.b.i,
 * 1.A.4.c.i; g/GJ). Each table's documentation says what was transcribed and what was
 * left out.
 * @category Factors
 */
export const EMEP_EEA_2019_TABLES: readonly FactorTable[] = [
  EMEP_EEA_2019_TIER1_1A1,
  EMEP_EEA_2019_TIER1_1A2,
  EMEP_EEA_2019_TIER1_1A4,
  EMEP_EEA_2019_TIER1_ROAD,
  EMEP_EEA_2019_TIER2_PASSENGER_CARS,
  EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL,
  EMEP_EEA_2019_TIER2_HEAVY_DUTY,
  EMEP_EEA_2019_TIER2_BUSES,
  EMEP_EEA_2019_TIER1_1A4CI,
  EMEP_EEA_2019_TIER2_1A4BI,
  EMEP_EEA_2019_TIER2_1A4_NON_RESIDENTIAL,
  EMEP_EEA_2019_TIER2_1A4_TURBINES_ENGINES,
  EMEP_EEA_2019_ROAD_WEAR,
];
