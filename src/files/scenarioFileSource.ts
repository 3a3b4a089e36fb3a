import { type ErrorCode, type FileIssue, ScenarioFileError } from "../errors.js";

/** A path into a scenario file's content: keys and list indices. */
export type SourcePath = readonly (string | number)[];

/**
 * Where a value is written: line and column (1-based), and the file when it is another than the
 * one read (a base scenario named by `extends`).
 * @category Scenario files
 */
export interface SourcePosition {
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

/**
 * A scenario file once read (YAML or JSON): its content as plain data, and where each value is
 * written in the file. The readers ({@link readYamlScenarioFile}, {@link readJsonScenarioFile})
 * make it; validation uses it to locate problems and to read plain numbers exactly as written.
 * @category Scenario files
 */
export interface ScenarioFileSource {
  /** The file name shown in messages. */
  readonly file: string;
  /** The content as plain data (objects, arrays, strings, numbers, booleans, null). */
  readonly data: unknown;
  /**
   * Line and column (1-based) of the value at `path`, or of its nearest ancestor written in the
   * file; empty when nothing on the path is.
   */
  position(path: SourcePath): SourcePosition;
  /** Line and column of the key that `path` ends with (for an unknown key), else as {@link position}. */
  keyPosition(path: SourcePath): SourcePosition;
  /** The exact text of the plain number written at `path` (`0.10`, `1e3`), or undefined when none is. */
  numberText(path: SourcePath): string | undefined;
}

/**
 * The error for one problem found while reading a file, at a line and column when known.
 *
 * @param file - the file name shown in messages
 * @param code - the error code, e.g. `SCENARIO_FILE_SYNTAX`
 * @param message - what is wrong and what is expected
 * @param where - the path of the value at fault and its line and column (1-based)
 * @returns a {@link ScenarioFileError} holding that one issue
 * @example
 * ```ts
 * import { fileProblem } from "./scenarioFileSource.js";
 * fileProblem("a.json", "SCENARIO_FILE_SYNTAX", "expected a comma", { line: 3, column: 5 }).message; // "a.json: 1 problem:\n  - a.json:3:5 (root): expected a comma"
 * ```
 * @category Scenario files
 */
export function fileProblem(file: string, code: ErrorCode, message: string, where: { readonly path?: SourcePath; readonly line?: number | undefined; readonly column?: number | undefined } = {}): ScenarioFileError {
  const issue: FileIssue = { code: code === "SCENARIO_FILE_SYNTAX" ? "syntax" : code === "SCENARIO_FILE_TOO_LARGE" || code === "SCENARIO_FILE_TOO_COMPLEX" ? "too_big" : "invalid_value", path: where.path ?? [], message, line: where.line, column: where.column };
  return new ScenarioFileError(file, [issue], { code });
}
