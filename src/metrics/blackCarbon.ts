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

/**
 * Every built-in BC/OC metric set.
 * @category Metrics
 */
export const BLACK_CARBON_METRICS: readonly MetricSet[] = [BOND2013_GWP100, BONDSUN2005_GWP100];
