import { type FastGame, argumentError, checkPlayerCount } from "./game.js";
import { shapleyWeightsByMask } from "./shapleyWeights.js";

/**
 * The most measures {@link shapleyFast} accepts: 24 (2^24 outcomes, 128 MiB of float64).
 *
 * @category Scenario
 */
export const SHAPLEY_FAST_MAX_MEASURES = 24;

/**
 * Shapley values of a game over n measures in float64: the fast path of {@link shapleyExact}.
 *
 * Method: the same formula, phi_i = sum over S without i of |S|! (n-|S|-1)! / n! x (v(S ∪ {i}) - v(S)),
 * with the weights computed once per measure count (and cached), each of the 2^n outcomes evaluated once into a
 * table, and the coalitions without measure i enumerated by inserting a zero bit at position i into
 * the numbers 0..2^(n-1)-1. Nothing is allocated in the inner loop. The result carries float64
 * rounding: the shares sum to v(all) - v(0) only to within rounding, and agree with
 * {@link shapleyExact} to within 1e-9 relative to the larger of the share and the largest outcome
 * (a property test checks this on random games). Use {@link shapleyExact} for reported figures and
 * this for screening many games.
 *
 * @param n - number of measures, 0 to {@link SHAPLEY_FAST_MAX_MEASURES} (24) [-]
 * @param value - the game as float64: the outcome when the measures whose bits are set in the mask are applied [any unit]
 * @returns the share of each measure, in measure order [unit of the outcomes]
 * @throws {@link cobenefits!InvalidInputError} naming `n` when it is not an integer from 0 to 24, and
 *   `value[mask]` when the game returns something other than a finite number
 * @example
 * ```ts
 * import { shapleyFast } from "cobenefits/engine";
 * const reduction = (mask: number) => [0, 10, 20, 24][mask]!;
 * Array.from(shapleyFast(2, reduction)); // [7, 17]
 * ```
 * @category Scenario
 */
export function shapleyFast(n: number, value: FastGame): Float64Array {
  checkPlayerCount("shapleyFast", n, SHAPLEY_FAST_MAX_MEASURES, "use shapleySampled, which samples orderings instead");
  const size = 2 ** n;
  const outcomes = new Float64Array(size);
  for (let mask = 0; mask < size; mask++) {
    const v = value(mask);
    if (typeof v !== "number" || !Number.isFinite(v)) {
      argumentError("shapleyFast", ["value", mask], `must be a finite number, got ${String(v)}`);
    }
    outcomes[mask] = v;
  }
  const weights = shapleyWeightsByMask(n);
  const shares = new Float64Array(n);
  const half = size / 2;
  for (let i = 0; i < n; i++) {
    const bit = 1 << i;
    const low = bit - 1;
    let sum = 0;
    for (let j = 0; j < half; j++) {
      const without = ((j & ~low) << 1) | (j & low);
      sum += (weights[without] as number) * ((outcomes[without | bit] as number) - (outcomes[without] as number));
    }
    shares[i] = sum;
  }
  return shares;
}
