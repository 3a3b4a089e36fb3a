import { Dec, type DecimalString } from "../units/decimal.js";
import { argumentError, finiteDec } from "./game.js";
import { fromScaledInteger, powerOfTen, toScaledInteger, toScaledIntegers } from "./scaledIntegers.js";

/**
 * The default number of decimal places of apportioned shares: 24.
 * With 40 significant digits in {@link Dec}, shares and totals below 10^16 in magnitude
 * (16 integer digits + 24 decimals) then also add up exactly under Dec arithmetic.
 *
 * @category Scenario
 */
export const DEFAULT_SHARE_PLACES = 24;

/** The largest `places` accepted (the shares are exact integers of 10^-places internally). */
const MAX_PLACES = 1000;

/**
 * Checks that `places` is an integer from 0 to 1000.
 * @internal
 */
export function checkPlaces(fn: string, places: number): void {
  if (!Number.isInteger(places) || places < 0 || places > MAX_PLACES) {
    argumentError(fn, "places", `must be an integer number of decimal places from 0 to ${MAX_PLACES}, got ${String(places)}`);
  }
}

/**
 * Checks that a total can be met exactly at `places` decimals, naming `argument` when it cannot.
 * @internal
 */
export function checkTotalPlaces(fn: string, argument: string, total: Dec, places: number): void {
  if (total.decimalPlaces() > places) {
    argumentError(
      fn,
      argument,
      `the total ${total.toString()} has ${total.decimalPlaces()} decimals, more than places = ${places}; shares rounded to ${places} decimals cannot sum to it exactly, so pass places >= ${total.decimalPlaces()}`,
    );
  }
}

/** `floor(a / b)` for b > 0 (bigint division truncates toward zero). */
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n ? q - 1n : q;
}

/**
 * Largest-remainder rounding of the exact shares `numerators[i] / denominator` to `places`
 * decimals so that they sum to `total` exactly: each share is rounded down, and the units of
 * 10^-places still missing go one each to the largest remainders (ties to the lower index).
 * Returns `undefined` when that needs more than one unit per share or a negative number of units
 * (the shares do not sum to the total to within one unit in the last place per share).
 * `total` must have at most `places` decimals and `denominator` must be positive.
 * @internal
 */
export function apportionFractions(numerators: readonly bigint[], denominator: bigint, total: Dec, places: number): Dec[] | undefined {
  const unit = powerOfTen(places);
  const floors = numerators.map((a) => floorDiv(a * unit, denominator));
  const remainders = numerators.map((a, i) => a * unit - (floors[i] ?? 0n) * denominator);
  const missing = toScaledInteger(total, places) - floors.reduce((s, f) => s + f, 0n);
  if (missing < 0n || missing > BigInt(numerators.length)) return undefined;
  const order = remainders.map((r, i) => ({ r, i })).sort((x, y) => (x.r === y.r ? x.i - y.i : x.r > y.r ? -1 : 1));
  for (const { i } of order.slice(0, Number(missing))) floors[i] = (floors[i] ?? 0n) + 1n;
  return floors.map((f) => fromScaledInteger(f, places));
}

/**
 * Rounds exact shares that sum to `total` (an efficient allocation, as the Shapley value is),
 * after checking that the total can be met at `places` decimals.
 * @internal
 */
export function apportionEfficient(fn: string, numerators: readonly bigint[], denominator: bigint, total: Dec, places: number): Dec[] {
  checkTotalPlaces(fn, "places", total, places);
  const shares = apportionFractions(numerators, denominator, total, places);
  if (shares === undefined) throw new RangeError(`${fn}: internal error, exact shares do not sum to ${total.toString()}`);
  return shares;
}

/**
 * Rounds shares to a fixed number of decimals so that they sum exactly to a total
 * (largest-remainder apportionment, Hamilton's method).
 *
 * Method: every share is rounded down to `places` decimals; the units of 10^-places still
 * missing from `total` are handed out one each to the shares with the largest remainders, ties
 * going to the lower index, so the result is deterministic. Each result is within one unit in
 * the last place (10^-places) of its share, and the results sum to `total` exactly: as exact
 * decimals, and also under {@link Dec} arithmetic while the partial sums stay below
 * 10^(40 - places) in magnitude (10^16 at the default 24 places).
 *
 * @param shares - the shares, as exact as they are known (e.g. to Dec's 40 significant digits) [any unit]
 * @param total - what the shares must sum to, with at most `places` decimals [same unit]
 * @param places - decimal places of the results (default {@link DEFAULT_SHARE_PLACES}, 24) [-]
 * @returns the shares rounded to `places` decimals, summing exactly to `total` [same unit]
 * @throws {@link cobenefits!InvalidInputError} naming `places` when it is not an integer from 0 to 1000, `total`
 *   when it has more than `places` decimals, `shares[i]` when a share is not a finite decimal, and
 *   `shares` when the shares differ from the total by more than one unit in the last place per share
 * @example
 * ```ts
 * import { apportion } from "cobenefits/engine";
 * apportion(["0.335", "0.335", "0.33"], "1", 2).map(String); // ["0.34", "0.33", "0.33"]
 * apportion(["33.3333", "33.3333", "33.3333"], "100", 0).map(String); // ["34", "33", "33"]
 * ```
 * @category Scenario
 */
export function apportion(shares: readonly (Dec | DecimalString)[], total: Dec | DecimalString, places: number = DEFAULT_SHARE_PLACES): Dec[] {
  checkPlaces("apportion", places);
  const exact = shares.map((s, i) => finiteDec("apportion", ["shares", i], s));
  const target = finiteDec("apportion", ["total"], total);
  checkTotalPlaces("apportion", "total", target, places);
  const { integers, scale } = toScaledIntegers(exact);
  const rounded = apportionFractions(integers, powerOfTen(scale), target, places);
  if (rounded === undefined) {
    const sum = exact.reduce((s, x) => s.plus(x), new Dec(0));
    return argumentError(
      "apportion",
      "shares",
      `the shares sum to ${sum.toString()}, which is not within one unit in the last place (1e-${places}) per share of the total ${target.toString()}`,
    );
  }
  return rounded;
}
