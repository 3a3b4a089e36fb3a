import { deepFreeze } from "../deepFreeze.js";
import type { FactorTable } from "./factorRow.js";
import type { NcvRow } from "./ncvRow.js";
import { EMEP_EEA_2019_TABLES } from "./tables/emepEea2019.js";
import { EMEP_EEA_2019_MINERAL_DUST_TABLES } from "./tables/emepEea2019MineralDust.js";
import { IPCC2006_NCV } from "./tables/ipcc2006Ncv.js";
import { IPCC2006_T3_2_2_ROAD } from "./tables/ipcc2006Road.js";
import { IPCC2006_STATIONARY_TABLES } from "./tables/ipcc2006Stationary.js";
import { EMEP_EEA_2019_NON_ROAD_TABLES } from "./tables/emepEea2019NonRoad.js";
import { EMEP_EEA_2016_ROAD_BC_SHARES } from "./tables/emepEea2016RoadBcShares.js";

/**
 * Every built-in emission-factor table, as plain data with citations: EMEP/EEA 2019 Tier 1
 * stationary and road and Tier 2 road, and 2006 IPCC Guidelines CO2 (Table 1.4), stationary CH4
 * and N2O (Tables 2.2 to 2.5) and road CH4 and N2O (Table 3.2.2); EMEP/EEA 2019 non-road machinery
 * Tier 1 and Tier 2 (1.A.2.g.vii, 1.A.4.c.ii; g/t fuel); EMEP/EEA 2019 fugitive dust from
 * quarrying (2.A.5.a) and construction (2.A.5.b); BC shares of exhaust PM2.5 for the few road Tier 2
 * technologies a readable transcription of the EMEP/EEA 2016 road chapter covers.
 * @category Factors
 */
export const BUILTIN_FACTOR_TABLES: readonly FactorTable[] = deepFreeze([...EMEP_EEA_2019_TABLES, ...IPCC2006_STATIONARY_TABLES, IPCC2006_T3_2_2_ROAD, ...EMEP_EEA_2019_NON_ROAD_TABLES, ...EMEP_EEA_2019_MINERAL_DUST_TABLES, EMEP_EEA_2016_ROAD_BC_SHARES]);

/**
 * Built-in net calorific values (2006 IPCC Guidelines Table 1.2).
 * @category Factors
 */
export const BUILTIN_NCV: readonly NcvRow[] = deepFreeze(IPCC2006_NCV);
