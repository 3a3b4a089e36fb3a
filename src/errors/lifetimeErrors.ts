import { InvalidMeasureError } from "./scenarioErrors.js";

/**
 * A measure with a `lifetime` whose units in service would fall below the units installed
 * earlier and still within their lifetime (`LIFETIME_PENETRATION_FALLS`): they would retire early,
 * which the lifetime method does not count. The message rounds the numbers for reading; the
 * fields keep them exact. The path is the field the user wrote: the measure's `units` when it is
 * stated in units of stock, else its `penetration`.
 * @category Errors
 */
export class LifetimeFallsError extends InvalidMeasureError {
  declare readonly code: "LIFETIME_PENETRATION_FALLS";
  declare readonly measureId: string;
  /** The year the units in service would fall. */
  readonly year: number;
  /** What the measure states that year: units [unit] or a penetration [-], exact. */
  readonly stated: string;
  /** Installed earlier and still within their lifetime that year [unit or -], exact. */
  readonly inService: string;
  /** The unit of `stated` and `inService` (e.g. `household`), or `null` for shares of the target [-]. */
  readonly unit: string | null;
  /**
   * @param detail - the message
   * @param path - the measure's `units` or `penetration` in the scenario
   * @param fields - the measure, the year, what it states, what is in service, and the unit (null for shares)
   */
  constructor(detail: string, path: readonly (string | number)[], fields: { readonly measureId: string; readonly year: number; readonly stated: string; readonly inService: string; readonly unit: string | null }) {
    super("LIFETIME_PENETRATION_FALLS", detail, path, fields.measureId);
    this.year = fields.year;
    this.stated = fields.stated;
    this.inService = fields.inService;
    this.unit = fields.unit;
  }
}
