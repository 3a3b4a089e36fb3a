import type { Species } from "../../units/species.js";
import type { AttributionRowOf, Co2eAttributionRowOf, Co2eRowOf, EmissionsRowOf } from "./scenarioResult.js";
import type { Plan } from "../plan.js";
import type { PerUnitRowOf } from "./perUnitRows.js";
import type { EmissionScope } from "../../factors/scopeOfFuel.js";

/**
 * Emissions of one year, sector, scope and species in float64 [t/yr]: the fast counterpart of
 * {@link EmissionsRow}.
 * @category Scenario
 */
export type FastEmissionsRow = EmissionsRowOf<number>;

/**
 * One measure's standalone, sequential and Shapley reduction of one species in one year, in
 * float64 [t/yr]: the fast counterpart of {@link AttributionRow}.
 * @category Scenario
 */
export type FastAttributionRow = AttributionRowOf<number>;

/**
 * CO2-equivalent of one year under one named metric, in float64 [t CO2-eq/yr]: the fast
 * counterpart of {@link Co2eRow}.
 * @category Scenario
 */
export type FastCo2eRow = Co2eRowOf<number>;

/**
 * A measure's attributed CO2e reduction in one year under one metric [t CO2-eq/yr], in
 * float64: the fast counterpart of {@link Co2eAttributionRow}.
 * @category Scenario
 */
export type FastCo2eAttributionRow = Co2eAttributionRowOf<number>;

/**
 * The float64 sums behind a {@link FastScenarioResult}'s rows, as they are computed (the rows are
 * built from them on first access). G = `groups.length`, S = the result's `species.length`,
 * M = `measures.length`, year index as the result's `years`.
 * @category Scenario
 */
export interface FastScenarioTables {
  /** The (sector, scope) groups in the order the arrays index them (the rows sort them by sector, then scope). */
  readonly groups: readonly { readonly sector: string; readonly scope: EmissionScope }[];
  /** Measure ids in the order the attribution array indexes them (the plan's). */
  readonly measures: readonly string[];
  /** Baseline emissions [(yearIndex x G + group) x S + speciesIndex] [t/yr]. */
  readonly baseline: Float64Array;
  /** Scenario emissions, indexed as `baseline` [t/yr]. */
  readonly scenario: Float64Array;
  /** Standalone, sequential and Shapley reduction [((yearIndex x M + measureIndex) x S + speciesIndex) x 3 + j], j = 0, 1, 2 [t/yr]. */
  readonly attribution: Float64Array;
}

/**
 * What {@link evaluateScenarioFast} yields: the emissions, attribution, co2e and co2eAttribution
 * rows of a {@link ScenarioResult} (same order, same keys) with float64 numbers instead of exact
 * decimal strings (`emissions` and `attribution` are built on first access, from `tables`). It has no `attributionBySector` (the fast loop sums each measure's shares over
 * sectors, so that a row costs one pass per species), no trade-off flags (their zero tests need
 * exact values) and no `sampledShapley` (it refuses rows beyond the exact limit): use
 * {@link evaluateScenario} for them.
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
  /** The float64 sums the `emissions` and `attribution` rows are built from (on first access). */
  readonly tables: FastScenarioTables;
  readonly overlaps: Plan["overlaps"];
  readonly missing: Plan["missing"];
  /** Per-unit results of the measures stated in units of stock (on first access). */
  readonly perUnit: readonly PerUnitRowOf<number>[];
}
