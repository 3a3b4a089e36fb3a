import { Dec } from "../units/decimal.js";

/**
 * The significant digits the human outputs (text table above 10,000, xlsx workbook, charts) keep:
 * four, more than the emission factors behind them are known to (EMEP/EEA and IPCC give most
 * factors with two or three, and 95% intervals of tens of percent). CSV and JSON keep every digit.
 * @category Report
 */
export const SIGNIFICANT_DIGITS = 4;

/**
 * A decimal string rounded to significant digits (half to even), as a number for a spreadsheet
 * cell or a chart: the value a reader is shown, not a value to compute further with (the CSV and
 * JSON outputs hold the exact decimals).
 *
 * @param value - a decimal string
 * @param digits - significant digits to keep; default {@link SIGNIFICANT_DIGITS}
 * @returns the rounded value (a finite number; `-0` is returned as `0`)
 * @example
 * ```ts
 * import { significantNumber } from "./significantNumber.js";
 * [significantNumber("1423.999999999999999999999998"), significantNumber("1297571.25"), significantNumber("-0.000123456")]; // [1424, 1298000, -0.0001235]
 * ```
 * @category Report
 */
export function significantNumber(value: string, digits: number = SIGNIFICANT_DIGITS): number {
  const n = new Dec(value).toSignificantDigits(digits, Dec.ROUND_HALF_EVEN).toNumber();
  return n === 0 ? 0 : n;
}
