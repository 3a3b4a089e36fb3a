import type { FactorTable } from "../factorRow.js";
import { TIER2_PASSENGER_CARS, tier2RoadRows } from "./emepEea2019Tier2RoadBase.js";

const PC_PETROL = { ...TIER2_PASSENGER_CARS, fuel: "motorGasoline" } as const;
const PC_DIESEL = { ...TIER2_PASSENGER_CARS, fuel: "gasDieselOil" } as const;
const PC_LPG = { ...TIER2_PASSENGER_CARS, fuel: "lpg" } as const;
const PC_CNG = { ...TIER2_PASSENGER_CARS, fuel: "naturalGas" } as const;
const CNG_PM_LABEL =
  "Table 3-18 gives PM2.5 for the segment \"CNG - Euro 4 - 98/69/EC II\"; Table 3-17 gives the other pollutants for \"CNG - Euro 4 and later\". Both labels kept as published.";

/**
 * EMEP/EEA 2019 Tier 2 emission factors for passenger cars (1.A.3.b.i), g per vehicle-km, by segment and Euro class.
 *
 * Transcribed: NOx, CO, NMVOC, N2O and NH3 from Table 3-17 and exhaust PM2.5 from Table 3-18, with PM10 and TSP
 * equal to it, as the database states ("assuming TSP=PM10=PM2.5"), for petrol (mini, small, medium, large-SUV-executive; PRE ECE to
 * Euro 6), diesel (small, medium, large-SUV-executive; conventional to Euro 6), LPG, 2-stroke
 * and hybrid petrol cars (stored as petrol, `motorGasoline`) and CNG cars. No 95% intervals are
 * given for these tables. Left out: the E85 rows (E85 is not in the fuel catalogue); the hybrid,
 * 2-stroke and LPG Euro 5/6 PM2.5 values, which are empty in the database; CO2 and Pb of Table
 * 3-17 and the PAHs of Table 3-18 (not transcribed here).
 * Not built in: OC and CH4 of these technologies, and BC but for the Euro 1 and Euro 3 petrol cars (`EMEP_EEA_2016_ROAD_BC_SHARES`; see `BUILTIN_FACTOR_GAPS`).
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_PASSENGER_CARS: FactorTable = {
  id: "emep-eea-2019-tier2-passenger-cars",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.i Passenger cars: Tier 2 emission factors (Tables 3-17 and 3-18)",
  rows: [
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Mini - Euro 4 - 98/69/EC II", values: { NOx: "0.056", "PM2.5": "0.0011", CO: "0.67", NMVOC: "0.048", N2O: "0.002", NH3: "0.0339" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Mini - Euro 5 – EC 715/2007", values: { NOx: "0.056", "PM2.5": "0.0014", CO: "0.67", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Mini - Euro 6 up to 2016", values: { NOx: "0.056", "PM2.5": "0.0014", CO: "0.67", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Mini - Euro 6 2017-2019", values: { NOx: "0.056", "PM2.5": "0.0016", CO: "0.67", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Mini - Euro 6 2020+", values: { NOx: "0.056", "PM2.5": "0.0016", CO: "0.67", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - PRE ECE", values: { NOx: "1.91", "PM2.5": "0.0022", CO: "37.3", NMVOC: "2.77", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - ECE 15/00-01", values: { NOx: "1.91", "PM2.5": "0.0022", CO: "29.6", NMVOC: "2.19", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - ECE 15/02", values: { NOx: "2.12", "PM2.5": "0.0022", CO: "21.7", NMVOC: "2.06", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - ECE 15/03", values: { NOx: "2.3", "PM2.5": "0.0022", CO: "21.1", NMVOC: "2.06", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - ECE 15/04", values: { NOx: "2.07", "PM2.5": "0.0022", CO: "13.1", NMVOC: "1.68", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Open Loop", values: { NOx: "1.53", "PM2.5": "0.0022", CO: "11.3", NMVOC: "0.96", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 1 - 91/441/EEC", values: { NOx: "0.426", "PM2.5": "0.0022", CO: "4.88", NMVOC: "0.467", N2O: "0.01", NH3: "0.0922" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 2 - 94/12/EEC", values: { NOx: "0.229", "PM2.5": "0.0022", CO: "2.42", NMVOC: "0.206", N2O: "0.006", NH3: "0.1043" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 3 - 98/69/EC I", values: { NOx: "0.09", "PM2.5": "0.0011", CO: "2.07", NMVOC: "0.089", N2O: "0.002", NH3: "0.0342" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 4 - 98/69/EC II", values: { NOx: "0.056", "PM2.5": "0.0011", CO: "0.69", NMVOC: "0.048", N2O: "0.002", NH3: "0.0341" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 5 – EC 715/2007", values: { NOx: "0.056", "PM2.5": "0.0014", CO: "0.69", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 6 up to 2016", values: { NOx: "0.056", "PM2.5": "0.0014", CO: "0.69", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 6 2017-2019", values: { NOx: "0.056", "PM2.5": "0.0016", CO: "0.69", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Small - Euro 6 2020+", values: { NOx: "0.056", "PM2.5": "0.0016", CO: "0.69", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - PRE ECE", values: { NOx: "2.53", "PM2.5": "0.0022", CO: "37.3", NMVOC: "2.8", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - ECE 15/00-01", values: { NOx: "2.53", "PM2.5": "0.0022", CO: "29.6", NMVOC: "2.19", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - ECE 15/02", values: { NOx: "2.4", "PM2.5": "0.0022", CO: "21.7", NMVOC: "2.06", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - ECE 15/03", values: { NOx: "2.51", "PM2.5": "0.0022", CO: "21.1", NMVOC: "2.06", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - ECE 15/04", values: { NOx: "2.66", "PM2.5": "0.0022", CO: "13.4", NMVOC: "1.68", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Open Loop", values: { NOx: "1.29", "PM2.5": "0.0022", CO: "6.49", NMVOC: "0.29", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 1 - 91/441/EEC", values: { NOx: "0.485", "PM2.5": "0.0022", CO: "3.92", NMVOC: "0.53", N2O: "0.01", NH3: "0.0922" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 2 - 94/12/EEC", values: { NOx: "0.255", "PM2.5": "0.0022", CO: "2.04", NMVOC: "0.251", N2O: "0.006", NH3: "0.1043" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 3 - 98/69/EC I", values: { NOx: "0.097", "PM2.5": "0.0011", CO: "1.82", NMVOC: "0.119", N2O: "0.002", NH3: "0.0342" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 4 - 98/69/EC II", values: { NOx: "0.061", "PM2.5": "0.0011", CO: "0.62", NMVOC: "0.065", N2O: "0.002", NH3: "0.0342" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 5 – EC 715/2007", values: { NOx: "0.061", "PM2.5": "0.0014", CO: "0.62", NMVOC: "0.065", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 6 up to 2016", values: { NOx: "0.061", "PM2.5": "0.0014", CO: "0.62", NMVOC: "0.065", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 6 2017-2019", values: { NOx: "0.061", "PM2.5": "0.0016", CO: "0.62", NMVOC: "0.065", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Medium - Euro 6 2020+", values: { NOx: "0.061", "PM2.5": "0.0016", CO: "0.62", NMVOC: "0.065", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - PRE ECE", values: { NOx: "3.9", "PM2.5": "0.0022", CO: "37.3", NMVOC: "2.77", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - ECE 15/00-01", values: { NOx: "3.9", "PM2.5": "0.0022", CO: "29.6", NMVOC: "2.19", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - ECE 15/02", values: { NOx: "2.7", "PM2.5": "0.0022", CO: "21.7", NMVOC: "2.1", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - ECE 15/03", values: { NOx: "3.52", "PM2.5": "0.0022", CO: "21.1", NMVOC: "2.1", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - ECE 15/04", values: { NOx: "2.9", "PM2.5": "0.0022", CO: "13.4", NMVOC: "1.679", N2O: "0.01", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 1 - 91/441/EEC", values: { NOx: "0.467", "PM2.5": "0.0022", CO: "3.41", NMVOC: "0.43", N2O: "0.011", NH3: "0.0922" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 2 - 94/12/EEC", values: { NOx: "0.242", "PM2.5": "0.0022", CO: "1.67", NMVOC: "0.196", N2O: "0.006", NH3: "0.1043" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 3 - 98/69/EC I", values: { NOx: "0.091", "PM2.5": "0.0011", CO: "1.5", NMVOC: "0.088", N2O: "0.002", NH3: "0.0342" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 4 - 98/69/EC II", values: { NOx: "0.059", "PM2.5": "0.0011", CO: "0.53", NMVOC: "0.048", N2O: "0.002", NH3: "0.0343" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 5 – EC 715/2007", values: { NOx: "0.059", "PM2.5": "0.0014", CO: "0.53", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 6 up to 2016", values: { NOx: "0.059", "PM2.5": "0.0014", CO: "0.53", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 6 2017-2019", values: { NOx: "0.059", "PM2.5": "0.0016", CO: "0.53", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Petrol Large-SUV-Executive - Euro 6 2020+", values: { NOx: "0.059", "PM2.5": "0.0016", CO: "0.53", NMVOC: "0.048", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Small - Euro 4 - 98/69/EC II", values: { NOx: "0.58", "PM2.5": "0.0314", CO: "0.092", NMVOC: "0.014", N2O: "0.01", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Small - Euro 5 – EC 715/2007", values: { NOx: "0.55", "PM2.5": "0.0021", CO: "0.049", NMVOC: "0.01", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Small - Euro 6 up to 2016", values: { NOx: "0.45", "PM2.5": "0.0015", CO: "0.04", NMVOC: "0.01", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Small - Euro 6 2017-2019", values: { NOx: "0.35", "PM2.5": "0.0015", CO: "0.04", NMVOC: "0.01", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Small - Euro 6 2020+", values: { NOx: "0.17", "PM2.5": "0.0015", CO: "0.04", NMVOC: "0.01", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Conventional", values: { NOx: "0.546", "PM2.5": "0.2209", CO: "0.688", NMVOC: "0.159", N2O: "0", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 1 - 91/441/EEC", values: { NOx: "0.69", "PM2.5": "0.0842", CO: "0.414", NMVOC: "0.047", N2O: "0.003", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 2 - 94/12/EEC", values: { NOx: "0.716", "PM2.5": "0.0548", CO: "0.296", NMVOC: "0.035", N2O: "0.005", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 3 - 98/69/EC I", values: { NOx: "0.773", "PM2.5": "0.0391", CO: "0.089", NMVOC: "0.02", N2O: "0.007", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 4 - 98/69/EC II", values: { NOx: "0.58", "PM2.5": "0.0314", CO: "0.092", NMVOC: "0.014", N2O: "0.01", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 5 – EC 715/2007", values: { NOx: "0.55", "PM2.5": "0.0021", CO: "0.04", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 6 up to 2016", values: { NOx: "0.45", "PM2.5": "0.0015", CO: "0.049", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 6 2017-2019", values: { NOx: "0.35", "PM2.5": "0.0015", CO: "0.049", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Medium - Euro 6 2020+", values: { NOx: "0.17", "PM2.5": "0.0015", CO: "0.049", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Conventional", values: { NOx: "0.87", "PM2.5": "0.2209", CO: "0.688", NMVOC: "0.159", N2O: "0", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 1 - 91/441/EEC", values: { NOx: "0.69", "PM2.5": "0.0842", CO: "0.414", NMVOC: "0.07", N2O: "0.003", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 2 - 94/12/EEC", values: { NOx: "0.716", "PM2.5": "0.0548", CO: "0.296", NMVOC: "0.1", N2O: "0.005", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 3 - 98/69/EC I", values: { NOx: "0.77", "PM2.5": "0.0391", CO: "0.089", NMVOC: "0.037", N2O: "0.01", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 4 - 98/69/EC II", values: { NOx: "0.58", "PM2.5": "0.0314", CO: "0.092", NMVOC: "0.014", N2O: "0.01", NH3: "0.001" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 5 – EC 715/2007", values: { NOx: "0.55", "PM2.5": "0.0021", CO: "0.04", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 6 up to 2016", values: { NOx: "0.45", "PM2.5": "0.0015", CO: "0.049", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 6 2017-2019", values: { NOx: "0.35", "PM2.5": "0.0015", CO: "0.049", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_DIESEL, technology: "Diesel Large-SUV-Executive - Euro 6 2020+", values: { NOx: "0.17", "PM2.5": "0.0015", CO: "0.049", NMVOC: "0.008", N2O: "0.004", NH3: "0.0019" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Conventional", values: { NOx: "2.36", "PM2.5": "0.0022", CO: "6.832", NMVOC: "1.05", N2O: "0", NH3: "0.002" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Euro 1 - 91/441/EEC", values: { NOx: "0.414", "PM2.5": "0.0022", CO: "3.57", NMVOC: "0.723", N2O: "0.02", NH3: "0.088" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Euro 2 - 94/12/EEC", values: { NOx: "0.18", "PM2.5": "0.0022", CO: "2.48", NMVOC: "0.342", N2O: "0.008", NH3: "0.1007" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Euro 3 - 98/69/EC I", values: { NOx: "0.09", "PM2.5": "0.0011", CO: "1.79", NMVOC: "0.12", N2O: "0.004", NH3: "0.0338" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Euro 4 - 98/69/EC II", values: { NOx: "0.056", "PM2.5": "0.0011", CO: "0.62", NMVOC: "0.1", N2O: "0.004", NH3: "0.0338" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Euro 5 – EC 715/2007", values: { NOx: "0.056", CO: "0.62", NMVOC: "0.1", N2O: "0.004", NH3: "0.0338" } }),
    ...tier2RoadRows({ ...PC_LPG, technology: "LPG - Euro 6 – EC 715/2007", values: { NOx: "0.056", CO: "0.62", NMVOC: "0.1", N2O: "0.004", NH3: "0.0338" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "2-Stroke - Conventional", values: { NOx: "0.73", CO: "11.4", NMVOC: "8.9", N2O: "0.005", NH3: "0.0015" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Hybrid Petrol Small - Euro 4 and later", values: { NOx: "0.013", CO: "0.042", NMVOC: "0.001", N2O: "0.0002", NH3: "0.0328" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Hybrid Petrol Medium - Euro 4 and later", values: { NOx: "0.013", CO: "0.043", NMVOC: "0.001", N2O: "0.0002", NH3: "0.0327" } }),
    ...tier2RoadRows({ ...PC_PETROL, technology: "Hybrid Petrol Large - Euro 4 and later", values: { NOx: "0.013", CO: "0.043", NMVOC: "0.001", N2O: "0.0002", NH3: "0.0327" } }),
    ...tier2RoadRows({ ...PC_CNG, technology: "CNG - Euro 4 and later", values: { NOx: "0.056", CO: "0.616", NMVOC: "0.035", N2O: "0.001", NH3: "0.0338" } }),
    ...tier2RoadRows({ ...PC_CNG, technology: "CNG - Euro 4 - 98/69/EC II", values: { "PM2.5": "0.0011" }, notes: { "PM2.5": CNG_PM_LABEL } }),
  ],
};
