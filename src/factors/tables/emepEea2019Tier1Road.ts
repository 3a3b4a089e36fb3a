import type { FactorRow, FactorTable } from "../factorRow.js";
import { rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (the guidebook's Tier 1 road tables).
// CO and NMVOC: Table 3-5; NOx and TSP: Table 3-6; N2O and NH3: Table 3-7; CO2: Table 3-12.
const EMEP_ROAD = { citation: "EMEP-EEA-2019-1A3bi-iv", idPrefix: "emep2019", quality: "officialDatabase" } as const;
const ROAD = {
  ...EMEP_ROAD,
  unit: "g/kg fuel",
  table: "Table 3-5",
  tables: { NOx: "Table 3-6", TSP: "Table 3-6", N2O: "Table 3-7", NH3: "Table 3-7" },
} as const;
const PC = { ...ROAD, sector: "1.A.3.b.i", technology: "Passenger cars" } as const;
const LCV = { ...ROAD, sector: "1.A.3.b.ii", technology: "Light commercial vehicles" } as const;
const HDV = { ...ROAD, sector: "1.A.3.b.iii", technology: "Heavy-duty vehicles" } as const;
const L_CATEGORY = { ...ROAD, sector: "1.A.3.b.iv", technology: "L-category" } as const;
const EXHAUST = "TSP as published: the guidebook's Tier 1 road transport PM factors are for exhaust PM only (tyre, brake and road wear are 1.A.3.b.vi and 1.A.3.b.vii).";
const STORED = "The 95% interval as stored in the database";
const NOT_VALID = "does not bracket the value: not a valid interval, left out.";
const NONE_GIVEN = `${STORED} (0 to 0) is not a valid interval (none given) and was left out.`;
const ZERO_WIDTH =
  "has zero width and its lower bound equal to the value, like the misordered intervals of the other TSP and NH3 rows of Tables 3-6 and 3-7: not a valid interval, left out.";
const CO2 = { ...EMEP_ROAD, unit: "kg/kg fuel", table: "Table 3-12", note: NONE_GIVEN } as const;

/** Table 3-12 gives one CO2 factor per fuel for all vehicle types; the database repeats it under each sector. */
const CO2_ROWS: readonly FactorRow[] = ["1.A.3.b.i", "1.A.3.b.ii", "1.A.3.b.iii", "1.A.3.b.iv"].flatMap((sector) => [
  ...rowsFromGroup({ ...CO2, sector, fuel: "motorGasoline", values: { CO2: "3.18" } }),
  ...rowsFromGroup({ ...CO2, sector, fuel: "gasDieselOil", values: { CO2: "3.14" } }),
  ...rowsFromGroup({ ...CO2, sector, fuel: "lpg", values: { CO2: "3.017" }, notes: { CO2: "Fuel as stored: LPG2 (the 2 appears to be a footnote mark)." } }),
  ...rowsFromGroup({ ...CO2, sector, fuel: "naturalGas", values: { CO2: "2.75" }, notes: { CO2: "Fuel as stored: CNG3(or LNG) (the 3 appears to be a footnote mark)." } }),
]);

/**
 * EMEP/EEA 2019 Tier 1 emission factors for road transport exhaust (1.A.3.b.i to 1.A.3.b.iv), per kg of fuel.
 *
 * Transcribed: CO and NMVOC (Table 3-5), NOx and TSP (Table 3-6), N2O and NH3 (Table 3-7) in g/kg
 * fuel for passenger cars (petrol, diesel, LPG), light commercial vehicles (petrol, diesel),
 * heavy-duty vehicles (diesel, CNG buses) and L-category vehicles (petrol); and CO2 (Table 3-12) in
 * kg/kg fuel for petrol, diesel, LPG and CNG (or LNG), stored once per sector as the database
 * stores it, without a technology (the table gives it for all vehicle types). The database labels
 * the passenger-car rows "Passenger car"; they are stored as "Passenger cars".
 *
 * Left out: the CO2 factors of E5, E10, E85 and ETBE (those fuels are not in the fuel catalogue);
 * the fuel consumption rows of Table 3-15 (not emission factors); N2O and NH3 of CNG buses (no
 * value); and every 95% interval that is not a valid interval as stored in the database (the TSP
 * and NH3 intervals of Tables 3-6 and 3-7 are misordered, e.g. NH3 0.065 with 0.065 to 0.024; the
 * CO2 intervals are stored as 0 to 0): each such row says so in its note. TSP is kept as published;
 * it is exhaust PM only.
 * @category Factors
 */
export const EMEP_EEA_2019_TIER1_ROAD: FactorTable = {
  id: "emep-eea-2019-tier1-road",
  title:
    "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i-iv Road transport: Tier 1 emission factors (Tables 3-5, 3-6, 3-7 and 3-12)",
  rows: [
    ...rowsFromGroup({ ...PC, fuel: "motorGasoline", values: { CO: ["84.7", "49", "269.5"], NMVOC: ["10.05", "5.55", "34.42"], NOx: ["8.73", "4.48", "29.89"], TSP: "0.03", N2O: ["0.206", "0.133", "0.32"], NH3: "1.106" },
      notes: { TSP: `${EXHAUST} ${STORED} (0.03 to 0.02) ${NOT_VALID}`, NH3: `${STORED} (1.106 to 0.33) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...PC, fuel: "gasDieselOil", values: { CO: ["3.33", "2.05", "8.19"], NMVOC: ["0.7", "0.41", "1.88"], NOx: ["12.96", "11.2", "13.88"], TSP: "1.1", N2O: ["0.087", "0.044", "0.107"], NH3: "0.065" },
      notes: { TSP: `${EXHAUST} ${STORED} (1.1 to 0.8) ${NOT_VALID}`, NH3: `${STORED} (0.065 to 0.024) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...PC, fuel: "lpg", values: { CO: ["84.7", "38.7", "117"], NMVOC: ["13.64", "6.1", "25.66"], NOx: ["15.2", "4.18", "34.3"], TSP: "0", N2O: ["0.089", "0.024", "0.202"], NH3: "0.08" },
      notes: { TSP: `${EXHAUST} ${NONE_GIVEN}`, NH3: `${STORED} (0.08 to 0.022) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...LCV, fuel: "motorGasoline", values: { CO: ["152.3", "68.7", "238.3"], NMVOC: ["14.59", "3.91", "26.08"], NOx: ["13.22", "3.24", "25.46"], TSP: "0.02", N2O: ["0.186", "0.103", "0.316"], NH3: "0.667" },
      notes: { TSP: `${EXHAUST} ${STORED} (0.02 to 0.02) ${ZERO_WIDTH}`, NH3: `${STORED} (0.667 to 0.324) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...LCV, fuel: "gasDieselOil", values: { CO: ["7.4", "6.37", "11.71"], NMVOC: ["1.54", "1.29", "1.96"], NOx: ["14.91", "13.36", "18.43"], TSP: "1.52", N2O: ["0.056", "0.025", "0.072"], NH3: "0.038" },
      notes: { TSP: `${EXHAUST} ${STORED} (1.52 to 1.1) ${NOT_VALID}`, NH3: `${STORED} (0.038 to 0.018) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...HDV, fuel: "gasDieselOil", values: { CO: ["7.58", "5.73", "10.57"], NMVOC: ["1.92", "1.33", "3.77"], NOx: ["33.37", "28.34", "38.29"], TSP: "0.94", N2O: ["0.051", "0.03", "0.089"], NH3: "0.013" },
      notes: { TSP: `${EXHAUST} ${STORED} (0.94 to 0.61) ${NOT_VALID}`, NH3: `${STORED} (0.013 to 0.01) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...HDV, fuel: "naturalGas", note: "Fuel as published: CNG (Buses).", values: { CO: ["5.7", "2.2", "15"], NMVOC: ["0.26", "0.1", "0.67"], NOx: ["13", "5.5", "30"], TSP: "0.02" },
      notes: { TSP: `${EXHAUST} ${STORED} (0.02 to 0.01) ${NOT_VALID}` } }),
    ...rowsFromGroup({ ...L_CATEGORY, fuel: "motorGasoline", values: { CO: ["497.7", "331.2", "664.5"], NMVOC: ["131.4", "30", "364.8"], NOx: ["6.64", "1.99", "10.73"], TSP: "2.2", N2O: ["0.059", "0.048", "0.067"], NH3: ["0.059", "0.048", "0.067"] },
      notes: { TSP: `${EXHAUST} ${STORED} (2.2 to 0.55) ${NOT_VALID}`, NH3: "As stored in the database, the NH3 value and interval are identical to those of N2O in the same table; kept as published." } }),
    ...CO2_ROWS,
  ],
};
