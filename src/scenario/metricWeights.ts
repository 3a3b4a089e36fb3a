import { getMetric } from "../metrics/registry.js";
import type { MetricSet } from "../metrics/metricSet.js";
import { metricValue } from "../metrics/toCo2e.js";
import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";

/**
 * Whether a metric set counts a species in CO2e: it has a value for it, and the species is not
 * `CO2-biogenic` (a memo item, outside CO2e totals).
 *
 * @param set - the metric set
 * @param species - the species
 * @returns true when the species is weighed into CO2e under the set
 * @example
 * ```ts
 * import { getMetric } from "cobenefits";
 * import { countsInCo2e } from "./metricWeights.js";
 * countsInCo2e(getMetric("AR6-GWP100"), "BC"); // false
 * ```
 * @category Scenario
 */
export function countsInCo2e(set: MetricSet, species: Species): boolean {
  return species !== "CO2-biogenic" && set.values.some((v) => v.species === species);
}

/**
 * The CO2e weight of each computed species under a named metric, read once per metric by both
 * evaluators: the metric value [t CO2-eq/t], or null for a species the metric does not value
 * (air pollutants; `CO2-biogenic`, a memo item).
 *
 * @param species - the species computed, in plan order
 * @param metric - the metric name
 * @returns the weights (index as `species`) and the species they include
 * @throws {@link cobenefits!MissingMetricValueError} when the metric values none of the species (compileScenario
 *   refuses such a metric first, with a fuller message; only a direct caller can get here)
 * @throws {@link cobenefits!UnknownMetricError} for an unknown name
 * @example
 * ```ts
 * import { metricWeights } from "cobenefits/engine";
 * metricWeights(["SO2", "CH4"], "AR6-GWP100").weights.map((w) => w?.toString() ?? null); // [null, "27.9"]
 * ```
 * @category Scenario
 */
export function metricWeights(species: readonly Species[], metric: string): { readonly weights: readonly (Dec | null)[]; readonly included: readonly Species[] } {
  const set = getMetric(metric);
  const weights = species.map((s) => (countsInCo2e(set, s) ? new Dec(metricValue(s, set).value) : null));
  const included = species.filter((_, si) => weights[si] !== null);
  if (included.length === 0 && species[0] !== undefined) metricValue(species[0], set); // throws MissingMetricValueError naming the metrics that have it
  return { weights, included };
}
