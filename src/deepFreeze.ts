/**
 * Freezes a value and everything reachable from it, so built-in data (tables, metrics, citations)
 * cannot be changed by a caller through the objects the API hands out.
 *
 * @param value - the value to freeze (frozen in place)
 * @returns the same value, typed as read-only
 * @example
 * ```ts
 * import { deepFreeze } from "cobenefits/engine";
 * const t = deepFreeze({ rows: [{ value: "1" }] });
 * Object.isFrozen(t.rows[0]); // true
 * ```
 * @category Errors
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
