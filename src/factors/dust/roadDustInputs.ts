import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../../units/decimal.js";
import { DAYS_PER_YEAR } from "./ap42RoadDust.js";

type Path = readonly (string | number)[];

/** A bound a road dust input must keep. */
export interface Bound {
  readonly field: string;
  readonly value: DecimalString;
  /** `positive` (> 0), `percent` (a positive percentage: > 0 and at most 100) or `wetDays` (a whole number of days, 0..365). */
  readonly rule: "positive" | "percent" | "wetDays";
  readonly what: string;
}

/**
 * Checks the numeric inputs of a road dust equation all at once: decimals, positive where the
 * equation raises them to a power, percentages (silt content, surface moisture) at most 100, wet
 * days a whole number from 0 to 365. These are definitional limits only: AP-42 13.2.1 and 13.2.2
 * publish the ranges of source conditions the equations were fitted on, which are not transcribed
 * here and so not enforced.
 *
 * @param bounds - each input with its rule
 * @param what - what is being checked, for the error's title
 * @param path - where the inputs sit in the user's input
 * @throws {@link cobenefits!InvalidInputError} listing every input out of its range, located at the field
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
    if ((b.rule === "positive" || b.rule === "percent") && !v.gt(0)) issues.push({ code: "out_of_range", minimum: "0", path: at, message: `${b.what} must be greater than 0 (the equation raises it to a power), not ${b.value}` });
    if (b.rule === "percent" && v.gt(100)) issues.push({ code: "out_of_range", maximum: "100", path: at, message: `${b.what} is a percentage by mass, at most 100, not ${b.value}` });
    if (b.rule === "wetDays" && (v.lt(0) || v.gt(DAYS_PER_YEAR) || !v.isInteger())) {
      issues.push({ code: "out_of_range", minimum: "0", maximum: String(DAYS_PER_YEAR), path: at, message: `${b.what} is a whole number of days in a year, from 0 to ${DAYS_PER_YEAR}, not ${b.value}` });
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
