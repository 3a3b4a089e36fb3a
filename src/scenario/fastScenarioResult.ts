import type { Species } from "../units/species.js";
import type { Plan } from "./plan.js";

/**
 * Emissions of one year, sector, scope and species in float64 [t/yr]: the fast counterpart of
 * {@link EmissionsRow}.
 * @category Scenario
 */
export interface FastEmissionsRow {
  readonly year: number;
  readonly sector: string;
  readonly scope: "direct" | "indirect";
  readonly species: Species;
  readonly baseline: number;
  readonly scenario: number;
  /** baseline - scenario; negative when emissions rise. */
  readonly reduction: number;
  readonly unit: "t";
}

/**
 * One measure's standalone, sequential and Shapley reduction of one species in one year, in
 * float64 [t/yr]: the fast counterpart of {@link AttributionRow}.
 * @category Scenario
 */
export interface FastAttributionRow {
  readonly year: number;
  readonly measure: string;
  readonly species: Species;
  readonly standalone: number;
  readonly sequential: number;
  readonly shapley: number;
  readonly unit: "t";
}

/**
 * CO2-equivalent of one year under one named metric, in float64 [t CO2-eq/yr]: the fast
 * counterpart of {@link Co2eRow}.
 * @category Scenario
 */
export interface FastCo2eRow {
  readonly metric: string;
  readonly year: number;
  readonly baseline: number;
  readonly scenario: number;
  readonly reduction: number;
  /** The species the metric values, among those computed. */
  readonly speciesIncluded: readonly Species[];
}

/**
 * A measure's attributed CO2e reduction in one year under one metric [t CO2-eq/yr], in
 * float64: the fast counterpart of {@link Co2eAttributionRow}.
 * @category Scenario
 */
export interface FastCo2eAttributionRow {
  readonly metric: string;
  readonly year: number;
  readonly measure: string;
  readonly standalone: number;
  readonly sequential: number;
  readonly shapley: number;
}

/**
 * What {@link evaluateScenarioFast} yields: the rows of a {@link ScenarioResult} (same order,
 * same keys) with float64 numbers instead of exact decimal strings, and no trade-off flags
 * (their zero tests need exact values; use {@link evaluateScenario} for them).
 * @category Scenario
 */
export interface FastScenarioResult {
  readonly name: string;
  readonly years: readonly number[];
  readonly species: readonly Species[];
  readonly metrics: readonly string[];
  readonly emissions: readonly FastEmissionsRow[];
  readonly attribution: readonly FastAttributionRow[];
  readonly co2e: readonly FastCo2eRow[];
  readonly co2eAttribution: readonly FastCo2eAttributionRow[];
  readonly overlaps: Plan["overlaps"];
  readonly missing: Plan["missing"];
}
