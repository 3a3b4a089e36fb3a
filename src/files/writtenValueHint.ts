const PERCENT = /^\s*([+-]?)(\d*)(?:\.(\d*))?\s*%\s*$/;
const NUMBER = /^\s*[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** `70` -> `0.7`, `5.5` -> `0.055`: a percentage's digits as the fraction they stand for, exactly. */
function fractionOf(sign: string, int: string, frac: string): string {
  const scale = frac.length + 2; // the digits of int and frac, divided by 10^scale
  const digits = `${int}${frac}`.replace(/^0+/, "");
  if (digits === "") return "0";
  const whole = digits.length > scale ? digits.slice(0, digits.length - scale) : "0";
  const rest = (digits.length > scale ? digits.slice(digits.length - scale) : `${"0".repeat(scale - digits.length)}${digits}`).replace(/0+$/, "");
  return `${sign === "-" ? "-" : ""}${whole}${rest === "" ? "" : `.${rest}`}`;
}

/**
 * A hint for a value written in a form people use but a scenario file does not take: a
 * percentage (`"70%"`, to be written as the fraction 0.7: shares, penetrations and removals are
 * fractions from 0 to 1) or a number in quotes where a number is expected (`months: ["11"]`, to be
 * written 11).
 *
 * @param value - the value as written
 * @param expected - the type the field expects, when known (`number` for a quoted number's hint)
 * @returns the hint, or undefined when the value is neither
 * @example
 * ```ts
 * import { writtenValueHint } from "./writtenValueHint.js";
 * [writtenValueHint("70%"), writtenValueHint("11", "number"), writtenValueHint("high")]; // ['"70%" is a percentage: write the fraction 0.7 (shares, penetrations and removals are fractions from 0 to 1)', '"11" is a number in quotes: write 11 without quotes', undefined]
 * ```
 * @category Scenario files
 */
export function writtenValueHint(value: unknown, expected?: string): string | undefined {
  if (typeof value !== "string") return undefined;
  const pct = PERCENT.exec(value);
  if (pct !== null && `${pct[2]}${pct[3] ?? ""}` !== "") return `"${value.trim()}" is a percentage: write the fraction ${fractionOf(pct[1] ?? "", pct[2] ?? "", pct[3] ?? "")} (shares, penetrations and removals are fractions from 0 to 1)`;
  if (expected === "number" && NUMBER.test(value)) return `"${value}" is a number in quotes: write ${value.trim()} without quotes`;
  return undefined;
}
