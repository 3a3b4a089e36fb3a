import type { Provenance } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";
import type { Crop, CropMetric } from "./tm5FasstCropCoefficients.js";

/**
 * The parameters of an ozone exposure-yield function for one crop:
 * - `linear` (AOT40, Mills et al. 2007): RYL = slope x max(0, AOT40), AOT40 in ppm h;
 * - `weibull` (Mi, Wang & Mauzerall 2004): RYL = 1 - exp(-(M/a)^b) / exp(-(threshold/a)^b),
 *   M in ppb, 0 at and below the threshold;
 * RYL is the relative yield loss against a yield without ozone damage [-].
 * @category Impacts
 */
export type CropResponseParameters =
  | { readonly family: "linear"; readonly slope: DecimalString }
  | { readonly family: "weibull"; readonly a: DecimalString; readonly b: DecimalString; readonly threshold: DecimalString };

/**
 * A named ozone exposure-yield function: the metric it takes and its parameters by crop.
 * @category Impacts
 */
export interface CropResponseFunction {
  readonly name: string;
  readonly description: string;
  readonly metric: CropMetric;
  readonly crops: readonly (CropResponseParameters & Provenance & { readonly crop: Crop })[];
}

const RFASST = "rfasst 1.1.0 data (JGCRI, commit 63804f4)";
const mills = (crop: Crop, slope: string, data: string) => ({
  crop, family: "linear" as const, slope, source: { id: "Mills2007-AOT40-crops", table: `AOT40 yield-response function of ${crop} (as distributed in rfasst data ${data})` }, quality: "secondary" as const, via: RFASST,
});
const wang = (crop: Crop, a: string, b: string, threshold: string, suffix: string) => ({
  crop, family: "weibull" as const, a, b, threshold,
  source: { id: "WangMauzerall2004-crops", table: `Weibull Mi exposure-response function of ${crop} (as distributed in rfasst data a.Mi_${suffix}, b.Mi_${suffix}, coef.Mi_${suffix})` }, quality: "secondary" as const, via: RFASST,
});

/**
 * The built-in ozone exposure-yield functions, with the parameters rfasst 1.1.0 distributes and
 * uses in `m4_get_ryl_aot40` and `m4_get_ryl_mi`: the AOT40 slopes of Mills et al. 2007 and the
 * Weibull Mi functions of Wang & Mauzerall 2004 for rice, wheat, maize and soybean. Read in
 * rfasst's data, not in the papers' tables (quality `secondary`).
 * @category Impacts
 */
export const BUILTIN_CROP_FUNCTIONS: readonly CropResponseFunction[] = [
  {
    name: "Mills2007-AOT40",
    description: "Relative yield loss linear in the growing-season AOT40 (Mills et al. 2007), slopes per ppm h as used by TM5-FASST and rfasst",
    metric: "AOT40",
    crops: [mills("rice", "0.00415", "coef.AOT_RICE"), mills("wheat", "0.0163", "coef.AOT_WHEAT"), mills("maize", "0.00356", "coef.AOT_MAIZE"), mills("soy", "0.0113", "coef.AOT_SOY")],
  },
  {
    name: "WangMauzerall2004-Mi",
    description: "Relative yield loss as a Weibull function of the growing-season mean daytime ozone Mi (Wang & Mauzerall 2004), as used by TM5-FASST and rfasst",
    metric: "Mi",
    crops: [wang("rice", "202", "2.47", "25", "RICE"), wang("wheat", "137", "2.34", "25", "WHEAT"), wang("maize", "124", "2.83", "20", "MAIZE"), wang("soy", "107", "1.58", "20", "SOY")],
  },
];

/**
 * The relative yield loss of a crop at an ozone exposure, in float64.
 *
 * @param p - the function's parameters for the crop
 * @param exposure - AOT40 [ppm h] for a linear function, Mi [ppb] for a Weibull one
 * @returns the relative yield loss [-], 0 at and below no exposure or the threshold
 * @example
 * ```ts
 * import { relativeYieldLoss } from "cobenefits/impacts";
 * relativeYieldLoss({ family: "linear", slope: "0.0163" }, 5).toFixed(4); // "0.0815"
 * ```
 * @category Impacts
 */
export function relativeYieldLoss(p: CropResponseParameters, exposure: number): number {
  if (p.family === "linear") return Number(p.slope) * Math.max(0, exposure);
  const a = Number(p.a);
  const b = Number(p.b);
  const m = Math.max(exposure, Number(p.threshold));
  return Math.max(0, 1 - Math.exp(-((m / a) ** b)) / Math.exp(-((Number(p.threshold) / a) ** b)));
}
