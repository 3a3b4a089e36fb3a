import type { CropsResult } from "../impacts/crops/computeCrops.js";
import { toCsv } from "./csv.js";

const CROPS_COLUMNS = ["year", "measure", "function", "crop", "metric", "exposureReduction", "avoidedYieldLoss"] as const;

/**
 * crops.csv: one row per year, measure, exposure-yield function and crop: the measure's reduction
 * of the crop's ozone exposure (AOT40 [ppm h] or Mi [ppb], named in `metric`) and its share of the
 * avoided relative yield loss [-].
 *
 * @param crops - from `computeImpacts` (`cobenefits/impacts`), its `crops`
 * @returns CSV text with a header row; empty string without a crops result
 * @example
 * ```ts
 * import { cropsCsv } from "cobenefits/impacts";
 * cropsCsv(undefined); // ""
 * ```
 * @category Impacts
 */
export function cropsCsv(crops: CropsResult | undefined): string {
  if (crops === undefined) return "";
  return toCsv(CROPS_COLUMNS, crops.rows, { numeric: ["year", "exposureReduction", "avoidedYieldLoss"] });
}
