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

/** Words for an area: hectare is not registered; the area is written in m2 (exactly 10,000 m2 a hectare). */
const AREA_WORDS: ReadonlySet<string> = new Set(["ha", "hectare", "hectares"]);

/** Words for a dwelling or its household, counted as household (or by its stove): a Mongolian ger (yurt), a home. */
const DWELLING_WORDS: ReadonlySet<string> = new Set(["ger", "gers", "yurt", "yurts", "dwelling", "dwellings", "home", "homes", "house", "houses", "hh"]);

/**
 * Why a common word that is not a unit is refused, and what to write instead: a hectare is an
 * area written in m2 (1 ha = 10,000 m2 exactly, SI Brochure Table 8), a ger, yurt or home is a
 * count of households (or of stoves), never a unit that edit distance finds near it (`ger` is
 * not `g`).
 *
 * @param name - the unregistered name as written
 * @returns the reason and the names to write instead, or undefined for a name without such a hint
 * @example
 * ```ts
 * import { unitWordHint } from "./unitHints.js";
 * unitWordHint("ha")?.nearest; // ["m2", "km2"]
 * unitWordHint("ger")?.nearest; // ["household", "stove"]
 * unitWordHint("tonnes"); // undefined
 * ```
 * @category Units
 */
export function unitWordHint(name: string): { readonly detail: string; readonly nearest: readonly string[] } | undefined {
  const word = name.toLowerCase();
  if (AREA_WORDS.has(word)) {
    return { detail: `${JSON.stringify(name)} is not a registered unit; 1 ha = 10,000 m2 (1 km2 = 100 ha): write the area in m2 or km2`, nearest: ["m2", "km2"] };
  }
  if (DWELLING_WORDS.has(word)) {
    const plural = word.endsWith("s") ? "s" : "";
    return {
      detail: `${JSON.stringify(name)} is not a registered unit; a dwelling (a ger, yurt or home) is counted as a household, or by its stove: write household or stove`,
      nearest: [`household${plural}`, `stove${plural}`],
    };
  }
  return undefined;
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
