import { CobenefitsError } from "./cobenefitsError.js";
import type { ErrorCode } from "./errorCodes.js";

/**
 * Measures that together claim more than the whole of the same activity in a year. Measures stated
 * in units of stock are told in units (`claim 1024000 household of the 1000000 household`), and asked
 * to lower their units, not their penetrations.
 * @category Errors
 */
export class OverclaimedActivityError extends CobenefitsError {
  declare readonly code: "OVERCLAIMED_ACTIVITY";
  readonly measures: readonly string[];
  readonly activityId: string;
  readonly year: number;
  readonly claimed: string;
  /**
   * @param measures - the ids of the claiming measures
   * @param activityId - the activity row
   * @param year - the year
   * @param claimed - the share they claim together [-]
   * @param path - where in the input (the last claiming measure's `penetration` or `units`)
   * @param inUnits - when some of them are stated in units: the units they claim of the row's stock and the stock [unit], and whether others give a penetration
   */
  constructor(
    measures: readonly string[], activityId: string, year: number, claimed: string, path: readonly (string | number)[] = ["measures"],
    inUnits?: { readonly claimed: string; readonly stock: string; readonly unit: string; readonly alsoPenetrations: boolean },
  ) {
    super(
      "OVERCLAIMED_ACTIVITY",
      inUnits === undefined
        ? `measures ${measures.join(" and ")} together claim ${claimed} of activity "${activityId}" in ${year}, more than the whole of it; lower their penetrations so they sum to at most 1`
        : `measures ${measures.join(" and ")} together claim ${inUnits.claimed} ${inUnits.unit} of the ${inUnits.stock} ${inUnits.unit} of activity "${activityId}" in ${year} (${claimed} of it), more than the whole of it; lower their ${inUnits.alsoPenetrations ? "units or penetrations" : "units"} so they treat at most the stock`,
      path,
    );
    this.measures = measures;
    this.activityId = activityId;
    this.year = year;
    this.claimed = claimed;
  }
}

/**
 * The codes of the measure kinds' own checks, carried by {@link InvalidMeasureError}.
 * @category Errors
 */
export type MeasureCode = "NOT_A_DUST_SOURCE" | "MISSING_MONTHLY_PROFILE" | "BAD_ELECTRICITY_PER_KM" | "SPECIES_NOT_ALLOWED" | "MISSING_TO_UNIT" | "LIFETIME_PENETRATION_FALLS";

/**
 * A measure that cannot act on what it targets (a species it cannot remove, a row without the
 * monthly profile it needs, a unit of the wrong kind ...); `measureId` names it. Its code is the
 * measure kind's own (`NOT_A_DUST_SOURCE`, `MISSING_MONTHLY_PROFILE`, `BAD_ELECTRICITY_PER_KM`,
 * `SPECIES_NOT_ALLOWED`, `MISSING_TO_UNIT`), or, when compiling the activity a measure makes
 * failed (an unknown unit, fuel or factor), the code of that error, which is kept whole, with its
 * typed fields, as `cause`.
 * @category Errors
 */
export class InvalidMeasureError extends CobenefitsError {
  declare readonly code: MeasureCode | ErrorCode;
  readonly measureId: string | undefined;
  /** The error met while compiling the measure, when there was one. */
  declare readonly cause: CobenefitsError | undefined;
  /**
   * @param code - the code (the cause's code, when there is a cause)
   * @param detail - the message (or a function computing it when first read)
   * @param path - where the measure (or its field) is in the scenario
   * @param measureId - the measure's id
   * @param cause - the error met while compiling the measure
   */
  constructor(code: MeasureCode | ErrorCode, detail: string | (() => string), path: readonly (string | number)[], measureId?: string, cause?: CobenefitsError) {
    super(code, detail, path);
    this.measureId = measureId;
    Object.defineProperty(this, "cause", { value: cause, enumerable: false, writable: false, configurable: true });
  }
}

/**
 * A schedule asked for a year it has no value for (a step schedule before its first step).
 * @category Errors
 */
export class ScheduleRangeError extends CobenefitsError {
  declare readonly code: "SCHEDULE_BEFORE_FIRST_STEP";
  readonly year: number;
  readonly firstYear: number;
  constructor(year: number, firstYear: number) {
    super("SCHEDULE_BEFORE_FIRST_STEP", `a step schedule starting in ${firstYear} has no value for ${year}; add a step at or before ${year}`);
    this.year = year;
    this.firstYear = firstYear;
  }
}
