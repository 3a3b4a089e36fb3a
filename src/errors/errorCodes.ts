/**
 * Every `code` a {@link CobenefitsError} can carry, one per kind of problem; docs/errors.md says
 * which class throws each, with which fields, and when. A code, once published, is never renamed.
 *
 * @example
 * ```ts
 * import { ERROR_CODES } from "cobenefits";
 * ERROR_CODES.includes("MISSING_FACTOR"); // true
 * ```
 * @category Errors
 */
export const ERROR_CODES = [
  // input validation (issues listed in InvalidInputError.issues)
  "INVALID_INPUT",
  // units and species
  "UNKNOWN_UNIT",
  "UNIT_SYNTAX",
  "UNIT_DIMENSION_MISMATCH",
  "NO_SPECIES_RULE",
  // climate metrics
  "UNKNOWN_METRIC",
  "MISSING_METRIC_VALUE",
  "METRIC_COMBINATION",
  "METRIC_REQUIRED",
  // citations and factors
  "UNKNOWN_CITATION",
  "DUPLICATE_CITATION",
  "UNKNOWN_FACTOR",
  "AMBIGUOUS_FACTOR",
  "UNKNOWN_FUEL",
  "UNKNOWN_SECTOR",
  "UNKNOWN_TECHNOLOGY",
  "UNKNOWN_NATIONAL_STANDARD",
  "UNKNOWN_TABLE",
  "DUPLICATE_FACTOR_ID",
  "DUPLICATE_TABLE_ID",
  "BASIS_CONVERSION",
  "UNKNOWN_GRID_FACTOR",
  "MISSING_FACTOR",
  "MISSING_GRID_FACTOR",
  "BAD_GRID_FACTOR",
  "UNKNOWN_SCOPE_DATA",
  // measures and scenarios
  "OVERCLAIMED_ACTIVITY",
  "NOT_A_DUST_SOURCE",
  "MISSING_MONTHLY_PROFILE",
  "BAD_ELECTRICITY_PER_KM",
  "SPECIES_NOT_ALLOWED",
  "MISSING_TO_UNIT",
  "LIFETIME_PENETRATION_FALLS",
  "SCHEDULE_BEFORE_FIRST_STEP",
  // measures in units of stock, measured per-unit reductions
  "UNITS_EXCEED_STOCK",
  "NO_STOCK",
  "REDUCTION_EXCEEDS_EMISSION",
  "NO_EMISSION_PER_UNIT",
  // scenario files
  "SCENARIO_FILE_SYNTAX",
  "SCENARIO_FILE_TOO_LARGE",
  "SCENARIO_FILE_TOO_COMPLEX",
  "INVALID_SCENARIO_FILE",
  // inventory CSV files
  "CSV_SYNTAX",
  "CSV_COLUMN",
  "CSV_VALUE",
  // the fast path
  "NUMERIC_OVERFLOW",
  // least-cost portfolios
  "INFEASIBLE_TARGETS",
  // optional packages (the chart stack)
  "MISSING_DEPENDENCY",
] as const;

/**
 * The code of a {@link CobenefitsError}: one of {@link ERROR_CODES}. Switch on it to handle a
 * kind of problem; each class narrows it to its own code(s).
 * @category Errors
 */
export type ErrorCode = (typeof ERROR_CODES)[number];

/**
 * Every `code` an {@link InputIssue} can carry. The first group maps zod's issue codes (a
 * schema check), the second is cobenefits' own; docs/errors.md lists the fields of each.
 *
 * @example
 * ```ts
 * import { ISSUE_CODES } from "cobenefits";
 * ISSUE_CODES.includes("unknown_key"); // true
 * ```
 * @category Errors
 */
export const ISSUE_CODES = [
  // from zod (schema checks)
  "invalid_type",
  "missing",
  "unknown_key",
  "too_big",
  "too_small",
  "invalid_format",
  "invalid_value",
  "invalid_union",
  "invalid_key",
  "invalid_element",
  "not_multiple_of",
  "custom",
  // cobenefits' own
  "duplicate",
  "out_of_range",
  "unknown_reference",
  "unknown_unit",
  "unmatched",
  "syntax",
  "error",
] as const;

/**
 * The code of an {@link InputIssue}: one of {@link ISSUE_CODES}.
 * @category Errors
 */
export type IssueCode = (typeof ISSUE_CODES)[number];
