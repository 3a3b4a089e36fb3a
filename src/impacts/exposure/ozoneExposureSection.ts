import { type ZodType, array, enum as zEnum, literal, strictObject as object } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";
import { decimalStringSchema } from "../../units/quantity.js";
import { TM5_FASST_REGIONS, type Tm5FasstRegion } from "./tm5FasstCoefficients.js";
import type { OzoneMetric, OzonePrecursor } from "./tm5FasstOzoneCoefficients.js";

/**
 * An ozone coefficient the scenario brings itself (e.g. from the city's CMAQ or WRF-Chem runs): it
 * replaces the built-in TM5-FASST coefficient of the same precursor and keeps its source.
 * @category Impacts
 */
export interface UserOzoneCoefficient {
  readonly precursor: OzonePrecursor;
  /** [ppb per t/yr] change of the population's ozone metric per tonne per year of precursor */
  readonly value: DecimalString;
  readonly unit: "ppb per t/yr";
  readonly source: SourceRef;
}

/**
 * The `impacts.exposure.ozone` part of a scenario: how the scenario's NOx, NMVOC and SO2 changes
 * become a change of the ozone metric `metric` (M6M [ppb]) of the receptor region, by TM5-FASST
 * source-receptor coefficients (Van Dingenen et al. 2018), optionally replaced by the city's own.
 * Named, no default: without it no ozone is computed.
 * @category Impacts
 */
export interface OzoneExposureSection {
  readonly model: "TM5-FASST";
  readonly metric: OzoneMetric;
  readonly sourceRegion: Tm5FasstRegion;
  readonly receptorRegion: Tm5FasstRegion;
  readonly coefficients?: readonly UserOzoneCoefficient[];
}

/**
 * Zod schema of {@link OzoneExposureSection}.
 *
 * @example
 * ```ts
 * import { ozoneExposureSectionSchema } from "cobenefits/impacts";
 * ozoneExposureSectionSchema.safeParse({ model: "TM5-FASST", metric: "M6M", sourceRegion: "MON", receptorRegion: "MON" }).success; // true
 * ```
 * @category Impacts
 */
export const ozoneExposureSectionSchema: ZodType<OzoneExposureSection> = object({
  model: literal("TM5-FASST"),
  metric: literal("M6M"),
  sourceRegion: zEnum(TM5_FASST_REGIONS),
  receptorRegion: zEnum(TM5_FASST_REGIONS),
  coefficients: array(object({ precursor: zEnum(["NOx", "NMVOC", "SO2"]), value: decimalStringSchema, unit: literal("ppb per t/yr"), source: sourceRefSchema })).optional(),
}).superRefine((s, ctx) => {
  const seen = new Set<string>();
  s.coefficients?.forEach((c, i) => {
    if (seen.has(c.precursor)) ctx.addIssue({ code: "custom", path: ["coefficients", i, "precursor"], message: `a second coefficient for ${c.precursor}` });
    seen.add(c.precursor);
  });
}) as ZodType<OzoneExposureSection>;
