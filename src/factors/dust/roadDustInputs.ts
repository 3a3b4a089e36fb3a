import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../../units/decimal.js";
import { DAYS_PER_YEAR } from "./ap42RoadDust.js";

type Path = readonly (string | number)[];

/** A bound a road dust input must keep. */
export interface Bound {
  readonly field: string;
  readonly value: DecimalString;
  /** `positive` (> 0) or `wetDays` (0..365). */
  readonly rule: "positive" | "wetDays";
  readonly what: string;
}

/**
 * Checks the numeric inputs of a road dust equation all at once: decimals, positive where the
 * equation raises them to a power, wet days from 0 to 365.
 *
 * @param bounds - each input with its rule
 * @param what - what is being checked, for the error's title
 * @param path - where the inputs sit in the user's input
 * @throws {@link index!InvalidInputError} listing every input out of its range, located at the field
 * @example
 * ```ts
 * import { checkRoadDustInputs } from "./roadDustInputs.js";
 * checkRoadDustInputs([{ field: "siltLoading", value: "0.6", rule: "positive", what: "silt loading [g/m2]" }], "paved road dust", []); // no error
 * ```
 * @category Factors
 */
export function checkRoadDustInputs(bounds: readonly Bound[], what: string, path: Path): void {
  const issues: InputIssueInit[] = [];
  for (const b of bounds) {
    const at = [...path, b.field];
    if (!isDecimalString(b.value)) {
      issues.push({ path: at, message: `${b.what}: expected a decimal number written as a string, e.g. "0.6"` });
      continue;
    }
    const v = new Dec(b.value);
    if (b.rule === "positive" && !v.gt(0)) issues.push({ code: "out_of_range", minimum: "0", path: at, message: `${b.what} must be greater than 0 (the equation raises it to a power)` });
    if (b.rule === "wetDays" && (v.lt(0) || v.gt(DAYS_PER_YEAR))) {
      issues.push({ code: "out_of_range", minimum: "0", maximum: String(DAYS_PER_YEAR), path: at, message: `${b.what} is a number of days in a year, from 0 to ${DAYS_PER_YEAR}` });
    }
  }
  if (issues.length > 0) throw new InvalidInputError(what, issues);
}

/**
 * A derived factor as a decimal string of 6 significant digits (the equations' constants have 2 or
 * 3; 6 keeps the rounding far below them and makes the value reproducible by hand).
 *
 * @param d - the exact value
 * @returns the decimal string
 * @example
 * ```ts
 * import { toDec } from "cobenefits";
 * import { derivedValue } from "./roadDustInputs.js";
 * derivedValue(toDec("0.123456789")); // "0.123457"
 * ```
 * @category Factors
 */
export function derivedValue(d: Dec): DecimalString {
  return d.toSignificantDigits(6).toString();
}
