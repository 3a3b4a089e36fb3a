import DecimalJs from "decimal.js";

/**
 * The private decimal.js constructor used for every exact computation in cobenefits:
 * 40 significant digits, round-half-even. It is a `Decimal.clone`, so the caller's global
 * decimal.js configuration is never read or changed.
 *
 * @example
 * ```ts
 * import { Dec } from "cobenefits";
 * new Dec("0.1").plus("0.2").toString(); // "0.3"
 * ```
 * @category Units
 */
export const Dec = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_EVEN, toExpNeg: -20, toExpPos: 40 });

/**
 * An exact decimal value (an instance of {@link Dec}).
 * @category Units
 */
export type Dec = InstanceType<typeof Dec>;

/**
 * A decimal number written as a string, e.g. `"94600"`, `"0.0021"`, `"-46"`, `"1.5e-3"`.
 * Stored values in cobenefits are always decimal strings, never floats.
 * @category Units
 */
export type DecimalString = string;

const DECIMAL_PATTERN = /^-?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

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
 * @throws TypeError when the value is not a finite decimal (internal use; inputs are validated by schemas first)
 * @example
 * ```ts
 * import { toDec } from "cobenefits";
 * toDec("94600").times(2).toString(); // "189200"
 * ```
 * @category Units
 */
export function toDec(value: DecimalString | number | Dec): Dec {
  if (value instanceof Dec) return value;
  const text = typeof value === "number" ? String(value) : value;
  if (typeof value === "number" ? !Number.isFinite(value) : !isDecimalString(text)) {
    throw new TypeError(`not a finite decimal: ${text}`);
  }
  return new Dec(text);
}
