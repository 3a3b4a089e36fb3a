import { type FileIssue, type Plan, ScenarioFileError } from "cobenefits";
import { compileScenarioFile } from "cobenefits/files";

/** A scenario file the planner has read: its text (kept to export it edited) and its compiled plan. */
export interface LoadedScenario {
  readonly fileName: string;
  readonly text: string;
  readonly plan: Plan;
}

/** What reading a file gives: the scenario, or every problem the library found, each with its line. */
export type LoadOutcome = { readonly ok: true; readonly scenario: LoadedScenario } | { readonly ok: false; readonly fileName: string; readonly issues: readonly FileIssue[] };

/**
 * Reads and compiles a scenario file (YAML, or JSON when the name ends in .json) through
 * `compileScenarioFile` of `cobenefits/files`, which locates every problem by line and column,
 * including those found when compiling (an unknown fuel, an overclaimed activity ...).
 *
 * @param text - the file's content
 * @param fileName - its name, shown in the messages; `.json` reads it as JSON
 * @returns the scenario, or the problems
 */
export function loadScenario(text: string, fileName: string): LoadOutcome {
  try {
    return { ok: true, scenario: { fileName, text, plan: compileScenarioFile(text, { fileName }) } };
  } catch (e) {
    if (e instanceof ScenarioFileError) return { ok: false, fileName, issues: e.issues };
    throw e; // not a problem of the file: a defect, shown by the page's error boundary
  }
}
