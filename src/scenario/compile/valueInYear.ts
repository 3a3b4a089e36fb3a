import { type Schedule, evaluateSchedule } from "../../activity/schedule.js";
import { CobenefitsError, type InputIssueInit } from "../../errors.js";
import type { DecimalString } from "../../units/decimal.js";

/**
 * A plant or network value written as a decimal or a schedule, in one year, range-checked: a
 * decimal is taken as written (its range was checked by the schema); a schedule is evaluated in
 * the year (a constant gives its written value) and checked: from 0 (or above 0 when `open`), and
 * at most 1 or below 1 when `max` says so. A problem goes to `issues` at `path`, naming the year.
 *
 * @param s - the value as written [-, or the value's own unit]
 * @param year - the year
 * @param path - where the value is in the scenario, e.g. `["heatSupply", "networkLoss", "value"]`
 * @param what - the value in words, e.g. `the heat network's loss`
 * @param open - true when 0 is refused (an efficiency)
 * @param max - `"1"` for at most 1, `"below1"` for below 1, undefined for no upper bound
 * @param issues - where the problems go (`... (year 2030)`)
 * @returns the value in that year (`"0"` when its schedule has no value that year; valid only when no issue was added)
 * @example
 * ```ts
 * import { valueInYear } from "./valueInYear.js";
 * const issues = [];
 * valueInYear({ kind: "interp", points: [{ year: 2020, value: "0.1" }, { year: 2030, value: "0.2" }] }, 2025, ["loss"], "the loss", false, "below1", issues); // "0.15"
 * valueInYear({ kind: "constant", value: "1" }, 2025, ["loss"], "the loss", false, "below1", issues);
 * issues[0]?.message; // "the loss is 1; it must be from 0 and below 1 in every year (year 2025)"
 * ```
 * @category Scenario
 */
export function valueInYear(
  s: Schedule | DecimalString,
  year: number,
  path: readonly (string | number)[],
  what: string,
  open: boolean,
  max: "1" | "below1" | undefined,
  issues: InputIssueInit[],
): DecimalString {
  if (typeof s === "string") return s;
  try {
    const v = evaluateSchedule(s, year);
    if (v.lt(0) || (open && v.isZero()) || (max !== undefined && (v.gt(1) || (max === "below1" && v.eq(1))))) {
      const upper = max === undefined ? "" : ` and ${max === "below1" ? "below 1" : "at most 1"}`;
      issues.push({ path, message: `${what} is ${v.toString()}; it must be ${open ? "above 0" : "from 0"}${upper} in every year (year ${year})` });
    }
    return s.kind === "constant" ? s.value : (v.toString() as DecimalString);
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    issues.push({ path, message: `${e.detail} (year ${year})` });
    return "0";
  }
}
