import { CobenefitsError } from "./cobenefitsError.js";

/**
 * Measures that together claim more than the whole of the same activity in a year.
 * @category Errors
 */
export class OverclaimedActivityError extends CobenefitsError {
  readonly measures: readonly string[];
  readonly activityId: string;
  readonly year: number;
  readonly claimed: string;
  constructor(measures: readonly string[], activityId: string, year: number, claimed: string, path: readonly (string | number)[] = ["measures"]) {
    super(
      "OVERCLAIMED_ACTIVITY",
      `measures ${measures.join(" and ")} together claim ${claimed} of activity "${activityId}" in ${year}, more than the whole of it; lower their penetrations so they sum to at most 1`,
      path,
    );
    this.measures = measures;
    this.activityId = activityId;
    this.year = year;
    this.claimed = claimed;
  }
}

/**
 * A measure that cannot act on what it targets (a species it cannot remove, a row without the
 * monthly profile it needs, a unit of the wrong kind ...); `measureId` names it.
 * @category Errors
 */
export class InvalidMeasureError extends CobenefitsError {
  readonly measureId: string | undefined;
  constructor(code: string, message: string, path: readonly (string | number)[], measureId?: string) {
    super(code, message, path);
    this.measureId = measureId;
  }
}

/**
 * A schedule asked for a year it has no value for (a step schedule before its first step).
 * @category Errors
 */
export class ScheduleRangeError extends CobenefitsError {
  readonly year: number;
  readonly firstYear: number;
  constructor(year: number, firstYear: number) {
    super("SCHEDULE_BEFORE_FIRST_STEP", `a step schedule starting in ${firstYear} has no value for ${year}; add a step at or before ${year}`);
    this.year = year;
    this.firstYear = firstYear;
  }
}
