import { type FileIssue, ScenarioFileError } from "../errors.js";
import { type OriginTree, type Traced, childTree, issueAt, mergeScenarioData, selfOrigin } from "./mergeScenarioData.js";
import type { ScenarioFileSource, SourcePath, SourcePosition } from "./scenarioFileSource.js";

/**
 * How many files a chain of `extends` may hold (the file itself and its bases): a longer chain is
 * refused as it is almost surely a mistake, and cycles through links are caught by it too.
 * @category Scenario files
 */
export const MAX_EXTENDS_DEPTH = 16;

/** What {@link resolveScenarioExtends} needs to read the base files. */
export interface ExtendsReading {
  /** The path of the file being read, to resolve a relative `extends` from (default: its display name). */
  readonly filePath: string;
  /** Reads the text of a base file at a path; absent, a file with `extends` is refused. */
  readonly readFile?: ((path: string) => string) | undefined;
  /** Reads a base file's text into a source (YAML or JSON by its name), with the file size and syntax checks. */
  readonly load: (text: string, fileName: string) => ScenarioFileSource;
}

const trees = new WeakMap<ScenarioFileSource, OriginTree>();
const isMapping = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

/** The folder part of a path, with its trailing separator ("" for a bare name). */
const folderOf = (p: string) => p.slice(0, Math.max(p.lastIndexOf("/"), p.lastIndexOf("\\")) + 1);

/**
 * `relative` read from the folder `folder`: an absolute path (`/x`, `C:\x`, `\\server\x`) as it is;
 * otherwise joined, with `.` and `..` segments resolved, `/`-separated.
 */
export function joinScenarioPath(folder: string, relative: string): string {
  if (/^(?:[/\\]|[A-Za-z]:)/.test(relative)) return relative;
  const lead = /^[/\\]/.test(folder) ? "/" : "";
  const out: string[] = [];
  for (const part of `${folder}/${relative}`.split(/[/\\]+/)) {
    if (part === "" || part === ".") continue;
    if (part === ".." && out.length > 0 && out[out.length - 1] !== "..") out.pop();
    else out.push(part);
  }
  return lead + out.join("/");
}

const fail = (issue: FileIssue, file: string): never => {
  throw new ScenarioFileError(file, [issue]);
};

/**
 * A scenario file's content with the base it `extends` merged under it (and that base's own base,
 * and so on), by the rules of {@link mergeScenarioData}. `extends` names the base file relative to
 * the extending file's folder. Every value keeps where it was written: problems found later (by
 * validation or compilation) are located in the file and at the line that holds the value.
 * A file without `extends` is returned as it is.
 *
 * @param src - the file as read
 * @param reading - its path, how to read base files, and how to parse them
 * @param chain - the files already on the way (to refuse cycles)
 * @returns the merged content and positions
 * @throws {@link ScenarioFileError} at the `extends` line when the base cannot be read, names a
 *   file already in the chain (a cycle, listed), or the chain is longer than {@link MAX_EXTENDS_DEPTH};
 *   the base's own problems are located in the base file
 * @example
 * ```ts
 * import { parseScenarioFile } from "cobenefits/files";
 * const files: Record<string, string> = {
 *   "base.yaml": "name: base\nyears: { start: 2030, end: 2030 }\nspecies: [SO2]\nmetrics: []\nbaseline:\n  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: 100 } }\nmeasures: []\n",
 *   "variant.yaml": "extends: base.yaml\nname: variant\nbaseline:\n  - { id: stoves, level: { value: 80 } }\n",
 * };
 * const s = parseScenarioFile(files["variant.yaml"]!, { fileName: "variant.yaml", readFile: (p) => files[p]! });
 * [s.name, s.baseline[0]?.fuel, s.baseline[0]?.level]; // ["variant", "anthracite", { kind: "constant", value: "80" }]
 * ```
 * @category Scenario files
 */
export function resolveScenarioExtends(src: ScenarioFileSource, reading: ExtendsReading, chain: readonly string[] = []): ScenarioFileSource {
  const data = src.data;
  if (!isMapping(data) || !Object.hasOwn(data, "extends")) return src;
  const at = (message: string) => issueAt({ src, path: ["extends"] }, message);
  const written = data.extends;
  if (typeof written !== "string" || written.trim() === "") return fail(at(`"extends" names the base scenario file, e.g. extends: scenario.yaml (a path relative to this file); got ${JSON.stringify(written)}`), src.file);
  if (reading.readFile === undefined) return fail(at(`"extends: ${written}" needs the base file: the command line reads it; in code, pass readFile in the options`), src.file);
  const here = [...chain, joinScenarioPath("", reading.filePath)];
  const basePath = joinScenarioPath(folderOf(reading.filePath), written);
  const baseName = joinScenarioPath(folderOf(src.file), written);
  if (here.includes(basePath)) return fail(at(`"extends: ${written}" makes a cycle: ${[...here, basePath].join(" -> ")}; a scenario cannot extend itself, directly or through others`), src.file);
  if (here.length >= MAX_EXTENDS_DEPTH) return fail(at(`a chain of "extends" may hold at most ${MAX_EXTENDS_DEPTH} files (MAX_EXTENDS_DEPTH): ${here.join(" -> ")} -> ...`), src.file);
  let text: string;
  try {
    text = reading.readFile(basePath);
  } catch (e) {
    return fail(at(`cannot read the base scenario "${written}" (${basePath}): ${(e as Error).message}`), src.file);
  }
  const base = resolveScenarioExtends(reading.load(text, baseName), { ...reading, filePath: basePath }, here);
  const over: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(data)) if (k !== "extends" && k !== "$schema") Object.defineProperty(over, k, { value: v, enumerable: true, writable: true, configurable: true });
  const merged = mergeScenarioData(traced(base), { data: over, tree: { kind: "whole", origin: { src, path: [] } } });
  return tracedSource(src.file, merged);
}

const traced = (src: ScenarioFileSource): Traced => ({ data: src.data, tree: trees.get(src) ?? { kind: "whole", origin: { src, path: [] } } });

/** Walks the origin tree along `path`: the source and the path in it of the deepest value written, and how much of `path` was followed. */
function follow(tree: OriginTree, path: SourcePath): { readonly src: ScenarioFileSource; readonly path: SourcePath; readonly exact: boolean } {
  let t = tree;
  for (let i = 0; i < path.length; i++) {
    if (t.kind === "whole") return { src: t.origin.src, path: [...t.origin.path, ...path.slice(i)], exact: true };
    const next = childTree(t, path[i]!);
    if (next === undefined) return { ...t.self, exact: false };
    t = next;
  }
  return { ...selfOrigin(t), exact: true };
}

const withFile = (src: ScenarioFileSource, p: SourcePosition): SourcePosition => ({ file: p.file ?? src.file, ...(p.line === undefined ? {} : { line: p.line }), ...(p.column === undefined ? {} : { column: p.column }) });

/** A source over merged content: positions and number texts read from the file each value came from. */
function tracedSource(file: string, merged: Traced): ScenarioFileSource {
  const source: ScenarioFileSource = {
    file,
    data: merged.data,
    position(path) {
      const f = follow(merged.tree, path);
      return withFile(f.src, f.src.position(f.path));
    },
    keyPosition(path) {
      const f = follow(merged.tree, path);
      return withFile(f.src, f.exact ? f.src.keyPosition(f.path) : f.src.position(f.path));
    },
    numberText(path) {
      const f = follow(merged.tree, path);
      return f.exact ? f.src.numberText(f.path) : undefined;
    },
  };
  trees.set(source, merged.tree);
  return source;
}
