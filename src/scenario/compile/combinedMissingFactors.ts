import { CobenefitsError, MissingFactorError } from "../../errors.js";

/** The single-factor errors a combined error was made of, so that combining again does not nest. */
const PARTS = new WeakMap<MissingFactorError, readonly MissingFactorError[]>();

/**
 * One {@link MissingFactorError} for every missing factor of a scenario, so that all are reported
 * at once (each species of each row, each with its path in `missing`), not only the first. A
 * single error is returned as it is; an error that is itself combined contributes its parts.
 *
 * @param errors - the missing-factor errors, in input order (at least one)
 * @returns one error listing them all; its `cause` is the first one's (the lookup error with its suggestions)
 * @example
 * ```ts
 * import { MissingFactorError } from "cobenefits";
 * import { combinedMissingFactors } from "./combinedMissingFactors.js";
 * const one = (species: string) => new MissingFactorError("MISSING_FACTOR", `no ${species} factor`, ["baseline", 0], [{ activityId: "cars", species, path: ["baseline", 0], reason: "no factor" }]);
 * combinedMissingFactors([one("CH4"), one("SO2")]).missing.map((m) => m.species); // ["CH4", "SO2"]
 * ```
 * @category Scenario
 */
export function combinedMissingFactors(errors: readonly MissingFactorError[]): MissingFactorError {
  const parts = errors.flatMap((e) => PARTS.get(e) ?? [e]);
  if (parts.length === 1) return parts[0]!;
  const missing = parts.flatMap((e) => e.missing);
  const first = parts[0]!;
  const combined = new MissingFactorError(
    "MISSING_FACTOR",
    () => `no emission factor for ${missing.length} activity x species of the scenario (give them in a user table, or set onMissingFactor: "omit" to list such gaps instead):\n${parts.map((e) => `  - ${e.message}`).join("\n")}`,
    first.path,
    missing,
    first.cause instanceof CobenefitsError ? first.cause : undefined,
  );
  PARTS.set(combined, parts);
  return combined;
}

/**
 * The single errors a {@link combinedMissingFactors} error lists (each with its own message, path
 * and lookup cause), or the error itself when it was not combined: for reporting each missing factor
 * on a line of its own, with its "why" and "did you mean".
 *
 * @param error - a missing-factor error
 * @returns its parts, in input order
 * @example
 * ```ts
 * import { MissingFactorError } from "cobenefits";
 * import { combinedMissingFactors, missingFactorParts } from "./combinedMissingFactors.js";
 * const one = (species: string) => new MissingFactorError("MISSING_FACTOR", `no ${species} factor`, ["baseline", 0], [{ activityId: "cars", species, path: ["baseline", 0], reason: "no factor" }]);
 * missingFactorParts(combinedMissingFactors([one("CH4"), one("SO2")])).map((e) => e.species); // ["CH4", "SO2"]
 * ```
 * @category Scenario
 */
export function missingFactorParts(error: MissingFactorError): readonly MissingFactorError[] {
  return PARTS.get(error) ?? [error];
}
