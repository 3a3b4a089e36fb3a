import type { FactorTable } from "../factorRow.js";
import { type RowGroup, rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (the non-road machinery chapter's
// Tables 3-1 and 3-2, values from Winther 2016). Every value is in g per tonne of fuel, CO2 in kg
// per tonne of fuel; BC is published in g per tonne of fuel (not as a share of PM); TSP = PM10 =
// PM2.5 as published (all exhaust particles are fine). No 95% intervals are published for these
// tables. SOx is not in them: the chapter derives SO2 from the fuel's sulphur content.
const NRMM = {
  citation: "EMEP-EEA-2019-1A2gvii-NRMM",
  idPrefix: "emep2019",
  quality: "officialDatabase",
  unit: "g/t fuel",
  units: { CO2: "kg/t fuel" },
} as const;
const TIER1 = { ...NRMM, table: "Table 3-1" } as const;
const TIER2 = { ...NRMM, table: "Table 3-2" } as const;
/** The eleven species of both tables, in the order they are published. */
type Values = RowGroup["values"];

const STAGE_V_NOX =
  "As published, the Stage V NOx factor (7663 g/t) is higher than the Stage IV one (1570 g/t) for this sector; kept as published, not corrected.";
const STAGE_V_PM =
  "As published, the Stage V particulate factor (116 g/t) is higher than the Stage IV one (98 g/t) for this sector; kept as published, not corrected.";

/** Tier 2, 1.A.2.g.vii, diesel, by emission stage (Table 3-2, industry block). */
const DIESEL_STAGES: readonly (readonly [stage: string, values: Values])[] = [
  ["< 1981", { NOx: "26552", CO: "20690", NMVOC: "8077", NH3: "7", TSP: "6207", PM10: "6207", "PM2.5": "6207", BC: "3414", CO2: "3160", CH4: "199", N2O: "121" }],
  ["1981-1990", { NOx: "33942", CO: "18890", NMVOC: "6962", NH3: "7", TSP: "4308", PM10: "4308", "PM2.5": "4308", BC: "2369", CO2: "3160", CH4: "171", N2O: "128" }],
  ["1991-Stage I", { NOx: "43552", CO: "16258", NMVOC: "5851", NH3: "8", TSP: "3642", PM10: "3642", "PM2.5": "3642", BC: "2001", CO2: "3160", CH4: "144", N2O: "135" }],
  ["Stage I", { NOx: "31077", CO: "6639", NMVOC: "1725", NH3: "8", TSP: "1005", PM10: "1005", "PM2.5": "1005", BC: "800", CO2: "3160", CH4: "42", N2O: "137" }],
  ["Stage II", { NOx: "22101", CO: "7135", NMVOC: "1587", NH3: "8", TSP: "1034", PM10: "1034", "PM2.5": "1034", BC: "825", CO2: "3160", CH4: "39", N2O: "136" }],
  ["Stage IIIA", { NOx: "15653", CO: "6826", NMVOC: "1470", NH3: "8", TSP: "950", PM10: "950", "PM2.5": "950", BC: "758", CO2: "3160", CH4: "36", N2O: "136" }],
  ["Stage IIIB", { NOx: "11933", CO: "6445", NMVOC: "625", NH3: "8", TSP: "98", PM10: "98", "PM2.5": "98", BC: "78", CO2: "3160", CH4: "15", N2O: "137" }],
  ["Stage IV", { NOx: "1570", CO: "6019", NMVOC: "536", NH3: "8", TSP: "98", PM10: "98", "PM2.5": "98", BC: "78", CO2: "3160", CH4: "13", N2O: "137" }],
  ["Stage V", { NOx: "7663", CO: "7352", NMVOC: "930", NH3: "8", TSP: "116", PM10: "116", "PM2.5": "116", BC: "56", CO2: "3160", CH4: "23", N2O: "136" }],
];

/** Tier 2, gasoline two-stroke engines, by stage (Table 3-2); Stages IIIA, IIIB and IV have no values. */
const TWO_STROKE_STAGES: readonly (readonly [stage: string, values: Values])[] = [
  ["< 1981", { NOx: "1050", CO: "754523", NMVOC: "298703", NH3: "2", TSP: "7037", PM10: "7037", "PM2.5": "7037", BC: "352", CO2: "3197", CH4: "22483", N2O: "12" }],
  ["1981-1990", { NOx: "1682", CO: "699494", NMVOC: "258562", NH3: "3", TSP: "4786", PM10: "4786", "PM2.5": "4786", BC: "239", CO2: "3197", CH4: "19462", N2O: "16" }],
  ["1991-Stage I", { NOx: "1852", CO: "621083", NMVOC: "229630", NH3: "3", TSP: "3869", PM10: "3869", "PM2.5": "3869", BC: "193", CO2: "3197", CH4: "17284", N2O: "16" }],
  ["Stage I", { NOx: "3445", CO: "620519", NMVOC: "225579", NH3: "4", TSP: "3683", PM10: "3683", "PM2.5": "3683", BC: "184", CO2: "3197", CH4: "16979", N2O: "18" }],
  ["Stage II", { NOx: "2495", CO: "695237", NMVOC: "113157", NH3: "4", TSP: "4299", PM10: "4299", "PM2.5": "4299", BC: "215", CO2: "3197", CH4: "8517", N2O: "20" }],
  ["Stage V", { NOx: "2490", CO: "694870", NMVOC: "111450", NH3: "4", TSP: "4278", PM10: "4278", "PM2.5": "4278", BC: "214", CO2: "3197", CH4: "8539", N2O: "20" }],
];

/** Tier 2, gasoline four-stroke engines, by stage (Table 3-2); Stages IIIA, IIIB and IV have no values. */
const FOUR_STROKE_STAGES: readonly (readonly [stage: string, values: Values])[] = [
  ["< 1981", { NOx: "2429", CO: "1214855", NMVOC: "20182", NH3: "4", TSP: "148", PM10: "148", "PM2.5": "148", BC: "7", CO2: "3197", CH4: "710", N2O: "56" }],
  ["1981-1990", { NOx: "5743", CO: "836966", NMVOC: "25852", NH3: "4", TSP: "147", PM10: "147", "PM2.5": "147", BC: "7", CO2: "3197", CH4: "910", N2O: "55" }],
  ["1991-Stage I", { NOx: "7129", CO: "768445", NMVOC: "19082", NH3: "4", TSP: "157", PM10: "157", "PM2.5": "157", BC: "8", CO2: "3197", CH4: "672", N2O: "59" }],
  ["Stage I", { NOx: "7088", CO: "774457", NMVOC: "18469", NH3: "4", TSP: "159", PM10: "159", "PM2.5": "159", BC: "8", CO2: "3197", CH4: "650", N2O: "59" }],
  ["Stage II", { NOx: "6676", CO: "804157", NMVOC: "16126", NH3: "4", TSP: "159", PM10: "159", "PM2.5": "159", BC: "8", CO2: "3197", CH4: "568", N2O: "60" }],
  ["Stage V", { NOx: "5354", CO: "778282", NMVOC: "13293", NH3: "4", TSP: "159", PM10: "159", "PM2.5": "159", BC: "8", CO2: "3197", CH4: "468", N2O: "59" }],
];

/** Tier 1 rows the chapter gives alike for every non-road sector: LPG and gasoline engines (Table 3-1). */
function tier1GasolineAndLpg(sector: string) {
  return [
    ...rowsFromGroup({ ...TIER1, sector, fuel: "lpg", values: { NOx: "28571", CO: "4823", NMVOC: "6720", NH3: "10", TSP: "225", PM10: "225", "PM2.5": "225", BC: "11", CO2: "2990", CH4: "354", N2O: "161" } }),
    ...rowsFromGroup({ ...TIER1, sector, fuel: "motorGasoline", technology: "Gasoline 4-stroke", values: { NOx: "7117", CO: "770368", NMVOC: "18893", NH3: "4", TSP: "157", PM10: "157", "PM2.5": "157", BC: "8", CO2: "3197", CH4: "665", N2O: "59" } }),
    ...rowsFromGroup({ ...TIER1, sector, fuel: "motorGasoline", technology: "Gasoline 2-stroke", values: { NOx: "2765", CO: "620793", NMVOC: "227289", NH3: "3", TSP: "3762", PM10: "3762", "PM2.5": "3762", BC: "188", CO2: "3197", CH4: "17108", N2O: "17" } }),
  ];
}

/** Tier 2 gasoline rows, by engine type and stage, which the chapter gives alike for every non-road sector (Table 3-2). */
function tier2Gasoline(sector: string) {
  return [
    ...TWO_STROKE_STAGES.flatMap(([stage, values]) => rowsFromGroup({ ...TIER2, sector, fuel: "motorGasoline", technology: `Gasoline 2-stroke - ${stage}`, values })),
    ...FOUR_STROKE_STAGES.flatMap(([stage, values]) => rowsFromGroup({ ...TIER2, sector, fuel: "motorGasoline", technology: `Gasoline 4-stroke - ${stage}`, values })),
  ];
}

/**
 * EMEP/EEA 2019 Tier 1 and Tier 2 emission factors for non-road machinery in industry and
 * construction (1.A.2.g.vii, construction machines, forklifts and other industrial machinery), g
 * per tonne of fuel.
 *
 * Transcribed: Table 3-1 (Tier 1: diesel, LPG, gasoline 4-stroke and 2-stroke) and Table 3-2
 * (Tier 2 by emission stage: diesel `< 1981` to Stage V, gasoline 2-stroke and 4-stroke, whose
 * Stages IIIA, IIIB and IV have no values), for NOx, CO, NMVOC, NH3, TSP, PM10, PM2.5, BC, CO2
 * (kg/t fuel), CH4 and N2O. Tier 2 technologies are named `Diesel - Stage IIIA`,
 * `Gasoline 2-stroke - Stage I`, ...; the Tier 1 diesel and LPG rows have no technology, and the
 * Tier 1 gasoline rows name the engine type (`Gasoline 4-stroke`). No 95% intervals are published.
 * Left out: heavy metals and PAHs of Table 3-1 (not species of this library), SO2 (not in the
 * tables: the chapter computes it from fuel sulphur) and Tier 3 (g/kWh by power class, with load
 * factors and lifetimes).
 * @category Factors
 */
export const EMEP_EEA_2019_NON_ROAD_INDUSTRY: FactorTable = {
  id: "emep-eea-2019-non-road-1A2gvii",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.2.g.vii Non-road mobile machinery in industry and construction: Tier 1 and Tier 2 emission factors (Tables 3-1 and 3-2)",
  rows: [
    ...rowsFromGroup({ ...TIER1, sector: "1.A.2.g.vii", fuel: "gasDieselOil", values: { NOx: "32629", CO: "10774", NMVOC: "3377", NH3: "8", TSP: "2104", PM10: "2104", "PM2.5": "2104", BC: "1306", CO2: "3160", CH4: "83", N2O: "135" } }),
    ...tier1GasolineAndLpg("1.A.2.g.vii"),
    ...DIESEL_STAGES.flatMap(([stage, values]) =>
      rowsFromGroup({ ...TIER2, sector: "1.A.2.g.vii", fuel: "gasDieselOil", technology: `Diesel - ${stage}`, values, ...(stage === "Stage V" ? { notes: { NOx: STAGE_V_NOX, TSP: STAGE_V_PM, PM10: STAGE_V_PM, "PM2.5": STAGE_V_PM } } : {}) }),
    ),
    ...tier2Gasoline("1.A.2.g.vii"),
  ],
};

/**
 * EMEP/EEA 2019 Tier 1 and Tier 2 emission factors for agricultural and forestry machinery
 * (1.A.4.c.ii, tractors, harvesters, chainsaws), g per tonne of fuel: the LPG and gasoline rows only.
 *
 * Transcribed: Table 3-1 (Tier 1 LPG, gasoline 4-stroke and 2-stroke) and Table 3-2 (Tier 2
 * gasoline 2-stroke and 4-stroke by stage), which the chapter gives alike for every non-road
 * sector. Left out: the diesel rows of this sector. The database extract we read gives two diesel
 * blocks for 1.A.4.c.ii (agriculture and forestry) without saying which is which, and the chapter
 * PDF was not reached to tell them apart; no row is stored rather than a guessed label.
 * @category Factors
 */
export const EMEP_EEA_2019_NON_ROAD_AGRICULTURE_FORESTRY: FactorTable = {
  id: "emep-eea-2019-non-road-1A4cii",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.4.c.ii Off-road vehicles and other machinery in agriculture and forestry: Tier 1 and Tier 2 emission factors for LPG and gasoline (Tables 3-1 and 3-2)",
  rows: [...tier1GasolineAndLpg("1.A.4.c.ii"), ...tier2Gasoline("1.A.4.c.ii")],
};

/**
 * Every built-in table transcribed from the EMEP/EEA 2019 non-road machinery chapter.
 * @category Factors
 */
export const EMEP_EEA_2019_NON_ROAD_TABLES: readonly FactorTable[] = [EMEP_EEA_2019_NON_ROAD_INDUSTRY, EMEP_EEA_2019_NON_ROAD_AGRICULTURE_FORESTRY];
