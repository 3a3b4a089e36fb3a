import { Dec } from "../../units/decimal.js";
import type { ScenarioResult } from "./scenarioResult.js";

/**
 * How Shapley shares are computed: exactly for activity rows with at most `exactUpTo` measures,
 * by seeded permutation sampling beyond (the result lists such rows with their standard error).
 * @category Scenario
 */
export interface AttributionOptions {
  /** Default {@link SHAPLEY_EXACT_PER_ROW} (16); the fast path computes exactly up to the same limit. */
  readonly exactUpTo?: number;
  /** Permutations sampled beyond `exactUpTo`; default 2000. */
  readonly permutations?: number;
  /** Seed of the sampling; default 1. Same seed, same result. */
  readonly seed?: number;
  /** Called after each activity row is evaluated, with the rows done and the total (for progress indicators). */
  readonly onProgress?: (done: number, total: number) => void;
}

/**
 * Measures per activity row up to which Shapley shares are computed exactly (2^16 combinations);
 * beyond, the exact path samples (seeded) and the fast path refuses, so the two always agree.
 * @category Scenario
 */
export const SHAPLEY_EXACT_PER_ROW = 16;


/**
 * Decimal places [t] at which emissions are reported and attributed (1e-24 t). Emissions are
 * computed to 40 significant digits, then rounded (half even) to this many places once per
 * activity row, so that every reported sum, reduction and attributed share adds up exactly.
 * @category Scenario
 */
export const EMISSION_PLACES = 24;

/** A measure's standalone, sequential and Shapley reduction [t], summed over activity rows. */
export type Shares = { standalone: Dec; sequential: Dec; shapley: Dec };
export const zero = () => new Dec(0);
export const noShares = (): Shares => ({ standalone: zero(), sequential: zero(), shapley: zero() });

/**
 * What the exact evaluators sum over activity rows, before result rows are built from it.
 * @internal
 */
export interface ScenarioSums {
  /** Baseline and scenario emissions [(yi x G + g) x S + si] [t], G and g as emissionGroups(plan). */
  readonly baselineEmissions: Dec[];
  readonly scenarioEmissions: Dec[];
  /** Per year, measure and species [yi][mi][si] [t]. */
  readonly shares: Shares[][][];
  /** Per `${yi}|${mi}|${g}`, for every group of every row a measure acts on, its shares per species [t]. */
  readonly sharesByGroup: Map<string, { yi: number; mi: number; g: number; shares: Shares[] }>;
  readonly sampled: ScenarioResult["sampledShapley"][number][];
}
