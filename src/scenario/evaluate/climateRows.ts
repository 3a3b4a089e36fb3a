import type { Plan } from "../plan.js";
import { metricWeights } from "../metricWeights.js";
import type { ResultNumbers } from "./resultRows.js";
import type { Co2eAttributionRowOf, Co2eRowOf } from "./scenarioResult.js";

/** The share kinds of an attribution row. */
type ShareKind = "standalone" | "sequential" | "shapley";

/**
 * How an evaluator weighs its emissions and shares by a metric: `W` is the metric's weights in the
 * evaluator's arithmetic (converted once per metric), `V` its numbers. Each evaluator keeps its own
 * summation order (the exact one sums each species over groups, then weighs; the fast one weighs
 * cell by cell), so that its results do not change.
 * @category Scenario
 */
export interface ClimateWeighing<W, V, N> extends ResultNumbers<V, N> {
  /** The metric's weights per species of the plan, for this evaluator (null: not valued by the metric). */
  weights(exact: ReturnType<typeof metricWeights>): W;
  /** Baseline and scenario CO2e of a year [t CO2-eq/yr]. */
  emissions(weights: W, yearIndex: number): readonly [baseline: V, scenario: V];
  /** A measure's CO2e share of one kind in a year [t CO2-eq/yr]. */
  share(weights: W, yearIndex: number, measureIndex: number, kind: ShareKind): V;
}

/**
 * The climate step of both evaluators: for each metric named by the scenario (in order), per year,
 * the baseline, scenario and reduction in CO2e, then each measure's CO2e shares.
 *
 * @param plan - the plan evaluated
 * @param weighing - the evaluator's weighing and arithmetic
 * @returns the co2e and co2eAttribution rows [t CO2-eq/yr]
 * @throws {@link MissingMetricValueError} when a metric values none of the plan's species
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { climateRows } from "./climateRows.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "1" } }], measures: [] });
 * const weighing = { weights: () => 1, emissions: () => [98.3, 98.3] as const, share: () => 0, minus: (a: number, b: number) => a - b, out: (v: number) => v };
 * climateRows(plan, weighing).co2e[0]?.reduction; // 0
 * ```
 * @category Scenario
 */
export function climateRows<W, V, N>(plan: Plan, weighing: ClimateWeighing<W, V, N>): { co2e: Co2eRowOf<N>[]; co2eAttribution: Co2eAttributionRowOf<N>[] } {
  const co2e: Co2eRowOf<N>[] = [];
  const co2eAttribution: Co2eAttributionRowOf<N>[] = [];
  const { out } = weighing;
  for (const metric of plan.scenario.metrics) {
    const exact = metricWeights(plan.species, metric);
    const weights = weighing.weights(exact);
    plan.years.forEach((year, yi) => {
      const [baseline, scenario] = weighing.emissions(weights, yi);
      co2e.push({ metric, year, baseline: out(baseline), scenario: out(scenario), reduction: out(weighing.minus(baseline, scenario)), speciesIncluded: exact.included });
      plan.measures.forEach((m, mi) => {
        const share = (kind: ShareKind) => out(weighing.share(weights, yi, mi, kind));
        co2eAttribution.push({ metric, year, measure: m.measure.id, standalone: share("standalone"), sequential: share("sequential"), shapley: share("shapley") });
      });
    });
  }
  return { co2e, co2eAttribution };
}
