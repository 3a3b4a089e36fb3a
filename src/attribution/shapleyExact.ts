import type { Dec } from "../units/decimal.js";
import { DEFAULT_SHARE_PLACES, apportionEfficient, checkPlaces } from "./apportion.js";
import { type Game, checkPlayerCount, evaluateGame, popcounts } from "./game.js";
import { fromScaledInteger, powerOfTen, toScaledIntegers } from "./scaledIntegers.js";
import { shapleyIntegerWeights } from "./shapleyWeights.js";

/**
 * The most measures {@link shapleyExact} accepts: 20, i.e. 2^20 = 1,048,576 evaluations of the game
 * (besides the game's own cost, about 2 s and 400 MB at 20 measures; 16 take about 0.2 s).
 * For more, use {@link shapleySampled}.
 *
 * @category Scenario
 */
export const SHAPLEY_EXACT_MAX_MEASURES = 20;

/**
 * Options of {@link shapleyExact} and {@link shapleySampled}.
 * @category Scenario
 */
export interface ShareOptions {
  /** Decimal places of the shares (default {@link DEFAULT_SHARE_PLACES}, 24). */
  readonly places?: number;
}

/**
 * Exact Shapley values of a game over n measures: each measure's share of the combined effect.
 *
 * Method: phi_i = sum over coalitions S without i of |S|! (n-|S|-1)! / n! x (v(S ∪ {i}) - v(S))
 * (Shapley 1953, "A value for n-person games", Contributions to the Theory of Games II, pp. 307-317).
 * Each of the 2^n coalitions is evaluated once. The outcomes are read as exact integers at a common
 * decimal scale, the differences are summed per coalition size and weighted by the integer
 * |S|! (n-|S|-1)!, and each numerator is divided by n! once, so the only rounding is the last step:
 * {@link apportion} rounds the exact values to `places` decimals (within one unit in the last place)
 * so that they sum exactly to v(all) - v(0) (efficiency). Ties in that rounding go to the lower
 * index, so two symmetric measures can differ by one unit in the last place (10^-places).
 *
 * @param n - number of measures, 0 to {@link SHAPLEY_EXACT_MAX_MEASURES} (20) [-]
 * @param value - the game: the outcome when the measures whose bits are set in the mask are applied [any unit]
 * @param options - `places`: decimals of the shares (default 24)
 * @returns the share of each measure, in measure order, summing exactly to v(2^n - 1) - v(0) [unit of the outcomes]
 * @throws {@link cobenefits!InvalidInputError} naming `n` when it is not an integer from 0 to 20 (beyond that,
 *   use {@link shapleySampled}), `places` when it is invalid or v(all) - v(0) has more decimals than it,
 *   and `value[mask]` when the game returns something other than a finite decimal
 * @example
 * ```ts
 * import { shapleyExact } from "cobenefits/engine";
 * // Two measures: 10 t alone, 20 t alone, 24 t together (they overlap).
 * const reduction = (mask: number) => ["0", "10", "20", "24"][mask]!;
 * shapleyExact(2, reduction).map(String); // ["7", "17"]
 * ```
 * @category Scenario
 */
export function shapleyExact(n: number, value: Game, options: ShareOptions = {}): Dec[] {
  const places = options.places ?? DEFAULT_SHARE_PLACES;
  checkPlayerCount(
    "shapleyExact",
    n,
    SHAPLEY_EXACT_MAX_MEASURES,
    "exact Shapley values need all 2^n combinations, so use shapleySampled, which samples orderings instead",
  );
  checkPlaces("shapleyExact", places);
  const size = 2 ** n;
  const outcomes: Dec[] = [];
  for (let mask = 0; mask < size; mask++) outcomes.push(evaluateGame("shapleyExact", value, mask));
  const { integers: v, scale } = toScaledIntegers(outcomes);
  const { bySize: weights, nFactorial } = shapleyIntegerWeights(n);
  const sizes = popcounts(n);
  const bySize = new Array<bigint>(n);
  const numerators: bigint[] = [];
  for (let i = 0; i < n; i++) {
    bySize.fill(0n);
    const bit = 1 << i;
    for (let mask = 0; mask < size; mask++) {
      if ((mask & bit) !== 0) continue;
      const k = sizes[mask] ?? 0;
      bySize[k] = (bySize[k] ?? 0n) + (v[mask | bit] ?? 0n) - (v[mask] ?? 0n);
    }
    numerators.push(bySize.reduce((sum, d, k) => sum + (weights[k] ?? 0n) * d, 0n));
  }
  const total = fromScaledInteger((v[size - 1] ?? 0n) - (v[0] ?? 0n), scale);
  return apportionEfficient("shapleyExact", numerators, nFactorial * powerOfTen(scale), total, places);
}
