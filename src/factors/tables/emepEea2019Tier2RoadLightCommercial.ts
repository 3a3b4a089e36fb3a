import type { FactorTable } from "../factorRow.js";
import { TIER2_LIGHT_COMMERCIAL, tier2RoadRows } from "./emepEea2019Tier2RoadBase.js";

const LCV_PETROL = { ...TIER2_LIGHT_COMMERCIAL, fuel: "motorGasoline" } as const;
const LCV_DIESEL = { ...TIER2_LIGHT_COMMERCIAL, fuel: "gasDieselOil" } as const;
const DIESEL_PM_LABEL =
  "The database files this Table 3-20 value under fuel \"Petrol\", but its segment is a diesel one and its row matches the diesel row of Table 3-19 " +
  "with the same label (rows 10 to 18 of both tables); stored as diesel (gas/diesel oil).";

/**
 * EMEP/EEA 2019 Tier 2 emission factors for light commercial vehicles (1.A.3.b.ii), g per vehicle-km, by Euro class.
 *
 * Transcribed: NOx, CO, NMVOC, N2O and NH3 from Table 3-19 and exhaust PM2.5 from Table 3-20, with PM10 and TSP
 * equal to it, as the database states ("assuming TSP=PM10=PM2.5"), for petrol and diesel vehicles, conventional to Euro 6. The
 * database labels the diesel PM2.5 rows of Table 3-20 with fuel "Petrol" (segment "Diesel - ...");
 * they are stored as diesel, each with a note. No 95% intervals are given for these tables. Left
 * out: CO2 and Pb of Table 3-19 and the PAHs of Table 3-20 (not transcribed here).
 * Not built in: OC and CH4 of these technologies, and BC but for the Euro 3 petrol vans (`EMEP_EEA_2016_ROAD_BC_SHARES`; see `BUILTIN_FACTOR_GAPS`).
 * @category Factors
 */
export const EMEP_EEA_2019_TIER2_LIGHT_COMMERCIAL: FactorTable = {
  id: "emep-eea-2019-tier2-light-commercial-vehicles",
  title:
    "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.ii Light commercial vehicles: Tier 2 emission factors (Tables 3-19 and 3-20)",
  rows: [
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Conventional", values: { NOx: "3.09", "PM2.5": "0.0023", CO: "25.5", NMVOC: "3.44", N2O: "0.01", NH3: "0.0025" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 1 - 93/59/EEC", values: { NOx: "0.563", "PM2.5": "0.0023", CO: "8.82", NMVOC: "0.614", N2O: "0.025", NH3: "0.0758" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 2 - 96/69/EEC", values: { NOx: "0.23", "PM2.5": "0.0023", CO: "5.89", NMVOC: "0.304", N2O: "0.025", NH3: "0.091" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 3 - 98/69/EC I", values: { NOx: "0.129", "PM2.5": "0.0011", CO: "5.05", NMVOC: "0.189", N2O: "0.028", NH3: "0.0302" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 4 - 98/69/EC II", values: { NOx: "0.064", "PM2.5": "0.0011", CO: "2.01", NMVOC: "0.128", N2O: "0.013", NH3: "0.0302" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 5 – EC 715/2007", values: { NOx: "0.064", "PM2.5": "0.0014", CO: "1.3", NMVOC: "0.096", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 6 up to 2017", values: { NOx: "0.064", "PM2.5": "0.0012", CO: "1.3", NMVOC: "0.096", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 6 2018-2020", values: { NOx: "0.064", "PM2.5": "0.0012", CO: "1.3", NMVOC: "0.096", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...LCV_PETROL, technology: "Petrol - Euro 6 2021+", values: { NOx: "0.064", "PM2.5": "0.0012", CO: "1.3", NMVOC: "0.096", N2O: "0.0013", NH3: "0.0123" } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Conventional", values: { NOx: "1.66", "PM2.5": "0.356", CO: "1.34", NMVOC: "0.133", N2O: "0", NH3: "0.0012" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 1 - 93/59/EEC", values: { NOx: "1.22", "PM2.5": "0.117", CO: "0.577", NMVOC: "0.141", N2O: "0.003", NH3: "0.0012" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 2 - 96/69/EEC", values: { NOx: "1.22", "PM2.5": "0.117", CO: "0.577", NMVOC: "0.149", N2O: "0.006", NH3: "0.0012" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 3 - 98/69/EC I", values: { NOx: "1.03", "PM2.5": "0.0783", CO: "0.473", NMVOC: "0.094", N2O: "0.009", NH3: "0.0012" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 4 - 98/69/EC II", values: { NOx: "0.831", "PM2.5": "0.0409", CO: "0.375", NMVOC: "0.035", N2O: "0.009", NH3: "0.0012" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 5 – EC 715/2007", values: { NOx: "1.15", "PM2.5": "0.001", CO: "0.075", NMVOC: "0.035", N2O: "0.004", NH3: "0.0019" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 6 up to 2017", values: { NOx: "0.96", "PM2.5": "0.0009", CO: "0.075", NMVOC: "0.035", N2O: "0.004", NH3: "0.0019" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 6 2018-2020", values: { NOx: "0.496", "PM2.5": "0.0009", CO: "0.075", NMVOC: "0.035", N2O: "0.004", NH3: "0.0019" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
    ...tier2RoadRows({ ...LCV_DIESEL, technology: "Diesel - Euro 6 2021+", values: { NOx: "0.248", "PM2.5": "0.0009", CO: "0.075", NMVOC: "0.035", N2O: "0.004", NH3: "0.0019" }, notes: { "PM2.5": DIESEL_PM_LABEL } }),
  ],
};
