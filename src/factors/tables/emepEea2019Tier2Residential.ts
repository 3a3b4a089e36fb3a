import type { FactorTable } from "../factorRow.js";
import { type RowGroup, rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (the guidebook's Tier 2 tables of
// chapter 1.A.4 Small combustion). SOx is stored as SO2 (EMEP reports SOx as SO2); BC is
// published as % of PM2.5. Technology names are the database's, letter for letter.
const RESIDENTIAL = { idPrefix: "emep2019", quality: "officialDatabase", unit: "g/GJ", units: { BC: "% of PM2.5" }, citation: "EMEP-EEA-2019-1A4", sector: "1.A.4.b.i" } as const;

/** One Tier 2 table: its number, technology, fuel (id or group) and values. */
type Tier2Table = Pick<RowGroup, "table" | "technology" | "fuel" | "values" | "note">;

const SOLID =
  "The table's fuel is 'Solid Fuel (not biomass)'; stored under the fuel group solidFuels (hard coal and brown coal). " +
  "Fuels of no built-in group (patent fuel, brown coal briquettes) do not reach it: supply rows for them.";
const COAL = "The table's fuel is 'Coal Fuels'; stored under the fuel group hardCoalAndBrownCoal (hard coal and brown coal).";

/**
 * Tables 3-12 to 3-19: residential solid fuels (not biomass), natural gas and gas oil, by
 * technology. The fuel of each row is the database's fuel label mapped to a fuel or group:
 * 'Solid Fuel (not biomass)' to solidFuels, 'Coal Fuels' to hardCoalAndBrownCoal, 'Natural Gas'
 * to naturalGas, 'Gas Oil' to gasOil.
 */
const COAL_GAS_OIL: readonly Tier2Table[] = [
  { table: "Table 3-12", technology: "Fireplaces, Saunas and Outdoor Heaters", fuel: "solidFuels", note: SOLID, values: {
    NOx: ["60", "36", "84"], CO: ["5000", "3000", "7000"], NMVOC: ["600", "360", "840"], SO2: ["500", "300", "700"], NH3: ["5", "3", "7"], TSP: ["350", "210", "490"], PM10: ["330", "198", "462"], "PM2.5": ["330", "198", "462"], BC: ["9.839", "3", "30"] } },
  { table: "Table 3-13", technology: "Stoves, Fireplaces, Saunas and Outdoor Heaters", fuel: "naturalGas", values: {
    NOx: ["60", "36", "84"], CO: ["30", "18", "42"], NMVOC: ["2", "1.2", "2.8"], SO2: ["0.3", "0.18", "0.42"], TSP: ["2.2", "1.3", "3.1"], PM10: ["2.2", "1.3", "3.1"], "PM2.5": ["2.2", "1.3", "3.1"], BC: ["5.4", "2.7", "11"] } },
  { table: "Table 3-14", technology: "Stoves", fuel: "solidFuels", note: SOLID, values: {
    NOx: ["100", "60", "150"], CO: ["5000", "3000", "7000"], NMVOC: ["600", "360", "840"], SO2: ["900", "540", "1000"], TSP: ["500", "240", "600"], PM10: ["450", "228", "480"], "PM2.5": ["450", "216", "480"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-15", technology: "Small (single household scale, capacity <=50 kWth) boilers", fuel: "solidFuels", note: SOLID, values: {
    NOx: ["158", "80", "300"], CO: ["4787", "3000", "7000"], NMVOC: ["174", "87", "260"], SO2: ["900", "540", "1000"], TSP: ["261", "130", "400"], PM10: ["225", "113", "338"], "PM2.5": ["201", "100", "300"], BC: ["6.4", "2", "26"] } },
  { table: "Table 3-16", technology: "Small (single household scale, capacity <=50 kWth) boilers", fuel: "naturalGas", values: {
    NOx: ["42", "25", "59"], CO: ["22", "18", "42"], NMVOC: ["1.8", "1.1", "2.5"], SO2: ["0.3", "0.18", "0.42"], TSP: ["0.2", "0.12", "0.28"], PM10: ["0.2", "0.12", "0.28"], "PM2.5": ["0.2", "0.12", "0.28"], BC: ["5.4", "2.7", "11"] } },
  { table: "Table 3-17", technology: "Stoves", fuel: "gasOil", values: {
    NOx: ["34", "20", "48"], CO: ["111", "67", "155"], NMVOC: ["1.2", "0.7", "1.7"], SO2: ["60", "36", "84"], TSP: ["2.2", "1.3", "3.1"], PM10: ["2.2", "1.3", "3.1"], "PM2.5": ["2.2", "1.3", "3.1"], BC: ["13", "7.5", "26"] } },
  { table: "Table 3-18", technology: "Small (single household scale, capacity <=50 kWth) boilers", fuel: "gasOil", values: {
    NOx: ["69", "41", "97"], CO: ["3.7", "2", "5"], NMVOC: ["0.17", "0.06", "0.51"], SO2: ["79", "47", "111"], TSP: ["1.5", "1", "2"], PM10: ["1.5", "1", "2"], "PM2.5": ["1.5", "1", "2"], BC: ["3.9", "2", "8"] } },
  { table: "Table 3-19", technology: "Advanced coal combustion techniques <1MWth - Advanced stove", fuel: "hardCoalAndBrownCoal", note: COAL, values: {
    NOx: ["150", "50", "200"], CO: ["2000", "200", "3000"], NMVOC: ["300", "20", "400"], SO2: ["450", "300", "900"], TSP: ["250", "80", "260"], PM10: ["240", "76", "250"], "PM2.5": ["220", "72", "230"], BC: ["6.4", "2", "26"] } },
];

/** Tables 3-39 to 3-44: residential wood by technology ('Wood' and 'Wood and similar wood waste' both stored as wood). */
const WOOD: readonly Tier2Table[] = [
  { table: "Table 3-39", technology: "Open fireplaces", fuel: "wood", values: {
    NOx: ["50", "30", "150"], CO: ["4000", "1000", "10000"], NMVOC: ["600", "20", "3000"], SO2: ["11", "8", "40"], NH3: ["74", "37", "148"], TSP: ["880", "440", "1760"], PM10: ["840", "420", "1680"], "PM2.5": ["820", "410", "1640"], BC: ["7", "2", "18"] } },
  { table: "Table 3-40", technology: "Conventional stoves", fuel: "wood", values: {
    NOx: ["50", "30", "150"], CO: ["4000", "1000", "10000"], NMVOC: ["600", "20", "3000"], SO2: ["11", "8", "40"], NH3: ["70", "35", "140"], TSP: ["800", "400", "1600"], PM10: ["760", "380", "1520"], "PM2.5": ["740", "370", "1480"], BC: ["10", "2", "20"] } },
  { table: "Table 3-41", technology: "Energy efficient stoves", fuel: "wood", values: {
    NOx: ["80", "30", "150"], CO: ["4000", "500", "10000"], NMVOC: ["350", "100", "2000"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"], TSP: ["400", "200", "800"], PM10: ["380", "290", "760"], "PM2.5": ["370", "285", "740"], BC: ["16", "5", "30"] } },
  { table: "Table 3-42", technology: "Advanced / ecolabelled stoves and boilers", fuel: "wood", values: {
    NOx: ["95", "50", "150"], CO: ["2000", "500", "5000"], NMVOC: ["250", "20", "500"], SO2: ["11", "8", "40"], NH3: ["37", "18", "74"], TSP: ["100", "20", "250"], PM10: ["95", "19", "238"], "PM2.5": ["93", "19", "233"], BC: ["28", "11", "39"] } },
  { table: "Table 3-43", technology: "Conventional boilers < 50 kW", fuel: "wood", values: {
    NOx: ["80", "30", "150"], CO: ["4000", "500", "10000"], NMVOC: ["350", "100", "2000"], SO2: ["11", "8", "40"], NH3: ["74", "37", "148"], TSP: ["500", "250", "1000"], PM10: ["480", "240", "960"], "PM2.5": ["470", "235", "940"], BC: ["16", "5", "30"] } },
  { table: "Table 3-44", technology: "Pellet stoves and boilers", fuel: "wood", values: {
    NOx: ["80", "50", "200"], CO: ["300", "10", "2500"], NMVOC: ["10", "1", "30"], SO2: ["11", "8", "40"], NH3: ["12", "6", "24"], TSP: ["62", "31", "124"], PM10: ["60", "30", "120"], "PM2.5": ["60", "30", "120"], BC: ["15", "6", "39"] } },
];

/**
 * EMEP/EEA 2019 Tier 2 emission factors for residential stationary combustion (1.A.4.b.i) by
 * technology, g/GJ, from chapter 1.A.4 Small combustion.
 *
 * Transcribed, with their published 95% intervals: Tables 3-12 (fireplaces, saunas and outdoor
 * heaters, solid fuels), 3-13 (gas stoves, fireplaces, saunas and outdoor heaters), 3-14 (stoves,
 * solid fuels), 3-15 (small boilers of single-household scale, <=50 kWth, solid fuels), 3-16 (the
 * same, natural gas), 3-17 (gas-oil stoves), 3-18 (gas-oil small boilers), 3-19 (advanced coal
 * stoves), and for wood 3-39 (open fireplaces), 3-40 (conventional stoves), 3-41 (energy efficient
 * stoves), 3-42 (advanced/ecolabelled stoves and boilers), 3-43 (conventional boilers < 50 kW) and
 * 3-44 (pellet stoves and boilers): NOx, CO, NMVOC, SOx (as SO2), NH3 (where published: Table
 * 3-12 and the wood tables), TSP, PM10, PM2.5 and BC (% of PM2.5).
 *
 * Each row's technology is the table's technology as the database names it (`Stoves`,
 * `Advanced coal combustion techniques <1MWth - Advanced stove`, `Energy efficient stoves`, ...);
 * an activity or a stoveReplacement names it letter for letter. The gas turbines and engines of
 * Tables 3-28 to 3-31 are in {@link EMEP_EEA_2019_TIER2_1A4_TURBINES_ENGINES}.
 *
 * Left out: Table 3-49 (PM and BC factors for the wood technologies from Denier van der Gon et al.
 * 2015, without intervals), whose basis could not be read in the guidebook and whose rows would
 * tie with Tables 3-39 to 3-44 under the same technologies; heavy metals, PCDD/F, PAHs, HCB and
 * PCBs (not species of this library). Page numbers: the guidebook chapter could not be reached
 * while transcribing; the rows cite the table only.
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * const set = createFactorSet();
 * lookupFactor(set, { sector: "1.A.4.b.i", fuel: "lignite", technology: "Stoves", pollutant: "PM2.5" }).row.value; // "450"
 * const advanced = "Advanced coal combustion techniques <1MWth - Advanced stove";
 * lookupFactor(set, { sector: "1.A.4.b.i", fuel: "lignite", technology: advanced, pollutant: "PM2.5" }).row.source.table; // "Table 3-19"
 * ```
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_1A4BI: FactorTable = {
  id: "emep-eea-2019-tier2-1A4bi",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4 Small combustion: Tier 2 emission factors for residential stoves, fireplaces and boilers, 1.A.4.b.i (Tables 3-12 to 3-19, 3-39 to 3-44)",
  rows: [...COAL_GAS_OIL, ...WOOD].flatMap((t) => rowsFromGroup({ ...RESIDENTIAL, ...t })),
};
