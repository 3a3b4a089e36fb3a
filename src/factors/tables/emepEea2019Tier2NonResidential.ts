import type { FactorTable } from "../factorRow.js";
import { type RowGroup, rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (the guidebook's Tier 2 tables of
// chapter 1.A.4 Small combustion). SOx is stored as SO2 (EMEP reports SOx as SO2); BC is
// published as % of PM2.5. Technology names are the database's, letter for letter.
const SMALL = { idPrefix: "emep2019", quality: "officialDatabase", unit: "g/GJ", units: { BC: "% of PM2.5" }, citation: "EMEP-EEA-2019-1A4" } as const;

/** One Tier 2 table: its number, technology, fuel (id or group) and values. */
type Tier2Table = Pick<RowGroup, "table" | "technology" | "fuel" | "values" | "note">;

const COAL = "The table's fuel is 'Coal Fuels'; stored under the fuel group hardCoalAndBrownCoal (hard coal and brown coal).";
const RESIDUAL = "As published, the technology names distillate fuel oil while the table's fuel is residual fuel oil; stored under heavyFuelOil.";
const BOTH = "The database files this table under 1.A.4.a.i and 1.A.4.c.i with the same values; stored under each.";
const ALL_THREE = "The database files this table under 1.A.4.a.i, 1.A.4.b.i and 1.A.4.c.i with the same values; stored under each.";

/**
 * Tables 3-20 to 3-27 and 3-45 to 3-48: non-residential boilers by size and fuel. The database's
 * fuel labels map to 'Coal Fuels' -> hardCoalAndBrownCoal, 'Fuel oil (Distillate fuel oil)' ->
 * gasOil, 'Fuel oil (Residual fuel oil)' -> heavyFuelOil, 'Natural Gas' -> naturalGas, 'Wood' ->
 * wood.
 */
const BOILERS: readonly Tier2Table[] = [
  { table: "Table 3-20", technology: "Medium size (>50 kWth to <=1 MWth) boilers", fuel: "hardCoalAndBrownCoal", note: COAL, values: {
    NOx: ["160", "150", "200"], CO: ["2000", "200", "3000"], NMVOC: ["200", "20", "300"], SO2: ["900", "450", "1000"], TSP: ["200", "80", "250"], PM10: ["190", "76", "240"], "PM2.5": ["170", "72", "220"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-21", technology: "Medium size (>1 MWth to <=50 MWth) boilers", fuel: "hardCoalAndBrownCoal", note: COAL, values: {
    NOx: ["180", "150", "200"], CO: ["200", "150", "3000"], NMVOC: ["20", "10", "300"], SO2: ["900", "450", "1000"], TSP: ["80", "70", "250"], PM10: ["76", "60", "240"], "PM2.5": ["72", "60", "220"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-22", technology: "Advanced coal combustion techniques <1MWth - Manual Boiler", fuel: "hardCoalAndBrownCoal", note: COAL, values: {
    NOx: ["200", "150", "300"], CO: ["1500", "200", "3000"], NMVOC: ["100", "20", "300"], SO2: ["450", "300", "900"], TSP: ["150", "80", "250"], PM10: ["140", "76", "240"], "PM2.5": ["130", "72", "220"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-23", technology: "Advanced coal combustion techniques <1MWth - Automatic Boiler", fuel: "hardCoalAndBrownCoal", note: COAL, values: {
    NOx: ["165", "100", "250"], CO: ["350", "175", "700"], NMVOC: ["23", "10", "100"], SO2: ["450", "400", "1000"], TSP: ["82", "41", "164"], PM10: ["78", "39", "156"], "PM2.5": ["70", "35", "140"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-24", technology: "Fuel oil (Distillate fuel oil) combustion in boilers ≤ 1MW", fuel: "gasOil", values: {
    NOx: ["100", "50", "100"], CO: ["40", "24", "40"], NMVOC: ["15", "9", "15"], SO2: ["140", "84", "140"], PM10: ["3", "0.75", "6"], "PM2.5": ["3", "0.75", "6"] } },
  { table: "Table 3-25", technology: "Fuel oil (Distillate fuel oil) combustion in boilers > 1MW", fuel: "heavyFuelOil", note: RESIDUAL, values: {
    NOx: ["100", "50", "100"], CO: ["40", "10", "80"], NMVOC: ["5", "2", "15"], SO2: ["140", "84", "140"], PM10: ["40", "10", "80"], "PM2.5": ["30", "7.5", "60"] } },
  { table: "Table 3-26", technology: "Medium size (>50 kWth to <=1 MWth) boilers", fuel: "naturalGas", values: {
    NOx: ["73", "44", "106"], CO: ["24", "18", "42"], NMVOC: ["0.36", "0.2", "0.5"], SO2: ["1.4", "0.83", "1.95"], TSP: ["0.45", "0.27", "0.63"], PM10: ["0.45", "0.27", "0.63"], "PM2.5": ["0.45", "0.27", "0.63"], BC: ["5.4", "2.7", "11"] } },
  { table: "Table 3-27", technology: "Medium size (>1 MWth to <=50 MWth) boilers", fuel: "naturalGas", values: {
    NOx: ["40", "30", "55"], CO: ["30", "15", "30"], NMVOC: ["2", "1.2", "2.8"], SO2: ["0.3", "0.2", "0.4"], TSP: ["0.45", "0.27", "0.63"], PM10: ["0.45", "0.27", "0.63"], "PM2.5": ["0.45", "0.27", "0.63"], BC: ["5.4", "2.7", "11"] } },
  { table: "Table 3-45", technology: "Wood combustion >1MW – Boilers", fuel: "wood", values: {
    NOx: ["210", "50", "300"], CO: ["300", "50", "4000"], NMVOC: ["12", "5", "300"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"], TSP: ["40", "20", "80"], PM10: ["38", "19", "76"], "PM2.5": ["37", "18", "74"], BC: ["15", "6", "39"] } },
  { table: "Table 3-46", technology: "Wood combustion <1MW – Boilers", fuel: "wood", values: {
    NOx: ["91", "20", "120"], CO: ["435", "50", "4000"], NMVOC: ["156", "5", "400"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"], TSP: ["105", "41.5", "166"], PM10: ["100.5", "39.5", "158"], "PM2.5": ["98.5", "38.5", "154"], BC: ["26", "8.5", "39"] } },
  { table: "Table 3-47", technology: "Wood combustion <1MW - Manual Boilers", fuel: "wood", values: {
    NOx: ["91", "20", "120"], CO: ["570", "50", "4000"], NMVOC: ["300", "5", "500"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"], TSP: ["170", "85", "340"], PM10: ["163", "81", "326"], "PM2.5": ["160", "80", "320"], BC: ["28", "11", "39"] } },
  { table: "Table 3-48", technology: "Wood combustion <1MW - Automatic Boilers", fuel: "wood", values: {
    NOx: ["91", "20", "120"], CO: ["300", "50", "4000"], NMVOC: ["12", "5", "300"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"], TSP: ["40", "20", "80"], PM10: ["38", "19", "76"], "PM2.5": ["37", "18", "74"], BC: ["15", "6", "39"] } },
];

/** Tables 3-28 to 3-31: gas turbines and reciprocating engines, natural gas and gas oil. */
const TURBINES_ENGINES: readonly Tier2Table[] = [
  { table: "Table 3-28", technology: "Gas Turbines", fuel: "naturalGas", values: {
    NOx: ["48", "29", "67"], CO: ["4.8", "1.8", "42"], NMVOC: ["1.6", "1", "2.2"], SO2: ["0.5", "0.3", "0.7"], TSP: ["0.2", "0.12", "0.28"], PM10: ["0.2", "0.12", "0.28"], "PM2.5": ["0.2", "0.12", "0.28"], BC: ["2.5", "1.5", "3.5"] } },
  { table: "Table 3-29", technology: "Gas Turbines", fuel: "gasOil", values: {
    NOx: ["83", "50", "116"], CO: ["2.6", "2", "4"], NMVOC: ["0.18", "0.018", "1.8"], SO2: ["46", "28", "65"], TSP: ["9.5", "6", "13"], PM10: ["9.5", "6", "13"], "PM2.5": ["9.5", "6", "13"], BC: ["33.5", "20.1", "46.9"] } },
  { table: "Table 3-30", technology: "Stationary reciprocating engines", fuel: "naturalGas", values: {
    NOx: ["135", "81", "189"], CO: ["56", "34", "78"], NMVOC: ["89", "53", "125"], SO2: ["0.5", "0.05", "1"], TSP: ["2", "1", "3"], PM10: ["2", "1", "3"], "PM2.5": ["2", "1", "3"], BC: ["2.5", "1.5", "3.5"] } },
  { table: "Table 3-31", technology: "Reciprocating Engines", fuel: "gasOil", values: {
    NOx: ["942", "565", "1319"], CO: ["130", "78", "182"], NMVOC: ["50", "30", "70"], SO2: ["48", "29", "67"], TSP: ["30", "18", "42"], PM10: ["30", "18", "42"], "PM2.5": ["30", "18", "42"], BC: ["78", "47", "100"] } },
];

/**
 * EMEP/EEA 2019 Tier 2 emission factors for non-residential small combustion: boilers of
 * commercial/institutional (1.A.4.a.i) and agriculture/forestry/fishing (1.A.4.c.i) stationary
 * combustion, g/GJ, from chapter 1.A.4 Small combustion.
 *
 * Transcribed, with their published 95% intervals: Tables 3-20 and 3-21 (coal boilers >50 kWth to
 * <=1 MWth and >1 MWth to <=50 MWth), 3-22 and 3-23 (advanced coal combustion <1 MWth, manual and
 * automatic boilers), 3-24 and 3-25 (fuel-oil boilers <=1 MW and >1 MW), 3-26 and 3-27 (natural
 * gas boilers, the same two sizes), 3-45 to 3-48 (wood boilers >1 MW, <1 MW, manual and automatic
 * <1 MW): NOx, CO, NMVOC, SOx (as SO2), NH3 (wood only), TSP, PM10, PM2.5 and BC (% of PM2.5)
 * where published (Tables 3-24 and 3-25 give no TSP and no BC). The database files every table
 * under 1.A.4.a.i and 1.A.4.c.i with the same values: each is stored under both (each row's note
 * says so).
 *
 * As published: Table 3-25's technology reads "Fuel oil (Distillate fuel oil) combustion in
 * boilers > 1MW" while its fuel is residual fuel oil; kept, stored under heavyFuelOil.
 * Left out: Table 3-49's non-residential rows (PM and BC of wood boilers from Denier van der Gon et
 * al. 2015, without intervals, whose basis could not be read in the guidebook); heavy metals,
 * PCDD/F, PAHs, HCB and PCBs. Page numbers: the guidebook chapter could not be reached while
 * transcribing; the rows cite the table only.
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * const key = { sector: "1.A.4.c.i", fuel: "anthracite", technology: "Medium size (>50 kWth to <=1 MWth) boilers", pollutant: "PM2.5" } as const;
 * lookupFactor(createFactorSet(), key).row.value; // "170"
 * ```
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_1A4_NON_RESIDENTIAL: FactorTable = {
  id: "emep-eea-2019-tier2-1A4-non-residential",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4 Small combustion: Tier 2 emission factors for non-residential boilers, 1.A.4.a.i and 1.A.4.c.i (Tables 3-20 to 3-27, 3-45 to 3-48)",
  rows: ["1.A.4.a.i", "1.A.4.c.i"].flatMap((sector) => BOILERS.flatMap((t) => rowsFromGroup({ ...SMALL, sector, ...t, note: t.note === undefined ? BOTH : `${t.note} ${BOTH}` }))),
};

/**
 * EMEP/EEA 2019 Tier 2 emission factors for stationary gas turbines and reciprocating engines in
 * small combustion, g/GJ, from chapter 1.A.4 Small combustion: Tables 3-28 (gas turbines, natural
 * gas), 3-29 (gas turbines, gas oil), 3-30 (stationary reciprocating engines, natural gas) and 3-31
 * (reciprocating engines, gas oil), for NOx, CO, NMVOC, SOx (as SO2), TSP, PM10, PM2.5 and BC (%
 * of PM2.5), with their 95% intervals. The database files them under 1.A.4.a.i, 1.A.4.b.i and
 * 1.A.4.c.i with the same values: stored under each (each row's note says so).
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * const key = { sector: "1.A.4.b.i", fuel: "gasDieselOil", technology: "Reciprocating Engines", pollutant: "NOx" } as const;
 * lookupFactor(createFactorSet(), key).row.value; // "942"
 * ```
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_1A4_TURBINES_ENGINES: FactorTable = {
  id: "emep-eea-2019-tier2-1A4-turbines-engines",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4 Small combustion: Tier 2 emission factors for gas turbines and reciprocating engines, 1.A.4.a.i, 1.A.4.b.i and 1.A.4.c.i (Tables 3-28 to 3-31)",
  rows: ["1.A.4.a.i", "1.A.4.b.i", "1.A.4.c.i"].flatMap((sector) => TURBINES_ENGINES.flatMap((t) => rowsFromGroup({ ...SMALL, sector, ...t, note: ALL_THREE }))),
};
