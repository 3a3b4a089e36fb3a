import { type ZodType, array, enum as zEnum, literal, strictObject as object, string } from "zod";
import { type RangeDistribution, rangeDistributionSchema } from "./rangeDistribution.js";

/**
 * The `uncertainty.impacts` part of a scenario: which parameters of the impacts chain are drawn,
 * each once per draw and shared by every year, measure and function that uses it (common random
 * numbers). None is drawn unless named here, and each distribution is named (no default).
 * @category Uncertainty
 */
export interface ImpactsParameterRanges {
  /** A multiplier on every primary-PM2.5 intake fraction [-] (e.g. lognormal low 0.5 high 2). */
  readonly intakeFraction?: RangeDistribution | undefined;
  /**
   * `standardError`: each endpoint of each function drawn from its published uncertainty:
   * GEMM theta normal with its published standard error (Burnett et al. 2018 give theta and its
   * SE: theta -/+ 1 SE, not a 95% interval), a log-linear RR lognormal with its 95% interval; an
   * IER function has no interval here and stays at its value.
   */
  readonly crf?: "standardError" | undefined;
  /** The VSL's base value and income elasticity over the built-in set's published ranges, by the distribution named. */
  readonly vsl?: { readonly baseValue?: "uniform" | "triangular" | undefined; readonly incomeElasticity?: "uniform" | "triangular" | undefined } | undefined;
  /**
   * Temperature potentials: per species, a multiplier on its whole temperature response [-],
   * drawn over the published uncertainty of the named metric's value for that species, relative
   * to the value (AR6 Table 7.15's +/- for CH4 and N2O, e.g. `AR6-GWP100-nonfossilCH4`; Bond et
   * al. 2013's 120-1800 about 900 for BC, `Bond2013-GWP100`), uniform over it or triangular with
   * the published value as its mode.
   */
  readonly temperature?: readonly TemperaturePotentialRange[] | undefined;
}

/**
 * One species' temperature-potential range in `uncertainty.impacts.temperature`: the metric
 * whose published uncertainty gives the range, and the distribution over it (no default).
 * @category Uncertainty
 */
export interface TemperaturePotentialRange {
  /** A species with a temperature response in `impacts.climate`: CH4, N2O or a `shortLived` row's species. */
  readonly species: string;
  /** A metric set whose value for the species carries a published uncertainty (see `cobenefits metrics`). */
  readonly metric: string;
  readonly distribution: "uniform" | "triangular";
}

const published = zEnum(["uniform", "triangular"]).describe("uniform over the published range, or triangular with the published central value as its mode");

/**
 * Zod schema of {@link ImpactsParameterRanges}.
 *
 * @example
 * ```ts
 * import { impactsParameterRangesSchema } from "cobenefits/uncertainty";
 * impactsParameterRangesSchema.safeParse({ crf: "standardError", vsl: { baseValue: "triangular" }, temperature: [{ species: "BC", metric: "Bond2013-GWP100", distribution: "uniform" }] }).success; // true
 * ```
 * @category Uncertainty
 */
export const impactsParameterRangesSchema: ZodType<ImpactsParameterRanges> = object({
  intakeFraction: rangeDistributionSchema.optional().describe("a multiplier on every primary-PM2.5 intake fraction [-]"),
  crf: literal("standardError").optional().describe("each function's endpoints drawn from their published uncertainty: GEMM theta normal with its standard error, a log-linear RR lognormal with its 95% interval"),
  vsl: object({
    baseValue: published.optional().describe("the built-in set's base VSL over its published range"),
    incomeElasticity: published.optional().describe("the income elasticity over the built-in set's published range"),
  }).optional().describe("the VSL's base value and income elasticity over their published ranges (a built-in parameter set only)"),
  temperature: array(object({
    species: string().min(1).describe("a species with a temperature response in impacts.climate: CH4, N2O or a shortLived row's species"),
    metric: string().min(1).describe("a metric set whose value for the species carries a published uncertainty, e.g. AR6-GWP100-nonfossilCH4 (Table 7.15) or Bond2013-GWP100"),
    distribution: published,
  })).min(1).optional().describe("temperature potentials: a multiplier per species on its temperature response, over the published uncertainty of the named metric's value relative to the value"),
}).describe("parameters of the impacts chain drawn once per draw; none unless named") as ZodType<ImpactsParameterRanges>;
