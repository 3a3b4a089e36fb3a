import type { ZodError, ZodType } from "zod";
import { citationSchema } from "../citations/citation.js";
import { CobenefitsError, type FileIssue, type InputIssue, InvalidInputError, MissingFactorError, ScenarioFileError, UnknownMetricError, issueOfError } from "../errors.js";
import { nearestNames } from "./nearestNames.js";
import { factorRowSchema } from "../factors/factorRow.js";
import { inputIssuesFromZodIssue } from "../errors/inputIssuesFromZod.js";
import { nearestKey, withFileHints } from "./fileIssueHints.js";
import { zodKeysAt } from "./zodKeysAt.js";
import { gridFactorRowSchema } from "../factors/gridFactorRow.js";
import { ncvRowSchema } from "../factors/ncvRow.js";
import { compileScenario } from "../scenario/compile/compileScenario.js";
import { missingFactorParts } from "../scenario/compile/combinedMissingFactors.js";
import { MAX_SCENARIO_FILE_BYTES } from "./maxScenarioFileBytes.js";
import type { Plan } from "../scenario/plan.js";
import { readJsonScenarioFile } from "./readJsonScenarioFile.js";
import { readYamlScenarioFile } from "./readYamlScenarioFile.js";
import { type Scenario, scenarioSchema } from "../scenario/scenario.js";
import { gridKeyHint } from "../scenario/gridKeyHint.js";
import { ANALYSIS_SECTIONS, ANALYSIS_SECTION_KEYS } from "./analysisSections.js";
import { type ScenarioFileSource, type SourcePath, fileProblem } from "./scenarioFileSource.js";
import { docsUrl } from "../docsUrl.js";
import { resolveScenarioExtends } from "./scenarioExtends.js";

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
  /**
   * Reads a base scenario that the file names with `extends: base.yaml` (the path given is
   * resolved from `filePath`); without it, a file with `extends` is refused.
   */
  readonly readFile?: (path: string) => string;
  /** Where the file is, to resolve `extends` paths from (default: `fileName`). */
  readonly filePath?: string;
}

const formatOf = (o: ScenarioFileOptions) => o.format ?? (/\.json$/i.test(o.fileName ?? "") ? "json" : "yaml");

/** The number of bytes of `text` in UTF-8, counted without encoding it. */
function utf8Bytes(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair: one character of four bytes
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** The file's content and positions, with the base it `extends` merged under it. */
function readSource(text: string, options: ScenarioFileOptions): ScenarioFileSource {
  const file = options.fileName ?? "scenario";
  return resolveScenarioExtends(readOne(text, options), { filePath: options.filePath ?? file, readFile: options.readFile, load: (t, fileName) => readOne(t, { fileName }) });
}

/** One file's content and positions; refuses a file over {@link MAX_SCENARIO_FILE_BYTES} before parsing it. */
function readOne(text: string, options: ScenarioFileOptions): ScenarioFileSource {
  const file = options.fileName ?? "scenario";
  // Each UTF-16 unit is 1 to 3 bytes: count only when the length alone does not decide.
  const bytes = text.length > MAX_SCENARIO_FILE_BYTES ? text.length : text.length * 3 <= MAX_SCENARIO_FILE_BYTES ? 0 : utf8Bytes(text);
  if (bytes > MAX_SCENARIO_FILE_BYTES) {
    throw fileProblem(file, "SCENARIO_FILE_TOO_LARGE", `the file is ${text.length > MAX_SCENARIO_FILE_BYTES ? "at least " : ""}${bytes} bytes; a scenario file may be at most ${MAX_SCENARIO_FILE_BYTES} bytes (MAX_SCENARIO_FILE_BYTES, 10 MiB)`);
  }
  const src = formatOf(options) === "json" ? readJsonScenarioFile(text, file) : readYamlScenarioFile(text, file);
  const data = src.data;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw fileProblem(file, "INVALID_SCENARIO_FILE", "expected a mapping of scenario fields (name, years, species, baseline, measures ...)", { line: 1, column: 1 });
  }
  if (typeof (data as Record<string, unknown>).$schema === "string") delete (data as Record<string, unknown>).$schema; // the editor's schema reference is not part of the scenario
  return src;
}

function setIn(target: unknown, path: SourcePath, value: unknown): void {
  let t = target as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) t = t[key] as Record<string | number, unknown>;
  t[path[path.length - 1]!] = value;
}

type ZodIssue = ZodError["issues"][number];
const pathOf = (i: ZodIssue): SourcePath => i.path.map((p) => (typeof p === "symbol" ? String(p) : p));

/** The issues of a failed parse, with those of every branch of a failed union (a path into a union's branch starts at the union). */
function allIssues(issues: readonly ZodIssue[], at: SourcePath = []): { readonly issue: ZodIssue; readonly path: SourcePath }[] {
  return issues.flatMap((i) => [{ issue: i, path: [...at, ...pathOf(i)] }, ...(i.code === "invalid_union" ? i.errors.flatMap((branch) => allIssues(branch, [...at, ...pathOf(i)])) : [])]);
}

/**
 * Replaces each plain number written where `schema` expects text (a decimal field) by the
 * number's exact text in the file, never through binary floating point: `value: 0.10` becomes
 * "0.10". `at` is where `value` sits in the file's content. Repeated, as a conversion can let
 * zod look further into the value (at most 8 times: the nesting of a scenario).
 */
function readPlainNumbers(src: ScenarioFileSource, schema: ZodType, value: unknown, at: SourcePath): void {
  for (let pass = 0; pass < 8; pass++) {
    const r = schema.safeParse(value);
    if (r.success) return;
    let fixed = 0;
    for (const { issue, path } of allIssues(r.error.issues)) {
      if (issue.code !== "invalid_type" || issue.expected !== "string") continue;
      const text = src.numberText([...at, ...path]);
      if (text === undefined || path.length === 0) continue;
      setIn(value, path, text);
      fixed++;
    }
    if (fixed === 0) return;
  }
}

/** The list at `key` of an object, or none. */
const listAt = (value: unknown, key: string): readonly unknown[] => {
  const v = value !== null && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  return Array.isArray(v) ? v : [];
};

/** The file issues of a failed parse of `value`, which sits at `at` in the file's content: each located by line and column. */
function fileIssues(src: ScenarioFileSource, zodIssues: readonly ZodIssue[], value: unknown, at: SourcePath, schema: ZodType, root: unknown): FileIssue[] {
  const issues: FileIssue[] = [];
  for (const i of zodIssues) {
    const path = [...at, ...pathOf(i)];
    if (i.code === "unrecognized_keys") {
      // One issue per object, at its first unknown key's line.
      const named = i.keys.slice(0, 10).map((k) => `"${k}"`).join(", ") + (i.keys.length > 10 ? ` and ${i.keys.length - 10} more` : "");
      const known = zodKeysAt(schema, value, pathOf(i));
      const hints = i.keys.slice(0, 10).flatMap((k) => {
        const h = gridKeyHint(path, k);
        if (h !== undefined) return [{ k, h }];
        const near = k.length > 60 ? undefined : nearestKey(k, known); // the nearest key the schema allows here
        return near === undefined ? [] : [{ k, h: { nearest: [near], options: known, hint: `did you mean "${near}"?` } }];
      });
      // several keys: one "did you mean" with each key's nearest, the aggregates' hints as they are
      const guesses = hints.filter(({ h }) => h.nearest.length > 0);
      const texts = i.keys.length === 1 ? hints.map(({ h }) => h.hint) : [
        ...(guesses.length === 0 ? [] : [`did you mean ${guesses.map(({ k, h }) => `"${h.nearest[0]}" for "${k}"`).join(", ")}? (one of ${guesses[0]!.h.options.join(", ")})`]),
        ...hints.filter(({ h }) => h.nearest.length === 0).map(({ h }) => h.hint),
      ];
      const hinted = texts.length === 0 ? "" : `; ${texts.join("; ")}`;
      const message = `unknown key${i.keys.length > 1 ? "s" : ""} ${named} (a misspelt field is never ignored; see ${docsUrl("scenario-file-reference.md")})${hinted}`;
      const nearest = hints.flatMap(({ h }) => h.nearest);
      issues.push({ code: "unknown_key", path, key: i.keys[0], message, ...(nearest.length === 0 ? {} : { nearest }), ...src.keyPosition([...path, ...i.keys.slice(0, 1)]) });
    } else for (const issue of inputIssuesFromZodIssue(i, value, at).map((x) => withFileHints(x, i, root))) issues.push({ ...issue, ...(issue.code === "unknown_key" ? src.keyPosition(issue.path) : src.position(issue.path)) });
  }
  return issues;
}

/**
 * Validates the file's content. A decimal field written as a plain number (`value: 0.8`) is read
 * as the number's exact text in the file ("0.8") anywhere in the scenario, including a
 * `gridFactor` row and the rows of `factors.userTables`, `factors.userNcv` and
 * `factors.userCitations` (whose own checks run when the scenario is compiled); all other
 * problems are reported at once with their lines.
 */
function validate(src: ScenarioFileSource): Scenario {
  const data = src.data;
  readPlainNumbers(src, scenarioSchema, data, []);
  const { factors, gridFactor } = data as Record<string, unknown>;
  // A union (a built-in grid factor by id, or a row) reports one branch's issues only: read the row's numbers as a row.
  if (gridFactor !== null && typeof gridFactor === "object" && Object.keys(gridFactor).some((k) => k !== "id")) readPlainNumbers(src, gridFactorRowSchema, gridFactor, ["gridFactor"]);
  listAt(factors, "userTables").forEach((table, t) =>
    listAt(table, "rows").forEach((row, r) => {
      if (row !== null && typeof row === "object") readPlainNumbers(src, factorRowSchema, row, ["factors", "userTables", t, "rows", r]);
    }),
  );
  listAt(factors, "userNcv").forEach((row, r) => {
    if (row !== null && typeof row === "object") readPlainNumbers(src, ncvRowSchema, row, ["factors", "userNcv", r]);
  });
  listAt(factors, "userCitations").forEach((row, r) => {
    if (row !== null && typeof row === "object") readPlainNumbers(src, citationSchema, row, ["factors", "userCitations", r]);
  });
  const r = scenarioSchema.safeParse(data);
  const issues: FileIssue[] = r.success ? [] : fileIssues(src, r.error.issues, data, [], scenarioSchema, data);
  // The analysis sections (costs, uncertainty, targets, optimise, impacts), each by its own layer's schema.
  for (const key of ANALYSIS_SECTION_KEYS) {
    const value = (data as Record<string, unknown>)[key];
    if (value === undefined) continue;
    const schema = ANALYSIS_SECTIONS[key];
    if (schema === undefined) {
      issues.push({ code: "invalid_value", path: [key], message: `the "${key}" section is not supported by this version of cobenefits`, ...src.keyPosition([key]) });
      continue;
    }
    if (value !== null && typeof value === "object") readPlainNumbers(src, schema, value, [key]);
    const s2 = schema.safeParse(value);
    if (!s2.success) issues.push(...fileIssues(src, s2.error.issues, value, [key], schema, data));
  }
  if (r.success && issues.length === 0) return r.data;
  const byLine = (a: FileIssue, b: FileIssue) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
  throw new ScenarioFileError(src.file, issues.sort(byLine));
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
  return validate(readSource(text, options));
}

/** An unknown metric's issue with the nearest known name, ignoring case and separators ("AR6GWP100", the globalwarmingpotentials data's spelling, names AR6-GWP100). */
function withMetricHint(issue: InputIssue): InputIssue {
  if (!(issue.cause instanceof UnknownMetricError)) return issue;
  const near = nearestNames(issue.cause.metric, issue.cause.available, 1)[0];
  return near === undefined ? issue : { ...issue, nearest: [near], message: issue.message.replace(/; known metrics: /, `; did you mean "${near}"? known metrics: `) };
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
 * where; // 15 (the line of "fuel": "peat")
 * ```
 * @category Scenario files
 */
export function compileScenarioFile(text: string, options: ScenarioFileOptions & { readonly metrics?: readonly string[] } = {}): Plan {
  const src = readSource(text, options);
  if (options.metrics !== undefined) (src.data as Record<string, unknown>).metrics = [...options.metrics];
  const scenario = validate(src);
  try {
    return compileScenario(scenario);
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    // each problem at its own line: every issue, every missing factor (one MissingFactorError lists them all), or the error
    const found: readonly InputIssue[] = e instanceof InvalidInputError
      ? e.issues
      : e instanceof MissingFactorError && missingFactorParts(e).length > 1
        ? missingFactorParts(e).map((part) => issueOfError(part))
      : e instanceof MissingFactorError && e.missing.length > 1
        ? e.missing.map((m) => ({ ...issueOfError(e, m.path ?? e.path), message: `${m.reason} (activity ${m.activityId ?? "?"}; species ${m.species ?? "?"}); set onMissingFactor: "omit" to list such gaps instead` }))
        : [issueOfError(e)];
    // Metrics given in place of the file's (the command line's --metric) are not in the file.
    const given = (i: { path: readonly (string | number)[] }) => options.metrics !== undefined && i.path[0] === "metrics";
    throw new ScenarioFileError(src.file, found.map(withMetricHint).map((i) => (given(i) ? { ...i, message: `(--metric) ${i.message}` } : { ...i, ...src.position(i.path) })), { code: e.code, cause: e });
  }
}
