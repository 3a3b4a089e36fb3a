import { type Document, LineCounter, isMap, isScalar, parseDocument } from "yaml";
import { CobenefitsError, type FileIssue, InvalidInputError, ScenarioFileError } from "../errors.js";
import { inputIssuesFromZodIssue } from "../factors/factorSet.js";
import { compileScenario } from "./compile.js";
import type { Plan } from "./plan.js";
import { type Scenario, scenarioSchema } from "./scenario.js";

/**
 * How to read a scenario file: its name (shown in messages; its extension picks the format) and,
 * optionally, the format itself.
 * @category Scenario files
 */
export interface ScenarioFileOptions {
  /** Shown in every message; `.json` selects JSON, anything else YAML. Default `"scenario"`. */
  readonly fileName?: string;
  /** Overrides the format the file name implies. */
  readonly format?: "yaml" | "json";
}

type Path = readonly (string | number)[];

interface Source {
  readonly file: string;
  readonly doc: Document | undefined;
  readonly lines: LineCounter;
}

const formatOf = (o: ScenarioFileOptions) => o.format ?? (/\.json$/i.test(o.fileName ?? "") ? "json" : "yaml");

/** Line and column (1-based) of the value at `path`, or of its nearest ancestor present in the file. */
function locate(src: Source, path: Path): { line?: number; column?: number } {
  if (src.doc === undefined) return {};
  for (let n = path.length; n >= 0; n--) {
    const node = src.doc.getIn(path.slice(0, n), true) as { range?: [number, number, number] } | undefined;
    if (node?.range !== undefined) {
      const { line, col } = src.lines.linePos(node.range[0]);
      return { line, column: col };
    }
  }
  return {};
}

function setIn(target: unknown, path: Path, value: unknown): void {
  let t = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) t = t[key] as Record<string | number, unknown>;
  t[path[path.length - 1]!] = value;
}

function readDocument(text: string, options: ScenarioFileOptions): { src: Source; data: unknown } {
  const file = options.fileName ?? "scenario";
  const lines = new LineCounter();
  const issueAt = (message: string, pos?: { line: number; col: number }): FileIssue => ({ path: [], message, line: pos?.line, column: pos?.col });
  if (formatOf(options) === "json") {
    try {
      JSON.parse(text); // JSON's own grammar first: YAML would accept more than JSON allows
    } catch (e) {
      const offset = Number(/position (\d+)/.exec((e as Error).message)?.[1] ?? Number.NaN);
      const before = Number.isInteger(offset) ? text.slice(0, offset).split("\n") : undefined;
      const lines = text.split("\n");
      const pos = before === undefined ? { line: lines.length, col: (lines[lines.length - 1]?.length ?? 0) + 1 } : { line: before.length, col: (before[before.length - 1]?.length ?? 0) + 1 };
      throw new ScenarioFileError(file, [issueAt(`not valid JSON: ${(e as Error).message}`, pos)], { code: "SCENARIO_FILE_SYNTAX" });
    }
  }
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true, uniqueKeys: true, strict: true });
  if (doc.errors.length > 0) {
    throw new ScenarioFileError(file, doc.errors.map((e) => issueAt((e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ""), e.linePos?.[0])), { code: "SCENARIO_FILE_SYNTAX" });
  }
  if (!isMap(doc.contents)) throw new ScenarioFileError(file, [issueAt("expected a mapping of scenario fields (name, years, species, baseline, measures ...)", { line: 1, col: 1 })]);
  const data = doc.toJS({ maxAliasCount: 100 }) as Record<string, unknown>;
  if (typeof data.$schema === "string") delete data.$schema; // the editor's schema reference is not part of the scenario
  return { src: { file, doc, lines }, data };
}

/**
 * Validates data read from a file. A decimal field written as a plain number (`value: 0.8`) is
 * read as the number's exact text in the file ("0.8"), never through binary floating point;
 * all other problems are reported at once with their lines.
 */
function validate(src: Source, data: unknown): Scenario {
  for (let pass = 0; ; pass++) {
    const r = scenarioSchema.safeParse(data);
    if (r.success) return r.data;
    let fixed = 0;
    const issues: FileIssue[] = [];
    for (const i of r.error.issues) {
      const path = i.path.map((p) => (typeof p === "symbol" ? String(p) : p));
      const node = src.doc?.getIn(path, true);
      if (pass < 8 && i.code === "invalid_type" && i.expected === "string" && isScalar(node) && typeof node.value === "number" && node.source !== undefined) {
        setIn(data, path, node.source);
        fixed++;
        continue;
      }
      if (i.code === "unrecognized_keys") {
        // One issue per object, at its first unknown key's line.
        const message = `unknown key${i.keys.length > 1 ? "s" : ""} ${i.keys.map((k) => `"${k}"`).join(", ")} (a misspelt field is never ignored; see docs/scenario-file-reference.md)`;
        issues.push({ path, message, ...locate(src, [...path, ...i.keys.slice(0, 1)]) });
      } else for (const issue of inputIssuesFromZodIssue(i, data, [])) issues.push({ ...issue, ...locate(src, issue.path) });
    }
    const byLine = (a: FileIssue, b: FileIssue) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
    // When numbers were converted, validate again: the converted values get their own checks (ranges ...).
    if (fixed === 0) throw new ScenarioFileError(src.file, issues.sort(byLine));
  }
}

/**
 * Reads a scenario file (YAML or JSON) into a validated {@link Scenario}. Every problem is reported
 * at once, each with its path and its line and column in the file. A `$schema` key (for editors)
 * is allowed at the top. Decimal fields may be written as strings (`"0.8"`) or plain numbers
 * (`0.8`); a number is taken exactly as written, never through floating point. Duplicate keys and
 * unknown keys are errors.
 *
 * @param text - the file's content
 * @param options - file name (for messages and format) and format
 * @returns the scenario, ready for {@link compileScenario}
 * @throws {@link ScenarioFileError} listing every problem with its path, line and column
 * @example
 * ```ts
 * import { parseScenarioFile } from "cobenefits/files";
 * const yaml = [
 *   "name: demo",
 *   "years: { start: 2030, end: 2031 }",
 *   "species: [SO2]",
 *   "metrics: []",
 *   "baseline:",
 *   "  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: 100 } }",
 *   "measures: []",
 * ].join("\n");
 * parseScenarioFile(yaml, { fileName: "demo.yaml" }).baseline[0]?.level; // { kind: "constant", value: "100" }
 * let lines: unknown;
 * try { parseScenarioFile(yaml.replace("anthracite", "anthracite, colour: black"), { fileName: "demo.yaml" }); }
 * catch (e) { lines = (e as { issues: { line: number }[] }).issues.map((i) => i.line); }
 * lines; // [6]
 * ```
 * @category Scenario files
 */
export function parseScenarioFile(text: string, options: ScenarioFileOptions = {}): Scenario {
  const { src, data } = readDocument(text, options);
  return validate(src, data);
}

/**
 * Reads and compiles a scenario file: {@link parseScenarioFile}, then {@link compileScenario}, with
 * compile errors (unknown factors, overclaimed activities, unknown metrics ...) located in the
 * file by their path. `metrics`, when given, replaces the file's `metrics` (the command line's
 * `--metric`).
 *
 * @param text - the file's content
 * @param options - as {@link parseScenarioFile}, plus `metrics` replacing the file's list
 * @returns the compiled plan
 * @throws {@link ScenarioFileError} with every problem located in the file; `cause` holds the
 *   compile error when there was one
 * @example
 * ```ts
 * import { compileScenarioFile } from "cobenefits/files";
 * const json = JSON.stringify({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "peat", unit: "TJ", level: { kind: "constant", value: "1" } }], measures: [] }, null, 1);
 * let where: unknown;
 * try { compileScenarioFile(json, { fileName: "demo.json" }); } catch (e) { where = (e as { issues: { line: number }[] }).issues[0]?.line; }
 * where; // 12
 * ```
 * @category Scenario files
 */
export function compileScenarioFile(text: string, options: ScenarioFileOptions & { readonly metrics?: readonly string[] } = {}): Plan {
  const { src, data } = readDocument(text, options);
  if (options.metrics !== undefined) (data as Record<string, unknown>).metrics = [...options.metrics];
  const scenario = validate(src, data);
  try {
    return compileScenario(scenario);
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    const found = e instanceof InvalidInputError ? e.issues : [{ path: e.path, message: e.detail }];
    // Metrics given in place of the file's (the command line's --metric) are not in the file.
    const given = (i: { path: readonly (string | number)[] }) => options.metrics !== undefined && i.path[0] === "metrics";
    throw new ScenarioFileError(src.file, found.map((i) => (given(i) ? { path: i.path, message: `(--metric) ${i.message}` } : { path: i.path, message: i.message, ...locate(src, i.path) })), { code: e.code, cause: e });
  }
}
