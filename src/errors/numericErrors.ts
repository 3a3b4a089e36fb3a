import { CobenefitsError } from "./cobenefitsError.js";

/**
 * A float64 computation (the fast path) whose result does not fit in a float64: a value beyond
 * about 1.8e308 became Infinity, or Infinity minus Infinity became NaN. It is never returned as
 * a number: it names where it happened (activity row, species, year, metric) so the input can be
 * checked; {@link evaluateScenario} computes the same scenario exactly in decimals.
 * @category Errors
 */
export class NumericOverflowError extends CobenefitsError {
  declare readonly code: "NUMERIC_OVERFLOW";
  /** The activity row whose contribution overflowed, when one row is at fault. */
  readonly activityId: string | undefined;
  /** The species whose emission overflowed, when known. */
  readonly species: string | undefined;
  /** The year, when known. */
  readonly year: number | undefined;
  /** The climate metric, when the CO2e sum overflowed. */
  readonly metric: string | undefined;
  constructor(
    message: string,
    where: { readonly activityId?: string; readonly species?: string; readonly year?: number; readonly metric?: string } = {},
    path: readonly (string | number)[] = [],
  ) {
    super("NUMERIC_OVERFLOW", message, path);
    this.activityId = where.activityId;
    this.species = where.species;
    this.year = where.year;
    this.metric = where.metric;
  }
}
