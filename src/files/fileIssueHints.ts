import type { ZodError } from "zod";
import type { InputIssue } from "../errors.js";
import { distance } from "../nearestStrings.js";
import { nearestNames } from "./nearestNames.js";
import { writtenValueHint } from "./writtenValueHint.js";

type ZodIssue = ZodError["issues"][number];

const valueAt = (data: unknown, path: readonly (string | number)[]): unknown =>
  path.reduce<unknown>((v, key) => (v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[key] : undefined), data);

/**
 * The key of `known` an unknown key most likely meant, if one is near enough to suggest: the
 * nearest by edit distance ignoring case and separators, when it is at most half the key's length
 * away (at least 2), else the nearest of those starting with the same four letters (`months` for
 * `monthlyProfile`).
 *
 * @param key - the unknown key as written
 * @param known - the keys allowed there
 * @returns the suggestion, or undefined
 * @example
 * ```ts
 * import { nearestKey } from "./fileIssueHints.js";
 * [nearestKey("penetraton", ["penetration", "units"]), nearestKey("months", ["unit", "monthlyProfile"]), nearestKey("colour", ["penetration", "units"])]; // ["penetration", "monthlyProfile", undefined]
 * ```
 * @category Scenario files
 */
export function nearestKey(key: string, known: readonly string[]): string | undefined {
  const best = nearestNames(key, known, 1)[0];
  if (best !== undefined && distance(key, best) <= Math.max(2, Math.floor(key.length / 2))) return best;
  const sameStart = key.length >= 4 ? known.filter((k) => k.toLowerCase().startsWith(key.slice(0, 4).toLowerCase())) : [];
  return nearestNames(key, sameStart, 1)[0];
}

/**
 * A scenario file's issue made to say what was meant: a value of a fixed list (a species, an
 * enum such as `onMissingFactor`) gets the nearest valid value ignoring case and separators
 * (`PM25` -> `PM2.5`), and a percentage or a number in quotes gets the form to write instead
 * (`"70%"` -> 0.7, `"11"` -> 11). Other issues are returned as they are. (Here, in the files
 * layer, rather than in the core's zod mapping, so that the core import stays within its size
 * budget.)
 *
 * @param issue - the issue as the core maps the zod issue
 * @param zodIssue - the zod issue it came from
 * @param data - the file's content
 * @returns the issue with its suggestion or hint
 * @example
 * ```ts
 * import { enum as zEnum } from "zod";
 * import { inputIssuesFromZodIssue } from "cobenefits/engine";
 * import { withFileHints } from "./fileIssueHints.js";
 * const r = zEnum(["PM2.5", "PM10"]).safeParse("PM25");
 * const zodIssue = r.success ? undefined : r.error.issues[0]!;
 * withFileHints(inputIssuesFromZodIssue(zodIssue!, "PM25", [])[0]!, zodIssue!, "PM25").message; // 'unknown value "PM25"; did you mean "PM2.5"? (one of PM2.5, PM10)'
 * ```
 * @category Scenario files
 */
export function withFileHints(issue: InputIssue, zodIssue: ZodIssue, data: unknown): InputIssue {
  const given = valueAt(data, issue.path);
  const values = (zodIssue as { values?: unknown }).values;
  if (zodIssue.code === "invalid_value" && Array.isArray(values) && values.length > 1 && typeof given === "string") {
    const options = values.map(String);
    const nearest = nearestNames(given, options, 1);
    const field = [...issue.path].reverse().find((p): p is string => typeof p === "string") ?? "value";
    const shown = given.length > 60 ? `${given.slice(0, 40)}... (${given.length} characters)` : given;
    return { ...issue, key: given, nearest, message: `unknown ${field} "${shown}"; did you mean "${nearest[0] ?? ""}"? (one of ${options.join(", ")})` };
  }
  if (issue.code === "unknown_key" || issue.code === "missing") return issue;
  const hint = writtenValueHint(given, issue.expected);
  return hint === undefined ? issue : { ...issue, message: `${issue.message}; ${hint}` };
}
