/**
 * Errors are data: every error thrown by cobenefits is a {@link CobenefitsError}
 * with a stable `code` (one of {@link ERROR_CODES}), structured fields, and a message that says
 * what was wrong, where (a path into the input), and where the valid values are listed. Problems
 * in an input are listed as {@link InputIssue}s, each with its own `code` (one of
 * {@link ISSUE_CODES}). docs/errors.md lists every code.
 *
 * @module
 */

export * from "./errors/errorCodes.js";
export * from "./errors/cobenefitsError.js";
export * from "./errors/unitErrors.js";
export * from "./errors/metricErrors.js";
export * from "./errors/factorErrors.js";
export * from "./errors/standardErrors.js";
export * from "./errors/scopeDataErrors.js";
export * from "./errors/inventoryErrors.js";
export * from "./errors/scenarioErrors.js";
export * from "./errors/fileErrors.js";
export * from "./errors/numericErrors.js";
export * from "./errors/stockErrors.js";
export * from "./errors/lifetimeErrors.js";
export * from "./errors/inputIssuesFromZod.js";
export * from "./errors/optimiseErrors.js";
export * from "./errors/dependencyErrors.js";
