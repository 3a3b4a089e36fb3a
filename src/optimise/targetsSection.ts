import { type ZodType, array, enum as zEnum, number, strictObject as object, string } from "zod";
import { MAX_ID_LENGTH } from "../citations/inputTextIssues.js";
import { InvalidInputError } from "../errors.js";
import { duplicateIssues } from "../errors/duplicateIssues.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { fractionSchema } from "../measures/fractionSchemas.js";
import type { DecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { SPECIES, type Species } from "../units/species.js";

/**
 * The reduction a target asks for in its year, against the baseline of that year: a fraction of
 * the baseline (`fraction: "0.25"` is at least 25% below it) or tonnes (`tonnes: "0"` is "not
 * raising it"; a negative value allows a rise of at most that many tonnes).
 * @category Optimisation
 */
export type TargetReduction = { readonly fraction: DecimalString } | { readonly tonnes: DecimalString };

/**
 * One target of a least-cost portfolio: the reduction of one species (summed over every sector
 * and scope of the scenario), or of CO2e under one named metric, in one year, at least as stated.
 * @category Optimisation
 */
export type Target =
  | { readonly id: string; readonly species: Species; readonly year: number; readonly reduction: TargetReduction }
  | { readonly id: string; readonly co2e: string; readonly year: number; readonly reduction: TargetReduction };

const id = () => string().min(1).max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`);
const reduction = object({
  fraction: fractionSchema.optional().describe("at least this fraction of the baseline of the year, 0..1"),
  tonnes: decimalStringSchema.optional().describe("at least this many tonnes below the baseline of the year [t/yr] (0: not raising it)"),
}).refine((r) => (r.fraction === undefined) !== (r.tonnes === undefined), "state the reduction either as { fraction } of the baseline or as { tonnes }, one of them")
  .describe("the reduction asked for: { fraction } of the baseline or { tonnes }");

/**
 * Zod schema of the scenario's `targets:` section, a list of {@link Target}s, each id once.
 * @category Optimisation
 */
export const targetsSectionSchema: ZodType<readonly Target[]> = array(object({
  id: id().describe("the target's name, used in messages and in portfolio.csv"),
  species: zEnum(SPECIES).optional().describe("the species whose reduction is asked for (or co2e)"),
  co2e: id().optional().describe("the climate metric whose CO2e reduction is asked for, one of the scenario's metrics (or species)"),
  year: number().int().min(1900).max(2200).describe("the year the reduction is reached in"),
  reduction,
}).refine((t) => (t.species === undefined) !== (t.co2e === undefined), "name either a species or co2e: <metric>, one of them")).min(1, "name at least one target").superRefine((targets, ctx) => {
  for (const issue of duplicateIssues(targets.map((t, i) => ({ key: t.id, path: ["targets", i, "id"] })), "target id")) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.slice(1) });
}) as ZodType<readonly Target[]>;

/**
 * Validates the scenario's `targets:` section: every problem at once, with paths that start at
 * the section key (`["targets", 0, "reduction", "fraction"]`). Whether a species is computed, a
 * metric named and a year within the scenario is checked against the plan by
 * {@link leastCostPortfolio}.
 *
 * @param value - the section as read from the scenario file (not changed)
 * @param path - where the section is in the input [default `["targets"]`]
 * @returns the targets, typed
 * @throws {@link cobenefits!InvalidInputError} listing every problem with its path
 * @example
 * ```ts
 * import { parseTargetsSection } from "cobenefits/optimise";
 * parseTargetsSection([{ id: "pm", species: "PM2.5", year: 2030, reduction: { fraction: "0.3" } }])[0]?.year; // 2030
 * ```
 * @category Optimisation
 */
export function parseTargetsSection(value: unknown, path: readonly (string | number)[] = ["targets"]): readonly Target[] {
  const r = targetsSectionSchema.safeParse(value);
  if (!r.success) throw new InvalidInputError("targets section", inputIssuesFromZod(r.error, value, path));
  return r.data;
}

/**
 * A target's quantity in words, as messages and tables name it: the species, or `CO2e (<metric>)`.
 *
 * @param target - a target
 * @returns e.g. `PM2.5` or `CO2e (AR6-GWP100)`
 * @example
 * ```ts
 * import { targetQuantity } from "cobenefits/optimise";
 * targetQuantity({ id: "c", co2e: "AR6-GWP100", year: 2030, reduction: { tonnes: "0" } }); // "CO2e (AR6-GWP100)"
 * ```
 * @category Optimisation
 */
export function targetQuantity(target: Target): string {
  return "species" in target ? target.species : `CO2e (${target.co2e})`;
}
