import { type ZodType, literal, strictObject as object, union } from "zod";
import { Dec, isDecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { normalQuantile } from "./normalQuantile.js";

/**
 * The distributions a range can be given with: `uniform` (low and high are the bounds),
 * `triangular` (bounds and mode), `normal` and `lognormal` (low and high are the 2.5th and 97.5th
 * percentiles, the 95% interval). None is a default: the scenario names one.
 * @category Uncertainty
 */
export const RANGE_DISTRIBUTIONS = ["normal", "lognormal", "uniform", "triangular"] as const;

const ordered = (r: { readonly low: string; readonly high: string; readonly mode?: string }) =>
  ![r.low, r.high, ...(r.mode === undefined ? [] : [r.mode])].every(isDecimalString) ||
  (new Dec(r.low).lte(r.mode ?? r.low) && new Dec(r.mode ?? r.high).lte(r.high) && new Dec(r.low).lte(r.high));

/**
 * Zod schema of a {@link RangeDistribution}: decimal strings, low <= (mode <=) high, and a
 * lognormal's low above 0.
 * @category Uncertainty
 */
export const rangeDistributionSchema: ZodType<RangeDistribution> = union([
  object({ distribution: union([literal("normal"), literal("uniform")]), low: decimalStringSchema, high: decimalStringSchema }),
  object({ distribution: literal("lognormal"), low: decimalStringSchema, high: decimalStringSchema }),
  object({ distribution: literal("triangular"), low: decimalStringSchema, mode: decimalStringSchema, high: decimalStringSchema }),
])
  .refine(ordered, { message: "expected low <= high (and low <= mode <= high for a triangular range)" })
  .refine((r) => r.distribution !== "lognormal" || !isDecimalString(r.low) || new Dec(r.low).gt(0), { message: "a lognormal range needs low > 0 (its logarithm is normal)", path: ["low"] })
  .describe("a range with a named distribution: uniform and triangular give bounds (and mode); normal and lognormal give the 2.5th and 97.5th percentiles as low and high") as ZodType<RangeDistribution>;

/**
 * A parameter given as a range with a named distribution (values as decimal strings, in the
 * parameter's own unit): `uniform` and `triangular` give bounds (and mode); `normal` and
 * `lognormal` give the 2.5th and 97.5th percentiles as `low` and `high`.
 * @category Uncertainty
 */
export type RangeDistribution =
  | { readonly distribution: "normal" | "lognormal" | "uniform"; readonly low: string; readonly high: string }
  | { readonly distribution: "triangular"; readonly low: string; readonly mode: string; readonly high: string };

/** z of the 97.5th percentile of the standard normal: a 95% interval is mean +- 1.959964 sd. */
const Z975 = normalQuantile(0.975);

/**
 * The quantile function of a range: the value whose cumulative probability is `u`, in float64.
 *
 * Method: uniform low + u (high - low); triangular by the inverse of its piecewise-quadratic
 * distribution function; normal mean (low + high)/2 and sd (high - low)/(2 x 1.959964); lognormal
 * with ln low and ln high as the 2.5th and 97.5th percentiles of the normal of its logarithm (so
 * its median is sqrt(low x high)). Normal and lognormal as the IPCC 2006 Guidelines Vol. 1 ch. 3
 * and the EMEP/EEA Guidebook 2019 Part A ch. 5 use them for a 95% interval.
 *
 * @param range - the range [the parameter's unit]
 * @param u - a probability, 0 < u < 1 [-]
 * @returns the value [the parameter's unit]
 * @example
 * ```ts
 * import { rangeQuantile } from "cobenefits/uncertainty";
 * rangeQuantile({ distribution: "uniform", low: "0.8", high: "1" }, 0.5).toFixed(2); // "0.90"
 * rangeQuantile({ distribution: "normal", low: "0.8", high: "1" }, 0.975).toFixed(6); // "1.000000"
 * ```
 * @category Uncertainty
 */
export function rangeQuantile(range: RangeDistribution, u: number): number {
  const low = Number(range.low);
  const high = Number(range.high);
  switch (range.distribution) {
    case "uniform":
      return low + u * (high - low);
    case "triangular": {
      const mode = Number(range.mode);
      const width = high - low;
      if (width === 0) return low;
      const split = (mode - low) / width;
      return u < split ? low + Math.sqrt(u * width * (mode - low)) : high - Math.sqrt((1 - u) * width * (high - mode));
    }
    case "normal":
      return (low + high) / 2 + ((high - low) / (2 * Z975)) * normalQuantile(u);
    case "lognormal": {
      const mu = (Math.log(low) + Math.log(high)) / 2;
      const sigma = (Math.log(high) - Math.log(low)) / (2 * Z975);
      return Math.exp(mu + sigma * normalQuantile(u));
    }
  }
}
