import type { DecimalString } from "../../units/decimal.js";
import type { Tm5FasstRegion } from "./tm5FasstCoefficients.js";

/**
 * A precursor of ozone whose TM5-FASST source-receptor coefficients are built in: nitrogen oxides,
 * non-methane volatile organic compounds and sulphur dioxide. Methane (a global, decade-scale
 * response in TM5-FASST, scaled by a separate perturbation) and CO (not in TM5-FASST's ozone
 * coefficients as distributed by rfasst) are not included.
 * @category Impacts
 */
export type OzonePrecursor = "NOx" | "NMVOC" | "SO2";

/**
 * The ozone metric the built-in coefficients give: `M6M`, the highest 6-month running mean of the
 * daily maximum 1-hour ozone mixing ratio [ppb] (rfasst `src.m6m_*`, "maximum 6-monthly running
 * average of daily maximum hourly O3 (6mDMA1)"), the metric long-term ozone mortality functions
 * (Jerrett et al. 2009) are expressed in.
 * @category Impacts
 */
export type OzoneMetric = "M6M";

/**
 * One TM5-FASST ozone source-receptor coefficient as distributed: the change of the receptor
 * region's M6M [ppb] when the source region's emission of `precursor` changes by 20 % of its
 * base-year emission (rfasst documents each `src.m6m_*` table as "pre-computed from a 20% emission
 * reduction of component i in region xk relative to the base run" and scales it by 5 per unit
 * relative change in `m2_get_conc_m6m`).
 * @category Impacts
 */
export interface Tm5FasstOzoneCoefficient {
  readonly precursor: OzonePrecursor;
  readonly sourceRegion: Tm5FasstRegion;
  readonly receptorRegion: Tm5FasstRegion;
  /** [ppb M6M per 20 % of the source region's base emission] */
  readonly perTwentyPercent: DecimalString;
}

/** The publication (Van Dingenen et al. 2018) and the data the ozone coefficients were read in. */
export const TM5_FASST_OZONE_SOURCE = { id: "VanDingenen2018-TM5-FASST", table: "M6M source-receptor coefficients (rfasst data/src.m6m_nox.rda, src.m6m_nmvoc.rda, src.m6m_so2.rda; base emissions data/raw.base_em.rda)" } as const;

/**
 * TM5-FASST source-receptor coefficients from NOx, NMVOC and SO2 to the ozone metric M6M [ppb per
 * 20 % of the source region's base emission] among the four East-Asian regions (Van Dingenen et
 * al. 2018), read in the data distributed with JGCRI's rfasst 1.1.0 (commit 63804f4; BSD-2-Clause
 * per its LICENSE file), transcribed by the project and checked a second time against the data
 * files. NOx coefficients of a region on itself are negative for COR, JPN and MON as distributed
 * (titration: less NOx, more ozone in NOx-rich air); SO2 coefficients are all negative. Quality:
 * values read in a repository's data, not in the paper's tables.
 * @category Impacts
 */
export const TM5_FASST_OZONE_COEFFICIENTS: readonly Tm5FasstOzoneCoefficient[] = [
  { precursor: "NOx", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.0589" },
  { precursor: "NOx", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "-1.57" },
  { precursor: "NOx", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.149" },
  { precursor: "NOx", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.175" },
  { precursor: "NOx", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.024" },
  { precursor: "NOx", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.159" },
  { precursor: "NOx", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "-0.337" },
  { precursor: "NOx", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.0555" },
  { precursor: "NOx", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "0.0191" },
  { precursor: "NOx", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "-0.00259" },
  { precursor: "NOx", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "0.0355" },
  { precursor: "NOx", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "-0.0448" },
  { precursor: "NOx", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "1.77" },
  { precursor: "NOx", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.841" },
  { precursor: "NOx", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.438" },
  { precursor: "NOx", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.975" },
  { precursor: "NMVOC", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "0.0412" },
  { precursor: "NMVOC", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "0.677" },
  { precursor: "NMVOC", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "0.107" },
  { precursor: "NMVOC", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "0.253" },
  { precursor: "NMVOC", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "0.0111" },
  { precursor: "NMVOC", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "0.0576" },
  { precursor: "NMVOC", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "0.502" },
  { precursor: "NMVOC", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "0.0226" },
  { precursor: "NMVOC", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "-0.00401" },
  { precursor: "NMVOC", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "0.026" },
  { precursor: "NMVOC", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "-0.00403" },
  { precursor: "NMVOC", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "0.0207" },
  { precursor: "NMVOC", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "0.569" },
  { precursor: "NMVOC", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "0.322" },
  { precursor: "NMVOC", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "0.195" },
  { precursor: "NMVOC", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "0.406" },
  { precursor: "SO2", sourceRegion: "COR", receptorRegion: "CHN", perTwentyPercent: "-0.00456" },
  { precursor: "SO2", sourceRegion: "COR", receptorRegion: "COR", perTwentyPercent: "-0.0259" },
  { precursor: "SO2", sourceRegion: "COR", receptorRegion: "JPN", perTwentyPercent: "-0.00822" },
  { precursor: "SO2", sourceRegion: "COR", receptorRegion: "MON", perTwentyPercent: "-0.0156" },
  { precursor: "SO2", sourceRegion: "JPN", receptorRegion: "CHN", perTwentyPercent: "-0.000707" },
  { precursor: "SO2", sourceRegion: "JPN", receptorRegion: "COR", perTwentyPercent: "-0.00411" },
  { precursor: "SO2", sourceRegion: "JPN", receptorRegion: "JPN", perTwentyPercent: "-0.0176" },
  { precursor: "SO2", sourceRegion: "JPN", receptorRegion: "MON", perTwentyPercent: "-0.00151" },
  { precursor: "SO2", sourceRegion: "MON", receptorRegion: "CHN", perTwentyPercent: "-0.0022" },
  { precursor: "SO2", sourceRegion: "MON", receptorRegion: "COR", perTwentyPercent: "-0.00594" },
  { precursor: "SO2", sourceRegion: "MON", receptorRegion: "JPN", perTwentyPercent: "-0.00239" },
  { precursor: "SO2", sourceRegion: "MON", receptorRegion: "MON", perTwentyPercent: "-0.00984" },
  { precursor: "SO2", sourceRegion: "CHN", receptorRegion: "CHN", perTwentyPercent: "-0.112" },
  { precursor: "SO2", sourceRegion: "CHN", receptorRegion: "COR", perTwentyPercent: "-0.0813" },
  { precursor: "SO2", sourceRegion: "CHN", receptorRegion: "JPN", perTwentyPercent: "-0.0404" },
  { precursor: "SO2", sourceRegion: "CHN", receptorRegion: "MON", perTwentyPercent: "-0.0937" },
];

/**
 * TM5-FASST base-year NMVOC emissions of the four East-Asian regions [kg/yr] (rfasst
 * `raw.base_em`, column `VOC`; kg although labelled kt, as for the other precursors): the
 * denominator of the NMVOC ozone coefficients. The NOx and SO2 ones are those of
 * `TM5_FASST_BASE_EMISSIONS`.
 * @category Impacts
 */
export const TM5_FASST_NMVOC_BASE_EMISSIONS: readonly { readonly region: Tm5FasstRegion; readonly precursor: "NMVOC"; readonly emission: DecimalString }[] = [
  { region: "CHN", precursor: "NMVOC", emission: "23490500000" },
  { region: "COR", precursor: "NMVOC", emission: "1411421000" },
  { region: "JPN", precursor: "NMVOC", emission: "2085630000" },
  { region: "MON", precursor: "NMVOC", emission: "418570000" },
];
