import { CobenefitsError, type InputIssue, type InputIssueInit, codedIssue, formatPath, listedIssues } from "./cobenefitsError.js";
import type { ErrorCode } from "./errorCodes.js";

/**
 * One problem in a scenario file: its path into the scenario and, where the file has it, the
 * line and column (1-based) of the value at fault.
 * @category Errors
 */
export interface FileIssue extends InputIssue {
  /** The file the line is in, when it is not the error's `file` (a base scenario named by `extends`). */
  readonly file?: string | undefined;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/**
 * A scenario file that cannot be read as a scenario: YAML or JSON syntax, schema violations, or
 * a scenario that does not compile (unknown factor, overclaimed activity ...). `issues` lists
 * every problem found at once, each with its path and line; `cause` is the original error when
 * the problem came from compiling the scenario. `code` says which kind: `SCENARIO_FILE_SYNTAX`
 * (YAML or JSON syntax, a duplicate key, an alias that names no anchor), `SCENARIO_FILE_TOO_LARGE`
 * (over `MAX_SCENARIO_FILE_BYTES`), `SCENARIO_FILE_TOO_COMPLEX` (over `MAX_SCENARIO_FILE_NODES`
 * values or `MAX_SCENARIO_FILE_DEPTH` levels, aliases expanded), `INVALID_SCENARIO_FILE` (the
 * schema), or the code of the compile error.
 * @category Errors
 */
export class ScenarioFileError extends CobenefitsError {
  /** The file name given when reading (or `"scenario"`). */
  readonly file: string;
  readonly issues: readonly FileIssue[];
  declare readonly code: ErrorCode;
  /**
   * @param file - the file name
   * @param given - every problem (an issue without a code is `invalid_value`)
   * @param options - the code (default `INVALID_SCENARIO_FILE`) and the original error
   */
  constructor(file: string, given: readonly (InputIssueInit & { readonly file?: string | undefined; readonly line?: number | undefined; readonly column?: number | undefined })[], options: { readonly code?: ErrorCode; readonly cause?: unknown } = {}) {
    const issues: readonly FileIssue[] = given.map(codedIssue);
    const where = (i: FileIssue) => `${i.file ?? file}${i.line === undefined ? "" : `:${i.line}${i.column === undefined ? "" : `:${i.column}`}`}`;
    const line = (i: FileIssue) => `  - ${where(i)} ${formatPath(i.path)}: ${i.message}`;
    super(options.code ?? "INVALID_SCENARIO_FILE", () => `${file}: ${issues.length} problem${issues.length === 1 ? "" : "s"}:\n${listedIssues(issues, line)}`);
    this.file = file;
    this.issues = issues;
    if (options.cause !== undefined) Object.defineProperty(this, "cause", { value: options.cause, enumerable: false });
  }
}
