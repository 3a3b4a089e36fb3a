/**
 * Scenario files: reading YAML or JSON scenario files with every problem located by line, the
 * limits a file must keep within (size, values, nesting), and the JSON Schema editors use to
 * check them. A separate entry point (`cobenefits/files`) so that the YAML and JSON parsers do
 * not weigh on the core import.
 *
 * @module cobenefits/files
 */
export { compileScenarioFile, parseScenarioFile } from "./files/parseScenarioFile.js";
export type { ScenarioFileOptions } from "./files/parseScenarioFile.js";
export { scenarioJsonSchema } from "./files/scenarioJsonSchema.js";
export { scenarioFileText } from "./files/scenarioFileText.js";
export { MAX_SCENARIO_FILE_BYTES } from "./files/maxScenarioFileBytes.js";
export { MAX_SCENARIO_FILE_DEPTH } from "./files/maxScenarioFileDepth.js";
export { MAX_SCENARIO_FILE_NODES } from "./files/maxScenarioFileNodes.js";
export { ScenarioFileError } from "./errors.js";
export type { FileIssue } from "./errors.js";
export { ANALYSIS_SECTION_KEYS } from "./files/analysisSections.js";
export type { AnalysisSectionKey } from "./files/analysisSections.js";
