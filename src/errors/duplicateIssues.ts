import { type InputIssue, formatPath } from "./cobenefitsError.js";

/**
 * One issue per entry whose key was already listed (a species, metric or id given twice), located
 * at the repetition and naming where the key first appeared. Listing a thing twice is always an
 * error in cobenefits: a species or metric listed twice would be counted twice in sums.
 *
 * @param entries - the keys in input order, each with its path in the caller's input
 * @param what - how to name a key in the message, e.g. `measure id` (default: the key alone)
 * @returns one issue per repetition (none when every key is unique)
 * @example
 * ```ts
 * import { duplicateIssues } from "./duplicateIssues.js";
 * const species = ["PM2.5", "SO2", "CO2", "CO2"];
 * duplicateIssues(species.map((key, i) => ({ key, path: ["species", i] })))[0]?.message; // '"CO2" is listed twice (first at species[2])'
 * ```
 * @category Errors
 */
export function duplicateIssues(entries: readonly { readonly key: string; readonly path: readonly (string | number)[] }[], what?: string): InputIssue[] {
  const first = new Map<string, readonly (string | number)[]>();
  const issues: InputIssue[] = [];
  for (const { key, path } of entries) {
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, path);
    else issues.push({ code: "duplicate", path, key, firstPath: earlier, message: `${what === undefined ? "" : `${what} `}"${key}" is listed twice (first at ${formatPath(earlier)})` });
  }
  return issues;
}
