import type { MetricSet } from "./metricSet.js";

/**
 * Bond et al. (2013) global BC GWP100 = 900 (uncertainty range 120-1800). Read through a
 * secondary source (quality `secondary`). There is no single accepted BC metric: a CO2e that
 * includes BC must say which set it used; cobenefits makes you name it.
 * @category Metrics
 */
export const BOND2013_GWP100: MetricSet = {
  name: "Bond2013-GWP100",
  type: "GWP",
  horizon: 100,
  description: "Black carbon GWP100 from Bond et al. (2013), all sources, global (900, range 120-1800).",
  values: [
    {
      species: "BC",
      value: "900",
      uncertainty: { kind: "range", lower: "120", upper: "1800", meaning: "uncertainty range as quoted from Bond et al. 2013" },
      source: { id: "Bond2013", table: "Section 11 (climate metrics for black carbon)" },
      quality: "secondary",
      via: "OnStove model (KTH-dESA) default parameters and a fact table quoting Bond et al. 2013",
    },
  ],
};

/**
 * Bond and Sun (2005) BC GWP100 = 680, read in the article's abstract.
 * @category Metrics
 */
export const BONDSUN2005_GWP100: MetricSet = {
  name: "BondSun2005-GWP100",
  type: "GWP",
  horizon: 100,
  description: "Black carbon GWP100 from Bond and Sun (2005): 680.",
  values: [
    {
      species: "BC",
      value: "680",
      source: { id: "BondSun2005", table: "Abstract" },
      quality: "primary",
      note: "Read in the article's abstract.",
    },
  ],
};

const CICERO = { id: "CICERO-2024-BC-metrics", table: "Abstract" } as const;

function bcSet(name: string, type: "GWP" | "GTP", value: string, description: string, fromAr5: boolean): MetricSet {
  return {
    name,
    type,
    horizon: 100,
    description,
    values: [
      fromAr5
        ? { species: "BC", value, source: { id: "IPCC-AR5-WG1-Ch8", table: "Chapter 8 (BC metric values)" }, quality: "secondary", via: "CICERO 2024 report abstract (hdl.handle.net/11250/3167190)" }
        : { species: "BC", value, source: CICERO, quality: "primary", note: "Read in the report's abstract." },
    ],
  };
}

/**
 * AR5's BC GWP100 (658) as the CICERO 2024 report quotes it (quality `secondary`).
 * @category Metrics
 */
export const AR5_BC_GWP100: MetricSet = bcSet("AR5-BC-GWP100", "GWP", "658", "Black carbon GWP100 of IPCC AR5 WG1 Chapter 8 (658), as quoted by CICERO (2024).", true);
/**
 * AR5's BC GTP100 (91) as the CICERO 2024 report quotes it (quality `secondary`).
 * @category Metrics
 */
export const AR5_BC_GTP100: MetricSet = bcSet("AR5-BC-GTP100", "GTP", "91", "Black carbon GTP100 of IPCC AR5 WG1 Chapter 8 (91), as quoted by CICERO (2024).", true);
/**
 * CICERO (2024) updated BC GWP100 (342), read in the report's abstract.
 * @category Metrics
 */
export const CICERO2024_BC_GWP100: MetricSet = bcSet("CICERO2024-GWP100", "GWP", "342", "Black carbon GWP100 updated by CICERO (2024): 342.", false);
/**
 * CICERO (2024) updated BC GTP100 (63), read in the report's abstract.
 * @category Metrics
 */
export const CICERO2024_BC_GTP100: MetricSet = bcSet("CICERO2024-GTP100", "GTP", "63", "Black carbon GTP100 updated by CICERO (2024): 63.", false);

/**
 * Every built-in BC/OC metric set.
 * @category Metrics
 */
export const BLACK_CARBON_METRICS: readonly MetricSet[] = [BOND2013_GWP100, BONDSUN2005_GWP100, AR5_BC_GWP100, AR5_BC_GTP100, CICERO2024_BC_GWP100, CICERO2024_BC_GTP100];
