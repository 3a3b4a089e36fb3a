import { type FileIssue, ScenarioFileError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import type { ScenarioFileSource, SourcePath } from "./scenarioFileSource.js";

/**
 * The lists of a scenario whose items are matched by `id` when a scenario `extends` another (every
 * other list is replaced as a whole), as paths from the top of the file.
 * @category Scenario files
 */
export const KEYED_LISTS: readonly SourcePath[] = [["baseline"], ["measures"], ["factors", "userCitations"], ["factors", "userTables"]];

/** Where a value of the merged data was written: a file and the path in it. */
interface Origin {
  readonly src: ScenarioFileSource;
  readonly path: SourcePath;
}

/**
 * Where the values of merged data come from: a value taken whole from one file (`whole`), or a
 * mapping or list merged from two, with where each of its keys (or positions) comes from and
 * where the overriding mapping or list itself is written (`self`).
 */
export type OriginTree =
  | { readonly kind: "whole"; readonly origin: Origin }
  | { readonly kind: "merged"; readonly self: Origin; readonly children: ReadonlyMap<string, OriginTree> };

/** Merged data with where each part was written. */
export interface Traced {
  readonly data: unknown;
  readonly tree: OriginTree;
}

const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);
const samePath = (a: SourcePath, b: SourcePath) => a.length === b.length && a.every((k, i) => k === b[i]);
const own = (o: Record<string, unknown>, k: string) => Object.hasOwn(o, k);
const put = (o: Record<string, unknown>, k: string, v: unknown) => Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });

/** The origin tree of the value at `key` below `tree`. */
export function childTree(tree: OriginTree, key: string | number): OriginTree | undefined {
  if (tree.kind === "whole") return { kind: "whole", origin: { src: tree.origin.src, path: [...tree.origin.path, key] } };
  return tree.children.get(String(key));
}

/** The origin of the value (or mapping) a tree stands for. */
export const selfOrigin = (tree: OriginTree): Origin => (tree.kind === "whole" ? tree.origin : tree.self);

/** An issue located in the file (and at the line) where `origin` was written. */
export function issueAt(origin: Origin, message: string, key = false): FileIssue {
  const where = key ? origin.src.keyPosition(origin.path) : origin.src.position(origin.path);
  return { code: "invalid_value", path: [...origin.path], message, file: origin.src.file, ...where };
}

/**
 * Merges an overriding scenario file's content onto its base, by the rules of `extends`:
 * mappings merge key by key, deeply; a mapping whose `kind` differs from the base's replaces it
 * whole (a schedule of another kind, a measure of another kind); lists replace the base's list,
 * except the {@link KEYED_LISTS}, whose items are matched by `id`: an item with a base item's id
 * merges into it (in the base's order), an item `{ id, remove: true }` removes it, and a new id is
 * added after the base's items; any other value replaces the base's.
 *
 * @param base - the base's merged content and origins
 * @param over - the overriding content and origins
 * @param path - where both stand in the scenario
 * @returns the merged content (new objects and lists; neither input is changed)
 * @throws {@link ScenarioFileError} when a `remove` names no base item or carries other keys,
 *   located in the file that says so
 */
export function mergeScenarioData(base: Traced, over: Traced, path: SourcePath = []): Traced {
  if (isMapping(base.data) && isMapping(over.data)) {
    const b = base.data;
    const o = over.data;
    const otherKind = typeof b.kind === "string" && typeof o.kind === "string" && b.kind !== o.kind;
    if (!otherKind) {
      const data: Record<string, unknown> = {};
      const children = new Map<string, OriginTree>();
      for (const k of [...Object.keys(b), ...Object.keys(o).filter((k) => !own(b, k))]) {
        const inBase = own(b, k);
        const inOver = own(o, k);
        const bt = childTree(base.tree, k);
        const ot = childTree(over.tree, k);
        const merged: Traced = inBase && inOver && bt !== undefined && ot !== undefined
          ? mergeScenarioData({ data: b[k], tree: bt }, { data: o[k], tree: ot }, [...path, k])
          : inOver && ot !== undefined ? { data: o[k], tree: ot } : { data: b[k], tree: bt ?? base.tree };
        put(data, k, merged.data);
        children.set(k, merged.tree);
      }
      return { data, tree: { kind: "merged", self: selfOrigin(over.tree), children } };
    }
  }
  if (Array.isArray(base.data) && Array.isArray(over.data) && KEYED_LISTS.some((p) => samePath(p, path))) return mergeKeyedList(base, over, path);
  return over;
}

const idOf = (item: unknown): string | undefined => (isMapping(item) && typeof item.id === "string" ? item.id : undefined);

function mergeKeyedList(base: Traced, over: Traced, path: SourcePath): Traced {
  const items: Traced[] = (base.data as unknown[]).map((data, i) => ({ data, tree: childTree(base.tree, i) ?? base.tree }));
  const issues: FileIssue[] = [];
  (over.data as unknown[]).forEach((data, i) => {
    const tree = childTree(over.tree, i) ?? over.tree;
    const id = idOf(data);
    const at = id === undefined ? -1 : items.findIndex((t) => idOf(t.data) === id);
    if (isMapping(data) && own(data, "remove")) {
      const extra = Object.keys(data).filter((k) => k !== "id" && k !== "remove");
      const ids = items.map((t) => idOf(t.data)).filter((x): x is string => x !== undefined);
      if (data.remove !== true) issues.push(issueAt(childOrigin(tree, "remove"), `"remove" takes the value true (remove the base's ${String(path[path.length - 1])} item with this id); got ${JSON.stringify(data.remove)}`));
      else if (extra.length > 0) issues.push(issueAt(selfOrigin(tree), `an item with "remove: true" holds only its id; remove ${extra.map((k) => `"${k}"`).join(", ")}, or drop "remove" to change the item`));
      else if (at < 0) {
        const near = id === undefined ? [] : nearestStrings(id, ids, 1);
        issues.push(issueAt(selfOrigin(tree), `"remove: true" names no ${String(path[path.length - 1])} item of the base scenario: ${id === undefined ? "the item has no id" : `"${id}"`}${near.length === 0 ? "" : `; did you mean "${near[0]}"?`} (base ids: ${ids.join(", ") || "none"})`));
      } else items.splice(at, 1);
      return;
    }
    if (at < 0) items.push({ data, tree });
    else items[at] = mergeScenarioData(items[at]!, { data, tree }, [...path, at]);
  });
  if (issues.length > 0) throw new ScenarioFileError(issues[0]!.file ?? selfOrigin(over.tree).src.file, issues);
  const children = new Map<string, OriginTree>(items.map((t, i) => [String(i), t.tree]));
  return { data: items.map((t) => t.data), tree: { kind: "merged", self: selfOrigin(over.tree), children } };
}

const childOrigin = (tree: OriginTree, key: string): Origin => selfOrigin(childTree(tree, key) ?? tree);
