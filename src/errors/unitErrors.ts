import { CobenefitsError } from "./cobenefitsError.js";
import { docsUrl } from "../docsUrl.js";

/** Where the accepted units are listed, for every unit error message. */
const UNIT_LIST = `the accepted units are listed by listUnits() and in ${docsUrl("scenario-file-reference.md", "units")}`;

/** The unit as quoted in a message: escaped (no control characters reach a terminal), and cut when long. */
function quoted(unit: string): string {
  return unit.length <= 60 ? JSON.stringify(unit) : `${JSON.stringify(unit.slice(0, 40))}... (${unit.length} characters)`;
}

function didYouMean(nearest: readonly string[]): string {
  return nearest.length === 0 ? "" : `; did you mean ${nearest.map((n) => JSON.stringify(n)).join(" or ")}?`;
}

/**
 * A unit text that cobenefits does not accept: the common base of {@link UnknownUnitError}
 * (a name that is not in the unit registry, or a unit of the wrong kind for its field) and
 * {@link UnitSyntaxError} (text outside the unit grammar, such as a number in front of a unit).
 * Catch this class to handle every refused unit text.
 *
 * @example
 * ```ts
 * import { parseUnit } from "cobenefits";
 * import { UnitError } from "./unitErrors.js";
 * let caught: unknown;
 * try {
 *   parseUnit("1000t", ["baseline", 0, "unit"]);
 * } catch (e) {
 *   caught = e;
 * }
 * caught instanceof UnitError && [caught.unit, caught.nearest, caught.path]; // ["1000t", ["kt", "Gg"], ["baseline", 0, "unit"]]
 * ```
 * @category Errors
 */
export class UnitError extends CobenefitsError {
  declare readonly code: "UNKNOWN_UNIT" | "UNIT_SYNTAX";
  /** The unit text as written. */
  readonly unit: string;
  /** Accepted units close to what was written ("did you mean"), nearest first; may be empty. */
  readonly nearest: readonly string[];
  constructor(code: "UNKNOWN_UNIT" | "UNIT_SYNTAX", unit: string, message: string, path: readonly (string | number)[] = [], nearest: readonly string[] = []) {
    super(code, `${message}${didYouMean(nearest)}; ${UNIT_LIST}`, path);
    this.unit = unit;
    this.nearest = nearest;
  }
}

/**
 * A unit name that is not in the unit registry (e.g. `lb`, `year`, `kwh`, the ambiguous `ton`),
 * or a unit of a kind its field does not take (a ratio where one unit is expected, a mass where an
 * energy is expected). `nearest` names registered units close to what was written.
 *
 * @example
 * ```ts
 * import { parseUnit } from "cobenefits";
 * let caught: unknown;
 * try {
 *   parseUnit("kwh");
 * } catch (e) {
 *   caught = e;
 * }
 * (caught as { code: string; nearest: string[] }).code; // "UNKNOWN_UNIT"
 * (caught as { code: string; nearest: string[] }).nearest[0]; // "kWh"
 * ```
 * @category Errors
 */
export class UnknownUnitError extends UnitError {
  declare readonly code: "UNKNOWN_UNIT";
  constructor(unit: string, detail: string, path: readonly (string | number)[] = [], nearest: readonly string[] = []) {
    super("UNKNOWN_UNIT", unit, `unknown unit ${quoted(unit)} (${detail})`, path, nearest);
  }
}

/**
 * A unit text outside the unit grammar: a number in front of a unit (`1000t`, `GJ/1000t`: a
 * scaling that would silently multiply the value), a parenthesis, a non-integer or negative power,
 * an operator other than `/`, `.` and `*`, or any other character. `position` is the 0-based index
 * of the offending character in `unit`.
 *
 * @example
 * ```ts
 * import { parseRatioUnit } from "cobenefits";
 * let caught: unknown;
 * try {
 *   parseRatioUnit("GJ/1000t");
 * } catch (e) {
 *   caught = e;
 * }
 * (caught as { code: string; position: number }).code; // "UNIT_SYNTAX"
 * (caught as { code: string; position: number }).position; // 3
 * ```
 * @category Errors
 */
export class UnitSyntaxError extends UnitError {
  declare readonly code: "UNIT_SYNTAX";
  /** 0-based index in `unit` of the character that is not part of the grammar. */
  readonly position: number;
  constructor(unit: string, detail: string, position: number, path: readonly (string | number)[] = [], nearest: readonly string[] = []) {
    super("UNIT_SYNTAX", unit, `${quoted(unit)} is not a unit: ${detail} (at character ${position + 1})`, path, nearest);
    this.position = position;
  }
}

/**
 * A conversion between units of different dimensions (e.g. tonnes to GJ without a calorific value).
 * @category Errors
 */
export class UnitDimensionError extends CobenefitsError {
  declare readonly code: "UNIT_DIMENSION_MISMATCH";
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
  declare readonly code: "NO_SPECIES_RULE";
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
