import type { FactorTable } from "../factorRow.js";
import { rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (chapters 2.A.5.a and 2.A.5.b).
// Fugitive sources burn no fuel: every row has fuel "none".
const QUARRY = { idPrefix: "emep2019", citation: "EMEP-EEA-2019-2A5a", sector: "2.A.5.a", fuel: "none", quality: "officialDatabase" } as const;
const BUILD = { idPrefix: "emep2019", citation: "EMEP-EEA-2019-2A5b", sector: "2.A.5.b", fuel: "none", quality: "officialDatabase", unit: "kg/m2" } as const;

const PER_AREA_YEAR =
  "Published as kg/m2/year: per m2 of affected (built-over) area and per year of construction activity. Give the activity as affected area x duration in m2 (10,000 m2 built over for half a year is 5,000 m2). The guidebook's Tier 1 equation also corrects for soil moisture (precipitation-evaporation index), silt content and control efficiency: those terms are not applied here (not read at source, see docs/data-sources.md); a dustControl measure gives the control efficiency.";
const BUILDING_NAMES =
  "The database does not name the building type of each table; the names follow the chapter's Tier 1 tables (houses, apartment buildings, non-residential, roads) but were not read in the chapter text while transcribing. Check: the US EPA National Emissions Inventory construction-dust factors for houses and apartments, 0.032 and 0.11 short ton PM10/acre/month, are 0.086 and 0.30 kg/m2/year, the PM10 values of Tables 3-1 and 3-2.";
const WET_DRY =
  "The database's unit reads kg/t dry or kg/t wet (per tonne of material, processed dry or with wet suppression); kept as the technology name.";

/**
 * EMEP/EEA 2019, 2.A.5.a Quarrying and mining of minerals other than coal: Tier 1 (Table 3-1,
 * g/Mg of mineral quarried, with its 95% interval) for TSP, PM10 and PM2.5.
 * @category Factors
 */
export const EMEP_EEA_2019_2A5A_TIER1: FactorTable = {
  id: "emep-eea-2019-tier1-2A5a",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 2.A.5.a Quarrying and mining of minerals other than coal: Tier 1 emission factors (Table 3-1)",
  rows: rowsFromGroup({ ...QUARRY, table: "Table 3-1", unit: "g/Mg",
    note: "Published as g/Mg mineral (per tonne of mineral quarried); the guidebook cites Visschedijk et al. (2004).",
    values: { TSP: ["102", "50", "200"], PM10: ["50", "25", "100"], "PM2.5": ["5", "2.5", "10"] } }),
};

/**
 * EMEP/EEA 2019, 2.A.5.a Tier 2 emission factors by operation (Table 3-2: crushing, screening,
 * transfer points; dry and wet), kg per tonne of material, no interval published.
 * @category Factors
 */
export const EMEP_EEA_2019_2A5A_TIER2: FactorTable = {
  id: "emep-eea-2019-tier2-2A5a",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 2.A.5.a Quarrying and mining of minerals other than coal: Tier 2 emission factors (Table 3-2)",
  rows: [
    ...rowsFromGroup({ ...QUARRY, table: "Table 3-2", technology: "Crushing, dry", unit: "kg/t", note: WET_DRY, values: { TSP: "0.0027", PM10: "0.0012", "PM2.5": "0.0006" } }),
    ...rowsFromGroup({ ...QUARRY, table: "Table 3-2", technology: "Screening, dry", unit: "kg/t", note: WET_DRY, values: { TSP: "0.0125", PM10: "0.0043", "PM2.5": "0.00028" } }),
    ...rowsFromGroup({ ...QUARRY, table: "Table 3-2", technology: "Transfer point, dry", unit: "kg/t", note: WET_DRY, values: { TSP: "0.0015", PM10: "0.00055", "PM2.5": "0.00014" } }),
    ...rowsFromGroup({ ...QUARRY, table: "Table 3-2", technology: "Crushing, wet", unit: "kg/t", note: WET_DRY, values: { TSP: "0.0006", PM10: "0.00027", "PM2.5": "0.00005" } }),
    ...rowsFromGroup({ ...QUARRY, table: "Table 3-2", technology: "Screening, wet", unit: "kg/t", note: WET_DRY, values: { TSP: "0.0011", PM10: "0.00037", "PM2.5": "0.000025" } }),
    ...rowsFromGroup({ ...QUARRY, table: "Table 3-2", technology: "Transfer point, wet", unit: "kg/t", note: WET_DRY, values: { TSP: "0.00007", PM10: "0.000023", "PM2.5": "0.0000065" } }),
  ],
};

/**
 * EMEP/EEA 2019, 2.A.5.b Construction and demolition: Tier 1 emission factors by type of
 * construction (Tables 3-1 to 3-4: houses, apartment buildings, non-residential, roads), kg per
 * m2 of affected area per year, with their 95% intervals. The road-construction PM10 interval
 * (2.3 to 7.0) has its lower bound equal to the value, unlike every other row (a tenth of the
 * value): kept as published and flagged `intervalAsPublished`.
 * @category Factors
 */
export const EMEP_EEA_2019_2A5B_TIER1: FactorTable = {
  id: "emep-eea-2019-tier1-2A5b",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 2.A.5.b Construction and demolition: Tier 1 emission factors (Tables 3-1 to 3-4)",
  rows: [
    ...rowsFromGroup({ ...BUILD, table: "Table 3-1", technology: "Construction of houses", note: `${PER_AREA_YEAR} ${BUILDING_NAMES}`,
      values: { TSP: ["0.29", "0.03", "0.9"], PM10: ["0.086", "0.009", "0.3"], "PM2.5": ["0.0086", "0.0009", "0.03"] } }),
    ...rowsFromGroup({ ...BUILD, table: "Table 3-2", technology: "Construction of apartment buildings", note: `${PER_AREA_YEAR} ${BUILDING_NAMES}`,
      values: { TSP: ["1", "0.1", "3"], PM10: ["0.3", "0.03", "0.9"], "PM2.5": ["0.03", "0.003", "0.09"] } }),
    ...rowsFromGroup({ ...BUILD, table: "Table 3-3", technology: "Non-residential construction", note: `${PER_AREA_YEAR} ${BUILDING_NAMES}`,
      values: { TSP: ["3.3", "0.3", "10"], PM10: ["1", "0.1", "3"], "PM2.5": ["0.1", "0.01", "0.3"] } }),
    ...rowsFromGroup({ ...BUILD, table: "Table 3-4", technology: "Road construction", note: `${PER_AREA_YEAR} ${BUILDING_NAMES}`,
      values: { TSP: ["7.7", "0.8", "20"], PM10: ["2.3", "2.3", "7"], "PM2.5": ["0.23", "0.02", "0.7"] },
      notes: { PM10: "The published interval's lower bound equals the value (2.3), where every other row's lower bound is about a tenth of it; kept as published." },
      flags: { PM10: ["intervalAsPublished"] } }),
  ],
};

/**
 * Every built-in fugitive dust table from the EMEP/EEA 2019 guidebook: 2.A.5.a Tier 1 and Tier 2,
 * 2.A.5.b Tier 1.
 * @category Factors
 */
export const EMEP_EEA_2019_MINERAL_DUST_TABLES: readonly FactorTable[] = [EMEP_EEA_2019_2A5A_TIER1, EMEP_EEA_2019_2A5A_TIER2, EMEP_EEA_2019_2A5B_TIER1];
