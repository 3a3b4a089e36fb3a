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
 * Whether a string is a plain decimal number (no NaN, no Infinity, no spaces, no hex).
 *
 * @param text - candidate text
 * @returns true when `text` parses as a finite decimal
 * @example
 * ```ts
 * import { isDecimalString } from "cobenefits";
 * isDecimalString("12.5"); // true
 * isDecimalString("NaN");  // false
 * ```
 * @category Units
 */
export function isDecimalString(text: string): boolean {
  return DECIMAL_PATTERN.test(text);
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
 * @throws {@link InvalidInputError} when the value is not a finite decimal
 * @example
 * ```ts
 * import { parseDecimal } from "cobenefits";
 * parseDecimal("2.5", "mass").times(2).toString(); // "5"
 * ```
 * @category Units
 */
export function parseDecimal(value: DecimalString | number | Dec, name: string): Dec {
  if (value instanceof Dec) return value;
  const text = typeof value === "number" ? String(value) : value;
  if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string" || !isDecimalString(text)) {
    throw new InvalidInputError(name, [{ path: [name], message: `expected a finite decimal such as "12.5", got ${JSON.stringify(value)}` }]);
  }
  return new Dec(text);
}
