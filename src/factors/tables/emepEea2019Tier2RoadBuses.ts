import type { FactorTable } from "../factorRow.js";
import { TIER2_BUSES, outOfLine, tier2RoadRows } from "./emepEea2019Tier2RoadBase.js";

const BUS_CNG = { ...TIER2_BUSES, fuel: "naturalGas" } as const;
const BUS_DIESEL = { ...TIER2_BUSES, fuel: "gasDieselOil" } as const;

/**
 * EMEP/EEA 2019 Tier 2 emission factors for buses and coaches (1.A.3.b.iii), g per vehicle-km, by Euro class.
 *
 * Transcribed: NOx, CO, NMVOC, N2O and NH3 from Table 3-23 and exhaust PM2.5 from Table 3-24, with PM10 and TSP
 * equal to it, as the database states ("assuming TSP=PM10=PM2.5"), for urban CNG buses (Euro I to EEV), standard diesel urban buses
 * and standard diesel coaches (conventional to Euro VI). No 95% intervals are given for these
 * tables. Left out: N2O and NH3 of CNG buses (no value in the database), CO2 and Pb of Table 3-23
 * and the PAHs of Table 3-24 (not transcribed here).
 * Not built in: OC and CH4 of these technologies, and BC but for the Euro III diesel buses and coaches (`EMEP_EEA_2016_ROAD_BC_SHARES`; see `BUILTIN_FACTOR_GAPS`).
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_BUSES: FactorTable = {
  id: "emep-eea-2019-tier2-buses",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.iii Buses and coaches: Tier 2 emission factors (Tables 3-23 and 3-24)",
  rows: [
    ...tier2RoadRows({ ...BUS_CNG, technology: "Urban CNG Buses - Euro I - 91/542/EEC I", values: { NOx: "16.5", "PM2.5": "0.02", CO: "8.4", NMVOC: "0.371" } }),
    ...tier2RoadRows({ ...BUS_CNG, technology: "Urban CNG Buses - Euro II - 91/542/EEC II", values: { NOx: "15", "PM2.5": "0.01", CO: "2.7", NMVOC: "0.313" } }),
    ...tier2RoadRows({ ...BUS_CNG, technology: "Urban CNG Buses - Euro III - 2000", values: { NOx: "10", "PM2.5": "0.01", CO: "1", NMVOC: "0.052" } }),
    ...tier2RoadRows({ ...BUS_CNG, technology: "Urban CNG Buses - EEV", values: { NOx: "2.5", "PM2.5": "0.005", CO: "1", NMVOC: "0.045" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Conventional", values: { NOx: "16.5", "PM2.5": "0.909", CO: "5.71", NMVOC: "1.99", N2O: "0.029", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Euro I - 91/542/EEC I", values: { NOx: "10.1", "PM2.5": "0.479", CO: "2.71", NMVOC: "0.706", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Euro II - 91/542/EEC II", values: { NOx: "10.7", "PM2.5": "0.22", CO: "2.44", NMVOC: "0.463", N2O: "0.12", NH3: "0.0029" },
      notes: { N2O: outOfLine("N2O 0.12 g/km, ten times Euro I (0.012) and 120 times Euro III (0.001); coaches Euro II: 0.008") }, flags: { N2O: ["outOfLineAsPublished"] } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Euro III - 2000", values: { NOx: "9.38", "PM2.5": "0.207", CO: "2.67", NMVOC: "0.409", N2O: "0.001", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Euro IV - 2005", values: { NOx: "5.42", "PM2.5": "0.0462", CO: "0.223", NMVOC: "0.022", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Euro V - 2008", values: { NOx: "3.09", "PM2.5": "0.0462", CO: "0.223", NMVOC: "0.022", N2O: "0.032", NH3: "0.011" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Urban Buses Standard - Euro VI", values: { NOx: "0.597", "PM2.5": "0.0023", CO: "0.223", NMVOC: "0.22", N2O: "0.04", NH3: "0.009" },
      notes: { NMVOC: outOfLine("NMVOC 0.22 g/km, ten times Euro IV and V (0.022); coaches Euro VI equal their Euro V") }, flags: { NMVOC: ["outOfLineAsPublished"] } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Conventional", values: { NOx: "10.6", "PM2.5": "0.47", CO: "2.27", NMVOC: "0.661", N2O: "0.029", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Euro I - 91/542/EEC I", values: { NOx: "8.1", "PM2.5": "0.362", CO: "1.85", NMVOC: "0.624", N2O: "0.009", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Euro II - 91/542/EEC II", values: { NOx: "8.95", "PM2.5": "0.165", CO: "1.6", NMVOC: "0.416", N2O: "0.008", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Euro III - 2000", values: { NOx: "7.51", "PM2.5": "0.178", CO: "1.91", NMVOC: "0.399", N2O: "0.004", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Euro IV - 2005", values: { NOx: "4.51", "PM2.5": "0.0354", CO: "0.15", NMVOC: "0.021", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Euro V - 2008", values: { NOx: "2.57", "PM2.5": "0.0354", CO: "0.15", NMVOC: "0.021", N2O: "0.034", NH3: "0.011" } }),
    ...tier2RoadRows({ ...BUS_DIESEL, technology: "Coaches Standard - Euro VI", values: { NOx: "0.496", "PM2.5": "0.0018", CO: "0.15", NMVOC: "0.021", N2O: "0.033", NH3: "0.009" } }),
  ],
};
