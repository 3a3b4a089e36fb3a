import type { ConfidenceInterval } from "../factors/factorRow.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import type { RangeDistribution } from "./rangeDistribution.js";

/**
 * The distribution of a value published with a 95% interval: normal when the interval is
 * symmetric about the value, lognormal when it is skewed.
 *
 * Method: the rule of the IPCC 2006 Guidelines Vol. 1 ch. 3 (Uncertainties: choosing probability
 * density functions, and Approach 2, Monte Carlo simulation) and of the EMEP/EEA Guidebook 2019
 * Part A ch. 5 (Uncertainties): a symmetric range is represented by a normal distribution, an asymmetric
 * (skewed) one of a quantity that cannot be negative by a lognormal. Symmetric means exactly
 * symmetric as published (upper - value = value - lower, compared as decimals): no tolerance is
 * invented. The normal has mean (lower + upper)/2 and sd (upper - lower)/3.92; the lognormal has
 * ln lower and ln upper as the 2.5th and 97.5th percentiles of its logarithm, so its median is
 * sqrt(lower x upper), which may differ from the published value (the draws' mean then differs
 * from the point run, as the published interval says it should).
 *
 * @param value - the published value [its unit]
 * @param ci - its published 95% interval [the same unit]
 * @returns the distribution, or the reason none fits (a skewed interval whose lower bound is 0 has
 *   no lognormal)
 * @example
 * ```ts
 * import { intervalDistribution } from "cobenefits/uncertainty";
 * intervalDistribution("398", { lower: "72", upper: "480" }); // { distribution: "lognormal", low: "72", high: "480" }
 * intervalDistribution("10", { lower: "5", upper: "15" }); // { distribution: "normal", low: "5", high: "15" }
 * ```
 * @category Uncertainty
 */
export function intervalDistribution(value: DecimalString, ci: ConfidenceInterval): RangeDistribution | { readonly problem: string } {
  const v = new Dec(value);
  const symmetric = new Dec(ci.upper).minus(v).eq(v.minus(ci.lower));
  if (symmetric) return { distribution: "normal", low: ci.lower, high: ci.upper };
  if (!new Dec(ci.lower).gt(0)) return { problem: `its 95% interval ${ci.lower} to ${ci.upper} is skewed and starts at ${ci.lower}: no lognormal has a lower bound of 0 or less` };
  return { distribution: "lognormal", low: ci.lower, high: ci.upper };
}
