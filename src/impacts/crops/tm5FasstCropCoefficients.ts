import type { DecimalString } from "../../units/decimal.js";
import type { Tm5FasstRegion } from "../exposure/tm5FasstCoefficients.js";
import type { OzonePrecursor } from "../exposure/tm5FasstOzoneCoefficients.js";

/**
 * The crops whose ozone damage TM5-FASST and rfasst compute: rice, wheat, maize, soybean.
 * @category Impacts
 */
export const CROPS = ["rice", "wheat", "maize", "soy"] as const;

/**
 * One of {@link CROPS}.
 * @category Impacts
 */
export type Crop = (typeof CROPS)[number];

/**
 * An ozone exposure metric of crops: `AOT40`, the accumulated ozone over a threshold of 40 ppb in
 * the growing season [ppm h]; `Mi`, the growing-season mean daytime ozone [ppb] (rfasst: "M7 for
 * the 7-hour mean and M12 for the 12-hour mean"; which of the two a crop uses is TM5-FASST's and
 * is not restated by rfasst).
 * @category Impacts
 */
export type CropMetric = "AOT40" | "Mi";

/**
 * One row of TM5-FASST crop-ozone source-receptor coefficients: for a crop, metric, precursor and
 * source region, the change of the metric in each receptor region [CHN, COR, JPN, MON] (ppm h for
 * AOT40, ppb for Mi) per 20 % of the source region's base emission of the precursor (rfasst
 * `src.<crop>_<aot40|mi>_<precursor>`, scaled by 5 per unit relative change in `m2_get_conc_aot40`
 * and `m2_get_conc_mi` as the M6M ones).
 * @category Impacts
 */
export type Tm5FasstCropCoefficientRow = readonly [crop: Crop, metric: CropMetric, precursor: OzonePrecursor, sourceRegion: Tm5FasstRegion, perTwentyPercentByReceptor: readonly [chn: DecimalString, cor: DecimalString, jpn: DecimalString, mon: DecimalString]];

/** The receptor order of {@link TM5_FASST_CROP_COEFFICIENTS}' value lists. */
export const CROP_RECEPTOR_ORDER: readonly Tm5FasstRegion[] = ["CHN", "COR", "JPN", "MON"];

/** The publication (Van Dingenen et al. 2018) and the data the crop coefficients were read in. */
export const TM5_FASST_CROP_SOURCE = { id: "VanDingenen2018-TM5-FASST", table: "crop ozone source-receptor coefficients (rfasst data/src.<crop>_aot40_<precursor>.rda, src.<crop>_mi_<precursor>.rda)" } as const;

/**
 * TM5-FASST source-receptor coefficients from NOx, NMVOC and SO2 to the crop ozone metrics AOT40
 * [ppm h] and Mi [ppb] of rice, wheat, maize and soybean, among the four East-Asian regions (Van
 * Dingenen et al. 2018), read in the data distributed with JGCRI's rfasst 1.1.0 (commit 63804f4;
 * BSD-2-Clause per its LICENSE file), transcribed by the project (one row per crop, metric,
 * precursor and source region, the receptors in {@link CROP_RECEPTOR_ORDER}) and checked a second
 * time against the data files. Quality: values read in a repository's data, not in the paper.
 * @category Impacts
 */
export const TM5_FASST_CROP_COEFFICIENTS: readonly Tm5FasstCropCoefficientRow[] = [
  ["rice", "AOT40", "NOx", "CHN", ["0.2711", "0.2019", "0.2051", "0.3233"]],
  ["rice", "AOT40", "NOx", "COR", ["0.009179", "-0.2855", "0.08315", "0.1316"]],
  ["rice", "AOT40", "NOx", "JPN", ["0.002375", "0.05041", "-0.04088", "0.0243"]],
  ["rice", "AOT40", "NOx", "MON", ["0.003428", "0.0172", "0.01588", "0.01968"]],
  ["rice", "AOT40", "NMVOC", "CHN", ["0.1081", "0.07383", "0.08555", "0.1561"]],
  ["rice", "AOT40", "NMVOC", "COR", ["0.007607", "0.2918", "0.05305", "0.1329"]],
  ["rice", "AOT40", "NMVOC", "JPN", ["0.00185", "0.01741", "0.1387", "0.0104"]],
  ["rice", "AOT40", "NMVOC", "MON", ["-0.001097", "0.01709", "-0.001698", "0.01071"]],
  ["rice", "AOT40", "SO2", "CHN", ["-0.02253", "-0.01974", "-0.02096", "-0.03815"]],
  ["rice", "AOT40", "SO2", "COR", ["-0.0006597", "-0.01354", "-0.005013", "-0.009809"]],
  ["rice", "AOT40", "SO2", "JPN", ["-0.00009119", "-0.001425", "-0.00907", "-0.0007199"]],
  ["rice", "AOT40", "SO2", "MON", ["-0.0002794", "-0.002668", "-0.001389", "-0.004939"]],
  ["rice", "Mi", "NOx", "CHN", ["0.3717", "0.4948", "0.3499", "0.6664"]],
  ["rice", "Mi", "NOx", "COR", ["0.01065", "-2.393", "0.1277", "0.08819"]],
  ["rice", "Mi", "NOx", "JPN", ["0.004036", "0.1295", "-0.8974", "0.04774"]],
  ["rice", "Mi", "NOx", "MON", ["0.005249", "0.02293", "0.0269", "-0.1445"]],
  ["rice", "Mi", "NMVOC", "CHN", ["0.1425", "0.1766", "0.1482", "0.2648"]],
  ["rice", "Mi", "NMVOC", "COR", ["0.009361", "0.6392", "0.079", "0.206"]],
  ["rice", "Mi", "NMVOC", "JPN", ["0.002717", "0.04228", "0.2808", "0.0187"]],
  ["rice", "Mi", "NMVOC", "MON", ["-0.00196", "0.03878", "-0.003708", "0.01903"]],
  ["rice", "Mi", "SO2", "CHN", ["-0.02876", "-0.04175", "-0.03268", "-0.05875"]],
  ["rice", "Mi", "SO2", "COR", ["-0.0007799", "-0.02742", "-0.007852", "-0.0131"]],
  ["rice", "Mi", "SO2", "JPN", ["-0.000125", "-0.003415", "-0.01668", "-0.001231"]],
  ["rice", "Mi", "SO2", "MON", ["-0.0003902", "-0.006358", "-0.002291", "-0.01012"]],
  ["wheat", "AOT40", "NOx", "CHN", ["0.7459", "0.3433", "0.2187", "0.7044"]],
  ["wheat", "AOT40", "NOx", "COR", ["0.02145", "-0.5784", "0.09041", "0.1797"]],
  ["wheat", "AOT40", "NOx", "JPN", ["0.009983", "0.05707", "-0.1023", "0.03518"]],
  ["wheat", "AOT40", "NOx", "MON", ["0.008961", "0.007084", "0.02196", "-0.108"]],
  ["wheat", "AOT40", "NMVOC", "CHN", ["0.2288", "0.1623", "0.106", "0.386"]],
  ["wheat", "AOT40", "NMVOC", "COR", ["0.01824", "0.1954", "0.06883", "0.2478"]],
  ["wheat", "AOT40", "NMVOC", "JPN", ["0.005524", "0.02374", "0.1747", "0.01863"]],
  ["wheat", "AOT40", "NMVOC", "MON", ["-0.002814", "0.006124", "-0.001534", "0.02188"]],
  ["wheat", "AOT40", "SO2", "CHN", ["-0.05197", "-0.0429", "-0.0265", "-0.09267"]],
  ["wheat", "AOT40", "SO2", "COR", ["-0.001506", "-0.007902", "-0.004945", "-0.01547"]],
  ["wheat", "AOT40", "SO2", "JPN", ["-0.0002986", "-0.00173", "-0.009324", "-0.001229"]],
  ["wheat", "AOT40", "SO2", "MON", ["-0.0006772", "-0.001745", "-0.001767", "-0.006411"]],
  ["wheat", "Mi", "NOx", "CHN", ["1.171", "0.8009", "0.3559", "0.9912"]],
  ["wheat", "Mi", "NOx", "COR", ["0.02872", "-3.077", "0.1302", "0.0877"]],
  ["wheat", "Mi", "NOx", "JPN", ["0.01887", "0.1258", "-0.7747", "0.05679"]],
  ["wheat", "Mi", "NOx", "MON", ["0.01667", "-0.03161", "0.03471", "-0.1936"]],
  ["wheat", "Mi", "NMVOC", "CHN", ["0.3638", "0.3602", "0.1732", "0.5017"]],
  ["wheat", "Mi", "NMVOC", "COR", ["0.02629", "0.6304", "0.09599", "0.344"]],
  ["wheat", "Mi", "NMVOC", "JPN", ["0.009839", "0.05748", "0.3277", "0.02826"]],
  ["wheat", "Mi", "NMVOC", "MON", ["-0.006178", "0.02727", "-0.002634", "0.03156"]],
  ["wheat", "Mi", "SO2", "CHN", ["-0.07809", "-0.09791", "-0.04079", "-0.1192"]],
  ["wheat", "Mi", "SO2", "COR", ["-0.002013", "-0.02211", "-0.007064", "-0.01911"]],
  ["wheat", "Mi", "SO2", "JPN", ["-0.000475", "-0.003899", "-0.01658", "-0.001788"]],
  ["wheat", "Mi", "SO2", "MON", ["-0.001121", "-0.004673", "-0.00274", "-0.008643"]],
  ["maize", "AOT40", "NOx", "CHN", ["0.9128", "0.2956", "0.2129", "0.6214"]],
  ["maize", "AOT40", "NOx", "COR", ["0.02807", "-0.4794", "0.1024", "0.2153"]],
  ["maize", "AOT40", "NOx", "JPN", ["0.009536", "0.05073", "0.1602", "0.02956"]],
  ["maize", "AOT40", "NOx", "MON", ["0.00809", "0.01345", "0.01827", "-0.08459"]],
  ["maize", "AOT40", "NMVOC", "CHN", ["0.2727", "0.1467", "0.1165", "0.3602"]],
  ["maize", "AOT40", "NMVOC", "COR", ["0.02125", "0.3014", "0.06706", "0.2856"]],
  ["maize", "AOT40", "NMVOC", "JPN", ["0.006446", "0.02161", "0.228", "0.01669"]],
  ["maize", "AOT40", "NMVOC", "MON", ["-0.002357", "0.01436", "0.0007724", "0.02567"]],
  ["maize", "AOT40", "SO2", "CHN", ["-0.06459", "-0.03596", "-0.02478", "-0.08214"]],
  ["maize", "AOT40", "SO2", "COR", ["-0.002034", "-0.01277", "-0.005745", "-0.01831"]],
  ["maize", "AOT40", "SO2", "JPN", ["-0.0003278", "-0.00168", "-0.01466", "-0.001132"]],
  ["maize", "AOT40", "SO2", "MON", ["-0.0007345", "-0.002448", "-0.00152", "-0.00719"]],
  ["maize", "Mi", "NOx", "CHN", ["1.546", "0.6801", "0.3428", "0.9221"]],
  ["maize", "Mi", "NOx", "COR", ["0.03866", "-2.639", "0.1477", "0.1481"]],
  ["maize", "Mi", "NOx", "JPN", ["0.0172", "0.1219", "-0.5327", "0.05045"]],
  ["maize", "Mi", "NOx", "MON", ["0.01471", "-0.004504", "0.02691", "-0.219"]],
  ["maize", "Mi", "NMVOC", "CHN", ["0.3815", "0.3079", "0.1876", "0.4589"]],
  ["maize", "Mi", "NMVOC", "COR", ["0.0298", "0.6903", "0.09531", "0.3728"]],
  ["maize", "Mi", "NMVOC", "JPN", ["0.0107", "0.0497", "0.4158", "0.0259"]],
  ["maize", "Mi", "NMVOC", "MON", ["-0.004386", "0.03317", "0.001072", "0.02948"]],
  ["maize", "Mi", "SO2", "CHN", ["-0.09348", "-0.07451", "-0.03645", "-0.1031"]],
  ["maize", "Mi", "SO2", "COR", ["-0.002771", "-0.03024", "-0.008009", "-0.02249"]],
  ["maize", "Mi", "SO2", "JPN", ["-0.0005272", "-0.003714", "-0.02488", "-0.00168"]],
  ["maize", "Mi", "SO2", "MON", ["-0.001217", "-0.005546", "-0.002092", "-0.01026"]],
  ["soy", "AOT40", "NOx", "CHN", ["0.9739", "0.2837", "0.2614", "0.6881"]],
  ["soy", "AOT40", "NOx", "COR", ["0.03703", "-0.482", "0.1042", "0.1547"]],
  ["soy", "AOT40", "NOx", "JPN", ["0.0107", "0.05007", "-0.1782", "0.04024"]],
  ["soy", "AOT40", "NOx", "MON", ["0.01103", "0.01191", "0.02664", "-0.1336"]],
  ["soy", "AOT40", "NMVOC", "CHN", ["0.3045", "0.1446", "0.1208", "0.377"]],
  ["soy", "AOT40", "NMVOC", "COR", ["0.02741", "0.2737", "0.07307", "0.2012"]],
  ["soy", "AOT40", "NMVOC", "JPN", ["0.007096", "0.02137", "0.2144", "0.02162"]],
  ["soy", "AOT40", "NMVOC", "MON", ["-0.001947", "0.01259", "-0.003505", "0.01572"]],
  ["soy", "AOT40", "SO2", "CHN", ["-0.07135", "-0.03502", "-0.03235", "-0.09227"]],
  ["soy", "AOT40", "SO2", "COR", ["-0.002585", "-0.01197", "-0.005392", "-0.01108"]],
  ["soy", "AOT40", "SO2", "JPN", ["-0.0003699", "-0.001652", "-0.01021", "-0.001337"]],
  ["soy", "AOT40", "SO2", "MON", ["-0.0009637", "-0.002241", "-0.002018", "-0.005119"]],
  ["soy", "Mi", "NOx", "CHN", ["1.554", "0.6791", "0.4131", "0.9869"]],
  ["soy", "Mi", "NOx", "COR", ["0.05104", "-2.69", "0.1413", "0.04111"]],
  ["soy", "Mi", "NOx", "JPN", ["0.01934", "0.1261", "-1.187", "0.0648"]],
  ["soy", "Mi", "NOx", "MON", ["0.02034", "0.000318", "0.04095", "-0.364"]],
  ["soy", "Mi", "NMVOC", "CHN", ["0.4229", "0.3069", "0.1795", "0.5077"]],
  ["soy", "Mi", "NMVOC", "COR", ["0.03777", "0.6574", "0.09873", "0.3032"]],
  ["soy", "Mi", "NMVOC", "JPN", ["0.01163", "0.0511", "0.3549", "0.03155"]],
  ["soy", "Mi", "NMVOC", "MON", ["-0.003926", "0.03074", "-0.00644", "0.02669"]],
  ["soy", "Mi", "SO2", "CHN", ["-0.102", "-0.0739", "-0.0485", "-0.12"]],
  ["soy", "Mi", "SO2", "COR", ["-0.0035", "-0.0296", "-0.0074", "-0.0137"]],
  ["soy", "Mi", "SO2", "JPN", ["-0.000604", "-0.00381", "-0.0166", "-0.00197"]],
  ["soy", "Mi", "SO2", "MON", ["-0.00163", "-0.00524", "-0.00302", "-0.00704"]],
];
