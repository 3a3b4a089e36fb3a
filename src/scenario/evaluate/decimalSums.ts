import { Dec } from "../../units/decimal.js";
import { lineageEmissions } from "./lineageEmissions.js";
import type { Plan } from "../plan.js";
import { emissionGroups } from "./emissionGroups.js";
import { type AttributionOptions, EMISSION_PLACES, SHAPLEY_EXACT_PER_ROW, type ScenarioSums, type Shares, noShares, zero } from "./scenarioSums.js";
import { sequentialShares } from "../../attribution/sequentialShares.js";
import { shapleyExact } from "../../attribution/shapleyExact.js";
import { shapleySampled } from "../../attribution/shapleySampled.js";

const ZERO = new Dec(0);
const roundEmission = (d: Dec) => d.toDecimalPlaces(EMISSION_PLACES, Dec.ROUND_HALF_EVEN);

/**
 * The sums of {@link evaluateScenario} in decimal arithmetic, coalition by coalition: the
 * reference the scaled-integer kernel ({@link scaledSums}) is tested against, and the path for
 * plans beyond that kernel's range (values of 1e14 t and more, inputs with more than 100
 * decimals, rows whose Shapley shares are sampled).
 *
 * Method: per activity row, year and (sector, scope) group, each combination's emissions are
 * computed by {@link lineageEmissions} (40 significant digits), rounded half-even to
 * {@link EMISSION_PLACES} decimals per template and summed; the games are handed to
 * {@link shapleyExact} (or {@link shapleySampled}) and {@link sequentialShares}.
 * @internal
 */
export function decimalSums(plan: Plan, options: AttributionOptions = {}): ScenarioSums {
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
  const sampled: ScenarioSums["sampled"][number][] = [];
  const sharesByGroup: ScenarioSums["sharesByGroup"] = new Map();

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
  return { baselineEmissions, scenarioEmissions, shares, sharesByGroup, sampled };
}
