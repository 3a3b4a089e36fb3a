import type { FactorTable } from "../factorRow.js";
import { rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (the guidebook's Tier 1 tables).
// SOx is stored as SO2 (EMEP reports SOx as SO2); BC is published as % of PM2.5.
const STATIONARY = { idPrefix: "emep2019", quality: "officialDatabase", unit: "g/GJ", units: { BC: "% of PM2.5" } } as const;
const A1A = { ...STATIONARY, citation: "EMEP-EEA-2019-1A1", sector: "1.A.1.a" } as const;
const A2 = {
  ...STATIONARY,
  citation: "EMEP-EEA-2019-1A2",
  sector: "1.A.2",
  note:
    "Stored under 1.A.2: the guidebook's Tier 1 tables for 1.A.2 apply to all combustion in manufacturing industries and construction. " +
    "The EMEP/EEA database labels them 1.A.2.a (Iron and steel) and repeats the same values under 1.A.2.b to 1.A.2.e and 1.A.2.g.viii.",
} as const;
const A4AI = { ...STATIONARY, citation: "EMEP-EEA-2019-1A4", sector: "1.A.4.a.i" } as const;
const A4BI = { ...STATIONARY, citation: "EMEP-EEA-2019-1A4", sector: "1.A.4.b.i" } as const;
const A4CI = {
  ...STATIONARY,
  citation: "EMEP-EEA-2019-1A4",
  sector: "1.A.4.c.i",
  note:
    "The EMEP/EEA 2019 emission factor database files Tables 3-7 to 3-10 (the Tier 1 tables for non-residential small combustion) " +
    "under both 1.A.4.a.i and 1.A.4.c.i, with the same values; stored under each.",
} as const;
const PM_ORDER = "As published, PM10 (21 g/GJ) is greater than TSP (20 g/GJ); kept as published, not corrected.";
const PM_FLAG = ["pmOrderAsPublished"] as const;

/**
 * Tables 3-7 to 3-10: the Tier 1 factors for non-residential small combustion. The guidebook's
 * emission factor database files the same values under commercial/institutional (1.A.4.a.i) and
 * agriculture/forestry/fishing (1.A.4.c.i) stationary combustion.
 */
const NON_RESIDENTIAL = [
  { table: "Table 3-7", fuel: "hardCoalAndBrownCoal", values: {
    NOx: ["173", "150", "200"], CO: ["931", "150", "2000"], NMVOC: ["88.8", "10", "300"], SO2: ["840", "450", "1000"],
    TSP: ["124", "70", "250"], PM10: ["117", "60", "240"], "PM2.5": ["108", "60", "220"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-8", fuel: "gaseousFuels", values: {
    NOx: ["74", "46", "103"], CO: ["29", "21", "48"], NMVOC: ["23", "14", "33"], SO2: ["0.67", "0.4", "0.94"],
    TSP: ["0.78", "0.47", "1.09"], PM10: ["0.78", "0.47", "1.09"], "PM2.5": ["0.78", "0.47", "1.09"], BC: ["4", "2.1", "7"] } },
  { table: "Table 3-9", fuel: "liquidFuels", values: {
    NOx: ["306", "50", "1319"], CO: ["93", "24", "200"], NMVOC: ["20", "0.018", "70"], SO2: ["94", "28", "140"],
    TSP: ["20", "6", "42"], PM10: ["21", "0.75", "80"], "PM2.5": ["18", "0.75", "60"], BC: ["56", "20", "100"] },
    notes: { TSP: PM_ORDER, PM10: PM_ORDER, "PM2.5": PM_ORDER }, flags: { TSP: PM_FLAG, PM10: PM_FLAG, "PM2.5": PM_FLAG } },
  { table: "Table 3-10", fuel: "biomass", values: {
    NOx: ["91", "20", "120"], CO: ["570", "50", "4000"], NMVOC: ["300", "5", "500"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"],
    TSP: ["150", "75", "300"], PM10: ["143", "71", "285"], "PM2.5": ["140", "70", "279"], BC: ["28", "11", "39"] } },
] as const;

/**
 * EMEP/EEA 2019 Tier 1 emission factors for public electricity and heat production (1.A.1.a), g/GJ.
 *
 * Transcribed: Tables 3-2 to 3-7 (hard coal, brown coal, gaseous fuels, heavy fuel oil, gas oil,
 * biomass) for NOx, CO, NMVOC, SOx (as SO2), TSP, PM10, PM2.5 and BC (% of PM2.5), each with its
 * published 95% interval. Left out: NH3 (no value in these tables), heavy metals, PCDD/F, PAHs,
 * HCB and PCBs (not species of this library), and the Tier 1 tables of 1.A.1.b and 1.A.1.c.
 * @category Factors
 */
export const EMEP_EEA_2019_TIER1_1A1: FactorTable = {
  id: "emep-eea-2019-tier1-1A1",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.1 Energy industries: Tier 1 emission factors for 1.A.1.a (Tables 3-2 to 3-7)",
  rows: [
    ...rowsFromGroup({ ...A1A, table: "Table 3-2", fuel: "hardCoal", values: {
      NOx: ["209", "200", "350"], CO: ["8.7", "6.15", "15"], NMVOC: ["1", "0.6", "2.4"], SO2: ["820", "300", "5000"],
      TSP: ["11.4", "3", "300"], PM10: ["7.7", "2", "200"], "PM2.5": ["3.4", "0.9", "90"], BC: ["2.2", "0.27", "8.08"] } }),
    ...rowsFromGroup({ ...A1A, table: "Table 3-3", fuel: "brownCoal", values: {
      NOx: ["247", "143", "571"], CO: ["8.7", "6.72", "60.5"], NMVOC: ["1.4", "0.84", "3.36"], SO2: ["1680", "330", "5000"],
      TSP: ["11.7", "1.2", "117"], PM10: ["7.9", "1", "79"], "PM2.5": ["3.2", "1", "32"], BC: ["1", "0.1", "4"] } }),
    ...rowsFromGroup({ ...A1A, table: "Table 3-4", fuel: "gaseousFuels", values: {
      NOx: ["89", "15.6", "180"], CO: ["39.3", "19.7", "60"], NMVOC: ["2.6", "0.65", "10.4"], SO2: ["0.281", "0.169", "0.393"],
      TSP: ["0.89", "0.445", "1.33"], PM10: ["0.89", "0.445", "1.33"], "PM2.5": ["0.89", "0.445", "1.33"], BC: ["2.5", "1", "6.3"] } }),
    ...rowsFromGroup({ ...A1A, table: "Table 3-5", fuel: "heavyFuelOil", values: {
      NOx: ["142", "70", "300"], CO: ["5", "3", "7"], NMVOC: ["0.8", "0.48", "1.28"], SO2: ["495", "146", "1700"],
      TSP: ["35.4", "2", "200"], PM10: ["25.2", "1.5", "150"], "PM2.5": ["19.3", "0.9", "90"], BC: ["5.6", "0.22", "8.69"] } }),
    ...rowsFromGroup({ ...A1A, table: "Table 3-6", fuel: "gasOil", values: {
      NOx: ["65", "22", "195"], CO: ["16.2", "4", "65"], NMVOC: ["0.8", "0.48", "1.28"], SO2: ["46.5", "4.65", "465"],
      TSP: ["6.5", "2", "20"], PM10: ["3.2", "1", "10"], "PM2.5": ["0.8", "0.3", "2.5"], BC: ["33.5", "28.9", "38"] } }),
    ...rowsFromGroup({ ...A1A, table: "Table 3-7", fuel: "biomass", values: {
      NOx: ["81", "40", "160"], CO: ["90", "45", "180"], NMVOC: ["7.31", "2.44", "21.9"], SO2: ["10.8", "6.45", "15.1"],
      TSP: ["172", "86", "344"], PM10: ["155", "77", "310"], "PM2.5": ["133", "66", "266"], BC: ["3.3", "1.6", "6.6"] } }),
  ],
};

/**
 * EMEP/EEA 2019 Tier 1 emission factors for combustion in manufacturing industries and
 * construction (1.A.2), g/GJ.
 *
 * Transcribed: Tables 3-2 to 3-5 (solid fuels, gaseous fuels, other liquid fuels, biomass) for
 * NOx, CO, NMVOC, SOx (as SO2), NH3 (biomass only, the only fuel with a value), TSP, PM10, PM2.5
 * and BC (% of PM2.5), each with its published 95% interval. The database files these tables under
 * 1.A.2.a; they are stored under 1.A.2 because the guidebook's Tier 1 tables apply to all 1.A.2
 * combustion (every row's note says so). Left out: heavy metals, PCDD/F, PAHs, HCB and PCBs (not
 * species of this library), and the mobile machinery of 1.A.2.g.vii.
 * @category Factors
 */
export const EMEP_EEA_2019_TIER1_1A2: FactorTable = {
  id: "emep-eea-2019-tier1-1A2",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.2 Manufacturing industries and construction: Tier 1 emission factors (Tables 3-2 to 3-5)",
  rows: [
    ...rowsFromGroup({ ...A2, table: "Table 3-2", fuel: "solidFuels", values: {
      NOx: ["173", "150", "200"], CO: ["931", "150", "2000"], NMVOC: ["88.8", "10", "300"], SO2: ["900", "450", "1000"],
      TSP: ["124", "70", "250"], PM10: ["117", "60", "240"], "PM2.5": ["108", "60", "220"], BC: ["6.4", "2", "26"] } }),
    ...rowsFromGroup({ ...A2, table: "Table 3-3", fuel: "gaseousFuels", values: {
      NOx: ["74", "46", "103"], CO: ["29", "21", "48"], NMVOC: ["23", "14", "33"], SO2: ["0.67", "0.4", "0.94"],
      TSP: ["0.78", "0.47", "1.09"], PM10: ["0.78", "0.47", "1.09"], "PM2.5": ["0.78", "0.47", "1.09"], BC: ["4", "2.1", "7"] } }),
    ...rowsFromGroup({ ...A2, table: "Table 3-4", fuel: "otherLiquidFuels", values: {
      NOx: ["513", "308", "718"], CO: ["66", "40", "93"], NMVOC: ["25", "15", "35"], SO2: ["47", "28", "66"],
      TSP: ["20", "12", "28"], PM10: ["20", "12", "28"], "PM2.5": ["20", "12", "28"], BC: ["56", "33", "78"] } }),
    ...rowsFromGroup({ ...A2, table: "Table 3-5", fuel: "biomass", values: {
      NOx: ["91", "20", "120"], CO: ["570", "50", "4000"], NMVOC: ["300", "5", "500"], SO2: ["38.4", "20", "50"], NH3: ["37", "18", "74"],
      TSP: ["150", "75", "300"], PM10: ["143", "71", "285"], "PM2.5": ["140", "70", "279"], BC: ["28", "11", "39"] } }),
  ],
};

/**
 * EMEP/EEA 2019 Tier 1 emission factors for small combustion: commercial/institutional (1.A.4.a.i)
 * and residential (1.A.4.b.i) stationary plants, g/GJ.
 *
 * Transcribed: Tables 3-3 to 3-6 (residential: hard coal and brown coal, gaseous fuels, other
 * liquid fuels, biomass) and Tables 3-7 to 3-10 (commercial/institutional: hard coal and brown
 * coal, gaseous fuels, liquid fuels, biomass) for NOx, CO, NMVOC, SOx (as SO2), NH3 (where
 * published), TSP, PM10, PM2.5 and BC (% of PM2.5), each with its published 95% interval. The
 * 1.A.4.a.i liquid-fuels row has PM10 (21) greater than TSP (20) as published: kept, and its
 * TSP, PM10 and PM2.5 rows are flagged `pmOrderAsPublished`. Left out: heavy metals, PCDD/F, PAHs,
 * HCB and PCBs (not species of this library) and the mobile machinery of 1.A.4.a.ii, 1.A.4.b.ii
 * and 1.A.4.c.ii. The same Tables 3-7 to 3-10 for 1.A.4.c.i are in {@link EMEP_EEA_2019_TIER1_1A4CI}.
 * @category Factors
 */
export const EMEP_EEA_2019_TIER1_1A4: FactorTable = {
  id: "emep-eea-2019-tier1-1A4",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4 Small combustion: Tier 1 emission factors for 1.A.4.a.i and 1.A.4.b.i (Tables 3-3 to 3-10)",
  rows: [
    ...rowsFromGroup({ ...A4BI, table: "Table 3-3", fuel: "hardCoalAndBrownCoal", values: {
      NOx: ["110", "36", "200"], CO: ["4600", "3000", "7000"], NMVOC: ["484", "250", "840"], SO2: ["900", "300", "1000"], NH3: ["0.3", "0.1", "7"],
      TSP: ["444", "80", "600"], PM10: ["404", "76", "480"], "PM2.5": ["398", "72", "480"], BC: ["6.4", "2", "26"] } }),
    ...rowsFromGroup({ ...A4BI, table: "Table 3-4", fuel: "gaseousFuels", values: {
      NOx: ["51", "31", "71"], CO: ["26", "18", "42"], NMVOC: ["1.9", "1.1", "2.6"], SO2: ["0.3", "0.2", "0.4"],
      TSP: ["1.2", "0.7", "1.7"], PM10: ["1.2", "0.7", "1.7"], "PM2.5": ["1.2", "0.7", "1.7"], BC: ["5.4", "2.7", "11"] } }),
    ...rowsFromGroup({ ...A4BI, table: "Table 3-5", fuel: "otherLiquidFuels", values: {
      NOx: ["51", "31", "72"], CO: ["57", "34", "80"], NMVOC: ["0.69", "0.4", "1"], SO2: ["70", "42", "97"],
      TSP: ["1.9", "1.1", "2.6"], PM10: ["1.9", "1.1", "2.6"], "PM2.5": ["1.9", "1.1", "2.6"], BC: ["8.5", "4.8", "17"] } }),
    ...rowsFromGroup({ ...A4BI, table: "Table 3-6", fuel: "biomass", values: {
      NOx: ["50", "30", "150"], CO: ["4000", "1000", "10000"], NMVOC: ["600", "20", "3000"], SO2: ["11", "8", "40"], NH3: ["70", "35", "140"],
      TSP: ["800", "400", "1600"], PM10: ["760", "380", "1520"], "PM2.5": ["740", "370", "1480"], BC: ["10", "2", "20"] } }),
    ...NON_RESIDENTIAL.flatMap((g) => rowsFromGroup({ ...A4AI, ...g })),
  ],
};

/**
 * EMEP/EEA 2019 Tier 1 emission factors for agriculture/forestry/fishing stationary combustion
 * (1.A.4.c.i), g/GJ: Tables 3-7 to 3-10 (hard coal and brown coal, gaseous fuels, liquid fuels,
 * biomass), the Tier 1 tables for non-residential small combustion, which the guidebook's emission
 * factor database files under 1.A.4.c.i with the same values as under 1.A.4.a.i (every row's note
 * says so).
 * Species, intervals and the flagged liquid-fuels PM rows as in {@link EMEP_EEA_2019_TIER1_1A4}.
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * lookupFactor(createFactorSet(), { sector: "1.A.4.c.i", fuel: "lignite", pollutant: "NOx" }).row.value; // "173"
 * ```
 * @category Factors
 */
export const EMEP_EEA_2019_TIER1_1A4CI: FactorTable = {
  id: "emep-eea-2019-tier1-1A4ci",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4 Small combustion: Tier 1 emission factors for 1.A.4.c.i (Tables 3-7 to 3-10)",
  rows: NON_RESIDENTIAL.flatMap((g) => rowsFromGroup({ ...A4CI, ...g })),
};
