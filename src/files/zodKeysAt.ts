import type { ZodType } from "zod";

/** The parts of a zod schema's definition this walk reads. */
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, ZodType>>;
  readonly innerType?: ZodType;
  readonly element?: ZodType;
  readonly options?: readonly ZodType[];
  readonly in?: ZodType;
  readonly getter?: () => ZodType;
  readonly valueType?: ZodType;
  readonly left?: ZodType;
  readonly right?: ZodType;
  readonly items?: readonly ZodType[];
}

const defOf = (schema: ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;
const WRAPPERS = new Set(["optional", "nullable", "default", "prefault", "readonly", "catch", "nonoptional"]);
const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The object schemas `schema` may be for `value` (wrappers, pipes and lazies unwrapped; a union's branches that fit best). */
function objectsOf(schema: ZodType, value: unknown, depth = 0): ZodType[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  if (def.type === "object") return [schema];
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return objectsOf(def.innerType, value, depth + 1);
  if (def.type === "pipe" && def.in !== undefined) return objectsOf(def.in, value, depth + 1);
  if (def.type === "lazy" && def.getter !== undefined) return objectsOf(def.getter(), value, depth + 1);
  if (def.type === "intersection" && def.left !== undefined && def.right !== undefined) return [...objectsOf(def.left, value, depth + 1), ...objectsOf(def.right, value, depth + 1)];
  if (def.type === "union" && def.options !== undefined) {
    const branches = def.options.flatMap((o) => objectsOf(o, value, depth + 1));
    if (!isRecord(value) || branches.length <= 1) return branches;
    // the branches whose literal fields (a `kind`) the value matches, else those sharing the most keys with it
    const fit = (o: ZodType) => {
      const shape = defOf(o).shape ?? {};
      const literal = Object.entries(shape).some(([k, s]) => defOf(s).type === "literal" && (s as unknown as { _zod: { def: { values: unknown[] } } })._zod.def.values.includes(value[k]));
      return (literal ? 1000 : 0) + Object.keys(value).filter((k) => Object.hasOwn(shape, k)).length;
    };
    const best = Math.max(...branches.map(fit));
    return branches.filter((o) => fit(o) === best);
  }
  return [];
}

/** The schema of the value at `key` inside `schema` (a field, a list item, a record value). */
function childOf(schema: ZodType, value: unknown, key: string | number, depth = 0): ZodType[] {
  if (depth > 20) return [];
  const def = defOf(schema);
  if (WRAPPERS.has(def.type) && def.innerType !== undefined) return childOf(def.innerType, value, key, depth + 1);
  if (def.type === "pipe" && def.in !== undefined) return childOf(def.in, value, key, depth + 1);
  if (def.type === "lazy" && def.getter !== undefined) return childOf(def.getter(), value, key, depth + 1);
  if (def.type === "array" && def.element !== undefined && typeof key === "number") return [def.element];
  if (def.type === "tuple" && def.items !== undefined && typeof key === "number") return def.items[key] === undefined ? [] : [def.items[key]];
  if (def.type === "record" && def.valueType !== undefined) return [def.valueType];
  return objectsOf(schema, value, depth + 1).flatMap((o) => {
    const field = defOf(o).shape?.[String(key)];
    return field === undefined ? [] : [field];
  });
}

/**
 * The keys a strict object of `schema` allows at `path` inside `data`: what an unknown key there
 * could have meant. Walks the schema along the path, choosing among a union's branches the ones
 * the value fits (by its `kind` or the keys it has).
 *
 * @param schema - the schema `data` was parsed with
 * @param data - the parsed input
 * @param path - the path of the object holding the unknown key
 * @returns the allowed keys (of every branch that fits), or none when the path leads to no object schema
 * @example
 * ```ts
 * import { object, strictObject, string, array } from "zod";
 * import { zodKeysAt } from "./zodKeysAt.js";
 * const schema = object({ rows: array(strictObject({ id: string(), level: string() })) });
 * zodKeysAt(schema, { rows: [{ id: "a", levle: "1" }] }, ["rows", 0]); // ["id", "level"]
 * ```
 * @category Scenario files
 */
export function zodKeysAt(schema: ZodType, data: unknown, path: readonly (string | number)[]): string[] {
  let schemas: ZodType[] = [schema];
  let value = data;
  for (const key of path) {
    schemas = schemas.flatMap((s) => childOf(s, value, key));
    value = isRecord(value) || Array.isArray(value) ? (value as Record<string | number, unknown>)[key] : undefined;
    if (schemas.length === 0) return [];
  }
  return [...new Set(schemas.flatMap((s) => objectsOf(s, value)).flatMap((o) => Object.keys(defOf(o).shape ?? {})))];
}
