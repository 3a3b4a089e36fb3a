import { getMetric } from "../metrics/registry.js";
import { metricValue } from "../metrics/toCo2e.js";
import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";

/**
 * The CO2e weight of each computed species under a named metric, read once per metric by both
 * evaluators: the metric value [t CO2-eq/t], or null for a species the metric does not value
 * (air pollutants; `CO2-biogenic`, a memo item).
 *
 * @param species - the species computed, in plan order
 * @param metric - the metric name
 * @returns the weights (index as `species`) and the species they include
 * @throws {@link MissingMetricValueError} when the metric values none of the species, naming the metrics that do
 * @throws {@link UnknownMetricError} for an unknown name
 * @example
 * ```ts
 * import { metricWeights } from "cobenefits";
 * metricWeights(["SO2", "CH4"], "AR6-GWP100").weights.map((w) => w?.toString() ?? null); // [null, "27.9"]
 * ```
 * @category Scenario
 */
export function metricWeights(species: readonly Species[], metric: string): { readonly weights: readonly (Dec | null)[]; readonly included: readonly Species[] } {
  const set = getMetric(metric);
  const weights = species.map((s) => (s !== "CO2-biogenic" && set.values.some((v) => v.species === s) ? new Dec(metricValue(s, set).value) : null));
  const included = species.filter((_, si) => weights[si] !== null);
  if (included.length === 0 && species[0] !== undefined) metricValue(species[0], set); // throws MissingMetricValueError naming the metrics that have it
  return { weights, included };
}
