import type { FactorTable } from "./factorRow.js";
import type { NcvRow } from "./ncvRow.js";

/**
 * Every built-in emission-factor table, as plain data with citations.
 * @category Factors
 */
export const BUILTIN_FACTOR_TABLES: readonly FactorTable[] = [];

/**
 * Built-in net calorific values.
 * @category Factors
 */
export const BUILTIN_NCV: readonly NcvRow[] = [];
