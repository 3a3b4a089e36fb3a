import { getMetric } from "../../metrics/registry.js";
import type { Species } from "../../units/species.js";
import { countsInCo2e } from "../metricWeights.js";
import type { UncountedSpecies } from "./scenarioResult.js";

/**
 * The greenhouse gases (and BC under a BC metric) a named metric weighs into CO2e that the scenario
 * does not compute: a measure's CO2e change leaves them out, so no CO2e-dependent flag
 * (co-benefit, trade-off, no GHG effect) can be given on it; each is reported with scope `all`.
 * Method: every species the metric set values and counts in CO2e (see `countsInCo2e`; not
 * `CO2-biogenic`, a memo item), in the set's order, that is not among `species`.
 *
 * @param species - the species the scenario computes
 * @param metric - the metric name (e.g. `AR6-GWP100`)
 * @returns each species the metric weighs but the scenario leaves out, with scope `all`
 * @throws {@link cobenefits!UnknownMetricError} for an unknown metric name
 * @example
 * ```ts
 * import { uncomputedMetricSpecies } from "cobenefits/engine";
 * uncomputedMetricSpecies(["CH4", "SO2", "PM2.5"], "AR6-GWP100");
 * // [{ species: "CO2", scope: "all" }, { species: "N2O", scope: "all" }]
 * ```
 * @category Scenario
 */
export function uncomputedMetricSpecies(species: readonly Species[], metric: string): UncountedSpecies[] {
  const set = getMetric(metric);
  const weighed = [...new Set(set.values.map((v) => v.species))].filter((sp) => countsInCo2e(set, sp));
  return weighed.filter((sp) => !species.includes(sp)).map((sp) => ({ species: sp, scope: "all" as const }));
}
