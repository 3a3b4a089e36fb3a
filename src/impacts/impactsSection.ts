import { type ZodType, strictObject as object } from "zod";
import { InvalidInputError, inputIssuesFromZod } from "../errors.js";
import { type ClimateSection, climateSectionSchema } from "./climate/climateSection.js";
import { type CropsSection, cropsSectionSchema } from "./crops/cropsSection.js";
import { type ExposureSection, exposureSectionSchema } from "./exposure/exposureSection.js";
import { type HealthSection, healthSectionSchema } from "./health/healthSection.js";
import { type ValuationSection, valuationSectionSchema } from "./valuation/valuationSection.js";

/**
 * The `impacts` section of a scenario: from the scenario's emission changes to exposure
 * (`exposure`), avoided deaths (`health`), their value (`valuation`) and the temperature response
 * (`climate`). Each part is optional; `health` needs `exposure`, and `valuation` needs `health`.
 * @category Impacts
 */
export interface ImpactsSection {
  readonly exposure?: ExposureSection;
  readonly health?: HealthSection;
  readonly valuation?: ValuationSection;
  readonly climate?: ClimateSection;
  /** Ozone damage to crops (AOT40, Mi) avoided by the measures. */
  readonly crops?: CropsSection;
}

/**
 * Zod schema of the `impacts` section ({@link ImpactsSection}); the files layer validates a
 * scenario file's `impacts` with it, with line numbers.
 *
 * @example
 * ```ts
 * import { impactsSectionSchema } from "cobenefits/impacts";
 * impactsSectionSchema.safeParse({ climate: { response: "AR6-7SM-AGTP", until: 2050, afterLastYear: "none" } }).success; // true
 * ```
 * @category Impacts
 */
export const impactsSectionSchema: ZodType<ImpactsSection> = object({
  exposure: exposureSectionSchema.optional(),
  health: healthSectionSchema.optional(),
  valuation: valuationSectionSchema.optional(),
  climate: climateSectionSchema.optional(),
  crops: cropsSectionSchema.optional(),
}).superRefine((s, ctx) => {
  if (s.health !== undefined && s.exposure === undefined) ctx.addIssue({ code: "custom", path: ["health"], message: "health needs impacts.exposure: the concentration change comes from it" });
  if (s.valuation !== undefined && s.health === undefined) ctx.addIssue({ code: "custom", path: ["valuation"], message: "valuation needs impacts.health: it values the avoided deaths" });
}) as ZodType<ImpactsSection>;

/**
 * Validates a scenario's `impacts` section.
 *
 * @param value - the section as read (plain data)
 * @param path - where the section is in the input [path], `["impacts"]` by default
 * @returns the section, typed
 * @throws {@link cobenefits!InvalidInputError} listing every problem, each with its path from `path`
 * @example
 * ```ts
 * import { parseImpactsSection } from "cobenefits/impacts";
 * parseImpactsSection({ climate: { response: "AR6-7SM-AGTP", until: 2050, afterLastYear: "none" } }).climate?.until; // 2050
 * ```
 * @category Impacts
 */
export function parseImpactsSection(value: unknown, path: readonly (string | number)[] = ["impacts"]): ImpactsSection {
  const r = impactsSectionSchema.safeParse(value);
  if (!r.success) throw new InvalidInputError("impacts section", inputIssuesFromZod(r.error, value, path));
  return r.data;
}
