import { co2Reference } from "./co2Reference.js";
import type { MetricSet } from "./metricSet.js";

const T87 = { id: "IPCC-AR5-WG1-Ch8", table: "Table 8.7" } as const;
const T8A1 = { id: "IPCC-AR5-WG1-Ch8", table: "Table 8.A.1" } as const;
const USEPA = "USEPA LCIAformatter IPCC_GWP_values.csv";
const THREE = "USEPA LCIAformatter, openclimatedata globalwarmingpotentials and openscm-units data sets";
const CCFB = "openclimatedata globalwarmingpotentials (AR5CCFGWP100) and ICRA ECAM gwp_reports data sets";

/**
 * IPCC AR5 (2013) GWP100 without climate-carbon feedbacks, WG1 Table 8.7 / 8.A.1
 * (the metric of UNFCCC reporting under the Paris Agreement's transparency framework).
 * @category Metrics
 */
export const AR5_GWP100: MetricSet = {
  name: "AR5-GWP100",
  type: "GWP",
  horizon: 100,
  description: "IPCC AR5 WG1 (2013) 100-year GWP without climate-carbon feedbacks, Table 8.7/8.A.1.",
  values: [
    co2Reference(T87),
    { species: "CH4", value: "28", source: T87, quality: "agreedTranscriptions", via: THREE },
    { species: "N2O", value: "265", source: T87, quality: "agreedTranscriptions", via: THREE },
  ],
};

/**
 * IPCC AR5 (2013) GWP20 without climate-carbon feedbacks, WG1 Table 8.7 / 8.A.1.
 * @category Metrics
 */
export const AR5_GWP20: MetricSet = {
  name: "AR5-GWP20",
  type: "GWP",
  horizon: 20,
  description: "IPCC AR5 WG1 (2013) 20-year GWP without climate-carbon feedbacks, Table 8.7/8.A.1.",
  values: [
    co2Reference(T87),
    { species: "CH4", value: "84", source: T87, quality: "secondary", via: USEPA },
    { species: "N2O", value: "264", source: T87, quality: "secondary", via: USEPA },
  ],
};

/**
 * IPCC AR5 (2013) GWP100 with climate-carbon feedbacks, WG1 Table 8.7.
 * @category Metrics
 */
export const AR5_GWP100_CCFB: MetricSet = {
  name: "AR5-GWP100-ccfb",
  type: "GWP",
  horizon: 100,
  description: "IPCC AR5 WG1 (2013) 100-year GWP with climate-carbon feedbacks, Table 8.7.",
  values: [
    co2Reference(T87),
    { species: "CH4", value: "34", source: T87, quality: "agreedTranscriptions", via: CCFB },
    { species: "N2O", value: "298", source: T87, quality: "agreedTranscriptions", via: CCFB },
  ],
};

/**
 * IPCC AR5 (2013) GWP100 of fossil CH4 (includes the CO2 from its oxidation), Table 8.A.1.
 * @category Metrics
 */
export const AR5_GWP100_FOSSIL_CH4: MetricSet = {
  name: "AR5-GWP100-fossilCH4",
  type: "GWP",
  horizon: 100,
  description: "IPCC AR5 WG1 (2013) 100-year GWP without climate-carbon feedbacks, fossil CH4 (Table 8.A.1).",
  values: [
    co2Reference(T8A1),
    { species: "CH4", value: "30", source: T8A1, quality: "secondary", via: USEPA, note: "Fossil methane: includes the CO2 formed by its oxidation." },
    { species: "N2O", value: "265", source: T8A1, quality: "agreedTranscriptions", via: THREE },
  ],
};
