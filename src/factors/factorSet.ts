import { array, strictObject as object, string, unknown as zUnknown } from "zod";
import { citationSchema } from "../citations/citation.js";
import { builtinCitationRegistry, type CitationRegistry, createCitationRegistry } from "../citations/registry.js";
import { inputTextIssues } from "../citations/inputTextIssues.js";
import { duplicateIssues } from "../errors/duplicateIssues.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { DuplicateIdError, InvalidInputError, type InputIssue, UnknownCitationError, UnknownTableError, formatPath } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { nearestFuels } from "./nearestFuels.js";
import { BUILTIN_FACTOR_TABLES, BUILTIN_NCV } from "./builtinTables.js";
import { type FactorRow, type FactorTable, factorRowSchema } from "./factorRow.js";
import { FUEL_GROUPS, FUELS } from "./fuels.js";
import { ncvRangeIssues } from "./ncvRangeIssues.js";
import { type NcvRow, ncvRowSchema } from "./ncvRow.js";
import { SECTORS } from "./sectors.js";

/**
 * One layer of factor tables; earlier layers take precedence over later ones.
 * @category Factors
 */
export interface FactorLayer {
  /** `user` for the user's own tables, `builtin` for the built-in ones. */
  readonly name: string;
  readonly tables: readonly FactorTable[];
  /** Rows by pollutant, for lookup. */
  readonly byPollutant: ReadonlyMap<string, readonly { readonly row: FactorRow; readonly table: FactorTable }[]>;
}

/**
 * The factors a computation may use: ordered layers (user tables over built-ins), net calorific
 * values (user rows over built-in), and the citations every row points to.
 * @category Factors
 */
export interface FactorSet {
  readonly layers: readonly FactorLayer[];
  readonly ncv: readonly NcvRow[];
  readonly citations: CitationRegistry;
}

/**
 * What goes into {@link createFactorSet}.
 * @category Factors
 */
export interface FactorSetOptions {
  /** The user's own tables (a city's measured factors); they take precedence over built-ins. */
  readonly userTables?: readonly FactorTable[];
  /** Citations the user tables point to. */
  readonly userCitations?: readonly unknown[];
  /** The user's own net calorific values (e.g. of local coal); they take precedence over built-ins. */
  readonly userNcv?: readonly NcvRow[];
  /** Which built-in tables to use, by id; all of them when absent. Pass `[]` for none. */
  readonly builtinTables?: readonly string[];
}

function layer(name: string, tables: readonly FactorTable[]): FactorLayer {
  const byPollutant = new Map<string, { row: FactorRow; table: FactorTable }[]>();
  for (const table of tables) {
    for (const row of table.rows) {
      const list = byPollutant.get(row.pollutant) ?? [];
      list.push({ row, table });
      byPollutant.set(row.pollutant, list);
    }
  }
  return { name, tables, byPollutant };
}

const KNOWN_FUELS: readonly string[] = [...FUELS.map((f) => f.id), ...FUEL_GROUPS];

type Path = readonly (string | number)[];

const tableSchema = object({ id: string().min(1), title: string().min(1), rows: array(zUnknown()) });

function valueAt(data: unknown, path: Path): unknown {
  let v = data;
  for (const key of path) v = v !== null && typeof v === "object" ? (v as Record<string | number, unknown>)[key] : undefined;
  return v;
}

/**
 * The issue of a `source.id` that is not a known citation id (none when it is), with the nearest
 * known ids: shared by factor, NCV and grid factor rows.
 *
 * @param id - the citation id a row points to
 * @param known - the known citation ids
 * @param path - where the id is in the caller's input
 * @returns no issue, or one naming the nearest known ids
 * @example
 * ```ts
 * import { builtinCitationRegistry } from "cobenefits";
 * import { citationIssues } from "./factorSet.js";
 * citationIssues("EMEP-EEA-2019-1A4", builtinCitationRegistry().byId, ["source", "id"]); // []
 * ```
 * @category Factors
 */
export function citationIssues(id: string, known: ReadonlyMap<string, unknown> | ReadonlySet<string>, path: Path): InputIssue[] {
  if (known.has(id)) return [];
  const nearest = nearestStrings(id, [...known.keys()], 3);
  return [{ code: "unknown_reference", path, key: id, nearest, message: new UnknownCitationError(id, nearest).message }];
}

function validateTables(tables: readonly unknown[], known: ReadonlyMap<string, unknown> | ReadonlySet<string>, at: Path): InputIssue[] {
  const issues: InputIssue[] = [];
  tables.forEach((t, ti) => {
    const tablePath = [...at, "userTables", ti];
    const parsed = tableSchema.safeParse(t);
    if (!parsed.success) issues.push(...inputIssuesFromZod(parsed.error, t, tablePath));
    const rows = valueAt(t, ["rows"]);
    if (!Array.isArray(rows)) return;
    rows.forEach((row: unknown, ri) => {
      const rowPath = [...tablePath, "rows", ri];
      const r = factorRowSchema.safeParse(row);
      if (!r.success) {
        issues.push(...inputIssuesFromZod(r.error, row, rowPath));
        return;
      }
      const { data } = r;
      issues.push(...citationIssues(data.source.id, known, [...rowPath, "source", "id"]));
      if (!KNOWN_FUELS.includes(data.fuel)) {
        const nearest = nearestFuels(data.fuel, [...FUELS, ...FUEL_GROUPS], 3);
        issues.push({ code: "unknown_reference", path: [...rowPath, "fuel"], key: data.fuel, nearest, message: `unknown fuel or fuel group "${data.fuel}"; nearest: ${nearest.join(", ")} (see listFuels(), FUEL_GROUPS)` });
      }
      if (SECTORS[data.sector] === undefined) {
        const nearest = nearestStrings(data.sector, Object.keys(SECTORS), 3);
        issues.push({ code: "unknown_reference", path: [...rowPath, "sector"], key: data.sector, nearest, message: `unknown sector "${data.sector}"; nearest: ${nearest.join(", ")} (see SECTORS)` });
      }
    });
  });
  return issues;
}

/** The user's citations, validated: their issues, repeated ids, and the ids rows may point to (built-in and user). */
function userCitationIssues(userCitations: readonly unknown[], at: Path): { readonly issues: InputIssue[]; readonly repeated: DuplicateIdError[]; readonly known: ReadonlySet<string> } {
  const builtin = builtinCitationRegistry().byId;
  const known = new Set(builtin.keys());
  const firstAt = new Map<string, Path>();
  const issues: InputIssue[] = [];
  const repeated: DuplicateIdError[] = [];
  userCitations.forEach((c, i) => {
    const r = citationSchema.safeParse(c);
    if (!r.success) issues.push(...inputIssuesFromZod(r.error, c, [...at, "userCitations", i]));
    const id = valueAt(c, ["id"]);
    if (typeof id !== "string") return;
    const idPath = [...at, "userCitations", i, "id"];
    const earlier = firstAt.get(id);
    if (builtin.has(id)) repeated.push(new DuplicateIdError("DUPLICATE_CITATION", id, `citation id "${id}" is already used by a built-in citation; ids must be unique`, idPath));
    else if (earlier !== undefined) repeated.push(new DuplicateIdError("DUPLICATE_CITATION", id, `citation id "${id}" is listed twice (first at ${formatPath(earlier)}); ids must be unique`, idPath));
    else firstAt.set(id, idPath);
    known.add(id);
  });
  return { issues, repeated, known };
}

/** Ids given twice in one list of the caller's (user tables), as errors at the repetition. */
function repeatedIds(list: readonly unknown[], at: Path, code: DuplicateIdError["code"], what: string): DuplicateIdError[] {
  const entries = list.flatMap((x, i) => {
    const id = valueAt(x, ["id"]);
    return typeof id === "string" ? [{ key: id, path: [...at, i, "id"] }] : [];
  });
  const idAt = new Map<Path, string>(entries.map((e) => [e.path, e.key]));
  return duplicateIssues(entries, what).map((issue) => new DuplicateIdError(code, idAt.get(issue.path) ?? "", `${issue.message}; ids must be unique`, issue.path));
}

/** Every problem at once: one repeated id alone keeps its own type, anything more is one InvalidInputError. */
function throwProblems(issues: readonly InputIssue[], repeated: readonly DuplicateIdError[]): void {
  if (issues.length === 0 && repeated.length === 1) throw repeated[0];
  if (issues.length > 0 || repeated.length > 0) throw new InvalidInputError("factor set", [...issues, ...repeated.map((e) => ({ code: "duplicate" as const, path: e.path, key: e.id, message: e.detail, errorCode: e.code, cause: e }))]);
}

/**
 * Makes a factor set: the user's tables layered over the built-in ones, with explicit precedence
 * (user first) and provenance kept on every lookup. User tables (id, title, rows; nothing else),
 * rows, NCVs and citations are validated against their schemas, and every row's citation must
 * resolve.
 *
 * @param options - user tables, citations and NCVs; which built-in tables to use
 * @param path - where `options` sits in the caller's input (`["factors"]` in a scenario), put in
 *   front of every issue path so a file reader can find the line
 * @returns the factor set (inputs are not changed)
 * @throws {@link InvalidInputError} listing every invalid table, row, NCV or citation field, unknown key,
 *   unknown fuel or sector, unresolved citation, built-in table listed twice, id longer than
 *   `MAX_ID_LENGTH` or text longer than `MAX_TEXT_LENGTH` characters, decimal out of
 *   range (`MAX_DECIMAL_EXPONENT`), and every repeated id when there are other problems too
 * @throws {@link DuplicateIdError} when the one problem is a row, table or citation id used twice
 *   (at the one that repeats it; codes `DUPLICATE_FACTOR_ID`, `DUPLICATE_TABLE_ID`,
 *   `DUPLICATE_CITATION`)
 * @throws {@link UnknownTableError} for an unknown built-in table id
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * const set = createFactorSet();
 * lookupFactor(set, { sector: "1.A.4.b.i", fuel: "otherBituminousCoal", pollutant: "PM2.5" }).row.value; // "398"
 * ```
 * @category Factors
 */
export function createFactorSet(options: FactorSetOptions = {}, path: readonly (string | number)[] = []): FactorSet {
  const cited = options.userCitations === undefined ? undefined : userCitationIssues(options.userCitations, path);
  const known = cited?.known ?? builtinCitationRegistry().byId;
  const userTables = options.userTables ?? [];
  const userNcv = options.userNcv ?? [];
  const issues = [
    ...(cited?.issues ?? []),
    ...inputTextIssues(userTables, [...path, "userTables"]),
    ...inputTextIssues(userNcv, [...path, "userNcv"]),
    ...validateTables(userTables, known, path),
  ];
  const repeated = [
    ...(cited?.repeated ?? []),
    ...repeatedIds(userTables, [...path, "userTables"], "DUPLICATE_TABLE_ID", "table id"),
  ];
  // One NCV per fuel: lookupNcv takes a fuel's first row, so a second would be ignored silently.
  const ncvByFuel = new Map<string, number>();
  const ncvById = new Map<string, number>();
  userNcv.forEach((n, i) => {
    const at = [...path, "userNcv", i];
    const r = ncvRowSchema.safeParse(n);
    if (!r.success) return void issues.push(...inputIssuesFromZod(r.error, n, at));
    issues.push(...citationIssues(r.data.source.id, known, [...at, "source", "id"]));
    issues.push(...ncvRangeIssues(r.data.fuel, r.data, at));
    const sameFuel = ncvByFuel.get(r.data.fuel);
    if (sameFuel !== undefined) issues.push({ code: "duplicate", path: [...at, "fuel"], message: `a second NCV for fuel "${r.data.fuel}" (first at ${formatPath([...path, "userNcv", sameFuel])}); give one NCV per fuel, or the first would be used and this one ignored` });
    else ncvByFuel.set(r.data.fuel, i);
    const sameId = ncvById.get(r.data.id);
    if (sameId !== undefined) issues.push({ code: "duplicate", path: [...at, "id"], message: `NCV row id "${r.data.id}" is used twice (first at ${formatPath([...path, "userNcv", sameId])})` });
    else ncvById.set(r.data.id, i);
  });
  if (options.builtinTables !== undefined) issues.push(...duplicateIssues(options.builtinTables.map((key, i) => ({ key, path: [...path, "builtinTables", i] })), "table"));
  if (issues.length > 0) throwProblems(issues, repeated);

  let builtins = BUILTIN_FACTOR_TABLES;
  if (options.builtinTables !== undefined) {
    const ids = BUILTIN_FACTOR_TABLES.map((t) => t.id);
    options.builtinTables.forEach((id, i) => {
      if (!ids.includes(id)) throw new UnknownTableError(id, ids, [...path, "builtinTables", i]);
    });
    builtins = BUILTIN_FACTOR_TABLES.filter((t) => options.builtinTables?.includes(t.id));
  }
  const builtinIds = new Map(builtins.flatMap((t) => t.rows.map((r) => [r.id, t.id] as const)));
  const seen = new Map<string, string>();
  userTables.forEach((t, ti) =>
    t.rows.forEach((r, ri) => {
      const earlier = builtinIds.get(r.id) ?? seen.get(r.id);
      if (earlier !== undefined) {
        repeated.push(new DuplicateIdError("DUPLICATE_FACTOR_ID", r.id, `factor row id "${r.id}" is used twice (tables ${earlier} and ${t.id}); row ids must be unique so provenance is unambiguous`, [...path, "userTables", ti, "rows", ri, "id"]));
      } else seen.set(r.id, t.id);
    }),
  );
  throwProblems([], repeated);
  const citations = options.userCitations === undefined ? builtinCitationRegistry() : createCitationRegistry(options.userCitations);
  const layers = userTables.length > 0 ? [layer("user", userTables), layer("builtin", builtins)] : [layer("builtin", builtins)];
  return { layers, ncv: [...userNcv, ...BUILTIN_NCV], citations };
}

/**
 * The built-in emission-factor tables, as plain data (each row with its citation).
 * @returns every built-in table
 * @example
 * ```ts
 * import { listFactorTables } from "cobenefits";
 * listFactorTables().map((t) => t.id);
 * ```
 * @category Factors
 */
export function listFactorTables(): readonly FactorTable[] {
  return BUILTIN_FACTOR_TABLES;
}
