import type { DecimalString } from "../../units/decimal.js";

/**
 * The TM5-FASST regions of East Asia the built-in secondary PM2.5 coefficients cover (Van Dingenen
 * et al. 2018, Table S2.2 as named in rfasst's region mapping `fasst_reg`): `CHN` China with Hong
 * Kong and Macao, `COR` the Republic of Korea, `JPN` Japan, `MON` Mongolia with the Democratic
 * People's Republic of Korea (one TM5-FASST region).
 * @category Impacts
 */
export const TM5_FASST_REGIONS = ["CHN", "COR", "JPN", "MON"] as const;

/**
 * One of {@link TM5_FASST_REGIONS}.
 * @category Impacts
 */
export type Tm5FasstRegion = (typeof TM5_FASST_REGIONS)[number];

/**
 * A secondary inorganic PM2.5 component: sulphate, nitrate, ammonium.
 * @category Impacts
 */
export type SecondaryComponent = "SO4" | "NO3" | "NH4";

/**
 * A precursor of secondary PM2.5 in the scenario's species.
 * @category Impacts
 */
export type SecondaryPrecursor = "SO2" | "NOx" | "NH3";

/**
 * One TM5-FASST source-receptor coefficient as distributed: the change of the receptor region's
 * mean annual concentration of `component` [ug/m3] when the source region's `precursor` emission
 * changes by 20 % of its base-year emission (rfasst documents every `src.*` table as "pre-computed
 * from a 20% emission reduction of component i in region xk relative to the base run", and scales
 * it by 5 per unit relative change in `m2_get_conc_pm25`).
 * @category Impacts
 */
export interface Tm5FasstCoefficient {
  readonly precursor: SecondaryPrecursor;
  readonly component: SecondaryComponent;
  readonly sourceRegion: Tm5FasstRegion;
  readonly receptorRegion: Tm5FasstRegion;
  /** [ug/m3 per 20 % of the source region's base emission] */
  readonly perTwentyPercent: DecimalString;
}

/**
 * The base-year emission of a precursor in a TM5-FASST region, the denominator that turns a
 * coefficient per 20 % into one per tonne (rfasst `raw.base_em`; the values are in kg/yr: China's
 * SO2 reads 1.86e10, i.e. 18.6 Mt, although rfasst labels the column kt).
 * @category Impacts
 */
export interface Tm5FasstBaseEmission {
  readonly region: Tm5FasstRegion;
  readonly precursor: SecondaryPrecursor;
  /** [kg/yr] */
  readonly emission: DecimalString;
}

/** The publication (Van Dingenen et al. 2018) and the data it was read in. */
export const TM5_FASST_SOURCE = { id: "VanDingenen2018-TM5-FASST", table: "source-receptor coefficients (rfasst data/src.<component>_<precursor>.rda, data/raw.base_em.rda)" } as const;

/**
 * TM5-FASST source-receptor coefficients for SO2, NOx and NH3 to sulphate, nitrate and ammonium
 * among the four East-Asian regions (Van Dingenen et al. 2018), read in the data distributed with
 * JGCRI's rfasst 1.1.0 (commit 63804f4; BSD-2-Clause per its LICENSE file, "MIT + file LICENSE" per
 * its DESCRIPTION), transcribed by the project and checked a second time against the data files.
 * Quality: values read in a repository's data, not in the paper's tables.
 * @category Impacts
 */
export const TM5_FASST_COEFFICIENTS: readonly Tm5FasstCoefficient[] = [
  { precursor: "SO2", component: "SO4", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.010705" },
  { precursor: "SO2", component: "SO4", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.274383" },
  { precursor: "SO2", component: "SO4", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.023435" },
  { precursor: "SO2", component: "SO4", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.049881" },
  { precursor: "SO2", component: "SO4", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.001284" },
  { precursor: "SO2", component: "SO4", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.009129" },
  { precursor: "SO2", component: "SO4", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.161973" },
  { precursor: "SO2", component: "SO4", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.001684" },
  { precursor: "SO2", component: "SO4", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.006691" },
  { precursor: "SO2", component: "SO4", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.043186" },
  { precursor: "SO2", component: "SO4", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.006741" },
  { precursor: "SO2", component: "SO4", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.115987" },
  { precursor: "SO2", component: "SO4", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.755369" },
  { precursor: "SO2", component: "SO4", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.206843" },
  { precursor: "SO2", component: "SO4", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.07225" },
  { precursor: "SO2", component: "SO4", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.233413" },
  { precursor: "SO2", component: "NO3", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "-0.000099" },
  { precursor: "SO2", component: "NO3", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "-0.043" },
  { precursor: "SO2", component: "NO3", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "-0.002024" },
  { precursor: "SO2", component: "NO3", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "-0.003961" },
  { precursor: "SO2", component: "NO3", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "-0.000012" },
  { precursor: "SO2", component: "NO3", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "-0.000127" },
  { precursor: "SO2", component: "NO3", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "-0.009028" },
  { precursor: "SO2", component: "NO3", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "-0.000088" },
  { precursor: "SO2", component: "NO3", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "-0.000087" },
  { precursor: "SO2", component: "NO3", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "-0.005147" },
  { precursor: "SO2", component: "NO3", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "-0.000583" },
  { precursor: "SO2", component: "NO3", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "-0.007429" },
  { precursor: "SO2", component: "NO3", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "-0.06791" },
  { precursor: "SO2", component: "NO3", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "-0.03509" },
  { precursor: "SO2", component: "NO3", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "-0.006166" },
  { precursor: "SO2", component: "NO3", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "-0.02229" },
  { precursor: "SO2", component: "NH4", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.002939" },
  { precursor: "SO2", component: "NH4", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.071264" },
  { precursor: "SO2", component: "NH4", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.006086" },
  { precursor: "SO2", component: "NH4", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.010633" },
  { precursor: "SO2", component: "NH4", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.000306" },
  { precursor: "SO2", component: "NH4", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.002136" },
  { precursor: "SO2", component: "NH4", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.045617" },
  { precursor: "SO2", component: "NH4", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.000286" },
  { precursor: "SO2", component: "NH4", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.002158" },
  { precursor: "SO2", component: "NH4", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.011443" },
  { precursor: "SO2", component: "NH4", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.001905" },
  { precursor: "SO2", component: "NH4", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.024873" },
  { precursor: "SO2", component: "NH4", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.210542" },
  { precursor: "SO2", component: "NH4", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.050917" },
  { precursor: "SO2", component: "NH4", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.020741" },
  { precursor: "SO2", component: "NH4", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.056278" },
  { precursor: "NOx", component: "SO4", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.000195" },
  { precursor: "NOx", component: "SO4", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "-0.019312" },
  { precursor: "NOx", component: "SO4", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "-0.001641" },
  { precursor: "NOx", component: "SO4", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "-0.004962" },
  { precursor: "NOx", component: "SO4", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.00078" },
  { precursor: "NOx", component: "SO4", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.00512" },
  { precursor: "NOx", component: "SO4", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "-0.007" },
  { precursor: "NOx", component: "SO4", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.001088" },
  { precursor: "NOx", component: "SO4", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "-0.000204" },
  { precursor: "NOx", component: "SO4", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "-0.00239" },
  { precursor: "NOx", component: "SO4", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "-0.000484" },
  { precursor: "NOx", component: "SO4", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "-0.004051" },
  { precursor: "NOx", component: "SO4", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.006427" },
  { precursor: "NOx", component: "SO4", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "-0.01207" },
  { precursor: "NOx", component: "SO4", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "-0.006296" },
  { precursor: "NOx", component: "SO4", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "-0.012266" },
  { precursor: "NOx", component: "NO3", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.001408" },
  { precursor: "NOx", component: "NO3", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.119999" },
  { precursor: "NOx", component: "NO3", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.023194" },
  { precursor: "NOx", component: "NO3", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.015124" },
  { precursor: "NOx", component: "NO3", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.000639" },
  { precursor: "NOx", component: "NO3", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.004911" },
  { precursor: "NOx", component: "NO3", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.13121" },
  { precursor: "NOx", component: "NO3", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.000385" },
  { precursor: "NOx", component: "NO3", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.002125" },
  { precursor: "NOx", component: "NO3", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.042892" },
  { precursor: "NOx", component: "NO3", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.004182" },
  { precursor: "NOx", component: "NO3", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.05713" },
  { precursor: "NOx", component: "NO3", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.398419" },
  { precursor: "NOx", component: "NO3", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.138877" },
  { precursor: "NOx", component: "NO3", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.034698" },
  { precursor: "NOx", component: "NO3", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.143975" },
  { precursor: "NOx", component: "NH4", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.000466" },
  { precursor: "NOx", component: "NH4", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.029363" },
  { precursor: "NOx", component: "NH4", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.00613" },
  { precursor: "NOx", component: "NH4", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.003239" },
  { precursor: "NOx", component: "NH4", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.000337" },
  { precursor: "NOx", component: "NH4", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.002395" },
  { precursor: "NOx", component: "NH4", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.034375" },
  { precursor: "NOx", component: "NH4", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.000296" },
  { precursor: "NOx", component: "NH4", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.000524" },
  { precursor: "NOx", component: "NH4", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.011678" },
  { precursor: "NOx", component: "NH4", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.001027" },
  { precursor: "NOx", component: "NH4", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.01524" },
  { precursor: "NOx", component: "NH4", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.115849" },
  { precursor: "NOx", component: "NH4", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.034911" },
  { precursor: "NOx", component: "NH4", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.007537" },
  { precursor: "NOx", component: "NH4", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.03609" },
  { precursor: "NH3", component: "SO4", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.000875" },
  { precursor: "NH3", component: "SO4", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.005825" },
  { precursor: "NH3", component: "SO4", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.001199" },
  { precursor: "NH3", component: "SO4", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.004175" },
  { precursor: "NH3", component: "SO4", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "-0.000305" },
  { precursor: "NH3", component: "SO4", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "-0.002208" },
  { precursor: "NH3", component: "SO4", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "-0.001204" },
  { precursor: "NH3", component: "SO4", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "-0.000339" },
  { precursor: "NH3", component: "SO4", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.010111" },
  { precursor: "NH3", component: "SO4", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.022044" },
  { precursor: "NH3", component: "SO4", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.007666" },
  { precursor: "NH3", component: "SO4", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.027275" },
  { precursor: "NH3", component: "SO4", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.049807" },
  { precursor: "NH3", component: "SO4", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.054447" },
  { precursor: "NH3", component: "SO4", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.021142" },
  { precursor: "NH3", component: "SO4", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.059537" },
  { precursor: "NH3", component: "NO3", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.000423" },
  { precursor: "NH3", component: "NO3", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.296502" },
  { precursor: "NH3", component: "NO3", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.004868" },
  { precursor: "NH3", component: "NO3", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.015102" },
  { precursor: "NH3", component: "NO3", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.000117" },
  { precursor: "NH3", component: "NO3", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.002558" },
  { precursor: "NH3", component: "NO3", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.189724" },
  { precursor: "NH3", component: "NO3", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "-0.000034" },
  { precursor: "NH3", component: "NO3", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.010396" },
  { precursor: "NH3", component: "NO3", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.060829" },
  { precursor: "NH3", component: "NO3", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.005235" },
  { precursor: "NH3", component: "NO3", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.071016" },
  { precursor: "NH3", component: "NO3", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.318747" },
  { precursor: "NH3", component: "NO3", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.078181" },
  { precursor: "NH3", component: "NO3", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.013924" },
  { precursor: "NH3", component: "NO3", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.059852" },
  { precursor: "NH3", component: "NH4", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.000683" },
  { precursor: "NH3", component: "NH4", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.11806" },
  { precursor: "NH3", component: "NH4", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.002648" },
  { precursor: "NH3", component: "NH4", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.008507" },
  { precursor: "NH3", component: "NH4", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.000125" },
  { precursor: "NH3", component: "NH4", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.002228" },
  { precursor: "NH3", component: "NH4", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.088139" },
  { precursor: "NH3", component: "NH4", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.000397" },
  { precursor: "NH3", component: "NH4", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.00793" },
  { precursor: "NH3", component: "NH4", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.031469" },
  { precursor: "NH3", component: "NH4", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.005154" },
  { precursor: "NH3", component: "NH4", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.05057" },
  { precursor: "NH3", component: "NH4", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.170315" },
  { precursor: "NH3", component: "NH4", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.050217" },
  { precursor: "NH3", component: "NH4", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.014198" },
  { precursor: "NH3", component: "NH4", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.052644" },
];

/**
 * TM5-FASST base-year emissions of the precursors in the four East-Asian regions [kg/yr], read in
 * rfasst's `raw.base_em` (see {@link TM5_FASST_COEFFICIENTS} for provenance).
 * @category Impacts
 */
export const TM5_FASST_BASE_EMISSIONS: readonly Tm5FasstBaseEmission[] = [
  { region: "CHN", precursor: "SO2", emission: "18614052960" },
  { region: "CHN", precursor: "NOx", emission: "11678619800" },
  { region: "CHN", precursor: "NH3", emission: "6550846000" },
  { region: "COR", precursor: "SO2", emission: "819891990" },
  { region: "COR", precursor: "NOx", emission: "1271279900" },
  { region: "COR", precursor: "NH3", emission: "109473960" },
  { region: "JPN", precursor: "SO2", emission: "864619400" },
  { region: "JPN", precursor: "NOx", emission: "2240878000" },
  { region: "JPN", precursor: "NH3", emission: "328780700" },
  { region: "MON", precursor: "SO2", emission: "461638000" },
  { region: "MON", precursor: "NOx", emission: "321780800" },
  { region: "MON", precursor: "NH3", emission: "2179044270" },
];
