import { Dec } from "../units/decimal.js";
import { apportion } from "./apportion.js";
import { shapleyFast } from "./shapleyFast.js";

/**
 * The total and each measure's exact share of a non-linear response to additive reductions: the
 * game v(S) = outcome(sum of the reductions of the measures in S), the total v(all) rounded to
 * `places`, and the Shapley values (float64, {@link shapleyFast}) apportioned ({@link apportion})
 * so that the shares add up exactly to that total. Used by the health functions (deaths from a
 * concentration reduction) and the crop functions (yield loss from an exposure reduction).
 *
 * @param reductions - each measure's reduction, in measure order [unit of the response's input]
 * @param outcome - the response to a summed reduction d, with outcome(0) = 0 for no measure [unit of the result]
 * @param places - decimal places of the total and the shares [-]
 * @returns the total and the shares in measure order (none for no measure) [unit of the result]
 * @throws {@link cobenefits!InvalidInputError} from {@link shapleyFast} for more than 24 measures or a non-finite outcome
 * @example
 * ```ts
 * import { sumGameShares } from "./sumGameShares.js";
 * const r = sumGameShares([1, 3], (d) => d * d, 2); // v(all) = 16; Shapley: (1 + 15) / 2, (9 + 15) / 2
 * [r.total.toString(), ...r.each.map(String)]; // ["16", "4", "12"]
 * ```
 * @category Scenario
 */
export function sumGameShares(reductions: readonly number[], outcome: (reduction: number) => number, places: number): { readonly total: Dec; readonly each: readonly Dec[] } {
  const game = (mask: number) => {
    let d = 0;
    for (let i = 0; i < reductions.length; i++) if (mask & (1 << i)) d += reductions[i] ?? 0;
    return outcome(d);
  };
  const total = new Dec(game(2 ** reductions.length - 1)).toDecimalPlaces(places);
  const each = reductions.length === 0 ? [] : apportion(Array.from(shapleyFast(reductions.length, game), (x) => new Dec(x)), total, places);
  return { total, each };
}
