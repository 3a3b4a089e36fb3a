import { CobenefitsError } from "./cobenefitsError.js";

/**
 * Suggestions as an error takes them: a list, or a function computing it when the message (or
 * `nearest`) is first read, so an error that is caught and handled computes none.
 * @category Errors
 */
export type LazyList = readonly string[] | (() => readonly string[]);

/** A lazy list, computed once. */
function once(list: LazyList): () => readonly string[] {
  if (typeof list !== "function") return () => list;
  let value: readonly string[] | undefined;
  return () => (value ??= list());
}


/**
 * A citation id that is not in the registry.
 * @category Errors
 */
export class UnknownCitationError extends CobenefitsError {
  declare readonly code: "UNKNOWN_CITATION";
  readonly citationId: string;
  readonly nearest: readonly string[];
  constructor(citationId: string, nearest: readonly string[], path: readonly (string | number)[] = []) {
    super(
      "UNKNOWN_CITATION",
      `unknown citation "${citationId}"; nearest known ids: ${nearest.join(", ") || "none"} (see listCitations())`,
      path,
    );
    this.citationId = citationId;
    this.nearest = nearest;
  }
}

/**
 * The key of an emission-factor lookup.
 * @category Errors
 */
export interface FactorKeyDescription {
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string | undefined;
  readonly pollutant: string;
}

function describeKey(k: FactorKeyDescription): string {
  return `${k.sector} / ${k.fuel}${k.technology !== undefined ? ` / ${k.technology}` : ""} / ${k.pollutant}`;
}

/**
 * No emission factor matches a key; `nearest` lists the closest valid keys (computed when first
 * read, with the message: a caught and handled error never computes them).
 * @category Errors
 */
export class UnknownFactorError extends CobenefitsError {
  declare readonly code: "UNKNOWN_FACTOR";
  readonly key: FactorKeyDescription;
  /** What is missing, without suggestions or path: `no emission factor for <key>`. */
  readonly summary: string;
  readonly #nearest: () => readonly string[];
  /**
   * @param key - the key looked up
   * @param nearest - the nearest valid keys, or a function computing them when first needed
   * @param path - where the key is in the input
   * @param hint - how to introduce the suggestions
   */
  constructor(key: FactorKeyDescription, nearest: LazyList, path: readonly (string | number)[] = [], hint = "nearest valid keys") {
    const near = once(nearest);
    super("UNKNOWN_FACTOR", () => `no emission factor for ${describeKey(key)}; ${hint}: ${near().join("; ") || "none"} (see listFactors())`, path);
    this.key = key;
    this.summary = `no emission factor for ${describeKey(key)}`;
    this.#nearest = near;
  }

  /** The closest valid keys, nearest first. */
  get nearest(): readonly string[] {
    return this.#nearest();
  }
}

/**
 * More than one emission factor matches a key equally well.
 * @category Errors
 */
export class AmbiguousFactorError extends CobenefitsError {
  declare readonly code: "AMBIGUOUS_FACTOR";
  readonly key: FactorKeyDescription;
  readonly candidates: readonly string[];
  constructor(key: FactorKeyDescription, candidates: readonly string[], path: readonly (string | number)[] = []) {
    super(
      "AMBIGUOUS_FACTOR",
      `several emission factors match ${describeKey(key)} equally well: ${candidates.join(", ")}; name a technology or put the one you want in a user table`,
      path,
    );
    this.key = key;
    this.candidates = candidates;
  }
}

/**
 * An unknown fuel id.
 * @category Errors
 */
export class UnknownFuelError extends CobenefitsError {
  declare readonly code: "UNKNOWN_FUEL";
  readonly fuel: string;
  readonly nearest: readonly string[];
  constructor(fuel: string, nearest: readonly string[], path: readonly (string | number)[] = []) {
    super("UNKNOWN_FUEL", `unknown fuel "${fuel}"; nearest known fuels: ${nearest.join(", ")} (see listFuels())`, path);
    this.fuel = fuel;
    this.nearest = nearest;
  }
}

/**
 * An activity whose unit cannot be brought onto the factor's basis with the data given.
 * @category Errors
 */
export class BasisConversionError extends CobenefitsError {
  declare readonly code: "BASIS_CONVERSION";
  readonly activityUnit: string;
  readonly factorUnit: string;
  constructor(activityUnit: string, factorUnit: string, hint: string, path: readonly (string | number)[] = []) {
    super(
      "BASIS_CONVERSION",
      `activity in "${activityUnit}" cannot be combined with an emission factor in "${factorUnit}": ${hint}`,
      path,
    );
    this.activityUnit = activityUnit;
    this.factorUnit = factorUnit;
  }
}

/**
 * A lookup of a grid electricity factor that matches nothing.
 * @category Errors
 */
export class UnknownGridFactorError extends CobenefitsError {
  declare readonly code: "UNKNOWN_GRID_FACTOR";
  readonly country: string;
  readonly available: readonly string[];
  constructor(country: string, detail: string, available: readonly string[]) {
    super(
      "UNKNOWN_GRID_FACTOR",
      `no grid electricity factor for ${country}${detail}; available: ${available.join("; ")} (see listGridFactors())`,
    );
    this.country = country;
    this.available = available;
  }
}

/**
 * An unknown NFR/IPCC sector code.
 * @category Errors
 */
export class UnknownSectorError extends CobenefitsError {
  declare readonly code: "UNKNOWN_SECTOR";
  readonly sector: string;
  readonly nearest: readonly string[];
  constructor(sector: string, nearest: readonly string[], path: readonly (string | number)[] = []) {
    super("UNKNOWN_SECTOR", `unknown sector code "${sector}"; nearest known codes: ${nearest.join(", ")} (see SECTORS)`, path);
    this.sector = sector;
    this.nearest = nearest;
  }
}

/**
 * A technology that no factor row of the set names (a typo would otherwise fall back to a generic
 * row); `nearest` is computed when first read.
 * @category Errors
 */
export class UnknownTechnologyError extends CobenefitsError {
  declare readonly code: "UNKNOWN_TECHNOLOGY";
  readonly technology: string;
  readonly #nearest: () => readonly string[];
  /**
   * @param technology - the technology as written
   * @param nearest - technologies for this sector and fuel, or a function computing them when first needed
   * @param path - where the activity is in the input (`technology` is appended)
   */
  constructor(technology: string, nearest: LazyList, path: readonly (string | number)[] = []) {
    const near = once(nearest);
    super(
      "UNKNOWN_TECHNOLOGY",
      () => `no factor row names technology "${technology}"; nearest technologies for this sector and fuel: ${near().join("; ") || "none"} (see listFactors())`,
      [...path, "technology"],
    );
    this.technology = technology;
    this.#nearest = near;
  }

  /** Technologies named by rows for this sector and fuel, nearest first. */
  get nearest(): readonly string[] {
    return this.#nearest();
  }
}

/**
 * An id used twice where ids must be unique (factor rows, citations), so provenance stays unambiguous.
 * @category Errors
 */
export class DuplicateIdError extends CobenefitsError {
  declare readonly code: "DUPLICATE_CITATION" | "DUPLICATE_FACTOR_ID" | "DUPLICATE_TABLE_ID";
  readonly id: string;
  constructor(code: "DUPLICATE_CITATION" | "DUPLICATE_FACTOR_ID" | "DUPLICATE_TABLE_ID", id: string, message: string, path: readonly (string | number)[] = []) {
    super(code, message, path);
    this.id = id;
  }
}

/**
 * A built-in table id that does not exist; `available` lists the ids.
 * @category Errors
 */
export class UnknownTableError extends CobenefitsError {
  declare readonly code: "UNKNOWN_TABLE";
  readonly table: string;
  readonly available: readonly string[];
  constructor(table: string, available: readonly string[], path: readonly (string | number)[] = []) {
    super("UNKNOWN_TABLE", `unknown built-in table "${table}"; known tables: ${available.join(", ")} (see listFactorTables())`, path);
    this.table = table;
    this.available = available;
  }
}

/**
 * One activity (or inventory key) without an emission factor for a species. The fields present
 * depend on where it was found: a scenario or an accounting names the `activityId` and `path`; an
 * inventory names the key (sector, fuel, technology), how many `rows` it covers and where the
 * first of them is (`firstRow`, and `line` in a CSV file).
 * @category Errors
 */
export interface MissingFactor {
  readonly activityId?: string | undefined;
  readonly sector?: string | undefined;
  readonly fuel?: string | undefined;
  readonly technology?: string | undefined;
  readonly species?: string | undefined;
  /** Where the activity is in the user's input, e.g. `["baseline", 3]`. */
  readonly path?: readonly (string | number)[] | undefined;
  /** Number of inventory rows with this key [-]. */
  readonly rows?: number | undefined;
  /** Index (0-based) of the first of them among the data rows. */
  readonly firstRow?: number | undefined;
  /** Line (1-based, header = 1) of the first of them, when the rows came from a CSV file. */
  readonly line?: number | undefined;
  /** Why there is no factor. */
  readonly reason: string;
}

/**
 * An activity key of an inventory without an emission factor for a species, with how many rows
 * it covers and where the first of them is.
 * @category Inventory
 */
export interface InventoryMissingFactor extends MissingFactor {
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  readonly species: string;
  readonly rows: number;
  readonly firstRow: number;
  readonly line?: number;
}

/**
 * Activities without a factor for a species (or electricity without a grid factor), where the
 * policy is to stop rather than list the gaps: one class for one or many, `missing` lists every
 * one. `activityId` and `species` name the first (when all concern one activity or one species).
 * Codes: `MISSING_FACTOR` (no factor for an activity and species), `MISSING_GRID_FACTOR` (an
 * electricity activity without a grid factor), `BAD_GRID_FACTOR` (a grid factor that is not a rate).
 * @category Errors
 */
export class MissingFactorError extends CobenefitsError {
  declare readonly code: "MISSING_FACTOR" | "MISSING_GRID_FACTOR" | "BAD_GRID_FACTOR";
  /** Every missing factor, in input order. */
  readonly missing: readonly MissingFactor[];
  /** The activity, when every missing factor concerns one. */
  readonly activityId: string | undefined;
  /** The species, when every missing factor concerns one. */
  readonly species: string | undefined;
  /**
   * @param code - the code
   * @param detail - the message (or a function computing it when first read)
   * @param path - where in the input (the first missing factor's path)
   * @param missing - every missing factor
   * @param cause - the lookup error that says why (an {@link UnknownFactorError} with its suggestions)
   */
  constructor(code: "MISSING_FACTOR" | "MISSING_GRID_FACTOR" | "BAD_GRID_FACTOR", detail: string | (() => string), path: readonly (string | number)[], missing: readonly MissingFactor[] = [], cause?: CobenefitsError) {
    super(code, detail, path);
    this.missing = missing;
    if (cause !== undefined) Object.defineProperty(this, "cause", { value: cause, enumerable: false, configurable: true });
    const one = (f: (m: MissingFactor) => string | undefined) => {
      const values = new Set(missing.map(f));
      return values.size === 1 ? [...values][0] : undefined;
    };
    this.activityId = one((m) => m.activityId);
    this.species = one((m) => m.species);
  }
}
