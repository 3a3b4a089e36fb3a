import { CobenefitsError } from "./cobenefitsError.js";

/**
 * A national vehicle emission standard name with no Euro class: unknown (with the nearest known
 * names), or known and deliberately not mapped (with the reason).
 * @category Errors
 */
export class UnknownNationalStandardError extends CobenefitsError {
  declare readonly code: "UNKNOWN_NATIONAL_STANDARD";
  readonly standard: string;
  readonly nearest: readonly string[];
  /** Why a known name is not mapped; undefined for an unknown name. */
  readonly reason: string | undefined;
  constructor(standard: string, nearest: readonly string[], reason: string | undefined, path: readonly (string | number)[] = []) {
    super(
      "UNKNOWN_NATIONAL_STANDARD",
      reason === undefined
        ? `unknown national emission standard "${standard}"; nearest known names: ${nearest.join(", ") || "none"} (see NATIONAL_STANDARDS)`
        : `"${standard}" is not mapped to a Euro class: ${reason} (see NATIONAL_STANDARDS)`,
      path,
    );
    this.standard = standard;
    this.nearest = nearest;
    this.reason = reason;
  }
}
