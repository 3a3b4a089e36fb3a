import { MetricRequiredError, MissingMetricValueError } from "../errors.js";
import { type Dec, type DecimalString, parseDecimal } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import type { MetricSet, MetricValue } from "./metricSet.js";
import { getMetric, metricsWithValue } from "./registry.js";

/**
 * The metric value of a species in a named metric set.
 *
 * @param species - the species
 * @param metric - the metric name (required: there is no default) or set
 * @returns the value with its citation and uncertainty
 * @throws {@link MissingMetricValueError} when the set has no value for the species, listing the sets that do
 * @throws {@link UnknownMetricError} for an unknown name
 * @example
 * ```ts
 * import { metricValue } from "cobenefits";
 * metricValue("CH4", "AR6-GWP100-fossilCH4").value; // "29.8"
 * ```
 * @category Metrics
 */
export function metricValue(species: Species, metric: string | MetricSet): MetricValue {
  if (metric === undefined || metric === null || metric === "") throw new MetricRequiredError();
  const set = typeof metric === "string" ? getMetric(metric) : metric;
  const v = set.values.find((x) => x.species === species);
  if (v === undefined) {
    throw new MissingMetricValueError(species, set.name, metricsWithValue(species));
  }
  return v;
}

/**
 * Converts a mass of a species to CO2-equivalent under an explicitly named metric.
 * Method: mass x metric value (kg CO2-eq per kg). Exact for CO2 (value 1).
 *
 * @param mass - mass of the species [any mass unit; the result is in the same unit of CO2-eq]
 * @param species - the species
 * @param metric - the metric name, e.g. `"AR6-GWP100"` or `"AR6-GWP100+Bond2013-GWP100"` (required)
 * @returns the CO2-equivalent mass [same unit as `mass`]
 * @throws {@link MissingMetricValueError} when the metric has no value for the species (e.g. BC under AR6-GWP100)
 * @throws {@link UnknownMetricError} for an unknown metric name
 * @throws {@link MetricRequiredError} when no metric is given
 * @throws {@link InvalidInputError} when the mass is not a finite decimal
 * @example
 * ```ts
 * import { toCo2e } from "cobenefits";
 * toCo2e("2", "CH4", "AR5-GWP100").toString(); // "56"
 * ```
 * @category Metrics
 */
export function toCo2e(mass: DecimalString | Dec, species: Species, metric: string | MetricSet): Dec {
  const m = parseDecimal(mass, "mass");
  return m.times(metricValue(species, metric).value);
}
