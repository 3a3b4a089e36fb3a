import { CobenefitsError } from "./cobenefitsError.js";

/**
 * A citation id that is not in the registry.
 * @category Errors
 */
export class UnknownCitationError extends CobenefitsError {
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
 * No emission factor matches a key; `nearest` lists the closest valid keys.
 * @category Errors
 */
export class UnknownFactorError extends CobenefitsError {
  readonly key: FactorKeyDescription;
  readonly nearest: readonly string[];
  constructor(key: FactorKeyDescription, nearest: readonly string[], path: readonly (string | number)[] = [], hint = "nearest valid keys") {
    super(
      "UNKNOWN_FACTOR",
      `no emission factor for ${describeKey(key)}; ${hint}: ${nearest.join("; ") || "none"} (see listFactors())`,
      path,
    );
    this.key = key;
    this.nearest = nearest;
  }
}

/**
 * More than one emission factor matches a key equally well.
 * @category Errors
 */
export class AmbiguousFactorError extends CobenefitsError {
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
  readonly sector: string;
  readonly nearest: readonly string[];
  constructor(sector: string, nearest: readonly string[], path: readonly (string | number)[] = []) {
    super("UNKNOWN_SECTOR", `unknown sector code "${sector}"; nearest known codes: ${nearest.join(", ")} (see SECTORS)`, path);
    this.sector = sector;
    this.nearest = nearest;
  }
}

/**
 * A technology that no factor row of the set names (a typo would otherwise fall back to a generic row).
 * @category Errors
 */
export class UnknownTechnologyError extends CobenefitsError {
  readonly technology: string;
  readonly nearest: readonly string[];
  constructor(technology: string, nearest: readonly string[], path: readonly (string | number)[] = []) {
    super(
      "UNKNOWN_TECHNOLOGY",
      `no factor row names technology "${technology}"; nearest technologies for this sector and fuel: ${nearest.join("; ") || "none"} (see listFactors())`,
      [...path, "technology"],
    );
    this.technology = technology;
    this.nearest = nearest;
  }
}

/**
 * An id used twice where ids must be unique (factor rows, citations), so provenance stays unambiguous.
 * @category Errors
 */
export class DuplicateIdError extends CobenefitsError {
  readonly id: string;
  constructor(code: string, id: string, message: string, path: readonly (string | number)[] = []) {
    super(code, message, path);
    this.id = id;
  }
}

/**
 * A built-in table id that does not exist; `available` lists the ids.
 * @category Errors
 */
export class UnknownTableError extends CobenefitsError {
  readonly table: string;
  readonly available: readonly string[];
  constructor(table: string, available: readonly string[], path: readonly (string | number)[] = []) {
    super("UNKNOWN_TABLE", `unknown built-in table "${table}"; known tables: ${available.join(", ")} (see listFactorTables())`, path);
    this.table = table;
    this.available = available;
  }
}

/**
 * An activity with no factor for a species (or electricity without a grid factor), where the
 * policy is to stop rather than list the gap.
 * @category Errors
 */
export class MissingFactorError extends CobenefitsError {
  readonly activityId: string | undefined;
  readonly species: string | undefined;
  constructor(code: string, message: string, path: readonly (string | number)[], activityId?: string, species?: string) {
    super(code, message, path);
    this.activityId = activityId;
    this.species = species;
  }
}
