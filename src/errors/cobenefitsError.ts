/**
 * One problem found in an input, with its location.
 * @category Errors
 */
export interface InputIssue {
  /** Path into the input, e.g. `["activities", 2, "activityLevel", "value"]`. */
  readonly path: readonly (string | number)[];
  /** What was wrong and what is expected. */
  readonly message: string;
}

/** Formats a path such as `["activities", 2, "unit"]` as `activities[2].unit`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
}

/**
 * The most problems an error message lists one by one; the rest are counted ("... and 19,950
 * more"). Every problem stays in the error's `issues`, whatever the message shows.
 * @category Errors
 */
export const MAX_LISTED_ISSUES = 50;

/** The lines of a problem list, at most {@link MAX_LISTED_ISSUES}, then a count of the rest. */
export function listedIssues<T>(issues: readonly T[], line: (issue: T) => string): string {
  const shown = issues.slice(0, MAX_LISTED_ISSUES).map(line);
  const rest = issues.length - shown.length;
  if (rest > 0) shown.push(`  ... and ${rest.toLocaleString("en-US")} more (every problem is in the error's issues)`);
  return shown.join("\n");
}

/**
 * Base class of every error thrown by cobenefits.
 *
 * @example
 * ```ts
 * import { CobenefitsError, convertQuantity } from "cobenefits";
 * let caught: unknown;
 * try {
 *   convertQuantity({ value: "1", unit: "t" }, "GJ");
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof CobenefitsError && caught.code; // "UNIT_DIMENSION_MISMATCH"
 * ```
 * @category Errors
 */
export class CobenefitsError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** Where in the input the problem is, when it came from an input. */
  readonly path: readonly (string | number)[];
  /** The message without the path prefix. */
  readonly detail: string;

  constructor(code: string, message: string, path: readonly (string | number)[] = []) {
    super(path.length > 0 ? `${formatPath(path)}: ${message}` : message);
    this.name = new.target.name;
    this.code = code;
    this.path = path;
    this.detail = message;
  }
}

/**
 * Input that failed validation; `issues` lists every problem at once.
 * @category Errors
 */
export class InvalidInputError extends CobenefitsError {
  readonly issues: readonly InputIssue[];
  constructor(what: string, issues: readonly InputIssue[]) {
    const lines = listedIssues(issues, (i) => `  - ${formatPath(i.path)}: ${i.message}`);
    super("INVALID_INPUT", `invalid ${what} (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines}`);
    this.issues = issues;
  }
}
