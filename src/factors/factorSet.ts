import { builtinCitationRegistry, type CitationRegistry, createCitationRegistry } from "../citations/registry.js";
import { DuplicateIdError, InvalidInputError, type InputIssue, UnknownCitationError, UnknownTableError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { BUILTIN_FACTOR_TABLES, BUILTIN_NCV } from "./builtinTables.js";
import { type FactorRow, type FactorTable, factorRowSchema } from "./factorRow.js";
import { FUEL_GROUPS, FUELS } from "./fuels.js";
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

function pathOf(path: readonly PropertyKey[]): (string | number)[] {
  return path.map((p) => (typeof p === "symbol" ? String(p) : p));
}

function citationIssue(id: string, citations: CitationRegistry, path: (string | number)[]): InputIssue[] {
  if (citations.byId.has(id)) return [];
  return [{ path, message: new UnknownCitationError(id, nearestStrings(id, [...citations.byId.keys()], 3)).message }];
}

function validateTables(tables: readonly FactorTable[], citations: CitationRegistry): InputIssue[] {
  const issues: InputIssue[] = [];
  tables.forEach((t, ti) => {
    t.rows.forEach((row, ri) => {
      const at = ["userTables", ti, "rows", ri];
      const r = factorRowSchema.safeParse(row);
      if (!r.success) {
        for (const iss of r.error.issues) issues.push({ path: [...at, ...pathOf(iss.path)], message: iss.message });
        return;
      }
      issues.push(...citationIssue(row.source.id, citations, [...at, "source", "id"]));
      if (!KNOWN_FUELS.includes(row.fuel)) {
        issues.push({ path: [...at, "fuel"], message: `unknown fuel or fuel group "${row.fuel}"; nearest: ${nearestStrings(row.fuel, KNOWN_FUELS, 3).join(", ")} (see listFuels(), FUEL_GROUPS)` });
      }
      if (SECTORS[row.sector] === undefined) {
        issues.push({ path: [...at, "sector"], message: `unknown sector "${row.sector}"; nearest: ${nearestStrings(row.sector, Object.keys(SECTORS), 3).join(", ")} (see SECTORS)` });
      }
    });
  });
  return issues;
}

/**
 * Makes a factor set: the user's tables layered over the built-in ones, with explicit precedence
 * (user first) and provenance kept on every lookup. User rows are validated against the row
 * schema, and their citations must resolve.
 *
 * @param options - user tables, citations and NCVs; which built-in tables to use
 * @returns the factor set (inputs are not changed)
 * @throws {@link InvalidInputError} listing every invalid row field, unknown fuel or sector, and unresolved citation
 * @throws {@link DuplicateIdError} when a row id is used twice
 * @throws {@link UnknownTableError} for an unknown built-in table id
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * const set = createFactorSet();
 * lookupFactor(set, { sector: "1.A.4.b.i", fuel: "otherBituminousCoal", pollutant: "PM2.5" }).row.value; // "398"
 * ```
 * @category Factors
 */
export function createFactorSet(options: FactorSetOptions = {}): FactorSet {
  const citations = options.userCitations === undefined ? builtinCitationRegistry() : createCitationRegistry(options.userCitations);
  const userTables = options.userTables ?? [];
  const issues = validateTables(userTables, citations);
  (options.userNcv ?? []).forEach((n, i) => {
    const r = ncvRowSchema.safeParse(n);
    if (!r.success) for (const iss of r.error.issues) issues.push({ path: ["userNcv", i, ...pathOf(iss.path)], message: iss.message });
    else issues.push(...citationIssue(n.source.id, citations, ["userNcv", i, "source", "id"]));
  });
  if (issues.length > 0) throw new InvalidInputError("factor set", issues);

  let builtins = BUILTIN_FACTOR_TABLES;
  if (options.builtinTables !== undefined) {
    const known = BUILTIN_FACTOR_TABLES.map((t) => t.id);
    for (const id of options.builtinTables) {
      if (!known.includes(id)) {
        throw new UnknownTableError(id, known, ["builtinTables"]);
      }
    }
    builtins = BUILTIN_FACTOR_TABLES.filter((t) => options.builtinTables?.includes(t.id));
  }
  const seen = new Set<string>();
  for (const t of [...userTables, ...builtins]) {
    for (const r of t.rows) {
      if (seen.has(r.id)) throw new DuplicateIdError("DUPLICATE_FACTOR_ID", r.id, `factor row id "${r.id}" is used twice (table ${t.id}); row ids must be unique so provenance is unambiguous`, ["userTables"]);
      seen.add(r.id);
    }
  }
  const layers = userTables.length > 0 ? [layer("user", userTables), layer("builtin", builtins)] : [layer("builtin", builtins)];
  return { layers, ncv: [...(options.userNcv ?? []), ...BUILTIN_NCV], citations };
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
