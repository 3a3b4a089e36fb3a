import { type ZodType, array, enum as zEnum, int, literal, partialRecord, strictObject as object, string, union } from "zod";
import { InvalidInputError } from "../errors.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { SPECIES } from "../units/species.js";
import { type RangeDistribution, rangeDistributionSchema } from "./rangeDistribution.js";
import type { Species } from "../units/species.js";
import { type ImpactsParameterRanges, impactsParameterRangesSchema } from "./impactsParameterRanges.js";

/**
 * The sampling designs: `monteCarlo` (independent uniform draws) and `latinHypercube` (each
 * input's range cut into as many equally likely strata as there are draws, one draw in each).
 * @category Uncertainty
 */
export const SAMPLING = ["monteCarlo", "latinHypercube"] as const;

const ids = array(string().min(1)).min(1);

/** Which emission factor rows vary. */
const factorSelection = object({
  select: union([
    literal("withInterval").describe("every factor row the plan uses directly that carries a published 95% interval"),
    object({
      tables: ids.optional().describe("table ids (see the factors command)"),
      species: array(zEnum(SPECIES)).min(1).optional(),
      sectors: ids.optional().describe("NFR/IPCC codes: a row of the code or a sub-sector of it"),
    }).describe("the factor rows the plan uses that match every criterion given"),
  ]),
  withoutInterval: zEnum(["error", "fixed"]).optional().describe("a selected row without a published interval: an error naming it (error, the default) or kept at its value (fixed)"),
});

/** One measure's uncertain parameters. */
const measureRanges = object({
  id: string().min(1).describe("the measure's id"),
  removal: partialRecord(zEnum(SPECIES), rangeDistributionSchema).optional().describe("removal efficiency per species [-], for a measure with a per-species removal"),
  penetration: rangeDistributionSchema.optional().describe("a multiplier on the measure's penetration schedule [-] (e.g. low 0.8, high 1.1)"),
  fuelSaving: rangeDistributionSchema.optional().describe("the share of fuel the measure saves on what it treats [-], for a measure whose emissions follow its fuel use (a building retrofit's demand reduction, a curtailment)"),
});

/**
 * Zod schema of a scenario's `uncertainty` section (see docs/uncertainty.md).
 * @category Uncertainty
 */
export const uncertaintySectionSchema: ZodType<UncertaintySection> = object({
  draws: int().min(2).max(1_000_000).describe("number of draws (2 to 1,000,000)"),
  seed: int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER).optional().describe("the seed of the draws, an integer; required here unless the command line gives one (run --seed)"),
  sampling: zEnum(SAMPLING).describe("monteCarlo or latinHypercube (no default)"),
  factors: factorSelection.optional().describe("emission factors drawn from their published 95% intervals"),
  grid: object({
    species: array(zEnum(SPECIES)).min(1).optional().describe("the species whose electricity coefficients vary (all when absent)"),
    multiplier: rangeDistributionSchema.describe("a multiplier on electricity's coefficients [-], e.g. normal low 0.9 high 1.1"),
  }).optional().describe("the grid factors: one multiplier per draw on every electricity coefficient"),
  ncv: array(object({ fuel: string().min(1), multiplier: rangeDistributionSchema.describe("a multiplier on the fuel's NCV [-]") })).min(1).optional()
    .describe("net calorific values: a multiplier per fuel on the NCV every conversion of that fuel uses"),
  measures: array(measureRanges).min(1).optional().describe("measure parameters given as ranges"),
  impacts: impactsParameterRangesSchema.optional().describe("parameters of the impacts chain (intake fraction, CRF, VSL) drawn once per draw"),
}).describe("which inputs are uncertain, and how the draws are made; nothing is uncertain unless named here") as ZodType<UncertaintySection>;

/**
 * A scenario's `uncertainty` section: the number of draws, the seed, the sampling design and
 * which inputs vary (none unless named). Parsed by {@link parseUncertaintySection}; see
 * docs/uncertainty.md.
 * @category Uncertainty
 */
export interface UncertaintySection {
  /** Number of draws, 2 to 1,000,000. */
  readonly draws: number;
  /** The seed, a safe integer; required here unless the caller (run --seed) gives one. */
  readonly seed?: number | undefined;
  readonly sampling: (typeof SAMPLING)[number];
  /** Emission factors drawn from their published 95% intervals: every row with one, or the rows matching tables, species and sectors. */
  readonly factors?: {
    readonly select: "withInterval" | { readonly tables?: readonly string[] | undefined; readonly species?: readonly Species[] | undefined; readonly sectors?: readonly string[] | undefined };
    /** A selected row without a published interval: an error naming it (the default) or kept at its value. */
    readonly withoutInterval?: "error" | "fixed" | undefined;
  } | undefined;
  /** One multiplier per draw on every electricity coefficient (of the species listed, all when absent) [-]. */
  readonly grid?: { readonly species?: readonly Species[] | undefined; readonly multiplier: RangeDistribution } | undefined;
  /** A multiplier per fuel on the NCV its conversions use [-]. */
  readonly ncv?: readonly { readonly fuel: string; readonly multiplier: RangeDistribution }[] | undefined;
  /** Measure parameters as ranges: removal efficiency per species [-], a multiplier on the penetration schedule [-], the fuel saving [-]. */
  readonly measures?: readonly {
    readonly id: string;
    readonly removal?: Readonly<Partial<Record<Species, RangeDistribution>>> | undefined;
    readonly penetration?: RangeDistribution | undefined;
    /** The share of fuel saved on what the measure treats [-], for a measure whose emissions follow its fuel use. */
    readonly fuelSaving?: RangeDistribution | undefined;
  }[] | undefined;
  /** Parameters of the impacts chain drawn once per draw (with an `impacts` section). */
  readonly impacts?: ImpactsParameterRanges | undefined;
}

/**
 * Validates a scenario's `uncertainty` section.
 *
 * @param value - the section as read from the scenario
 * @param path - where it is in the input (issues are located under it) [-]; `["uncertainty"]` for a scenario
 * @returns the section, typed
 * @throws {@link cobenefits!InvalidInputError} listing every problem with its path under `path`
 * @example
 * ```ts
 * import { parseUncertaintySection } from "cobenefits/uncertainty";
 * parseUncertaintySection({ draws: 200, seed: 7, sampling: "latinHypercube", factors: { select: "withInterval" } }, ["uncertainty"]).draws; // 200
 * ```
 * @category Uncertainty
 */
export function parseUncertaintySection(value: unknown, path: readonly (string | number)[]): UncertaintySection {
  const r = uncertaintySectionSchema.safeParse(value);
  if (!r.success) throw new InvalidInputError("uncertainty section", inputIssuesFromZod(r.error, value, path));
  return r.data;
}
