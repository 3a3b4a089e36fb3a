import { distance } from "../nearestStrings.js";

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
 * import { nearestNames } from "./nearestNames.js";
 * [nearestNames("AR6GWP100", ["AR6-GWP20", "AR6-GWP100"], 1), nearestNames("PM25", ["PM10", "PM2.5"], 1)]; // [["AR6-GWP100"], ["PM2.5"]]
 * ```
 * @category Scenario files
 */
export function nearestNames(written: string, candidates: readonly string[], count: number): string[] {
  const w = squeezed(written);
  return candidates
    .map((c, i) => ({ c, i, same: squeezed(c) === w ? 0 : 1, d: distance(w, squeezed(c)), raw: distance(written, c) }))
    .sort((x, y) => x.same - y.same || x.d - y.d || x.raw - y.raw || x.i - y.i)
    .slice(0, count)
    .map((x) => x.c);
}
