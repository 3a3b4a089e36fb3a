import { co2Reference } from "./co2Reference.js";
import type { MetricSet } from "./metricSet.js";

const T214 = { id: "IPCC-AR4-WG1-Ch2", table: "Table 2.14" } as const;
const TWO_REPOS = "USEPA LCIAformatter IPCC_GWP_values.csv and openclimatedata globalwarmingpotentials data set";
const ONE_REPO = "USEPA LCIAformatter IPCC_GWP_values.csv";

/**
 * IPCC AR4 (2007) GWP100, WG1 Table 2.14. Read through independent transcriptions, not the report.
 * @category Metrics
 */
export const AR4_GWP100: MetricSet = {
  name: "AR4-GWP100",
  type: "GWP",
  horizon: 100,
  description: "IPCC AR4 WG1 (2007) 100-year GWP, Table 2.14 (the basis of Kyoto-period inventories).",
  values: [
    co2Reference(T214),
    { species: "CH4", value: "25", source: T214, quality: "agreedTranscriptions", via: TWO_REPOS },
    { species: "N2O", value: "298", source: T214, quality: "agreedTranscriptions", via: TWO_REPOS },
  ],
};

/**
 * IPCC AR4 (2007) GWP20, WG1 Table 2.14. Read through one transcription (quality `secondary`).
 * @category Metrics
 */
export const AR4_GWP20: MetricSet = {
  name: "AR4-GWP20",
  type: "GWP",
  horizon: 20,
  description: "IPCC AR4 WG1 (2007) 20-year GWP, Table 2.14.",
  values: [
    co2Reference(T214),
    { species: "CH4", value: "72", source: T214, quality: "secondary", via: ONE_REPO },
    { species: "N2O", value: "289", source: T214, quality: "secondary", via: ONE_REPO },
  ],
};
