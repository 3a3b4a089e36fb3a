import { CobenefitsError } from "./cobenefitsError.js";

/**
 * A lookup in one of the built-in tables of the indirect and upstream scopes (generation mixes,
 * plant efficiencies, plant emission limits, upstream methane) that matches no row, or more than
 * one; `available` lists the rows that could be meant.
 * @category Errors
 */
export class UnknownScopeDataError extends CobenefitsError {
  declare readonly code: "UNKNOWN_SCOPE_DATA";
  /** The table looked in, e.g. `generation mixes`. */
  readonly table: string;
  /** What was looked up, e.g. `KR 2019`. */
  readonly key: string;
  readonly available: readonly string[];
  /**
   * @param table - the table looked in
   * @param key - what was looked up
   * @param detail - why nothing was found, e.g. `: no row` or `: 2 rows, choose one by id`
   * @param available - the ids (with a short description) of the rows that could be meant
   */
  constructor(table: string, key: string, detail: string, available: readonly string[]) {
    super("UNKNOWN_SCOPE_DATA", `no single row of the built-in ${table} for ${key}${detail}; available: ${available.join("; ") || "none"}`);
    this.table = table;
    this.key = key;
    this.available = available;
  }
}
