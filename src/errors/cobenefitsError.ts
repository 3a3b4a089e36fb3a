import type { ErrorCode, IssueCode } from "./errorCodes.js";

/**
 * One problem found in an input, with its location and a `code` saying which kind of problem it
 * is (zod-like: the fields present depend on the code; docs/errors.md lists them).
 * @category Errors
 */
export interface InputIssue {
  /** Which kind of problem (see {@link cobenefits!ISSUE_CODES}). */
  readonly code: IssueCode;
  /** Path into the input, e.g. `["baseline", 2, "level", "value"]`. */
  readonly path: readonly (string | number)[];
  /** What was wrong and what is expected. */
  readonly message: string;
  /** `invalid_type`, `missing`: the type expected. */
  readonly expected?: string | undefined;
  /** `unknown_key`, `duplicate`, `unknown_reference`: the key, id or name as written. */
  readonly key?: string | undefined;
  /** `duplicate`: where the key first appeared. */
  readonly firstPath?: readonly (string | number)[] | undefined;
  /** `out_of_range`, `too_big`, `too_small`: the bounds, as decimal strings. */
  readonly minimum?: string | undefined;
  readonly maximum?: string | undefined;
  /** `unknown_reference`, `unknown_unit`: valid values close to what was written, nearest first. */
  readonly nearest?: readonly string[] | undefined;
  /** `error`: the code of the error the issue stands for. */
  readonly errorCode?: ErrorCode | undefined;
  /** `error`: the error itself, with its typed fields. */
  readonly cause?: CobenefitsError | undefined;
}

/**
 * An issue as code builds it: like {@link InputIssue}, but `code` may be left out, when it is
 * `"invalid_value"` (a value its field does not take).
 * @category Errors
 */
export type InputIssueInit = Omit<InputIssue, "code"> & { readonly code?: IssueCode | undefined };

/**
 * The issue with its code: `invalid_value` when none was given.
 *
 * @param issue - the issue as built
 * @returns the issue with a code
 * @example
 * ```ts
 * import { codedIssue } from "./cobenefitsError.js";
 * codedIssue({ path: ["level"], message: "must not be negative" }).code; // "invalid_value"
 * ```
 * @category Errors
 */
export function codedIssue<T extends InputIssueInit>(issue: T): T & InputIssue {
  return issue.code === undefined ? { ...issue, code: "invalid_value" } : (issue as T & InputIssue);
}

/**
 * The issue that stands for an error: at the error's path (or `path`), with its text, its code
 * as `errorCode`, and the error as `cause` (its typed fields), so that several errors can be
 * reported together in one {@link InvalidInputError}.
 *
 * @param error - the error
 * @param path - where to locate the issue, when not at the error's own path
 * @returns the issue (code `error`)
 * @example
 * ```ts
 * import { UnknownFuelError } from "cobenefits";
 * import { issueOfError } from "cobenefits/engine";
 * const issue = issueOfError(new UnknownFuelError("coal", ["hardCoal"]), ["baseline", 0, "fuel"]);
 * [issue.code, issue.errorCode, issue.path]; // ["error", "UNKNOWN_FUEL", ["baseline", 0, "fuel"]]
 * ```
 * @category Errors
 */
export function issueOfError(error: CobenefitsError, path: readonly (string | number)[] = error.path): InputIssue {
  return { code: "error", path, message: error.detail, errorCode: error.code, cause: error };
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
 * Base class of every error thrown by cobenefits: a stable `code` (one of {@link ERROR_CODES}),
 * the `path` into the user's input, and typed fields per subclass. The message is computed when
 * it is first read (`message`, `detail`, `stack`, printing), so suggestions ("did you mean") cost
 * nothing for errors that are caught and handled, such as missing factors under
 * `onMissingFactor: "omit"`.
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
  readonly code: ErrorCode;
  /** Where in the input the problem is, when it came from an input. */
  readonly path: readonly (string | number)[];
  #detail: string | (() => string);

  /**
   * @param code - the code
   * @param detail - the message without the path prefix, or a function computing it when first read
   * @param path - where in the input the problem is
   */
  constructor(code: ErrorCode, detail: string | (() => string), path: readonly (string | number)[] = []) {
    super();
    this.name = new.target.name;
    this.code = code;
    this.path = path;
    this.#detail = detail;
  }

  /** The message without the path prefix. */
  get detail(): string {
    if (typeof this.#detail === "function") this.#detail = this.#detail();
    return this.#detail;
  }

  /** The message: the path into the input, then the detail. */
  override get message(): string {
    return this.path.length > 0 ? `${formatPath(this.path)}: ${this.detail}` : this.detail;
  }
}

/**
 * Input that failed validation; `issues` lists every problem at once, each with its code.
 * @category Errors
 */
export class InvalidInputError extends CobenefitsError {
  declare readonly code: "INVALID_INPUT";
  readonly issues: readonly InputIssue[];
  /**
   * @param what - what was being validated, e.g. `scenario`
   * @param issues - every problem (an issue without a code is `invalid_value`)
   */
  constructor(what: string, issues: readonly InputIssueInit[]) {
    const coded = issues.map(codedIssue);
    super("INVALID_INPUT", () => `invalid ${what} (${coded.length} problem${coded.length === 1 ? "" : "s"}):\n${listedIssues(coded, (i) => `  - ${formatPath(i.path)}: ${i.message}`)}`);
    this.issues = coded;
  }
}
