/**
 * Levenshtein distance, case-insensitive.
 * @param a - one string
 * @param b - the other
 * @returns the number of single-character edits from one to the other
 * @example
 * ```ts
 * import { distance } from "./nearestStrings.js";
 * distance("machin", "machine"); // 1
 * ```
 * @category Errors
 */
export function distance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length] ?? 0;
}

/**
 * The `count` candidates nearest to `target` by edit distance (ties in input order), used by
 * every "unknown X" error to name valid alternatives.
 *
 * @param target - what the user wrote
 * @param candidates - the valid values
 * @param count - how many to return
 * @returns up to `count` candidates, nearest first
 * @example
 * ```ts
 * import { nearestStrings } from "cobenefits/engine";
 * nearestStrings("natualGas", ["naturalGas", "lignite"], 1); // ["naturalGas"]
 * ```
 * @category Errors
 */
export function nearestStrings(target: string, candidates: readonly string[], count: number): string[] {
  return candidates
    .map((c, i) => ({ c, i, d: distance(target, c) }))
    .sort((x, y) => x.d - y.d || x.i - y.i)
    .slice(0, count)
    .map((x) => x.c);
}

/** A name compared without case, spaces or punctuation: "AR6GWP100" ~ "AR6-GWP100", "PM25" ~ "PM2.5". */
const squeezed = (s: string): string => s.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");

/**
 * The `count` candidates nearest to `written` when case, spaces and punctuation are ignored: a
 * name that differs only in those ("AR6GWP100", "ar6 gwp100" for `AR6-GWP100`, "PM25" for
 * `PM2.5`, "nox" for `NOx`) comes first; the rest by edit distance of the names so reduced, then
 * as written (ties in input order). For names whose separators carry no meaning of their own:
 * species, metric names, enum values.
 *
 * @param written - what the user wrote
 * @param candidates - the valid names
 * @param count - how many to return
 * @returns up to `count` candidates, nearest first
 * @example
 * ```ts
 * import { nearestNames } from "./nearestStrings.js";
 * [nearestNames("AR6GWP100", ["AR6-GWP20", "AR6-GWP100"], 1), nearestNames("PM25", ["PM10", "PM2.5"], 1)]; // [["AR6-GWP100"], ["PM2.5"]]
 * ```
 * @category Errors
 */
export function nearestNames(written: string, candidates: readonly string[], count: number): string[] {
  const w = squeezed(written);
  return candidates
    .map((c, i) => ({ c, i, same: squeezed(c) === w ? 0 : 1, d: distance(w, squeezed(c)), raw: distance(written, c) }))
    .sort((x, y) => x.same - y.same || x.d - y.d || x.raw - y.raw || x.i - y.i)
    .slice(0, count)
    .map((x) => x.c);
}
