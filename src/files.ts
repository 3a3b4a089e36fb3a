/**
 * Scenario files: reading YAML or JSON scenario files with every problem located by line, and the
 * JSON Schema editors use to check them. A separate entry point (`cobenefits/files`) so that the
 * YAML parser does not weigh on the core import.
 *
 * @module
 */
export { compileScenarioFile, parseScenarioFile } from "./scenario/parseScenarioFile.js";
export type { ScenarioFileOptions } from "./scenario/parseScenarioFile.js";
export { scenarioJsonSchema } from "./scenario/scenarioJsonSchema.js";
export { ScenarioFileError } from "./errors.js";
export type { FileIssue } from "./errors.js";
