/**
 * Scenario files: reading YAML or JSON scenario files with every problem located by line, the
 * limits a file must keep within (size, values, nesting), and the JSON Schema editors use to
 * check them. A separate entry point (`cobenefits/files`) so that the YAML and JSON parsers do
 * not weigh on the core import.
 *
 * @module
 */
export { compileScenarioFile, parseScenarioFile } from "./scenario/parseScenarioFile.js";
export type { ScenarioFileOptions } from "./scenario/parseScenarioFile.js";
export { scenarioJsonSchema } from "./scenario/scenarioJsonSchema.js";
export { MAX_SCENARIO_FILE_BYTES } from "./scenario/maxScenarioFileBytes.js";
export { MAX_SCENARIO_FILE_DEPTH } from "./scenario/maxScenarioFileDepth.js";
export { MAX_SCENARIO_FILE_NODES } from "./scenario/maxScenarioFileNodes.js";
export { ScenarioFileError } from "./errors.js";
export type { FileIssue } from "./errors.js";
