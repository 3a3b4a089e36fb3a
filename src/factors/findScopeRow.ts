import { UnknownScopeDataError } from "../errors.js";

/**
 * The one row of a built-in scope-data table that a lookup matches.
 *
 * @param table - the table's name in messages, e.g. `generation mixes`
 * @param rows - the table
 * @param key - what was looked up, for the message
 * @param matches - which rows the lookup matches
 * @param describe - a row as the message lists it
 * @returns the row
 * @throws {@link UnknownScopeDataError} when no row or several rows match, listing the candidates
 * @example
 * ```ts
 * import { findScopeRow } from "./findScopeRow.js";
 * findScopeRow("demo rows", [{ id: "a" }, { id: "b" }], "b", (r) => r.id === "b", (r) => r.id).id; // "b"
 * ```
 * @category Factors
 */
export function findScopeRow<T extends { readonly id: string }>(table: string, rows: readonly T[], key: string, matches: (row: T) => boolean, describe: (row: T) => string): T {
  const hits = rows.filter(matches);
  if (hits.length === 1) return hits[0]!;
  throw new UnknownScopeDataError(table, key, hits.length > 1 ? `: ${hits.length} rows match, choose one by id` : "", (hits.length > 1 ? hits : rows).map(describe));
}
