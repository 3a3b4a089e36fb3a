/**
 * Errors are data: every error thrown by cobenefits is a {@link CobenefitsError}
 * with a stable `code`, structured fields, and a message that says what was wrong,
 * where (a path into the input), and where the valid values are listed.
 *
 * @module
 */

export * from "./errors/cobenefitsError.js";
export * from "./errors/unitErrors.js";
export * from "./errors/metricErrors.js";
export * from "./errors/factorErrors.js";
export * from "./errors/scenarioErrors.js";
export * from "./errors/fileErrors.js";
export * from "./errors/numericErrors.js";
