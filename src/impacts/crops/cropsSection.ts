import { type ZodType, array, enum as zEnum, literal, strictObject as object, string, union } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import type { EmissionScope } from "../../factors/scopeOfFuel.js";
import { TM5_FASST_REGIONS, type Tm5FasstRegion } from "../exposure/tm5FasstCoefficients.js";
import { type YearValues, yearValuesSchema } from "../yearValues.js";
import { CROPS, type Crop, type CropMetric } from "./tm5FasstCropCoefficients.js";

/**
 * The `impacts.crops` part of a scenario: how the scenario's NOx, NMVOC and SO2 changes change the
 * ozone exposure of crops (AOT40, Mi) in the receptor region by TM5-FASST source-receptor
 * coefficients, and the relative yield loss avoided under named exposure-yield functions. Nothing
 * has a default: the regions, scopes, functions and the baseline exposure of each crop are named.
 * @category Impacts
 */
export interface CropsSection {
  readonly model: "TM5-FASST";
  readonly sourceRegion: Tm5FasstRegion;
  readonly receptorRegion: Tm5FasstRegion;
  /** The emission scopes released in the source region (e.g. `["direct"]`). */
  readonly scopes: readonly EmissionScope[];
  /** Built-in function names (`cobenefits crf` lists them): `Mills2007-AOT40`, `WangMauzerall2004-Mi`. */
  readonly functions: readonly string[];
  /** The exposure of each crop without the measures, per metric and year (AOT40 [ppm h], Mi [ppb]), with its source; a crop is computed for the metrics it has a baseline of. */
  readonly baseline: readonly { readonly crop: Crop; readonly metric: CropMetric; readonly values: YearValues; readonly unit: "ppm h" | "ppb"; readonly source: SourceRef }[];
}

/**
 * Zod schema of {@link CropsSection}.
 *
 * @example
 * ```ts
 * import { cropsSectionSchema } from "cobenefits/impacts";
 * cropsSectionSchema.safeParse({ model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON", scopes: ["direct"], functions: ["Mills2007-AOT40"], baseline: [] }).success; // false (a baseline is needed)
 * ```
 * @category Impacts
 */
export const cropsSectionSchema: ZodType<CropsSection> = object({
  model: literal("TM5-FASST"),
  sourceRegion: zEnum(TM5_FASST_REGIONS),
  receptorRegion: zEnum(TM5_FASST_REGIONS),
  scopes: array(zEnum(["direct", "indirect", "indirectHeat", "upstream"])).min(1).refine((a) => new Set(a).size === a.length, "each scope once"),
  functions: array(string().min(1).max(200)).min(1),
  baseline: array(union([
    object({ crop: zEnum(CROPS), metric: literal("AOT40"), values: yearValuesSchema, unit: literal("ppm h"), source: sourceRefSchema }),
    object({ crop: zEnum(CROPS), metric: literal("Mi"), values: yearValuesSchema, unit: literal("ppb"), source: sourceRefSchema }),
  ])).min(1),
}).superRefine((s, ctx) => {
  const seen = new Set<string>();
  s.baseline.forEach((b, i) => {
    const key = `${b.crop} ${b.metric}`;
    if (seen.has(key)) ctx.addIssue({ code: "custom", path: ["baseline", i], message: `a second baseline of ${key}` });
    seen.add(key);
  });
  const names = new Set<string>();
  s.functions.forEach((f, i) => {
    if (names.has(f)) ctx.addIssue({ code: "custom", path: ["functions", i], message: `function "${f}" is named twice` });
    names.add(f);
  });
}) as ZodType<CropsSection>;
