import { Dec } from "../units/decimal.js";
import { SPECIES_INFO } from "../units/species.js";
import { lineageEmissions } from "./lineageEmissions.js";
import { metricWeights } from "./metricWeights.js";
import type { Plan } from "./plan.js";
import type { AttributionRow, Co2eAttributionRow, Co2eRow, EmissionsRow, ScenarioResult, SectorAttributionRow, TradeOff } from "./scenarioResult.js";
import { sequentialShares } from "./sequentialShares.js";
import { shapleyExact } from "./shapleyExact.js";
import { shapleySampled } from "./shapleySampled.js";

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

type Acc = { standalone: Dec; sequential: Dec; shapley: Dec };
const zero = () => new Dec(0);
const ZERO = new Dec(0);

/**
 * Decimal places [t] at which emissions are reported and attributed (1e-24 t). Emissions are
 * computed to 40 significant digits, then rounded (half even) to this many places once per
 * activity row, so that every reported sum, reduction and attributed share adds up exactly.
 * @category Scenario
 */
export const EMISSION_PLACES = 24;
const q = (d: Dec) => d.toDecimalPlaces(EMISSION_PLACES, Dec.ROUND_HALF_EVEN);

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
  const emissions = new Map<string, { year: number; sector: string; scope: "direct" | "indirect"; si: number; baseline: Dec; scenario: Dec }>();
  const attr: Acc[][][] = plan.years.map(() => plan.measures.map(() => plan.species.map(() => ({ standalone: zero(), sequential: zero(), shapley: zero() }))));
  const sampled: ScenarioResult["sampledShapley"][number][] = [];
  const sectorAttr = new Map<string, { yi: number; mi: number; sector: string; scope: "direct" | "indirect"; acc: Acc[] }>();

  const addEmission = (yi: number, t: { sector: string; scope: "direct" | "indirect" }, values: readonly Dec[], field: "baseline" | "scenario") => {
    values.forEach((v, si) => {
      const key = `${yi}|${t.sector}|${t.scope}|${si}`;
      let row = emissions.get(key);
      if (row === undefined) {
        row = { year: plan.years[yi]!, sector: t.sector, scope: t.scope, si, baseline: zero(), scenario: zero() };
        emissions.set(key, row);
      }
      row[field] = row[field].plus(v);
    });
  };

  for (const [li, l] of plan.lineages.entries()) {
    if (li > 0) options.onProgress?.(li, plan.lineages.length);
    const n = l.measures.length;
    const full = (1 << n) - 1;
    // Templates grouped by (sector, scope): each group is attributed on its own, so a measure's
    // share is known per sector (a switch to electricity lowers the boilers' sector and raises
    // the indirect one); the lineage's shares are the sums of its groups' shares.
    const groupKeys = [...new Set(l.templates.map((t) => `${t.sector}|${t.scope}`))];
    const groupOf = l.templates.map((t) => groupKeys.indexOf(`${t.sector}|${t.scope}`));
    const groups = groupKeys.map((_, g) => l.templates[groupOf.indexOf(g)]!);
    plan.years.forEach((_, yi) => {
      const totals = new Map<number, Dec[][]>();
      const totalOf = (mask: number): Dec[][] => {
        let t = totals.get(mask);
        if (t === undefined) {
          const em = lineageEmissions(plan, l, mask, yi);
          const rounded = em.map((e) => ({ template: e.template, values: e.values.map(q) }));
          const byGroup: (Dec | undefined)[][] = groups.map(() => new Array<Dec | undefined>(S));
          for (const e of rounded) {
            const sums = byGroup[groupOf[e.template]!]!;
            e.values.forEach((v, si) => (sums[si] = sums[si] === undefined ? v : sums[si]!.plus(v)));
          }
          t = byGroup.map((sums) => Array.from(sums, (x) => x ?? ZERO));
          totals.set(mask, t);
          if (mask === 0) for (const e of rounded) addEmission(yi, l.templates[e.template]!, e.values, "baseline");
          if (mask === full) for (const e of rounded) addEmission(yi, l.templates[e.template]!, e.values, "scenario");
        }
        return t;
      };
      totalOf(0);
      totalOf(full);
      if (n === 0) return;
      groups.forEach((group, g) => {
        for (let si = 0; si < S; si++) {
          const base = totalOf(0)[g]![si]!;
          let v = (mask: number) => base.minus(totalOf(mask)[g]![si]!);
          // Exact path: every coalition's value once; a game that is zero everywhere (a species
          // this sector does not emit, a sector no measure changes) has all shares zero.
          const values = n <= exactUpTo ? Array.from({ length: 1 << n }, (_, mask) => v(mask)) : undefined;
          if (values !== undefined) v = (mask) => values[mask]!;
          const still = values?.every((x) => x.isZero()) === true;
          let shap: Dec[];
          if (still) shap = Array.from({ length: n }, zero);
          else if (values !== undefined) shap = shapleyExact(n, v);
          else {
            const r = shapleySampled(n, v, { permutations, seed });
            shap = r.shares;
            const maxSe = r.standardError.reduce((a, b) => (b.gt(a) ? b : a), zero());
            sampled.push({ activityId: l.activityId, year: plan.years[yi]!, species: plan.species[si]!, sector: group.sector, scope: group.scope, permutations, seed, maxStandardError: maxSe.toString() });
          }
          const seq = still ? shap : sequentialShares(n, v);
          for (let k = 0; k < n; k++) {
            const mi = l.measures[k]!;
            const key = `${yi}|${mi}|${group.sector}|${group.scope}`;
            let bySector = sectorAttr.get(key);
            if (bySector === undefined) {
              bySector = { yi, mi, sector: group.sector, scope: group.scope, acc: plan.species.map(() => ({ standalone: zero(), sequential: zero(), shapley: zero() })) };
              sectorAttr.set(key, bySector);
            }
            if (still) continue; // zero shares change no sum
            const alone = v(1 << k);
            for (const acc of [attr[yi]![mi]![si]!, bySector.acc[si]!]) {
              acc.standalone = acc.standalone.plus(alone);
              acc.sequential = acc.sequential.plus(seq[k]!);
              acc.shapley = acc.shapley.plus(shap[k]!);
            }
          }
        }
      });
    });
  }

  options.onProgress?.(plan.lineages.length, plan.lineages.length);
  const emissionRows: EmissionsRow[] = [...emissions.values()]
    .sort((a, b) => a.year - b.year || a.sector.localeCompare(b.sector) || a.scope.localeCompare(b.scope) || a.si - b.si)
    .map((r) => ({ year: r.year, sector: r.sector, scope: r.scope, species: plan.species[r.si]!, baseline: r.baseline.toString(), scenario: r.scenario.toString(), reduction: r.baseline.minus(r.scenario).toString(), unit: "t" as const }));
  const attribution: AttributionRow[] = plan.years.flatMap((year, yi) =>
    plan.measures.flatMap((m, mi) =>
      plan.species.map((species, si) => {
        const a = attr[yi]![mi]![si]!;
        return { year, measure: m.measure.id, species, standalone: a.standalone.toString(), sequential: a.sequential.toString(), shapley: a.shapley.toString(), unit: "t" as const };
      }),
    ),
  );
  const attributionBySector: SectorAttributionRow[] = [...sectorAttr.values()]
    .sort((a, b) => a.yi - b.yi || a.mi - b.mi || a.sector.localeCompare(b.sector) || a.scope.localeCompare(b.scope))
    .flatMap((r) =>
      plan.species.map((species, si) => {
        const a = r.acc[si]!;
        return { year: plan.years[r.yi]!, sector: r.sector, scope: r.scope, measure: plan.measures[r.mi]!.measure.id, species, standalone: a.standalone.toString(), sequential: a.sequential.toString(), shapley: a.shapley.toString(), unit: "t" as const };
      }),
    );
  const { co2e, co2eAttribution, tradeOffs } = climate(plan, emissionRows, attr);
  return {
    name: plan.scenario.name, years: plan.years, species: plan.species, metrics: plan.scenario.metrics,
    emissions: emissionRows, attribution, attributionBySector, co2e, co2eAttribution, tradeOffs, overlaps: plan.overlaps, missing: plan.missing, sampledShapley: sampled,
  };
}

function climate(plan: Plan, rows: readonly EmissionsRow[], attr: Acc[][][]): { co2e: Co2eRow[]; co2eAttribution: Co2eAttributionRow[]; tradeOffs: TradeOff[] } {
  const co2e: Co2eRow[] = [];
  const co2eAttribution: Co2eAttributionRow[] = [];
  const tradeOffs: TradeOff[] = [];
  for (const name of plan.scenario.metrics) {
    const { weights, included } = metricWeights(plan.species, name);
    const weigh = (perSpecies: (si: number) => Dec) => weights.reduce((s: Dec, w, si) => (w === null ? s : s.plus(w.times(perSpecies(si)))), zero());
    plan.years.forEach((year, yi) => {
      const ofYear = rows.filter((r) => r.year === year);
      const sum = (f: "baseline" | "scenario", si: number) => ofYear.filter((r) => r.species === plan.species[si]).reduce((s, r) => s.plus(r[f]), zero());
      const baseline = weigh((si) => sum("baseline", si));
      const scenario = weigh((si) => sum("scenario", si));
      co2e.push({ metric: name, year, baseline: baseline.toString(), scenario: scenario.toString(), reduction: baseline.minus(scenario).toString(), speciesIncluded: included });
      plan.measures.forEach((m, mi) => {
        const a = attr[yi]![mi]!;
        co2eAttribution.push({
          metric: name, year, measure: m.measure.id,
          standalone: weigh((si) => a[si]!.standalone).toString(), sequential: weigh((si) => a[si]!.sequential).toString(), shapley: weigh((si) => a[si]!.shapley).toString(),
        });
      });
    });
    plan.measures.forEach((m, mi) => {
      const total = (si: number) => plan.years.reduce((s, _, yi) => s.plus(attr[yi]![mi]![si]!.standalone), zero());
      const pollutants = plan.species.map((species, si) => ({ species, reduction: total(si) })).filter((p) => SPECIES_INFO[p.species].role !== "greenhouseGas");
      const co2eReduction = weigh(total);
      const down = pollutants.some((p) => p.reduction.gt(0));
      const up = pollutants.some((p) => p.reduction.lt(0));
      const flags: TradeOff["flags"][number][] = [];
      if (co2eReduction.isZero()) flags.push("noGhgEffect");
      if (down && co2eReduction.lt(0)) flags.push("airPollutantsDownCo2eUp");
      if (up && co2eReduction.gt(0)) flags.push("airPollutantsUpCo2eDown");
      if (down && co2eReduction.gt(0)) flags.push("coBenefit");
      tradeOffs.push({ measure: m.measure.id, metric: name, airPollutantReductions: pollutants.map((p) => ({ species: p.species, reduction: p.reduction.toString() })), co2eReduction: co2eReduction.toString(), flags });
    });
  }
  return { co2e, co2eAttribution, tradeOffs };
}
