/**
 * Errors are data: every error thrown by cobenefits is a {@link CobenefitsError}
 * with a stable `code`, structured fields, and a message that says what was wrong,
 * where (a path into the input), and where the valid values are listed.
 *
 * @module
 */

/**
 * One problem found in an input, with its location.
 * @category Errors
 */
export interface InputIssue {
  /** Path into the input, e.g. `["activities", 2, "activityLevel", "value"]`. */
  readonly path: readonly (string | number)[];
  /** What was wrong and what is expected. */
  readonly message: string;
}

/** Formats a path such as `["activities", 2, "unit"]` as `activities[2].unit`. */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(root)";
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`))
    .join("");
}

/**
 * Base class of every error thrown by cobenefits.
 *
 * @example
 * ```ts
 * import { CobenefitsError, convertQuantity } from "cobenefits";
 * let caught: unknown;
 * try {
 *   convertQuantity({ value: "1", unit: "t" }, "GJ");
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof CobenefitsError && caught.code; // "UNIT_DIMENSION_MISMATCH"
 * ```
 * @category Errors
 */
export class CobenefitsError extends Error {
  /** Stable machine-readable code. */
  readonly code: string;
  /** Where in the input the problem is, when it came from an input. */
  readonly path: readonly (string | number)[];

  constructor(code: string, message: string, path: readonly (string | number)[] = []) {
    super(path.length > 0 ? `${formatPath(path)}: ${message}` : message);
    this.name = new.target.name;
    this.code = code;
    this.path = path;
  }
}

/**
 * Input that failed validation; `issues` lists every problem at once.
 * @category Errors
 */
export class InvalidInputError extends CobenefitsError {
  readonly issues: readonly InputIssue[];
  constructor(what: string, issues: readonly InputIssue[]) {
    const lines = issues.map((i) => `  - ${formatPath(i.path)}: ${i.message}`).join("\n");
    super("INVALID_INPUT", `invalid ${what} (${issues.length} problem${issues.length === 1 ? "" : "s"}):\n${lines}`);
    this.issues = issues;
  }
}

/**
 * A unit string that cannot be parsed or is not known.
 * @category Errors
 */
export class UnknownUnitError extends CobenefitsError {
  readonly unit: string;
  constructor(unit: string, detail: string, path: readonly (string | number)[] = []) {
    super(
      "UNKNOWN_UNIT",
      `unknown unit "${unit}" (${detail}); the units cobenefits registers are listed by listUnits() and in docs/methodology.md`,
      path,
    );
    this.unit = unit;
  }
}

/**
 * A conversion between units of different dimensions (e.g. tonnes to GJ without a calorific value).
 * @category Errors
 */
export class UnitDimensionError extends CobenefitsError {
  readonly from: string;
  readonly to: string;
  constructor(from: string, to: string, hint: string, path: readonly (string | number)[] = []) {
    super("UNIT_DIMENSION_MISMATCH", `cannot convert "${from}" to "${to}": different dimensions. ${hint}`, path);
    this.from = from;
    this.to = to;
  }
}

/**
 * A conversion between species (e.g. NOx to N) requested without an explicit rule.
 * @category Errors
 */
export class SpeciesConversionError extends CobenefitsError {
  readonly from: string;
  readonly to: string;
  readonly available: readonly string[];
  constructor(from: string, to: string, available: readonly string[]) {
    super(
      "NO_SPECIES_RULE",
      `no rule converts ${from} to ${to}; explicit rules exist for: ${available.join(", ")} (see listSpeciesBasisRules())`,
    );
    this.from = from;
    this.to = to;
    this.available = available;
  }
}

/**
 * An unknown climate metric name.
 * @category Errors
 */
export class UnknownMetricError extends CobenefitsError {
  readonly metric: string;
  readonly available: readonly string[];
  constructor(metric: string, available: readonly string[]) {
    super("UNKNOWN_METRIC", `unknown climate metric "${metric}"; known metrics: ${available.join(", ")} (see listMetrics())`);
    this.metric = metric;
    this.available = available;
  }
}

/**
 * A species with no value in the chosen climate metric.
 * @category Errors
 */
export class MissingMetricValueError extends CobenefitsError {
  readonly species: string;
  readonly metric: string;
  readonly metricsWithValue: readonly string[];
  constructor(species: string, metric: string, metricsWithValue: readonly string[]) {
    const memo = species === "CO2-biogenic" ? " IPCC inventories report biogenic CO2 as a memo item, outside CO2e totals." : "";
    super(
      "MISSING_METRIC_VALUE",
      `metric "${metric}" has no value for ${species}; metrics that do: ${
        metricsWithValue.length > 0 ? `${metricsWithValue.join(", ")}. Combine one with combineMetrics() to make the choice explicit.` : "none."
      }${memo}`,
    );
    this.species = species;
    this.metric = metric;
    this.metricsWithValue = metricsWithValue;
  }
}

/**
 * Two metric sets that cannot be combined (different horizon or type, or conflicting values).
 * @category Errors
 */
export class MetricCombinationError extends CobenefitsError {
  readonly metrics: readonly string[];
  constructor(metrics: readonly string[], reason: string) {
    super("METRIC_COMBINATION", `cannot combine metrics ${metrics.join(" + ")}: ${reason}`);
    this.metrics = metrics;
  }
}

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
 * Measures that together claim more than the whole of the same activity in a year.
 * @category Errors
 */
export class OverclaimedActivityError extends CobenefitsError {
  readonly measures: readonly string[];
  readonly activityId: string;
  readonly year: number;
  readonly claimed: string;
  constructor(measures: readonly string[], activityId: string, year: number, claimed: string) {
    super(
      "OVERCLAIMED_ACTIVITY",
      `measures ${measures.join(" and ")} together claim ${claimed} of activity "${activityId}" in ${year}, more than the whole of it; lower their penetrations so they sum to at most 1`,
      ["measures"],
    );
    this.measures = measures;
    this.activityId = activityId;
    this.year = year;
    this.claimed = claimed;
  }
}

/**
 * A CO2e computation called without a metric: cobenefits has no default metric.
 * @category Errors
 */
export class MetricRequiredError extends CobenefitsError {
  constructor() {
    super("METRIC_REQUIRED", "CO2e needs an explicitly named metric, e.g. \"AR6-GWP100\"; there is no default (see listMetrics())", ["metric"]);
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
