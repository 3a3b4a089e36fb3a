import type { InputIssue } from "../errors.js";
import { DECIMAL_PATTERN } from "../units/decimal.js";

/**
 * The longest id, name of a thing (sector, fuel, unit, metric ...) or object key accepted in an
 * input, in characters (UTF-16 code units).
 * @category Citations
 */
export const MAX_ID_LENGTH = 200;

/**
 * The longest free text accepted in an input (a scenario's name or description, a measure's
 * label, a citation's title or note), in characters (UTF-16 code units). Decimal strings are not
 * text: their limit is their magnitude (`MAX_DECIMAL_EXPONENT`), so a number written with
 * 100,000 digits is accepted.
 * @category Citations
 */
export const MAX_TEXT_LENGTH = 2000;

/** Keys whose string values are ids, and keys of lists of ids. */
const ID_KEYS = new Set(["id", "activityIds", "metrics", "builtinTables", "species"]);

const shown = (s: string) => (s.length > 40 ? `"${s.slice(0, 30)}..." (${s.length} characters)` : `"${s}"`);

/**
 * Every string in an input that is too long: ids (an `id` key and the lists `activityIds`,
 * `metrics`, `builtinTables`, `species`) and object keys at most `MAX_ID_LENGTH` characters, other
 * text at most `MAX_TEXT_LENGTH`. Decimal strings are exempt (each decimal field's schema checks
 * its range, `MAX_DECIMAL_EXPONENT`). The walk is iterative (no recursion), so deeply
 * nested input cannot overflow the stack, and visits a shared or cyclic object once; the input is
 * not changed.
 *
 * @param data - any input read from JSON or YAML, or given by a caller
 * @param at - where `data` sits in the caller's input
 * @returns one issue per offending string or key, with its path
 * @example
 * ```ts
 * import { inputTextIssues } from "./inputTextIssues.js";
 * const data = { name: "x".repeat(3000), baseline: [{ id: "b".repeat(201), level: { value: "1".repeat(5000) } }] };
 * inputTextIssues(data, []).map((i) => i.path); // [["name"], ["baseline", 0, "id"]]
 * ```
 * @category Citations
 */
export function inputTextIssues(data: unknown, at: readonly (string | number)[]): InputIssue[] {
  const issues: InputIssue[] = [];
  const stack: { value: unknown; path: readonly (string | number)[]; isId: boolean }[] = [{ value: data, path: at, isId: false }];
  const seen = new Set<object>(); // shared (YAML aliases) or cyclic objects are walked once
  while (stack.length > 0) {
    const { value, path, isId } = stack.pop()!;
    if (value !== null && typeof value === "object") {
      if (seen.has(value)) continue;
      seen.add(value);
    }
    if (typeof value === "string") {
      if (isId) {
        if (value.length > MAX_ID_LENGTH) issues.push({ code: "too_big", path, maximum: String(MAX_ID_LENGTH), message: `${shown(value)} is longer than ${MAX_ID_LENGTH} characters, the limit for ids and names` });
      } else if (DECIMAL_PATTERN.test(value)) {
        // a decimal: its range is checked by the field's own schema (decimalStringSchema)
      } else if (value.length > MAX_TEXT_LENGTH) issues.push({ code: "too_big", path, maximum: String(MAX_TEXT_LENGTH), message: `${shown(value)} is longer than ${MAX_TEXT_LENGTH} characters, the limit for free text` });
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i], isId });
    } else if (value !== null && typeof value === "object") {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i]!;
        if (key.length > MAX_ID_LENGTH) issues.push({ code: "too_big", path, maximum: String(MAX_ID_LENGTH), message: `a key ${shown(key)} is longer than ${MAX_ID_LENGTH} characters` });
        else stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key], isId: ID_KEYS.has(key) });
      }
    }
  }
  return issues;
}
