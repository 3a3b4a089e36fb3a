import fc from "fast-check";
import { HOSTILE_KEYS, hostileText, hostileValue } from "./hostileValues.js";
import { ratioCase, unitCase } from "./unitGrammar.js";

// Mutations of a valid scenario: one change at a random place, the rest untouched, so the
// error (if any) has one cause and its path can be checked against the place changed.

export type Path = readonly (string | number)[];

/** Every path in a plain JSON-like value (objects and arrays), the root excluded. */
export function pathsOf(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== "object") return [];
  const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
  return entries.flatMap(([k, v]) => [[...prefix, k], ...pathsOf(v, [...prefix, k])]);
}

export function getAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((v, k) => (v as Record<string | number, unknown>)[k], value);
}

/** A copy of `value` with `f` applied to the value at `path` (the original is not changed). */
export function updateAt(value: unknown, path: Path, f: (old: unknown) => unknown): unknown {
  if (path.length === 0) return f(value);
  const [k, ...rest] = path;
  if (Array.isArray(value)) return value.map((v, i) => (i === k ? updateAt(v, rest, f) : v));
  const o = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(o)) copy[key] = key === k ? updateAt(o[key], rest, f) : o[key];
  return copy;
}

/** A copy of the object at `path` with one more key (defined as an own data property, `__proto__` too). */
function withKey(obj: unknown, key: string, v: unknown): unknown {
  if (obj === null || typeof obj !== "object" || Array.isArray(obj)) return obj;
  const copy = { ...(obj as Record<string, unknown>) };
  Object.defineProperty(copy, key, { value: v, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** What was done, for the failure message and for checks that depend on it. */
export interface Mutation {
  readonly kind: "replace" | "delete" | "addKey" | "duplicateEntry" | "unit" | "text" | "none";
  readonly path: Path;
  readonly detail?: unknown;
}

export interface Mutated {
  readonly original: unknown;
  readonly mutated: unknown;
  readonly mutation: Mutation;
}

const isUnitPath = (p: Path) => p[p.length - 1] === "unit" || p[p.length - 1] === "toUnit";
const isTextPath = (p: Path) => ["name", "id", "label", "description", "title"].includes(String(p[p.length - 1])) || (p.length === 2 && (p[0] === "species" || p[0] === "metrics"));

/**
 * One mutation of `scenario`: replace a value with a hostile one, delete it, add an unknown or
 * prototype key, repeat a list entry (species, metric, measure or activity twice), replace a unit
 * with one from the unit grammar, or put hostile text into a name, id or label.
 */
export function mutation(scenario: unknown): fc.Arbitrary<Mutated> {
  const paths = pathsOf(scenario);
  const lists = paths.filter((p) => Array.isArray(getAt(scenario, p)) && (getAt(scenario, p) as unknown[]).length > 0);
  const objects = [[], ...paths.filter((p) => { const v = getAt(scenario, p); return v !== null && typeof v === "object" && !Array.isArray(v); })];
  const units = paths.filter(isUnitPath);
  const texts = paths.filter(isTextPath);
  const duplicable = lists.filter((p) => p.length === 1 && ["species", "metrics", "baseline", "measures"].includes(String(p[0])));
  const pick = <T>(xs: readonly T[]) => fc.integer({ min: 0, max: Math.max(0, xs.length - 1) }).map((i) => xs[i]!);
  const done = (mutated: unknown, m: Mutation): Mutated => ({ original: scenario, mutated, mutation: m });
  const options: { weight: number; arbitrary: fc.Arbitrary<Mutated> }[] = [
    { weight: 6, arbitrary: fc.tuple(pick(paths), hostileValue).map(([p, v]) => done(updateAt(scenario, p, () => v), { kind: "replace", path: p, detail: v })) },
    {
      weight: 2,
      arbitrary: pick(paths).map((p) =>
        done(updateAt(scenario, p.slice(0, -1), (parent) => (Array.isArray(parent) ? parent.filter((_, i) => i !== p[p.length - 1]) : Object.fromEntries(Object.entries(parent as object).filter(([k]) => k !== p[p.length - 1])))), { kind: "delete", path: p }),
      ),
    },
    { weight: 2, arbitrary: fc.tuple(pick(objects), fc.constantFrom(...HOSTILE_KEYS), fc.constantFrom<unknown>("x", 1, {}, null, { polluted: true })).map(([p, k, v]) => done(updateAt(scenario, p, (o) => withKey(o, k, v)), { kind: "addKey", path: [...p, k], detail: v })) },
  ];
  if (duplicable.length > 0) {
    options.push({
      weight: 3,
      arbitrary: fc.tuple(pick(duplicable), fc.nat()).map(([p, n]) => {
        const list = getAt(scenario, p) as unknown[];
        const i = n % list.length;
        return done(updateAt(scenario, p, () => [...list.slice(0, i + 1), list[i], ...list.slice(i + 1)]), { kind: "duplicateEntry", path: [...p, i + 1] });
      }),
    });
  }
  if (units.length > 0) options.push({ weight: 4, arbitrary: fc.tuple(pick(units), fc.oneof(unitCase, ratioCase)).map(([p, u]) => done(updateAt(scenario, p, () => u.text), { kind: "unit", path: p, detail: u.text })) });
  if (texts.length > 0) options.push({ weight: 3, arbitrary: fc.tuple(pick(texts), hostileText).map(([p, t]) => done(updateAt(scenario, p, () => t), { kind: "text", path: p, detail: t })) });
  return fc.oneof(...options);
}

/** A scenario from `valid`, unchanged about one time in eight, else with one mutation. */
export function mutatedFrom(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Mutated> {
  return valid.chain((s) => fc.oneof({ weight: 1, arbitrary: fc.constant<Mutated>({ original: s, mutated: s, mutation: { kind: "none", path: [] } }) }, { weight: 7, arbitrary: mutation(s) }));
}

/** A scenario from `valid` with hostile text (escapes, controls, formulas) in one of its names, ids or labels. */
export function textMutatedFrom(valid: fc.Arbitrary<unknown>): fc.Arbitrary<Mutated> {
  return valid.chain((s) => {
    const texts = pathsOf(s).filter(isTextPath);
    return fc.tuple(fc.integer({ min: 0, max: texts.length - 1 }), hostileText).map(([i, t]): Mutated => ({ original: s, mutated: updateAt(s, texts[i]!, () => t), mutation: { kind: "text", path: texts[i]!, detail: t } }));
  });
}
