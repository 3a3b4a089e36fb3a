import type { DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import type { Plan } from "../plan.js";
import type { PerUnitRow } from "./perUnitRows.js";
import type { StockRow } from "./stockRows.js";
import type { EmissionScope } from "../../factors/scopeOfFuel.js";

/**
 * Emissions of one year, sector, scope and species: baseline, scenario and reduction [t/yr], as
 * numbers of type `N`: exact decimal strings ({@link EmissionsRow}) or float64 ({@link FastEmissionsRow}).
 * @category Scenario
 */
export interface EmissionsRowOf<N> {
  readonly year: number;
  readonly sector: string;
  /** `direct`; `indirect` for electricity priced with the grid factor; `indirectHeat` for district heat priced at its plants; `upstream` for the opt-in upstream methane (CH4 only). */
  readonly scope: EmissionScope;
  readonly species: Species;
  readonly baseline: N;
  readonly scenario: N;
  /** baseline - scenario; negative when emissions rise. */
  readonly reduction: N;
  readonly unit: "t";
}

/**
 * Emissions of one year, sector, scope and species: baseline, scenario and reduction [t/yr].
 * @category Scenario
 */
export type EmissionsRow = EmissionsRowOf<DecimalString>;

/**
 * What one measure achieves for one species in one year [t/yr]: alone on the baseline
 * (`standalone`), in declared order (`sequential`), and its Shapley share (order-independent), as
 * numbers of type `N` (exact decimal strings or float64).
 * @category Scenario
 */
export interface AttributionRowOf<N> {
  readonly year: number;
  readonly measure: string;
  readonly species: Species;
  readonly standalone: N;
  readonly sequential: N;
  readonly shapley: N;
  readonly unit: "t";
  /** `user-measured` for a measure whose effect is a figure the user measured and cites (absent for one computed from the emission factors). */
  readonly basis?: "user-measured";
}

/**
 * What one measure achieves for one species in one year [t/yr], exactly: sequential and Shapley
 * shares of all measures sum exactly to the combined reduction.
 * @category Scenario
 */
export type AttributionRow = AttributionRowOf<DecimalString>;

/**
 * A measure's reduction in one year, sector and scope, for one species [t/yr]: the
 * {@link AttributionRow} split by where the emissions change. A fuel switch to electricity, say,
 * has a positive share in the heating sector and a negative one in the indirect (grid) scope.
 * Per sector and scope, the Shapley and sequential shares of all measures sum exactly to the
 * reduction of that sector and scope; over sectors they sum exactly to the AttributionRow.
 * @category Scenario
 */
export interface SectorAttributionRow {
  readonly year: number;
  readonly sector: string;
  readonly scope: EmissionScope;
  readonly measure: string;
  readonly species: Species;
  readonly standalone: DecimalString;
  readonly sequential: DecimalString;
  readonly shapley: DecimalString;
  readonly unit: "t";
}

/**
 * CO2-equivalent of one year under one named metric [t CO2-eq/yr], all scopes together (direct, indirect, indirectHeat, upstream),
 * as numbers of type `N` (exact decimal strings or float64).
 * @category Scenario
 */
export interface Co2eRowOf<N> {
  readonly metric: string;
  readonly year: number;
  readonly baseline: N;
  readonly scenario: N;
  readonly reduction: N;
  /** The species the metric values, among those computed (others are not in this CO2e). */
  readonly speciesIncluded: readonly Species[];
}

/**
 * CO2-equivalent of one year under one named metric [t CO2-eq/yr], all scopes together (direct, indirect, indirectHeat, upstream).
 * @category Scenario
 */
export type Co2eRow = Co2eRowOf<DecimalString>;

/**
 * A measure's attributed CO2e reduction in one year under one metric [t CO2-eq/yr], as numbers of
 * type `N` (exact decimal strings or float64).
 * @category Scenario
 */
export interface Co2eAttributionRowOf<N> {
  readonly metric: string;
  readonly year: number;
  readonly measure: string;
  readonly standalone: N;
  readonly sequential: N;
  readonly shapley: N;
}

/**
 * A measure's attributed CO2e reduction in one year under one metric [t CO2-eq/yr].
 * @category Scenario
 */
export type Co2eAttributionRow = Co2eAttributionRowOf<DecimalString>;

/**
 * Co-benefit or trade-off of one measure over the whole period, under one metric, from its
 * standalone effect: `airPollutantsDownCo2eUp` (a pollutant falls while CO2e rises),
 * `airPollutantsUpCo2eDown`, `noGhgEffect` (CO2e change exactly zero, e.g. dust control),
 * `coBenefit` (pollutants and CO2e fall). A flag is given only when every species it reads is counted
 * in every scope the measure acts on (`noGhgEffect` reads the species the metric weighs; the others
 * those and every air pollutant); otherwise `incomplete` stands in its place and `incomplete` names
 * the species and scopes not counted: a factor missing (only with `onMissingFactor: "omit"`), the
 * upstream methane of indirect electricity or heat (with `upstream` on; see {@link UncountedSpecies}),
 * or a greenhouse gas the metric weighs that the scenario does not compute (scope `all`).
 * @category Scenario
 */
export interface TradeOff {
  readonly measure: string;
  readonly metric: string;
  /** Standalone reduction summed over the years, per air pollutant (and BC/OC) [t]. */
  readonly airPollutantReductions: readonly { readonly species: Species; readonly reduction: DecimalString }[];
  /** Standalone CO2e reduction summed over the years [t CO2-eq]; negative when CO2e rises. */
  readonly co2eReduction: DecimalString;
  readonly flags: readonly ("airPollutantsDownCo2eUp" | "airPollutantsUpCo2eDown" | "noGhgEffect" | "coBenefit" | "incomplete")[];
  /** With the `incomplete` flag: each species not counted, and the scope where it is missing. */
  readonly incomplete?: readonly UncountedSpecies[];
}

/**
 * A species a trade-off flag reads but the scenario does not count: in `scope` a factor is missing
 * (only with `onMissingFactor: "omit"`); scope `upstream` with `of` (`indirect`, `indirectHeat`):
 * the upstream methane of the fuels burnt at the power or heat plants, not counted; scope `all`: a
 * greenhouse gas the metric weighs that is not among the scenario's `species`.
 * @category Scenario
 */
export interface UncountedSpecies {
  readonly species: Species;
  readonly scope: EmissionScope | "all";
  /** With scope `upstream`: the indirect scope whose plants' fuels the upstream methane belongs to. */
  readonly of?: "indirect" | "indirectHeat";
}

/**
 * Everything a scenario evaluation yields, as tidy rows of exact decimal strings.
 * @category Scenario
 */
export interface ScenarioResult {
  readonly name: string;
  readonly years: readonly number[];
  readonly species: readonly Species[];
  readonly metrics: readonly string[];
  readonly emissions: readonly EmissionsRow[];
  readonly attribution: readonly AttributionRow[];
  /** The attribution split by sector and scope (the sectors and scopes of the activities each measure acts on). */
  readonly attributionBySector: readonly SectorAttributionRow[];
  readonly co2e: readonly Co2eRow[];
  readonly co2eAttribution: readonly Co2eAttributionRow[];
  readonly tradeOffs: readonly TradeOff[];
  readonly overlaps: Plan["overlaps"];
  readonly missing: Plan["missing"];
  /** Per-unit results of the measures stated in units of stock (t per vehicle scrapped per year ...), labelled `user-measured` or `emission factors`. */
  readonly perUnit: readonly PerUnitRow[];
  /** The stock, intensity and level of the activity rows given as stock x intensity, per year. */
  readonly stocks: readonly StockRow[];
  /** Activity rows whose Shapley shares were sampled (more measures than the exact limit), with the seed and the largest standard error [t]. */
  readonly sampledShapley: readonly { readonly activityId: string; readonly year: number; readonly species: Species; readonly sector: string; readonly scope: EmissionScope; readonly permutations: number; readonly seed: number; readonly maxStandardError: DecimalString }[];
}
