import type { FactorTable } from "../factorRow.js";
import { TIER2_HEAVY_DUTY, outOfLine, tier2RoadRows } from "./emepEea2019Tier2RoadBase.js";

const HDV_PETROL = { ...TIER2_HEAVY_DUTY, fuel: "motorGasoline" } as const;
const HDV_DIESEL = { ...TIER2_HEAVY_DUTY, fuel: "gasDieselOil" } as const;
const EURO_VI_NH3 = outOfLine("NH3 0.09 g/km in every weight class, ten times the Euro VI buses and coaches (0.009)");

/**
 * EMEP/EEA 2019 Tier 2 emission factors for heavy-duty trucks (1.A.3.b.iii), g per vehicle-km, by weight class and Euro class.
 *
 * Transcribed: NOx, CO, NMVOC, N2O and NH3 from Table 3-21 and exhaust PM2.5 from Table 3-22, with PM10 and TSP
 * equal to it, as the database states ("assuming TSP=PM10=PM2.5"), for petrol trucks > 3.5 t (conventional; PM2.5 published as 0) and
 * diesel trucks <= 7.5 t, 7.5 - 16 t, 16 - 32 t and > 32 t, conventional to Euro VI. No 95%
 * intervals are given for these tables. Left out: CO2 and Pb of Table 3-21 and the PAHs of Table
 * 3-22 (not transcribed here). Buses are in `EMEP_EEA_2019_TIER2_BUSES`.
 * Not built in: OC and CH4 of these technologies, and BC but for the Euro III diesel trucks (`EMEP_EEA_2016_ROAD_BC_SHARES`; see `BUILTIN_FACTOR_GAPS`).
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_HEAVY_DUTY: FactorTable = {
  id: "emep-eea-2019-tier2-heavy-duty-vehicles",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.iii Heavy-duty vehicles: Tier 2 emission factors (Tables 3-21 and 3-22)",
  rows: [
    ...tier2RoadRows({ ...HDV_PETROL, technology: "Petrol >3.5 t - Conventional", values: { NOx: "6.6", "PM2.5": "0", CO: "59.5", NMVOC: "5.25", N2O: "0.006", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Conventional", values: { NOx: "4.7", "PM2.5": "0.333", CO: "1.85", NMVOC: "1.07", N2O: "0.029", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Euro I - 91/542/EEC I", values: { NOx: "3.37", "PM2.5": "0.129", CO: "0.657", NMVOC: "0.193", N2O: "0.005", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Euro II - 91/542/EEC II", values: { NOx: "3.49", "PM2.5": "0.061", CO: "0.537", NMVOC: "0.123", N2O: "0.004", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Euro III - 2000", values: { NOx: "2.63", "PM2.5": "0.0566", CO: "0.584", NMVOC: "0.115", N2O: "0.003", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Euro IV - 2005", values: { NOx: "1.64", "PM2.5": "0.0106", CO: "0.047", NMVOC: "0.005", N2O: "0.006", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Euro V - 2008", values: { NOx: "0.933", "PM2.5": "0.0106", CO: "0.047", NMVOC: "0.005", N2O: "0.017", NH3: "0.011" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel <=7.5 t - Euro VI", values: { NOx: "0.18", "PM2.5": "0.0005", CO: "0.047", NMVOC: "0.005", N2O: "0.017", NH3: "0.09" }, notes: { NH3: EURO_VI_NH3 }, flags: { NH3: ["outOfLineAsPublished"] } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Conventional", values: { NOx: "8.92", "PM2.5": "0.3344", CO: "2.13", NMVOC: "0.776", N2O: "0.029", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Euro I - 91/542/EEC I", values: { NOx: "5.31", "PM2.5": "0.201", CO: "1.02", NMVOC: "0.326", N2O: "0.008", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Euro II - 91/542/EEC II", values: { NOx: "5.5", "PM2.5": "0.104", CO: "0.902", NMVOC: "0.207", N2O: "0.008", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Euro III - 2000", values: { NOx: "4.3", "PM2.5": "0.0881", CO: "0.972", NMVOC: "0.189", N2O: "0.004", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Euro IV - 2005", values: { NOx: "2.65", "PM2.5": "0.0161", CO: "0.071", NMVOC: "0.008", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Euro V - 2008", values: { NOx: "1.51", "PM2.5": "0.0161", CO: "0.071", NMVOC: "0.008", N2O: "0.034", NH3: "0.011" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 7.5 - 16 t - Euro VI", values: { NOx: "0.291", "PM2.5": "0.0008", CO: "0.071", NMVOC: "0.008", N2O: "0.033", NH3: "0.09" }, notes: { NH3: EURO_VI_NH3 }, flags: { NH3: ["outOfLineAsPublished"] } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Conventional", values: { NOx: "10.7", "PM2.5": "0.418", CO: "1.93", NMVOC: "0.486", N2O: "0.029", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Euro I - 91/542/EEC I", values: { NOx: "7.52", "PM2.5": "0.297", CO: "1.55", NMVOC: "0.449", N2O: "0.008", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Euro II - 91/542/EEC II", values: { NOx: "7.91", "PM2.5": "0.155", CO: "1.38", NMVOC: "0.29", N2O: "0.007", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Euro III - 2000", values: { NOx: "6.27", "PM2.5": "0.13", CO: "1.49", NMVOC: "0.278", N2O: "0.004", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Euro IV - 2005", values: { NOx: "3.83", "PM2.5": "0.0239", CO: "0.105", NMVOC: "0.01", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Euro V - 2008", values: { NOx: "2.18", "PM2.5": "0.0239", CO: "0.105", NMVOC: "0.01", N2O: "0.034", NH3: "0.011" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel 16 - 32 t - Euro VI", values: { NOx: "0.422", "PM2.5": "0.0012", CO: "0.105", NMVOC: "0.01", N2O: "0.032", NH3: "0.09" }, notes: { NH3: EURO_VI_NH3 }, flags: { NH3: ["outOfLineAsPublished"] } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Conventional", values: { NOx: "12.8", "PM2.5": "0.491", CO: "2.25", NMVOC: "0.534", N2O: "0.029", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Euro I - 91/542/EEC I", values: { NOx: "9.04", "PM2.5": "0.358", CO: "1.9", NMVOC: "0.51", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Euro II - 91/542/EEC II", values: { NOx: "9.36", "PM2.5": "0.194", CO: "1.69", NMVOC: "0.326", N2O: "0.012", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Euro III - 2000", values: { NOx: "7.43", "PM2.5": "0.151", CO: "1.79", NMVOC: "0.308", N2O: "0.007", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Euro IV - 2005", values: { NOx: "4.61", "PM2.5": "0.0268", CO: "0.121", NMVOC: "0.012", N2O: "0.018", NH3: "0.0029" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Euro V - 2008", values: { NOx: "2.63", "PM2.5": "0.0268", CO: "0.121", NMVOC: "0.012", N2O: "0.053", NH3: "0.011" } }),
    ...tier2RoadRows({ ...HDV_DIESEL, technology: "Diesel >32 t - Euro VI", values: { NOx: "0.507", "PM2.5": "0.0013", CO: "0.121", NMVOC: "0.012", N2O: "0.049", NH3: "0.09" }, notes: { NH3: EURO_VI_NH3 }, flags: { NH3: ["outOfLineAsPublished"] } }),
  ],
};
