import type { DecimalString, FastScenarioResult, ScenarioResult } from "cobenefits";

/**
 * The fast result in the shape the chart functions of `cobenefits/charts` read (name, years,
 * species, metrics, emissions, attribution, co2eAttribution), each float64 written as its
 * shortest exact decimal text (`String(x)`, which reads back to the same float64). The charts then
 * follow the sliders at the fast engine's speed; the exact engine agrees with the fast one within
 * 1e-9 relative (a property test of the library), and the exported tables come from the exact one.
 *
 * The chart functions are typed for the exact {@link ScenarioResult}; the fields they do not read
 * (trade-offs, sectors, per-unit results) are absent here, which the browser test guards: it
 * checks the charts' numbers against the library's exact result.
 *
 * @param fast - from `evaluateScenarioFast`
 * @returns what `trajectoriesChart`, `reductionsByMeasureChart` and `coBenefitQuadrantChart` read
 */
export function chartInput(fast: FastScenarioResult): ScenarioResult {
  const text = (x: number) => String(x) as DecimalString;
  const readable = {
    name: fast.name,
    years: fast.years,
    species: fast.species,
    metrics: fast.metrics,
    emissions: fast.emissions.map((e) => ({ ...e, baseline: text(e.baseline), scenario: text(e.scenario), reduction: text(e.reduction) })),
    attribution: fast.attribution.map((a) => ({ ...a, standalone: text(a.standalone), sequential: text(a.sequential), shapley: text(a.shapley) })),
    co2eAttribution: fast.co2eAttribution.map((a) => ({ ...a, standalone: text(a.standalone), sequential: text(a.sequential), shapley: text(a.shapley) })),
  };
  return readable as unknown as ScenarioResult;
}
