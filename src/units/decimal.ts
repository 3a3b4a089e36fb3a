import DecimalJs from "decimal.js";
import type { Decimal } from "decimal.js";
import { InvalidInputError } from "../errors.js";

/**
 * The private decimal.js constructor used for every exact computation in cobenefits:
 * 40 significant digits, round-half-even. It is a `Decimal.clone`, so the caller's global
 * decimal.js configuration is never read or changed, and it is not exported from the package, so
 * no caller can change its configuration either (results are handed out as decimal strings or
 * `Dec` values to read).
 * @internal
 */
export const Dec: typeof Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -20, toExpPos: 40 });

/**
 * An exact decimal value returned by cobenefits (decimal.js API: `toString`, `toFixed`, `plus` ...).
 * @category Units
 */
export type Dec = Decimal;

/**
 * A decimal number written as a string, e.g. `"94600"`, `"0.0021"`, `"-46"`, `"1.5e-3"`.
 * Stored values in cobenefits are always decimal strings, never floats.
 * @category Units
 */
export type DecimalString = string;

/**
 * What a decimal string looks like: an optional minus, digits with an optional fraction, an
 * optional exponent (`"12.5"`, `"-0.3"`, `"1e3"`); no NaN, Infinity, spaces or plus sign.
 * @category Units
 */
export const DECIMAL_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The largest order of magnitude a decimal input may have, either way: every decimal string is
 * refused unless it is 0 or its magnitude lies from 1e-100000 up to (but not including) 1e100001,
 * i.e. its exponent in scientific notation (d.ddd x 10^e) is within -100000..100000. This keeps
 * every value finite and non-zero in exact arithmetic (decimal.js turns exponents beyond about
 * 9e15 into Infinity or 0, and Infinity - Infinity into NaN) with room for the products and sums
 * of a scenario, and it still takes 1e400 or a number written with 100,000 digits. Physical inputs
 * are nowhere near it (the mass of the Earth is about 6e21 t).
 * @category Units
 */
export const MAX_DECIMAL_EXPONENT = 100_000;

/**
 * What is wrong with a decimal string, if anything: its syntax (see {@link DECIMAL_PATTERN}) or
 * its magnitude (see `MAX_DECIMAL_EXPONENT`).
 *
 * @param text - candidate text
 * @returns a message saying what is wrong and what is accepted, or `undefined` for a valid decimal
 * @example
 * ```ts
 * import { decimalStringProblem } from "./decimal.js";
 * decimalStringProblem("1e400"); // undefined
 * decimalStringProblem("1e9999999999999999")?.startsWith("1e9999999999999999 is out of range"); // true
 * ```
 * @category Units
 */
export function decimalStringProblem(text: string): string | undefined {
  if (typeof text !== "string" || !DECIMAL_PATTERN.test(text)) return 'expected a decimal number written as a string, e.g. "12.5" or "1e3"';
  const d = new Dec(text);
  const mantissa = text.split(/[eE]/)[0] ?? "";
  const underflow = d.isZero() && /[1-9]/.test(mantissa);
  if (d.isFinite() && !underflow && (d.isZero() || Math.abs(d.e) <= MAX_DECIMAL_EXPONENT)) return undefined;
  const shown = text.length > 40 ? `${text.slice(0, 20)}...${text.slice(-12)}` : text;
  return `${shown} is out of range: a decimal must be 0 or between 1e-${MAX_DECIMAL_EXPONENT} and 1e${MAX_DECIMAL_EXPONENT + 1} in magnitude`;
}

/**
 * Whether a string is a plain decimal number (no NaN, no Infinity, no spaces, no hex) within the
 * accepted range (`MAX_DECIMAL_EXPONENT`).
 *
 * @param text - candidate text
 * @returns true when `text` parses as a finite decimal of accepted magnitude
 * @example
 * ```ts
 * import { isDecimalString } from "cobenefits";
 * isDecimalString("12.5"); // true
 * isDecimalString("NaN");  // false
 * isDecimalString("1e9999999999999999"); // false
 * ```
 * @category Units
 */
export function isDecimalString(text: string): boolean {
  return decimalStringProblem(text) === undefined;
}

/**
 * Parses a decimal string or a finite number into an exact {@link Dec}.
 * A number is read through its shortest round-trip string (`String(x)`), so `0.1` becomes exactly `0.1`.
 *
 * @param value - decimal string or finite number
 * @returns the exact value
 * @throws {@link InvalidInputError} when the value is not a finite decimal
 * @example
 * ```ts
 * import { toDec } from "cobenefits";
 * toDec("94600").times(2).toString(); // "189200"
 * ```
 * @category Units
 */
export function toDec(value: DecimalString | number | Dec): Dec {
  return parseDecimal(value, "value");
}

/**
 * Parses a decimal input of a public function, with a typed error naming the argument.
 *
 * @param value - decimal string, finite number, or {@link Dec}
 * @param name - the argument's name, for the error path
 * @returns the exact value
 * @throws {@link InvalidInputError} when the value is not a finite decimal, or out of the range of
 *   `MAX_DECIMAL_EXPONENT`
 * @example
 * ```ts
 * import { parseDecimal } from "cobenefits";
 * parseDecimal("2.5", "mass").times(2).toString(); // "5"
 * ```
 * @category Units
 */
export function parseDecimal(value: DecimalString | number | Dec, name = "value"): Dec {
  if (value instanceof Dec) return value;
  const text = typeof value === "number" ? String(value) : value;
  if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string" || !DECIMAL_PATTERN.test(text)) {
    throw new InvalidInputError(name, [{ code: "invalid_format", path: [name], message: `expected a finite decimal such as "12.5", got ${JSON.stringify(value)}` }]);
  }
  const problem = decimalStringProblem(text);
  if (problem !== undefined) throw new InvalidInputError(name, [{ code: "out_of_range", path: [name], message: problem }]);
  return new Dec(text);
}
