import { Dec } from "../../units/decimal.js";
import { SPECIES_INFO } from "../../units/species.js";
import { lineageEmissions } from "./lineageEmissions.js";
import { metricWeights } from "../metricWeights.js";
import type { Plan } from "../plan.js";
import { climateRows } from "./climateRows.js";
import { compareGroups, emissionGroups } from "./emissionGroups.js";
import { attributionRows, emissionRows } from "./resultRows.js";
import type { ScenarioResult, SectorAttributionRow, TradeOff } from "./scenarioResult.js";
import { sequentialShares } from "../../attribution/sequentialShares.js";
import { shapleyExact } from "../../attribution/shapleyExact.js";
import { shapleySampled } from "../../attribution/shapleySampled.js";

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

/** A measure's standalone, sequential and Shapley reduction [t], summed over activity rows. */
type Shares = { standalone: Dec; sequential: Dec; shapley: Dec };
const zero = () => new Dec(0);
const noShares = (): Shares => ({ standalone: zero(), sequential: zero(), shapley: zero() });
const ZERO = new Dec(0);

/**
 * Decimal places [t] at which emissions are reported and attributed (1e-24 t). Emissions are
 * computed to 40 significant digits, then rounded (half even) to this many places once per
 * activity row, so that every reported sum, reduction and attributed share adds up exactly.
 * @category Scenario
 */
export const EMISSION_PLACES = 24;
const roundEmission = (d: Dec) => d.toDecimalPlaces(EMISSION_PLACES, Dec.ROUND_HALF_EVEN);

/**
 * Evaluates a compiled scenario exactly (decimal arithmetic; the reference result): emissions per
 * year, sector, scope and species in the baseline and the scenario; each measure's standalone,
 * sequential and Shapley reduction; CO2e under each named metric; and trade-off flags.
 *
 * Method: emissions are a sum over activity rows, and each measure acts only on the rows it
 * targets, so every attribution is computed per row over that row's measures (2^k combinations
 * for k measures) and summed; by the linearity of the Shapley value this equals the Shapley value
 * of the whole scenario. Emissions are rounded once per activity row to {@link EMISSION_PLACES}
 * decimals (1e-24 t); shares are exact to that precision and sum exactly to the combined reduction.
 *
 * @param plan - a plan from {@link compileScenario}
 * @param options - Shapley computation (exact limit, sampling permutations and seed)
 * @returns tidy result rows [t/yr, t CO2-eq/yr] as exact decimal strings
 * @throws {@link MissingMetricValueError} when a named metric values none of the species computed
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" },
 *     removal: { SO2: "0.9" }, energyPenalty: "0.01" }] });
 * const r = evaluateScenario(plan);
 * r.attribution.map((a) => [a.species, a.shapley]); // [["SO2", "80.91"], ["CO2", "-98.3"]]
 * r.tradeOffs[0]?.flags; // ["airPollutantsDownCo2eUp"]
 * ```
 * @category Scenario
 */
export function evaluateScenario(plan: Plan, options: AttributionOptions = {}): ScenarioResult {
  const exactUpTo = options.exactUpTo ?? SHAPLEY_EXACT_PER_ROW;
  const permutations = options.permutations ?? 2000;
  const seed = options.seed ?? 1;
  const S = plan.species.length;
  const grouping = emissionGroups(plan);
  const G = grouping.groups.length;
  // Baseline and scenario emissions [(yi x G + g) x S + si] [t], summed over rows.
  const baselineEmissions = Array.from({ length: plan.years.length * G * S }, zero);
  const scenarioEmissions = Array.from({ length: plan.years.length * G * S }, zero);
  const shares: Shares[][][] = plan.years.map(() => plan.measures.map(() => plan.species.map(noShares)));
  const sampled: ScenarioResult["sampledShapley"][number][] = [];
  const sharesByGroup = new Map<string, { yi: number; mi: number; g: number; shares: Shares[] }>();

  const addEmissions = (sums: Dec[], yi: number, g: number, values: readonly Dec[]) => {
    values.forEach((v, si) => {
      const cell = (yi * G + g) * S + si;
      sums[cell] = sums[cell]!.plus(v);
    });
  };

  for (const [li, l] of plan.lineages.entries()) {
    if (li > 0) options.onProgress?.(li, plan.lineages.length);
    const n = l.measures.length;
    const full = (1 << n) - 1;
    // Templates grouped by (sector, scope): each group is attributed on its own, so a measure's
    // share is known per sector (a switch to electricity lowers the boilers' sector and raises
    // the indirect one); the lineage's shares are the sums of its groups' shares.
    const templateGroup = grouping.templateGroups[li]!;
    const rowGroups = [...new Set(templateGroup)];
    const localGroupOf = Array.from(templateGroup, (g) => rowGroups.indexOf(g));
    plan.years.forEach((_, yi) => {
      // Emissions of the row per local group and species under each combination (mask) of its measures, computed once.
      const totals = new Map<number, Dec[][]>();
      const totalOf = (mask: number): Dec[][] => {
        let t = totals.get(mask);
        if (t === undefined) {
          const rounded = lineageEmissions(plan, l, mask, yi).map((e) => ({ template: e.template, values: e.values.map(roundEmission) }));
          const byGroup: (Dec | undefined)[][] = rowGroups.map(() => new Array<Dec | undefined>(S));
          for (const e of rounded) {
            const sums = byGroup[localGroupOf[e.template]!]!;
            e.values.forEach((v, si) => (sums[si] = sums[si] === undefined ? v : sums[si]!.plus(v)));
          }
          t = byGroup.map((sums) => Array.from(sums, (x) => x ?? ZERO));
          totals.set(mask, t);
          if (mask === 0) for (const e of rounded) addEmissions(baselineEmissions, yi, templateGroup[e.template]!, e.values);
          if (mask === full) for (const e of rounded) addEmissions(scenarioEmissions, yi, templateGroup[e.template]!, e.values);
        }
        return t;
      };
      totalOf(0);
      totalOf(full);
      if (n === 0) return;
      rowGroups.forEach((g, localGroup) => {
        const group = grouping.groups[g]!;
        for (let si = 0; si < S; si++) {
          const base = totalOf(0)[localGroup]![si]!;
          let reduction = (mask: number) => base.minus(totalOf(mask)[localGroup]![si]!);
          // Exact path: every coalition's value once; a game that is zero everywhere (a species
          // this sector does not emit, a sector no measure changes) has all shares zero.
          const values = n <= exactUpTo ? Array.from({ length: 1 << n }, (_, mask) => reduction(mask)) : undefined;
          if (values !== undefined) reduction = (mask) => values[mask]!;
          const zeroGame = values?.every((x) => x.isZero()) === true;
          let shapley: Dec[];
          if (zeroGame) shapley = Array.from({ length: n }, zero);
          else if (values !== undefined) shapley = shapleyExact(n, reduction);
          else {
            const r = shapleySampled(n, reduction, { permutations, seed });
            shapley = r.shares;
            const maxStandardError = r.standardError.reduce((a, b) => (b.gt(a) ? b : a), zero());
            sampled.push({ activityId: l.activityId, year: plan.years[yi]!, species: plan.species[si]!, sector: group.sector, scope: group.scope, permutations, seed, maxStandardError: maxStandardError.toString() });
          }
          const sequential = zeroGame ? shapley : sequentialShares(n, reduction);
          for (let k = 0; k < n; k++) {
            const mi = l.measures[k]!;
            const key = `${yi}|${mi}|${g}`;
            let ofGroup = sharesByGroup.get(key);
            if (ofGroup === undefined) {
              ofGroup = { yi, mi, g, shares: plan.species.map(noShares) };
              sharesByGroup.set(key, ofGroup);
            }
            if (zeroGame) continue; // zero shares change no sum
            const alone = reduction(1 << k);
            for (const sum of [shares[yi]![mi]![si]!, ofGroup.shares[si]!]) {
              sum.standalone = sum.standalone.plus(alone);
              sum.sequential = sum.sequential.plus(sequential[k]!);
              sum.shapley = sum.shapley.plus(shapley[k]!);
            }
          }
        }
      });
    });
  }

  options.onProgress?.(plan.lineages.length, plan.lineages.length);
  const decimals = { minus: (a: Dec, b: Dec) => a.minus(b), out: (v: Dec) => v.toString() };
  const emissions = emissionRows(plan, grouping, (yi, g, si) => [baselineEmissions[(yi * G + g) * S + si]!, scenarioEmissions[(yi * G + g) * S + si]!] as const, decimals);
  const attribution = attributionRows(plan, (yi, mi, si) => {
    const a = shares[yi]![mi]![si]!;
    return [a.standalone, a.sequential, a.shapley] as const;
  }, decimals.out);
  const attributionBySector: SectorAttributionRow[] = [...sharesByGroup.values()]
    .sort((a, b) => a.yi - b.yi || a.mi - b.mi || compareGroups(grouping.groups[a.g]!, grouping.groups[b.g]!))
    .flatMap((r) =>
      plan.species.map((species, si) => {
        const a = r.shares[si]!;
        const { sector, scope } = grouping.groups[r.g]!;
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
    emissions, attribution, attributionBySector, co2e, co2eAttribution, tradeOffs: tradeOffs(plan, shares), overlaps: plan.overlaps, missing: plan.missing, sampledShapley: sampled,
  };
}

/** Co-benefit and trade-off flags of each measure under each metric, from its standalone reductions summed over the years. */
function tradeOffs(plan: Plan, shares: Shares[][][]): TradeOff[] {
  const out: TradeOff[] = [];
  for (const name of plan.scenario.metrics) {
    const { weights } = metricWeights(plan.species, name);
    const weigh = (perSpecies: (si: number) => Dec) => weights.reduce((s: Dec, w, si) => (w === null ? s : s.plus(w.times(perSpecies(si)))), zero());
    plan.measures.forEach((m, mi) => {
      const total = (si: number) => plan.years.reduce((s, _, yi) => s.plus(shares[yi]![mi]![si]!.standalone), zero());
      const pollutants = plan.species.map((species, si) => ({ species, reduction: total(si) })).filter((p) => SPECIES_INFO[p.species].role !== "greenhouseGas");
      const co2eReduction = weigh(total);
      const down = pollutants.some((p) => p.reduction.gt(0));
      const up = pollutants.some((p) => p.reduction.lt(0));
      const flags: TradeOff["flags"][number][] = [];
      if (co2eReduction.isZero()) flags.push("noGhgEffect");
      if (down && co2eReduction.lt(0)) flags.push("airPollutantsDownCo2eUp");
      if (up && co2eReduction.gt(0)) flags.push("airPollutantsUpCo2eDown");
      if (down && co2eReduction.gt(0)) flags.push("coBenefit");
      out.push({ measure: m.measure.id, metric: name, airPollutantReductions: pollutants.map((p) => ({ species: p.species, reduction: p.reduction.toString() })), co2eReduction: co2eReduction.toString(), flags });
    });
  }
  return out;
}
