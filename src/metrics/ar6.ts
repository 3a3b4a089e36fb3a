import type { Species } from "../units/species.js";
import { co2Reference } from "./co2Reference.js";
import type { MetricSet, MetricValue } from "./metricSet.js";

const SM7 = { id: "IPCC-AR6-WG1-Ch7-SM", table: "Table 7.SM.7" } as const;
const T715 = { id: "IPCC-AR6-WG1-Ch7", table: "Table 7.15" } as const;
const AUTHOR_DATA = "AR6 WG1 Chapter 7 authors' released code and data (metrics_supplement_cleaned.csv)";
const QUOTES = "quotations of Table 7.15 in several independent public code repositories (the report itself was not read)";

function sm7(species: Species, value: string): MetricValue {
  return { species, value, source: SM7, quality: "authorData", via: AUTHOR_DATA };
}

function t715(species: Species, value: string, halfWidth: string, note?: string): MetricValue {
  return {
    species,
    value,
    uncertainty: { kind: "plusMinus", halfWidth, meaning: "uncertainty as given in AR6 WG1 Table 7.15" },
    source: T715,
    quality: "secondary",
    via: QUOTES,
    ...(note === undefined ? {} : { note }),
  };
}

const SM7_CH4_NOTE =
  "Table 7.SM.7 CH4 excludes the CO2 formed by oxidation of fossil methane; use the -fossilCH4 / -nonfossilCH4 sets (Table 7.15) to count it.";

function sm7Set(name: string, type: "GWP" | "GTP", horizon: 20 | 100, ch4: string, n2o: string): MetricSet {
  return {
    name,
    type,
    horizon,
    description: `IPCC AR6 WG1 (2021) ${horizon}-year ${type}, Table 7.SM.7. ${SM7_CH4_NOTE}`,
    values: [co2Reference(SM7), { ...sm7("CH4", ch4), note: SM7_CH4_NOTE }, sm7("N2O", n2o)],
  };
}

function originSet(
  origin: "fossil" | "nonfossil",
  type: "GWP" | "GTP",
  horizon: 20 | 100,
  ch4: readonly [string, string],
  n2o: readonly [string, string],
): MetricSet {
  const what = origin === "fossil" ? "fossil CH4 (includes the CO2 from its oxidation)" : "non-fossil (biogenic) CH4";
  return {
    name: `AR6-${type}${horizon}-${origin}CH4`,
    type,
    horizon,
    description: `IPCC AR6 WG1 (2021) ${horizon}-year ${type} with CH4 valued as ${what}, Table 7.15. Apply to CH4 of ${origin === "fossil" ? "fossil" : "biogenic"} origin only.`,
    values: [co2Reference(T715), t715("CH4", ch4[0], ch4[1], `Value for ${what}.`), t715("N2O", n2o[0], n2o[1])],
  };
}

/**
 * IPCC AR6 (2021) GWP100, WG1 Table 7.SM.7 (CH4 27.9, without fossil-oxidation CO2).
 * @category Metrics
 */
export const AR6_GWP100: MetricSet = sm7Set("AR6-GWP100", "GWP", 100, "27.9", "273");
/**
 * IPCC AR6 (2021) GWP20, WG1 Table 7.SM.7.
 * @category Metrics
 */
export const AR6_GWP20: MetricSet = sm7Set("AR6-GWP20", "GWP", 20, "81.2", "273");
/**
 * IPCC AR6 (2021) GTP100, WG1 Table 7.SM.7.
 * @category Metrics
 */
export const AR6_GTP100: MetricSet = sm7Set("AR6-GTP100", "GTP", 100, "5.38", "233");

/**
 * IPCC AR6 (2021) GWP100 for fossil CH4 (29.8 +/- 11), WG1 Table 7.15.
 * @category Metrics
 */
export const AR6_GWP100_FOSSIL_CH4: MetricSet = originSet("fossil", "GWP", 100, ["29.8", "11"], ["273", "130"]);
/**
 * IPCC AR6 (2021) GWP100 for non-fossil CH4 (27.0 +/- 11), WG1 Table 7.15.
 * @category Metrics
 */
export const AR6_GWP100_NONFOSSIL_CH4: MetricSet = originSet("nonfossil", "GWP", 100, ["27.0", "11"], ["273", "130"]);
/**
 * IPCC AR6 (2021) GWP20 for fossil CH4 (82.5 +/- 25.8), WG1 Table 7.15.
 * @category Metrics
 */
export const AR6_GWP20_FOSSIL_CH4: MetricSet = originSet("fossil", "GWP", 20, ["82.5", "25.8"], ["273", "118"]);
/**
 * IPCC AR6 (2021) GWP20 for non-fossil CH4 (79.7 +/- 25.8), WG1 Table 7.15.
 * @category Metrics
 */
export const AR6_GWP20_NONFOSSIL_CH4: MetricSet = originSet("nonfossil", "GWP", 20, ["79.7", "25.8"], ["273", "118"]);
/**
 * IPCC AR6 (2021) GTP100 for fossil CH4 (7.5 +/- 2.9), WG1 Table 7.15.
 * @category Metrics
 */
export const AR6_GTP100_FOSSIL_CH4: MetricSet = originSet("fossil", "GTP", 100, ["7.5", "2.9"], ["233", "110"]);
/**
 * IPCC AR6 (2021) GTP100 for non-fossil CH4 (4.7 +/- 2.9), WG1 Table 7.15.
 * @category Metrics
 */
export const AR6_GTP100_NONFOSSIL_CH4: MetricSet = originSet("nonfossil", "GTP", 100, ["4.7", "2.9"], ["233", "110"]);
