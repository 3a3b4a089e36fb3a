import { type ZodType, array, enum as zEnum, number, strictObject as object, string } from "zod";
import { MAX_ID_LENGTH } from "../citations/inputTextIssues.js";
import { InvalidInputError } from "../errors.js";
import { duplicateIssues } from "../errors/duplicateIssues.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { fractionSchema } from "../measures/fractionSchemas.js";
import type { DecimalString } from "../units/decimal.js";
import type { Perspective } from "../costs/annualCosts.js";
import { PAYERS } from "../costs/costsSection.js";

/**
 * A measure the optimiser may choose, with its bounds: its penetration is at most
 * `maxPenetration` (a fraction 0..1; 1 when not stated) and zero before `earliestYear` (the
 * scenario's first year when not stated).
 * @category Optimisation
 */
export interface PortfolioMeasureBounds {
  readonly id: string;
  readonly maxPenetration?: DecimalString;
  readonly earliestYear?: number;
}

/**
 * The scenario's `optimise:` section: which measures the optimiser chooses the penetrations of
 * (the others keep their schedules), their bounds, and, when the costs give several
 * perspectives, which one's annualised cost is minimised.
 * @category Optimisation
 */
export interface OptimiseSection {
  readonly measures: readonly PortfolioMeasureBounds[];
  /** Society, or one payer (after subsidies): required when the costs section has subsidies. */
  readonly perspective?: Perspective;
}

/**
 * Zod schema of the scenario's `optimise:` section ({@link OptimiseSection}), each measure once.
 * @category Optimisation
 */
export const optimiseSectionSchema: ZodType<OptimiseSection> = object({
  measures: array(object({
    id: string().min(1).max(MAX_ID_LENGTH, `at most ${MAX_ID_LENGTH} characters`).describe("a measure of the scenario whose penetration the optimiser chooses"),
    maxPenetration: fractionSchema.optional().describe("the largest penetration allowed, 0..1 (1 when not stated)"),
    earliestYear: number().int().min(1900).max(2200).optional().describe("the first year the measure may act in (the scenario's first year when not stated)"),
  })).min(1, "name at least one measure the optimiser may choose").superRefine((ms, ctx) => {
    for (const issue of duplicateIssues(ms.map((m, i) => ({ key: m.id, path: ["optimise", "measures", i, "id"] })), "measure id")) ctx.addIssue({ code: "custom", message: issue.message, path: issue.path.slice(2) });
  }),
  perspective: zEnum(["society", ...PAYERS]).optional().describe("whose annualised cost is minimised: society, or a payer after subsidies (required when the costs section has subsidies)"),
}) as ZodType<OptimiseSection>;

/**
 * Validates the scenario's `optimise:` section: every problem at once, with paths that start at
 * the section key (`["optimise", "measures", 0, "maxPenetration"]`). Whether each measure is in
 * the scenario, and may be given a penetration, is checked against the plan by
 * {@link leastCostPortfolio}.
 *
 * @param value - the section as read from the scenario file (not changed)
 * @param path - where the section is in the input [default `["optimise"]`]
 * @returns the section, typed
 * @throws {@link cobenefits!InvalidInputError} listing every problem with its path
 * @example
 * ```ts
 * import { parseOptimiseSection } from "cobenefits/optimise";
 * parseOptimiseSection({ measures: [{ id: "fgd", maxPenetration: "0.8", earliestYear: 2026 }] }).measures.length; // 1
 * ```
 * @category Optimisation
 */
export function parseOptimiseSection(value: unknown, path: readonly (string | number)[] = ["optimise"]): OptimiseSection {
  const r = optimiseSectionSchema.safeParse(value);
  if (!r.success) throw new InvalidInputError("optimise section", inputIssuesFromZod(r.error, value, path));
  return r.data;
}
