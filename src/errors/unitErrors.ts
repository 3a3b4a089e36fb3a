import { CobenefitsError } from "./cobenefitsError.js";

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
