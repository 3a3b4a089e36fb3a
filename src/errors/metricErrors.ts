import { CobenefitsError } from "./cobenefitsError.js";

/**
 * An unknown climate metric name.
 * @category Errors
 */
export class UnknownMetricError extends CobenefitsError {
  declare readonly code: "UNKNOWN_METRIC";
  readonly metric: string;
  readonly available: readonly string[];
  constructor(metric: string, available: readonly string[]) {
    super("UNKNOWN_METRIC", `unknown climate metric "${metric}"; known metrics: ${available.join(", ")} (see listMetrics())`);
    this.metric = metric;
    this.available = available;
  }
}

/**
 * A species with no value in the chosen climate metric.
 * @category Errors
 */
export class MissingMetricValueError extends CobenefitsError {
  declare readonly code: "MISSING_METRIC_VALUE";
  readonly species: string;
  readonly metric: string;
  readonly metricsWithValue: readonly string[];
  constructor(species: string, metric: string, metricsWithValue: readonly string[]) {
    const memo = species === "CO2-biogenic" ? " IPCC inventories report biogenic CO2 as a memo item, outside CO2e totals." : "";
    super(
      "MISSING_METRIC_VALUE",
      `metric "${metric}" has no value for ${species}; metrics that do: ${
        metricsWithValue.length > 0 ? `${metricsWithValue.join(", ")}. Combine one with combineMetrics() to make the choice explicit.` : "none."
      }${memo}`,
    );
    this.species = species;
    this.metric = metric;
    this.metricsWithValue = metricsWithValue;
  }
}

/**
 * Two metric sets that cannot be combined (different horizon or type, or conflicting values).
 * @category Errors
 */
export class MetricCombinationError extends CobenefitsError {
  declare readonly code: "METRIC_COMBINATION";
  readonly metrics: readonly string[];
  constructor(metrics: readonly string[], reason: string) {
    super("METRIC_COMBINATION", `cannot combine metrics ${metrics.join(" + ")}: ${reason}`);
    this.metrics = metrics;
  }
}

/**
 * A CO2e computation called without a metric: cobenefits has no default metric.
 * @category Errors
 */
export class MetricRequiredError extends CobenefitsError {
  declare readonly code: "METRIC_REQUIRED";
  constructor() {
    super("METRIC_REQUIRED", "CO2e needs an explicitly named metric, e.g. \"AR6-GWP100\"; there is no default (see listMetrics())", ["metric"]);
  }
}
