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
