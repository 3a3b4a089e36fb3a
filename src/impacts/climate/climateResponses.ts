import { InvalidInputError } from "../../errors.js";
import { nearestStrings } from "../../nearestStrings.js";
import { AR6_CLIMATE_RESPONSE } from "./ar6ClimateResponse.js";
import type { ClimateResponseSet } from "./climateResponseSet.js";

const BUILTIN: readonly ClimateResponseSet[] = [AR6_CLIMATE_RESPONSE];

/**
 * The built-in climate response sets, by name. There is no default: a scenario names one.
 * @returns every built-in set
 * @example
 * ```ts
 * import { listClimateResponses } from "cobenefits/impacts";
 * listClimateResponses().map((s) => s.name); // ["AR6-7SM-AGTP"]
 * ```
 * @category Climate response
 */
export function listClimateResponses(): readonly ClimateResponseSet[] {
  return BUILTIN;
}

/**
 * The climate response set of a name.
 *
 * @param name - e.g. `AR6-7SM-AGTP`
 * @param path - where the name sits in the user's input (for the error)
 * @returns the set
 * @throws {@link cobenefits!InvalidInputError} (`unknown_reference`) for an unknown name, with the nearest names
 * @example
 * ```ts
 * import { getClimateResponse } from "cobenefits/impacts";
 * getClimateResponse("AR6-7SM-AGTP").gases.N2O.lifetime.value; // "109"
 * ```
 * @category Climate response
 */
export function getClimateResponse(name: string, path: readonly (string | number)[] = []): ClimateResponseSet {
  const found = BUILTIN.find((s) => s.name === name);
  if (found !== undefined) return found;
  const names = BUILTIN.map((s) => s.name);
  throw new InvalidInputError("climate response", [{ code: "unknown_reference", path, message: `unknown climate response set "${name}"; did you mean ${nearestStrings(name, names, 3).map((n) => `"${n}"`).join(", ")}? (known: ${names.join(", ")})` }]);
}
