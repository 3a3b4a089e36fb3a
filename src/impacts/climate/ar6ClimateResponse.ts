import type { ClimateResponseSet, ResponseParameter } from "./climateResponseSet.js";

const SM = "IPCC-AR6-WG1-Ch7-SM";
const TABLE_7SM7 = "Table 7.SM.7";
const REPO = "chrisroadmap/ar6 (the chapter authors' code and data, MIT)";
const TABLE_CSV = `${REPO}, data_output/7sm/metrics_supplement_cleaned.csv (machine-readable Table 7.SM.7, corrected after the CFC erratum)`;
const NOTEBOOK = `${REPO}, notebooks/335_chapter7_generate_metrics.ipynb (the computation of Table 7.SM.7)`;
const CH4_CODE = `${REPO}, src/ar6/metrics/ch4.py (defaults used for Table 7.SM.7)`;
const N2O_CODE = `${REPO}, src/ar6/metrics/n2o.py (defaults used for Table 7.SM.7)`;
const GASSER_CODE = `${REPO}, src/ar6/metrics/gasser.py`;
const CONSTANTS = `${REPO}, src/ar6/metrics/constants.py`;

/** A value read in the chapter authors' machine-readable Table 7.SM.7. */
const table = (value: string, unit: string, note?: string): ResponseParameter => ({ value, unit, source: { id: SM, table: TABLE_7SM7 }, quality: "authorData", via: TABLE_CSV, ...(note === undefined ? {} : { note }) });
/** A value read in the chapter authors' code that computed Table 7.SM.7. */
const code = (value: string, unit: string, via: string, note: string, id = SM, tableName = "Table 7.SM.7 (parameters its values were computed with)"): ResponseParameter => ({ value, unit, source: { id, table: tableName }, quality: "authorData", via, note });
const joos = (value: string, unit: string): ResponseParameter => ({ value, unit, source: { id: "Joos2013", table: "Table 5 (multi-model mean, present-day pulse)" }, quality: "secondary", via: NOTEBOOK, note: "As passed to the computation of Table 7.SM.7." });
const gasser = (value: string, unit: string, note: string): ResponseParameter => ({ value, unit, source: { id: "Gasser2017", table: "carbon-flux response to warming" }, quality: "secondary", via: GASSER_CODE, note });

const THERMAL_NOTE = "Read in the code that computed Table 7.SM.7; the same notebook keeps q2 = 0.319591049742508 (\"Zeb's file\") commented out and uses 0.313998206372015 (\"what Bill used\"). Only 0.3140 reproduces the CO2 AGTP50 and AGTP100 of Table 7.SM.7 (test/impacts/climate/ar6Agtp.test.ts).";

/**
 * The AR6 WG1 Chapter 7 emission-metric response (Smith et al. 2021, 7.SM): two-exponential
 * temperature response, Joos et al. (2013) CO2 impulse response, CH4 and N2O with one lifetime
 * each (direct forcing with rapid adjustments, ozone and stratospheric water vapour, N2O's
 * methane destruction), and the climate-carbon feedback of Gasser et al. (2017) for non-CO2
 * species: the parameters with which Table 7.SM.7 was computed. No interval is given: Table 7.SM.7
 * publishes none for these parameters (Table 7.15 gives ranges of the metrics themselves).
 *
 * Values read in the authors' machine-readable table and code (quality `authorData` or
 * `secondary`, each row with `via`); reproduces Table 7.SM.7's AGTP50 and AGTP100 of CO2 and
 * AGTP100 of CH4 to its three significant figures (docs/validation.md).
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE } from "cobenefits/impacts";
 * AR6_CLIMATE_RESPONSE.gases.CH4.lifetime.value; // "11.8"
 * ```
 * @category Climate response
 */
export const AR6_CLIMATE_RESPONSE: ClimateResponseSet = {
  name: "AR6-7SM-AGTP",
  description: "AR6 WG1 Ch. 7 SM emission-metric impulse response (Table 7.SM.7 parameters), with the climate-carbon feedback for non-CO2 species.",
  thermal: {
    q: [code("0.443767728883447", "K (W m-2)-1", NOTEBOOK, THERMAL_NOTE), code("0.313998206372015", "K (W m-2)-1", NOTEBOOK, THERMAL_NOTE)],
    d: [code("3.424102092311", "yr", NOTEBOOK, THERMAL_NOTE), code("285.003477841911", "yr", NOTEBOOK, THERMAL_NOTE)],
  },
  co2: {
    a: [joos("0.2173", "1"), joos("0.2240", "1"), joos("0.2824", "1"), joos("0.2763", "1")],
    tau: [joos("394.4", "yr"), joos("36.54", "yr"), joos("4.304", "yr")],
    agwp100: table("8.95e-14", "W m-2 yr kg-1", "AGWP100 of CO2; the radiative efficiency per kg (about 1.709e-15 W m-2 kg-1) is derived from it and the impulse response."),
  },
  atmosphere: {
    mass: code("5.1352e18", "kg", CONSTANTS, "Total mass of the atmosphere.", "TrenberthSmith2005", "Abstract"),
    molarMassAir: code("28.97e-3", "kg mol-1", CONSTANTS, "Molar mass of dry air."),
  },
  gases: {
    CH4: {
      radiativeEfficiency: [
        { term: "direct, with its rapid adjustment (-14%)", parameter: table("3.88e-4", "W m-2 ppb-1") },
        { term: "ozone", parameter: code("1.4e-4", "W m-2 ppb-1", CH4_CODE, "Ozone produced by methane oxidation, added to the CH4 radiative efficiency for the metrics.") },
        { term: "stratospheric water vapour", parameter: code("0.00004", "W m-2 ppb-1", CH4_CODE, "Stratospheric water vapour from methane oxidation.") },
      ],
      lifetime: table("11.8", "yr", "Perturbation lifetime."),
      molarMass: code("16.043e-3", "kg mol-1", CONSTANTS, "Molar mass of CH4."),
    },
    N2O: {
      radiativeEfficiency: [
        { term: "direct, with its rapid adjustment (+7%)", parameter: table("3.20e-3", "W m-2 ppb-1", "Printed as 0.0032 in the machine-readable table (0.00319551 before rounding).") },
        { term: "ozone", parameter: code("5.5e-4", "W m-2 ppb-1", N2O_CODE, "Stratospheric ozone change from N2O.") },
      ],
      ch4Factor: code("-1.7", "ppb CH4 per ppb N2O", N2O_CODE, "Methane destroyed by N2O (the code cites AR5 8.SM.11.3.3), times the CH4 radiative efficiency (sum of its three terms)."),
      lifetime: table("109", "yr", "Perturbation lifetime."),
      molarMass: code("44.0e-3", "kg mol-1", CONSTANTS, "Molar mass of N2O as in the chapter's code (44.0, not 44.013)."),
    },
  },
  carbonCycleResponse: {
    a: [gasser("0.6368", "1", "Weights of the carbon-flux impulse response."), gasser("0.3322", "1", "Weights of the carbon-flux impulse response."), gasser("0.0310", "1", "Weights of the carbon-flux impulse response.")],
    tau: [gasser("2.376", "yr", "Time scales of the carbon-flux impulse response."), gasser("30.14", "yr", "Time scales of the carbon-flux impulse response."), gasser("490.1", "yr", "Time scales of the carbon-flux impulse response.")],
    gamma: gasser("3.015e12", "kg yr-1 K-1", "Carbon flux per kelvin; the chapter's code multiplies it by 44.01/12.0 (co2PerCarbon)."),
    co2PerCarbon: code("3.6675", "1", GASSER_CODE, "44.01 / 12.0, the molar masses of CO2 and C as in the chapter's code (M_C = 12.0); 44.01/12.0 = 3.6675 exactly."),
    step: code("0.1", "yr", NOTEBOOK, "The time step with which Table 7.SM.7's feedback term was convolved (ts_per_year = 10)."),
  },
};
