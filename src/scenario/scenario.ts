import { type ZodType, array, enum as zEnum, number, strictObject as object, string, union, unknown as zUnknown } from "zod";
import { type BaselineActivity, baselineActivitySchema } from "../activity/baselineActivity.js";
import type { FactorTable } from "../factors/factorRow.js";
import { type GridFactorRow, gridFactorRowSchema } from "../factors/gridFactorRow.js";
import type { NcvRow } from "../factors/ncvRow.js";
import { type Measure, measureSchema } from "../measures/registry.js";
import { SPECIES, type Species } from "../units/species.js";

/**
 * A scenario: a baseline of activities over the years, measures acting on it, the species to
 * report, the climate metrics to express CO2e in (named; none by default), and the factor data.
 * Plain serialisable data (JSON/YAML), validated by {@link scenarioSchema}.
 * @category Scenario
 */
export interface Scenario {
  readonly name: string;
  readonly description?: string;
  /** First and last year, inclusive. */
  readonly years: { readonly start: number; readonly end: number };
  readonly species: readonly Species[];
  /** Metric names for CO2e, e.g. `["AR6-GWP100", "AR6-GWP100+Bond2013-GWP100"]`; empty for none. */
  readonly metrics: readonly string[];
  readonly baseline: readonly BaselineActivity[];
  /** Measures in declared order (the order of sequential attribution). */
  readonly measures: readonly Measure[];
  readonly factors?: {
    readonly userTables?: readonly FactorTable[];
    readonly userCitations?: readonly unknown[];
    readonly userNcv?: readonly NcvRow[];
    readonly builtinTables?: readonly string[];
  };
  /** Grid factor for electricity (a built-in row by id, or a row of your own). */
  readonly gridFactor?: { readonly id: string } | GridFactorRow;
  /** `error` (default): a missing factor stops compilation. `omit`: listed in the result's `missing`. */
  readonly onMissingFactor?: "error" | "omit";
}

/**
 * Zod schema of a {@link Scenario}; validation reports every problem at once with its path.
 * @category Scenario
 */
export const scenarioSchema: ZodType<Scenario> = object({
  name: string().min(1),
  description: string().optional(),
  years: object({ start: number().int().min(1900).max(2200), end: number().int().min(1900).max(2200) }).refine((y) => y.end >= y.start, {
    message: "end must not be before start",
    path: ["end"],
  }),
  species: array(zEnum(SPECIES)).min(1, "name at least one species"),
  metrics: array(string().min(1)),
  baseline: array(baselineActivitySchema).min(1, "a baseline needs at least one activity"),
  measures: array(measureSchema),
  factors: object({
    userTables: array(zUnknown()).optional(),
    userCitations: array(zUnknown()).optional(),
    userNcv: array(zUnknown()).optional(),
    builtinTables: array(string()).optional(),
  }).optional(),
  gridFactor: union([object({ id: string().min(1) }), gridFactorRowSchema]).optional(),
  onMissingFactor: zEnum(["error", "omit"]).optional(),
})
  .refine((s) => new Set(s.baseline.map((b) => b.id)).size === s.baseline.length, { message: "baseline activity ids must be unique", path: ["baseline"] })
  .refine((s) => new Set(s.measures.map((m) => m.id)).size === s.measures.length, { message: "measure ids must be unique", path: ["measures"] }) as ZodType<Scenario>;
