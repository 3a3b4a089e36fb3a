import { InvalidInputError } from "../errors.js";
import { Dec, type DecimalString } from "../units/decimal.js";

/**
 * Decimal places of the capital recovery factor (1e-30); annualised amounts are then rounded to
 * {@link COST_PLACES}.
 * @example
 * ```ts
 * import { CRF_PLACES } from "cobenefits/costs";
 * CRF_PLACES; // 30
 * ```
 * @category Costs
 */
export const CRF_PLACES = 30;

/**
 * Decimal places of the discount factors (1e-12): amounts with {@link COST_PLACES} decimals times
 * these factors have at most 18 decimals, so an NPV (below 1e15 in magnitude) is summed exactly in
 * 40 significant digits and the perspectives' NPVs add up to society's exactly.
 * @example
 * ```ts
 * import { DISCOUNT_PLACES } from "cobenefits/costs";
 * DISCOUNT_PLACES; // 12
 * ```
 * @category Costs
 */
export const DISCOUNT_PLACES = 12;

/**
 * Decimal places at which money amounts are reported [currency units]: 1e-6, so that the
 * perspectives of a measure add up exactly to society's.
 * @example
 * ```ts
 * import { COST_PLACES } from "cobenefits/costs";
 * COST_PLACES; // 6
 * ```
 * @category Costs
 */
export const COST_PLACES = 6;

/**
 * The capital recovery factor: the share of an investment paid each year so that equal payments
 * over its lifetime repay it with interest, r(1+r)^n / ((1+r)^n - 1) [1/yr]; 1/n when r = 0.
 *
 * Method: the GAINS cost convention, annualised investment = I x r(1+r)^n / ((1+r)^n - 1), with r
 * the real interest (discount) rate and n the technical lifetime (IIASA GAINS documentation,
 * "Costs", section Investments, https://gains.docs.iiasa.ac.at/model/core/cost.html). Computed
 * in exact decimals and rounded half-even to {@link CRF_PLACES} places.
 *
 * @param rate - the discount rate [1/yr], above -1 (e.g. `"0.04"`)
 * @param lifetime - the lifetime [yr], a whole number of at least 1
 * @returns the factor [1/yr]
 * @throws {@link cobenefits!InvalidInputError} for a rate at or below -1 or a lifetime that is not a whole number of at least 1
 * @example
 * ```ts
 * import { capitalRecoveryFactor } from "cobenefits/costs";
 * // 0.1 x 1.1^2 / (1.1^2 - 1) = 0.121 / 0.21 = 0.576190476...
 * capitalRecoveryFactor("0.1", 2).toFixed(9); // "0.576190476"
 * capitalRecoveryFactor("0", 4).toString(); // "0.25"
 * ```
 * @category Costs
 */
export function capitalRecoveryFactor(rate: DecimalString | Dec, lifetime: number): Dec {
  const r = new Dec(rate);
  if (!Number.isInteger(lifetime) || lifetime < 1 || r.lte(-1)) {
    throw new InvalidInputError("capital recovery factor", [{ path: [], message: `a capital recovery factor needs a rate above -1 and a whole lifetime of at least 1 year (got rate ${r.toString()}, lifetime ${lifetime})` }]);
  }
  if (r.isZero()) return new Dec(1).div(lifetime).toDecimalPlaces(CRF_PLACES, Dec.ROUND_HALF_EVEN);
  const g = r.plus(1).pow(lifetime);
  return r.times(g).div(g.minus(1)).toDecimalPlaces(CRF_PLACES, Dec.ROUND_HALF_EVEN);
}

/**
 * The discount factor of a year: 1 / (1 + r)^(year - base), rounded half-even to
 * {@link DISCOUNT_PLACES} places, so that an NPV of amounts with {@link COST_PLACES} decimals is exact.
 *
 * @param rate - the discount rate [1/yr], above -1
 * @param year - the year of the amount
 * @param base - the year the NPV is discounted to
 * @returns the factor [-]
 * @example
 * ```ts
 * import { discountFactor } from "cobenefits/costs";
 * discountFactor("0.25", 2027, 2025).toString(); // "0.64"
 * ```
 * @category Costs
 */
export function discountFactor(rate: DecimalString | Dec, year: number, base: number): Dec {
  return new Dec(1).div(new Dec(rate).plus(1).pow(year - base)).toDecimalPlaces(DISCOUNT_PLACES, Dec.ROUND_HALF_EVEN);
}
