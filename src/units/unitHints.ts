import { distance } from "../nearestStrings.js";
import { COUNT_DIMENSIONS } from "./unitRegistry.js";


/** Words for a percentage: not a unit, but the `%` that a share field takes. */
const PERCENT_WORDS: ReadonlySet<string> = new Set(["percent", "percents", "per cent", "pct", "percentage"]);

/**
 * The "did you mean" list for an unregistered unit name: a percentage word names `%`; a word of
 * four or more lowercase letters is compared with the count units first (`machin` -> `machine`,
 * `vehicel` -> `vehicle`), because the only registered names that are words are counts, and edit
 * distance alone would offer symbols such as `Mtce` for a misspelt count; then the nearest of all
 * names.
 *
 * @param name - the unregistered name as written
 * @param all - every registered name, in registry order
 * @param count - how many names to return
 * @returns up to `count` names, the likeliest first
 * @example
 * ```ts
 * import { unitNameHints } from "./unitHints.js";
 * unitNameHints("machin", ["Mtce", "MWh"], 2); // ["machine", "Mtce"] (the count first, though not in the list)
 * unitNameHints("percent", ["t", "person"], 3); // ["%"]
 * ```
 * @category Units
 */
export function unitNameHints(name: string, all: readonly string[], count: number): string[] {
  if (PERCENT_WORDS.has(name.toLowerCase())) return ["%"];
  const byDistance = (candidates: readonly string[]) =>
    candidates.map((c, i) => ({ c, i, d: distance(name, c) })).sort((x, y) => x.d - y.d || x.i - y.i);
  // Count names (plural for a plural word), the only registered units that are English words.
  const countNames = COUNT_DIMENSIONS.map((c) => (name.endsWith("s") ? `${c}s` : c));
  const counts = /^[a-z]{4,}$/.test(name) ? byDistance(countNames).filter((x) => x.d <= Math.ceil(name.length / 2)).map((x) => x.c) : [];
  const rest = byDistance(all).map((x) => x.c);
  return [...new Set([...counts.slice(0, 2), ...rest])].slice(0, count);
}

/**
 * Whether a name is a percentage word (`percent`, `pct`), which no unit field but a share takes as `%`.
 * @param name - the name as written
 * @returns true for a percentage word
 * @example
 * ```ts
 * import { isPercentWord } from "./unitHints.js";
 * isPercentWord("Percent"); // true
 * ```
 * @category Units
 */
export function isPercentWord(name: string): boolean {
  return PERCENT_WORDS.has(name.toLowerCase());
}
