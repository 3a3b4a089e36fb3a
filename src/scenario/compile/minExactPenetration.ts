import { Dec } from "../../units/decimal.js";

/**
 * The smallest positive penetration [-] the exact engine carries without losing its reduction:
 * 1e-24. The exact path keeps each blended factor `1 - p + p x f` to 40 decimals
 * (docs/performance.md, "Exact path"; `Dec` has 40 significant digits), so a penetration p keeps
 * about 40 + log10(p) significant digits of its reduction: at 1e-24, 16, the precision of the float64
 * fast path it is checked against; below 1e-40, none (every reduction shows as 0, as a measure
 * treating 50,000 units of a stock of 1e300 would). Smaller positive penetrations are refused
 * (`out_of_range`, `minimum` = this), a penetration of exactly 0 is allowed.
 * @category Scenario
 */
export const MIN_EXACT_PENETRATION = "1e-24";

/**
 * Whether a penetration is positive but below {@link MIN_EXACT_PENETRATION}, so that the exact engine
 * would lose (part of) its reduction.
 *
 * @param p - the penetration [-]
 * @returns true for 0 < p < 1e-24
 * @example
 * ```ts
 * import { toDec } from "cobenefits";
 * import { belowExactPenetration } from "./minExactPenetration.js";
 * [belowExactPenetration(toDec("5e-296")), belowExactPenetration(toDec("0")), belowExactPenetration(toDec("1e-9"))]; // [true, false, false]
 * ```
 * @category Scenario
 */
export function belowExactPenetration(p: Dec): boolean {
  return p.gt(0) && p.lt(MIN_EXACT_PENETRATION);
}
