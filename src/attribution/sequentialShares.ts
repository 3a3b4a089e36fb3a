import type { Dec } from "../units/decimal.js";
import { type Game, MAX_MASK_MEASURES, checkPlayerCount, evaluateGame, firstMeasures } from "./game.js";
import { fromScaledInteger, toScaledIntegers } from "./scaledIntegers.js";

/**
 * Shares of a combined effect by sequential (incremental) attribution: each measure gets its
 * marginal contribution when the measures are added in their declared order.
 *
 * Method: share_k = v({0, ..., k}) - v({0, ..., k-1}), with v(∅) = value(0). The n + 1 outcomes
 * are evaluated once each and differenced exactly (as integers at a common decimal scale), so the
 * shares telescope to v(all) - v(0) exactly, with no rounding. Unlike the Shapley value, the
 * result depends on the order: a measure declared later is credited only with what the earlier
 * ones left for it to do.
 *
 * @param n - number of measures, 0 to {@link MAX_MASK_MEASURES} (31) [-]
 * @param value - the game: the outcome when the measures whose bits are set in the mask are applied [any unit]
 * @returns the share of each measure, in declared order, summing exactly to v(2^n - 1) - v(0) [unit of the outcomes]
 * @throws {@link cobenefits!InvalidInputError} naming `n` when it is not an integer from 0 to 31, and
 *   `value[mask]` when the game returns something other than a finite decimal
 * @example
 * ```ts
 * import { sequentialShares } from "cobenefits/engine";
 * // Two measures: 10 t alone, 20 t alone, 24 t together.
 * const reduction = (mask: number) => ["0", "10", "20", "24"][mask]!;
 * sequentialShares(2, reduction).map(String); // ["10", "14"]
 * ```
 * @category Scenario
 */
export function sequentialShares(n: number, value: Game): Dec[] {
  checkPlayerCount("sequentialShares", n, MAX_MASK_MEASURES, "a mask holds at most 31 measures");
  const outcomes: Dec[] = [];
  for (let k = 0; k <= n; k++) outcomes.push(evaluateGame("sequentialShares", value, firstMeasures(k)));
  const { integers, scale } = toScaledIntegers(outcomes);
  return integers.slice(1).map((v, k) => fromScaledInteger(v - (integers[k] ?? 0n), scale));
}
