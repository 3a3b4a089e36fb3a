import type { SourceRef } from "../citations/sourceRef.js";
import type { MetricValue } from "./metricSet.js";

/**
 * The CO2 entry of a metric set: 1 by definition of CO2-equivalence, cited to the set's table.
 *
 * @param source - the table the set comes from
 * @returns the CO2 metric value (exactly "1")
 * @example
 * ```ts
 * import { co2Reference } from "cobenefits";
 * co2Reference({ id: "IPCC-AR6-WG1-Ch7-SM", table: "Table 7.SM.7" }).value; // "1"
 * ```
 * @category Metrics
 */
export function co2Reference(source: SourceRef): MetricValue {
  return { species: "CO2", value: "1", source, quality: "primary", note: "CO2 is the reference gas: 1 by definition." };
}
