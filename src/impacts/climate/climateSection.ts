import { type ZodType, array, enum as zEnum, number, strictObject as object, string, union } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import { InvalidInputError, inputIssuesFromZod } from "../../errors.js";
import { DECIMAL_PATTERN, type DecimalString } from "../../units/decimal.js";

/** The species a short-lived row may describe (CO2, CH4 and N2O come from the response set). */
export const SHORT_LIVED_SPECIES = ["BC", "OC", "SO2", "NOx", "NMVOC", "CO", "NH3"] as const;

/**
 * A short-lived species' time-integrated forcing per kg, as the user names it: derived from a named
 * GWP metric set (`fromMetric`: GWP_H x AGWP_CO2(H) of the response set), or given with its source
 * (e.g. a regional value for East Asia read in Aamaas et al. 2017).
 * @category Climate response
 */
export type ShortLivedRow =
  | { readonly species: (typeof SHORT_LIVED_SPECIES)[number]; readonly fromMetric: string }
  | { readonly species: (typeof SHORT_LIVED_SPECIES)[number]; /** [W m-2 yr kg-1] */ readonly agwp: DecimalString; readonly unit: "W m-2 yr kg-1"; readonly source: SourceRef; readonly region?: string; readonly note?: string };

/**
 * The `impacts.climate` section of a scenario: which response set (no default), the last year of
 * the temperature trajectory, what the emission changes do after the scenario's last year, and the
 * short-lived species' responses.
 * @category Climate response
 */
export interface ClimateSection {
  /** Name of a climate response set, e.g. `AR6-7SM-AGTP` (see `listClimateResponses`). */
  readonly response: string;
  /** Last year of the temperature trajectory (the first is the scenario's first year). */
  readonly until: number;
  /** After the scenario's last year: `none` (no more emission changes) or `holdLastYear` (the last year's changes go on each year to `until`). Required when `until` is beyond the scenario. */
  readonly afterLastYear?: "none" | "holdLastYear";
  readonly shortLived?: readonly ShortLivedRow[];
}

const decimal = string().regex(DECIMAL_PATTERN, "must be a decimal number written as a string, e.g. \"8.1e-11\"");
const species = zEnum(SHORT_LIVED_SPECIES);

/**
 * Zod schema of the `impacts.climate` section ({@link ClimateSection}).
 * @category Climate response
 */
export const climateSectionSchema: ZodType<ClimateSection> = object({
  response: string().min(1),
  until: number().int().min(1900).max(2600),
  afterLastYear: zEnum(["none", "holdLastYear"]).optional(),
  shortLived: array(union([
    object({ species, fromMetric: string().min(1) }),
    object({ species, agwp: decimal, unit: zEnum(["W m-2 yr kg-1"]), source: sourceRefSchema, region: string().min(1).optional(), note: string().min(1).optional() }),
  ])).optional(),
}) as ZodType<ClimateSection>;

/**
 * Validates the `impacts.climate` section of a scenario.
 *
 * @param value - the section as read from the scenario
 * @param path - where it sits in the scenario, e.g. `["impacts", "climate"]`
 * @returns the section, typed
 * @throws {@link cobenefits!InvalidInputError} listing every problem, each located from `path`
 * @example
 * ```ts
 * import { parseClimateSection } from "cobenefits/impacts";
 * parseClimateSection({ response: "AR6-7SM-AGTP", until: 2050, afterLastYear: "none" }, ["impacts", "climate"]).until; // 2050
 * ```
 * @category Climate response
 */
export function parseClimateSection(value: unknown, path: readonly (string | number)[]): ClimateSection {
  const r = climateSectionSchema.safeParse(value);
  if (!r.success) throw new InvalidInputError("impacts.climate section", inputIssuesFromZod(r.error, value, path));
  const issues = (r.data.shortLived ?? []).flatMap((row, i) => (r.data.shortLived ?? []).findIndex((o) => o.species === row.species) < i ? [{ code: "duplicate" as const, path: [...path, "shortLived", i, "species"], message: `species ${row.species} is given twice` }] : []);
  if (issues.length > 0) throw new InvalidInputError("impacts.climate section", issues);
  return r.data;
}
