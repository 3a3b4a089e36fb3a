import { deepFreeze } from "../deepFreeze.js";
import { MetricCombinationError, UnknownMetricError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { AR4_GWP20, AR4_GWP100 } from "./ar4.js";
import { AR5_GWP20, AR5_GWP100, AR5_GWP100_CCFB, AR5_GWP100_FOSSIL_CH4 } from "./ar5.js";
import {
  AR6_GTP100,
  AR6_GTP100_FOSSIL_CH4,
  AR6_GTP100_NONFOSSIL_CH4,
  AR6_GWP20,
  AR6_GWP20_FOSSIL_CH4,
  AR6_GWP20_NONFOSSIL_CH4,
  AR6_GWP100,
  AR6_GWP100_FOSSIL_CH4,
  AR6_GWP100_NONFOSSIL_CH4,
} from "./ar6.js";
import { BLACK_CARBON_METRICS } from "./blackCarbon.js";
import type { MetricSet } from "./metricSet.js";

/**
 * Every built-in metric set. No set is a default.
 * @category Metrics
 */
export const BUILTIN_METRICS: readonly MetricSet[] = deepFreeze([
  AR4_GWP100,
  AR4_GWP20,
  AR5_GWP100,
  AR5_GWP20,
  AR5_GWP100_CCFB,
  AR5_GWP100_FOSSIL_CH4,
  AR6_GWP100,
  AR6_GWP20,
  AR6_GTP100,
  AR6_GWP100_FOSSIL_CH4,
  AR6_GWP100_NONFOSSIL_CH4,
  AR6_GWP20_FOSSIL_CH4,
  AR6_GWP20_NONFOSSIL_CH4,
  AR6_GTP100_FOSSIL_CH4,
  AR6_GTP100_NONFOSSIL_CH4,
  ...BLACK_CARBON_METRICS,
]);

const byName = new Map(BUILTIN_METRICS.map((m) => [m.name, m]));

/**
 * Lists the built-in metric sets.
 * @returns every built-in set, with its values and citations
 * @example
 * ```ts
 * import { listMetrics } from "cobenefits";
 * listMetrics().map((m) => m.name).includes("AR6-GWP100"); // true
 * ```
 * @category Metrics
 */
export function listMetrics(): readonly MetricSet[] {
  return BUILTIN_METRICS;
}

/**
 * Names of the metric sets (built-in) that have a value for a species.
 * @param species - the species
 * @returns metric names, in registry order
 * @example
 * ```ts
 * import { metricsWithValue } from "cobenefits";
 * metricsWithValue("BC").includes("Bond2013-GWP100"); // true
 * ```
 * @category Metrics
 */
export function metricsWithValue(species: Species): string[] {
  return BUILTIN_METRICS.filter((m) => m.values.some((v) => v.species === species)).map((m) => m.name);
}

/**
 * The canonical spelling of a metric name, so a metric has one name in results: no spaces around
 * `+`, and a space inside a set's name written as the registry's hyphen
 * (`"AR6-GWP100 + Bond2013-GWP100"` is `"AR6-GWP100+Bond2013-GWP100"`, `"AR6 GWP100"` is
 * `"AR6-GWP100"`).
 *
 * @param name - a metric name as written
 * @returns the name in canonical spelling
 * @example
 * ```ts
 * import { canonicalMetricName } from "./registry.js";
 * canonicalMetricName("AR6-GWP100 + Bond2013-GWP100"); // "AR6-GWP100+Bond2013-GWP100"
 * canonicalMetricName(" AR6 GWP100 "); // "AR6-GWP100"
 * ```
 * @category Metrics
 */
export function canonicalMetricName(name: string): string {
  return name.split("+").map((part) => part.trim().replace(/\s+/g, "-")).join("+");
}

/**
 * Finds a metric set by name. A name joined with `+` (e.g. `"AR6-GWP100+Bond2013-GWP100"`)
 * is the combination of those sets (see {@link combineMetrics}). Names are taken only in their
 * canonical spelling, without spaces, so one metric has one name in results.
 *
 * @param name - the metric name
 * @returns the metric set
 * @throws {@link UnknownMetricError} listing the known names (the canonical spelling first, for a
 *   name with spaces)
 * @throws {@link MetricCombinationError} when a `+` combination is not valid, or is written with
 *   spaces (naming the canonical spelling)
 * @example
 * ```ts
 * import { getMetric } from "cobenefits";
 * getMetric("AR5-GWP100").values.find((v) => v.species === "CH4")?.value; // "28"
 * ```
 * @category Metrics
 */
export function getMetric(name: string): MetricSet {
  const canonical = canonicalMetricName(name);
  if (name.includes("+")) {
    if (canonical !== name) throw new MetricCombinationError(canonical.split("+"), `write the name without spaces, "${canonical}", so the metric has one name in results`);
    return combineMetrics(...name.split("+"));
  }
  const m = byName.get(name);
  if (m === undefined) {
    const known = [...byName.keys()];
    throw new UnknownMetricError(name, canonical !== name && byName.has(canonical) ? [canonical, ...known.filter((k) => k !== canonical)] : known);
  }
  return m;
}

/**
 * Combines metric sets into one named set, e.g. IPCC GWP100 for the gases plus a published BC
 * GWP100, so the BC choice is explicit and named (`"AR6-GWP100+Bond2013-GWP100"`). The sets must
 * share type and horizon, and agree on any species they both define.
 *
 * @param names - metric names (or sets) to combine, in order
 * @returns the combined set
 * @throws {@link MetricCombinationError} for fewer than two sets, a set named twice, mixed types or horizons, or conflicting values
 * @throws {@link UnknownMetricError} for an unknown name
 * @example
 * ```ts
 * import { combineMetrics } from "cobenefits";
 * combineMetrics("AR6-GWP100", "Bond2013-GWP100").name; // "AR6-GWP100+Bond2013-GWP100"
 * ```
 * @category Metrics
 */
export function combineMetrics(...names: readonly (string | MetricSet)[]): MetricSet {
  const sets = names.map((n) => (typeof n === "string" ? getMetric(n) : n));
  const labels = sets.map((s) => s.name);
  const [first] = sets;
  if (first === undefined || sets.length < 2) throw new MetricCombinationError(labels, "name at least two metric sets");
  const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
  if (repeated !== undefined) throw new MetricCombinationError(labels, `${repeated} is named twice; name each set once`);
  for (const s of sets) {
    if (s.type !== first.type || s.horizon !== first.horizon) {
      throw new MetricCombinationError(labels, `${s.name} is ${s.type}${s.horizon} but ${first.name} is ${first.type}${first.horizon}; mixing metrics or horizons is not meaningful`);
    }
  }
  const values = new Map<Species, MetricSet["values"][number]>();
  for (const s of sets) {
    for (const v of s.values) {
      const prior = values.get(v.species);
      if (prior === undefined) values.set(v.species, v);
      else if (!new Dec(prior.value).eq(v.value)) {
        throw new MetricCombinationError(labels, `${v.species} is ${prior.value} in one set and ${v.value} in another`);
      }
    }
  }
  return {
    name: labels.join("+"),
    type: first.type,
    horizon: first.horizon,
    description: `Combination of ${labels.join(", ")}.`,
    values: [...values.values()],
  };
}
