import { InvalidInputError } from "../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";

/**
 * A cooperative game over `n` measures: the outcome (e.g. the reduction in tonnes) when exactly
 * the measures whose bits are set in `mask` are applied. Bit `i` (value `2 ** i`) stands for
 * measure `i`, `i < n`; `value(0)` is the baseline outcome and `value(2 ** n - 1)` the outcome
 * with every measure applied. Outcomes are decimal strings (e.g. `"12.5"`) or decimal.js values
 * (such as the `Dec` values cobenefits returns).
 *
 * @category Scenario
 */
export type Game = (mask: number) => Dec | DecimalString;

/**
 * A {@link Game} in float64, for {@link shapleyFast}.
 *
 * @category Scenario
 */
export type FastGame = (mask: number) => number;

/**
 * The most measures a mask can hold: 31, so that every mask is a non-negative 32-bit integer
 * and `mask & (1 << i)` tests measure `i`.
 *
 * @category Scenario
 */
export const MAX_MASK_MEASURES = 31;

/**
 * Throws an {@link InvalidInputError} naming one argument of one function.
 * @internal
 */
export function argumentError(fn: string, argument: string | (string | number)[], message: string): never {
  throw new InvalidInputError(`${fn} arguments`, [{ path: typeof argument === "string" ? [argument] : argument, message }]);
}

/**
 * Checks that `n` is an integer number of players from 0 to `max`.
 * @internal
 */
export function checkPlayerCount(fn: string, n: number, max: number, beyond: string): void {
  if (!Number.isInteger(n) || n < 0) argumentError(fn, "n", `must be a non-negative integer number of measures, got ${String(n)}`);
  if (n > max) argumentError(fn, "n", `${fn} supports at most ${max} measures, got ${n}; ${beyond}`);
}

/**
 * A finite {@link Dec} from a Dec or decimal string, or a typed error naming where it came from.
 * @internal
 */
export function finiteDec(fn: string, path: (string | number)[], v: unknown): Dec {
  // Dec.isDecimal also accepts instances of other decimal.js constructors, e.g. the caller's own.
  if (Dec.isDecimal(v) ? v.isFinite() : typeof v === "string" && isDecimalString(v)) return new Dec(v as Dec | DecimalString);
  return argumentError(fn, path, `must be a finite Dec or decimal string, got ${String(v)}`);
}

/**
 * One outcome of a game as a finite {@link Dec}, or a typed error naming the mask.
 * @internal
 */
export function evaluateGame(fn: string, value: Game, mask: number): Dec {
  return finiteDec(fn, ["value", mask], value(mask));
}

/**
 * The mask of the first `k` measures, `{0, ..., k-1}`.
 * @internal
 */
export function firstMeasures(k: number): number {
  return 2 ** k - 1;
}

/**
 * The number of set bits of every mask below 2^n.
 * @internal
 */
export function popcounts(n: number): Uint8Array {
  const out = new Uint8Array(2 ** n);
  for (let mask = 1; mask < out.length; mask++) out[mask] = (out[mask >> 1] ?? 0) + (mask & 1);
  return out;
}
