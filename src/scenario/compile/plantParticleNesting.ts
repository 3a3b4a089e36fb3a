import type { PlantSpec } from "../../accounting/electricityMix.js";
import type { InputIssue } from "../../errors.js";
import type { Species } from "../../units/species.js";

/** The species nested with PM2.5: BC and OC inside it, PM2.5 inside PM10 and TSP. */
const NESTED_WITH_PM25: readonly Species[] = ["BC", "OC", "PM10", "TSP"];

/**
 * Checks that power plants whose controls remove PM2.5 (a `removal` of PM2.5), or whose PM2.5
 * factor is overridden, say what happens to the species nested with it (BC and OC inside PM2.5;
 * PM2.5 inside PM10 and TSP), for each such species the mix computes: a removal or an override of
 * its own. The same rule as for measures (`particleNestingIssues`): without it a filter that
 * removes 99% of PM2.5 would leave BC, a share of the uncontrolled PM2.5, above PM2.5.
 *
 * @param plants - the mix's plants per technology
 * @param species - the species the mix computes (those of the scenario without a series of their own)
 * @param path - where the plants are, e.g. `["grid", "mix", "plants"]`
 * @returns one issue (code `missing`) per technology and species left unstated, at
 *   `<path>.<technology>.removal.<species>` (or `.factorOverrides.<species>` when PM2.5 is overridden)
 * @example
 * ```ts
 * import { plantParticleNestingIssues } from "./plantParticleNesting.js";
 * const src = { id: "G", table: "T" };
 * const plants = { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: src, removal: { "PM2.5": "0.99" }, removalSource: src } };
 * plantParticleNestingIssues(plants, ["PM2.5", "BC", "SO2"], ["grid", "mix", "plants"]).map((i) => i.path.join(".")); // ["grid.mix.plants.coal.removal.BC"]
 * ```
 * @category Scenario
 */
export function plantParticleNestingIssues(plants: Partial<Record<string, PlantSpec>>, species: readonly Species[], path: readonly (string | number)[]): InputIssue[] {
  if (!species.includes("PM2.5")) return [];
  return Object.entries(plants).flatMap(([tech, plant]) => {
    if (plant === undefined) return [];
    const removed = plant.removal?.["PM2.5"];
    const overridden = plant.factorOverrides?.["PM2.5"];
    if (removed === undefined && overridden === undefined) return [];
    const field = removed !== undefined ? "removal" : "factorOverrides";
    const what = removed !== undefined ? `the ${tech} plants' controls remove PM2.5 at ${removed}` : `the ${tech} plants' PM2.5 factor is overridden`;
    return NESTED_WITH_PM25
      .filter((sp) => species.includes(sp) && plant.removal?.[sp] === undefined && plant.factorOverrides?.[sp] === undefined)
      .map((sp): InputIssue => ({
        code: "missing",
        path: [...path, tech, field, sp],
        message: `${what}; state what they do to ${sp} too, in removal.${sp} or factorOverrides.${sp} (${sp === "BC" || sp === "OC" ? `${sp} is part of PM2.5` : `PM2.5 is part of ${sp}`}); left out, ${sp} would be counted uncontrolled`,
      }));
  });
}
