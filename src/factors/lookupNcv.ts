import type { FactorSet } from "./factorSet.js";
import type { NcvRow } from "./ncvRow.js";

/**
 * The net calorific value of a fuel in a factor set: the user's row if any, else the built-in one.
 *
 * @param set - the factor set
 * @param fuel - fuel id
 * @returns the NCV row, or `undefined` when the set has none for this fuel
 * @example
 * ```ts
 * import { createFactorSet, lookupNcv } from "cobenefits";
 * lookupNcv(createFactorSet(), "naturalGas")?.value; // "48.0" (TJ/Gg, 2006 IPCC GL Table 1.2)
 * ```
 * @category Factors
 */
export function lookupNcv(set: FactorSet, fuel: string): NcvRow | undefined {
  return set.ncv.find((n) => n.fuel === fuel);
}
