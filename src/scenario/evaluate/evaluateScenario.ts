import { Dec } from "../../units/decimal.js";
import { SPECIES_INFO } from "../../units/species.js";
import { metricWeights } from "../metricWeights.js";
import type { Plan } from "../plan.js";
import { climateRows } from "./climateRows.js";
import { decimalSums } from "./decimalSums.js";
import { type EmissionGroups, compareGroups, emissionGroups, reportedInScope } from "./emissionGroups.js";
import { attributionRows, emissionRows } from "./resultRows.js";
import { scaledSums } from "./scaledSums.js";
import { perUnitRows } from "./perUnitRows.js";
import { stockRows } from "./stockRows.js";
import { indirectUpstreamGaps } from "./indirectUpstreamGaps.js";
import { uncomputedMetricSpecies } from "./uncomputedMetricSpecies.js";
import { uncountedSpecies } from "./uncountedSpecies.js";
import type { ScenarioResult, SectorAttributionRow, TradeOff } from "./scenarioResult.js";
import { type AttributionOptions, type ScenarioSums, type Shares, zero } from "./scenarioSums.js";

export { EMISSION_PLACES, SHAPLEY_EXACT_PER_ROW } from "./scenarioSums.js";
export type { AttributionOptions } from "./scenarioSums.js";

/**
 * Evaluates a compiled scenario exactly (decimal arithmetic; the reference result): emissions per
 * year, sector, scope and species in the baseline and the scenario; each measure's standalone,
 * sequential and Shapley reduction; CO2e under each named metric; and trade-off flags.
 *
 * Method: emissions are a sum over activity rows, and each measure acts only on the rows it
 * targets, so every attribution is computed per row over that row's measures (2^k combinations
 * for k measures) and summed; by the linearity of the Shapley value this equals the Shapley value
 * of the whole scenario. Emissions are rounded once per activity row to {@link cobenefits/engine!EMISSION_PLACES}
 * decimals (1e-24 t); shares are exact to that precision and sum exactly to the combined reduction.
 * The arithmetic is on scaled integers (bigint): per row, year, (sector, scope) group and species
 * one table of every combination's emission in units of 1e-24 t, read by the standalone,
 * sequential and Shapley shares alike; every value is the one the 40-significant-digit decimal
 * chain gives, rounded half-even (a value within about 1e-36 relative of a rounding tie is
 * computed in decimals). Plans beyond that kernel's range (emissions of 1e14 t a year and species
 * or more, inputs with more than 100 decimals or of 1e30 and more, rows whose Shapley shares are
 * sampled) are evaluated in decimals throughout, with the same result.
 *
 * @param plan - a plan from {@link compileScenario}
 * @param options - Shapley computation (exact limit, sampling permutations and seed)
 * @returns tidy result rows [t/yr, t CO2-eq/yr] as exact decimal strings
 * @throws {@link MissingMetricValueError} when a named metric values none of the species computed
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2", "CH4", "N2O"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" },
 *     removal: { SO2: "0.9" }, energyPenalty: "0.01" }] });
 * const r = evaluateScenario(plan);
 * r.attribution.map((a) => [a.species, a.shapley]); // [["SO2", "80.91"], ["CO2", "-98.3"], ["CH4", "-0.3"], ["N2O", "-0.0015"]]
 * r.tradeOffs[0]?.flags; // ["airPollutantsDownCo2eUp"]
 * // without N2O, which AR6 GWP100 weighs, no flag but `incomplete`, naming it
 * evaluateScenario(compileScenario({ ...plan.scenario, species: ["SO2", "CO2", "CH4"] })).tradeOffs[0]?.incomplete; // [{ species: "N2O", scope: "all" }]
 * ```
 * @category Scenario
 */
export function evaluateScenario(plan: Plan, options: AttributionOptions = {}): ScenarioResult {
  const grouping = emissionGroups(plan);
  return scenarioResultOf(plan, grouping, scaledSums(plan, grouping, options) ?? decimalSums(plan, options));
}

/**
 * The result rows of {@link evaluateScenario} from the sums of either exact evaluator.
 * @internal
 */
export function scenarioResultOf(plan: Plan, grouping: EmissionGroups, sums: ScenarioSums): ScenarioResult {
  const S = plan.species.length;
  const G = grouping.groups.length;
  const { baselineEmissions, scenarioEmissions, shares, sharesByGroup, sampled } = sums;
  const decimals = { minus: (a: Dec, b: Dec) => a.minus(b), out: (v: Dec) => v.toString() };
  const emissions = emissionRows(plan, grouping, (yi, g, si) => [baselineEmissions[(yi * G + g) * S + si]!, scenarioEmissions[(yi * G + g) * S + si]!] as const, decimals);
  const attribution = attributionRows(plan, (yi, mi, si) => {
    const a = shares[yi]![mi]![si]!;
    return [a.standalone, a.sequential, a.shapley] as const;
  }, decimals.out);
  const attributionBySector: SectorAttributionRow[] = [...sharesByGroup.values()]
    .sort((a, b) => a.yi - b.yi || a.mi - b.mi || compareGroups(grouping.groups[a.g]!, grouping.groups[b.g]!))
    .flatMap((r) =>
      plan.species.flatMap((species, si) => {
        const a = r.shares[si]!;
        const { sector, scope } = grouping.groups[r.g]!;
        if (!reportedInScope(scope, species)) return [];
        return { year: plan.years[r.yi]!, sector, scope, measure: plan.measures[r.mi]!.measure.id, species, standalone: a.standalone.toString(), sequential: a.sequential.toString(), shapley: a.shapley.toString(), unit: "t" as const };
      }),
    );
  // CO2e: each species summed over the groups in row order, then weighed (null: not valued by the metric).
  const weigh = (weights: readonly (Dec | null)[], perSpecies: (si: number) => Dec) => weights.reduce((s: Dec, w, si) => (w === null ? s : s.plus(w.times(perSpecies(si)))), zero());
  const yearTotal = (sums: readonly Dec[], yi: number, si: number) => grouping.order.reduce((s, g) => s.plus(sums[(yi * G + g) * S + si]!), zero());
  const { co2e, co2eAttribution } = climateRows(plan, {
    ...decimals,
    weights: (exact) => exact.weights,
    emissions: (weights, yi) => [weigh(weights, (si) => yearTotal(baselineEmissions, yi, si)), weigh(weights, (si) => yearTotal(scenarioEmissions, yi, si))] as const,
    share: (weights, yi, mi, kind) => weigh(weights, (si) => shares[yi]![mi]![si]![kind]),
  });
  return {
    name: plan.scenario.name, years: plan.years, species: plan.species, metrics: plan.scenario.metrics,
    emissions, attribution, attributionBySector, co2e, co2eAttribution, tradeOffs: tradeOffs(plan, shares), overlaps: plan.overlaps, missing: plan.missing,
    perUnit: perUnitRows(plan, attribution, (v, units) => new Dec(v).div(units).toString()), stocks: stockRows(plan), sampledShapley: sampled,
  };
}

/** Co-benefit and trade-off flags of each measure under each metric, from its standalone reductions summed over the years. */
function tradeOffs(plan: Plan, shares: Shares[][][]): TradeOff[] {
  const out: TradeOff[] = [];
  for (const name of plan.scenario.metrics) {
    const { weights } = metricWeights(plan.species, name);
    const uncomputed = uncomputedMetricSpecies(plan.species, name);
    const weigh = (perSpecies: (si: number) => Dec) => weights.reduce((s: Dec, w, si) => (w === null ? s : s.plus(w.times(perSpecies(si)))), zero());
    plan.measures.forEach((m, mi) => {
      const total = (si: number) => plan.years.reduce((s, _, yi) => s.plus(shares[yi]![mi]![si]!.standalone), zero());
      const pollutants = plan.species.map((species, si) => ({ species, reduction: total(si) })).filter((p) => SPECIES_INFO[p.species].role !== "greenhouseGas");
      const co2eReduction = weigh(total);
      const down = pollutants.some((p) => p.reduction.gt(0));
      const up = pollutants.some((p) => p.reduction.lt(0));
      const flags: TradeOff["flags"][number][] = [];
      // each flag reads species that must be counted wherever the measure acts: noGhgEffect the species the metric
      // weighs; the others those and every air pollutant. A flag whose species are not all counted gives way to "incomplete":
      // a factor missing, the upstream methane of indirect electricity or heat, or a weighed GHG the scenario does not compute.
      const read = plan.species.filter((sp, si) => SPECIES_INFO[sp].role !== "greenhouseGas" || weights[si] !== null);
      const incomplete = [...uncountedSpecies(plan, mi, read), ...indirectUpstreamGaps(plan, mi, read), ...uncomputed];
      const ghgCounted = incomplete.every((g) => g.scope !== "all" && g.scope !== "upstream" && weights[plan.species.indexOf(g.species)] === null);
      if (ghgCounted && co2eReduction.isZero()) flags.push("noGhgEffect");
      if (incomplete.length > 0) flags.push("incomplete");
      else {
        if (down && co2eReduction.lt(0)) flags.push("airPollutantsDownCo2eUp");
        if (up && co2eReduction.gt(0)) flags.push("airPollutantsUpCo2eDown");
        if (down && co2eReduction.gt(0)) flags.push("coBenefit");
      }
      out.push({ measure: m.measure.id, metric: name, airPollutantReductions: pollutants.map((p) => ({ species: p.species, reduction: p.reduction.toString() })), co2eReduction: co2eReduction.toString(), flags, ...(incomplete.length > 0 ? { incomplete } : {}) });
    });
  }
  return out;
}
