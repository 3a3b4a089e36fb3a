import { InvalidInputError, NumericOverflowError } from "../../errors.js";
import type { FastScenarioResult } from "./fastScenarioResult.js";
import type { Dec } from "../../units/decimal.js";
import type { Plan } from "../plan.js";
import { SHAPLEY_EXACT_PER_ROW } from "./evaluateScenario.js";
import { climateRows } from "./climateRows.js";
import { type EmissionGroups, emissionGroups } from "./emissionGroups.js";
import { attributionRows, emissionRows } from "./resultRows.js";
import { shapleyFast } from "../../attribution/shapleyFast.js";

/** One activity row of the plan as float64 arrays (index t = template, k = local measure, s = species). */
interface FastLineage {
  readonly activityId: string;
  /** Local measure count. */
  readonly n: number;
  /** Global index of each local measure. */
  readonly measures: Int32Array;
  /** Bits of the moving measures among the local ones. */
  readonly movingBits: number;
  /** Baseline activity per year [baseline unit]. */
  readonly amounts: Float64Array;
  /** Local index of the moving measure that creates each template; -1 for the baseline. */
  readonly createdBy: Int32Array;
  readonly conversion: Float64Array;
  /** [t x S + s], a missing coefficient as 0. */
  readonly coef: Float64Array;
  /** Emission group (sector and scope) of each template. */
  readonly group: Int32Array;
  /** Bits of the modify measures acting on each template. */
  readonly modifierBits: Int32Array;
  /** Factor on the treated share, [(t x n + k) x S + s]; 1 where measure k does not modify template t. */
  readonly factor: Float64Array;
}

interface Setup {
  /** The plan, to name where a float64 overflow happened. */
  readonly plan: Plan;
  readonly Y: number;
  readonly M: number;
  readonly S: number;
  /** Penetration [mi x Y + yi]. */
  readonly penetration: Float64Array;
  readonly lineages: readonly FastLineage[];
  /** The plan's sector and scope groups, shared with the exact path. */
  readonly grouping: EmissionGroups;
  readonly groups: EmissionGroups["groups"];
  readonly maxMeasures: number;
}

function setup(plan: Plan): Setup {
  // Compilation shares coefficient values between rows of the same kind: convert each value once.
  const converted = new Map<Dec, number>();
  const num = (d: Dec): number => {
    let x = converted.get(d);
    if (x === undefined) {
      x = d.toNumber();
      converted.set(d, x);
    }
    return x;
  };
  const Y = plan.years.length;
  const M = plan.measures.length;
  const S = plan.species.length;
  const penetration = new Float64Array(M * Y);
  plan.measures.forEach((m, mi) => m.penetration.forEach((p, yi) => (penetration[mi * Y + yi] = p.toNumber())));
  const grouping = emissionGroups(plan);
  let maxMeasures = 0;
  const lineages = plan.lineages.map((l, li): FastLineage => {
    const n = l.measures.length;
    if (n > SHAPLEY_EXACT_PER_ROW) {
      throw new InvalidInputError("plan", [{ path: ["lineages", l.activityId, "measures"], message: `${n} measures act on activity ${l.activityId}; the fast path computes Shapley shares exactly over at most ${SHAPLEY_EXACT_PER_ROW}, as the exact path does: use evaluateScenario, which samples beyond that` }]);
    }
    maxMeasures = Math.max(maxMeasures, n);
    const T = l.templates.length;
    const fast = {
      activityId: l.activityId, n, measures: Int32Array.from(l.measures), movingBits: l.moving.reduce((bits, k) => bits | (1 << k), 0),
      amounts: Float64Array.from(l.amounts, (a) => a.toNumber()), createdBy: new Int32Array(T), conversion: new Float64Array(T), coef: new Float64Array(T * S),
      group: grouping.templateGroups[li]!, modifierBits: new Int32Array(T), factor: new Float64Array(T * n * S).fill(1),
    };
    l.templates.forEach((t, ti) => {
      fast.createdBy[ti] = t.createdBy;
      fast.conversion[ti] = num(t.conversion);
      t.coef.forEach((c, si) => (fast.coef[ti * S + si] = c === null ? 0 : num(c)));
      for (const mo of t.modifiers) {
        fast.modifierBits[ti] = (fast.modifierBits[ti] ?? 0) | (1 << mo.local);
        mo.factors.forEach((f, si) => (fast.factor[(ti * n + mo.local) * S + si] = num(f)));
      }
    });
    return fast;
  });
  lineages.forEach((l) => inputOverflow(plan, l));
  return { plan, Y, M, S, penetration, lineages, grouping, groups: grouping.groups, maxMeasures };
}

const BEYOND = "overflows float64 (beyond about 1.8e308); evaluateScenario computes it exactly";

/** The path of an activity row in the scenario, for the error. */
const rowPath = (plan: Plan, activityId: string): (string | number)[] => {
  const bi = plan.scenario.baseline.findIndex((b) => b.id === activityId);
  return bi < 0 ? [] : ["baseline", bi];
};

/** An input value of a row that is beyond float64 (a finite decimal above 1.8e308 becomes Infinity), as a typed error. */
function inputOverflow(plan: Plan, l: FastLineage): void {
  const S = plan.species.length;
  const yi = l.amounts.findIndex((a) => !Number.isFinite(a));
  if (yi >= 0) throw new NumericOverflowError(`the activity level of ${l.activityId} in ${plan.years[yi]} ${BEYOND}`, { activityId: l.activityId, year: plan.years[yi]! }, [...rowPath(plan, l.activityId), "level"]);
  for (const [name, values, per] of [["an emission coefficient", l.coef, S], ["a modifier factor", l.factor, S], ["a unit conversion", l.conversion, 0]] as const) {
    const at = values.findIndex((v) => !Number.isFinite(v));
    if (at < 0) continue;
    const species = per > 0 ? plan.species[at % per] : undefined;
    throw new NumericOverflowError(`${name} of activity ${l.activityId}${species === undefined ? "" : ` for ${species}`} ${BEYOND}`, { activityId: l.activityId, ...(species === undefined ? {} : { species }) }, rowPath(plan, l.activityId));
  }
}

/** Emission and attribution accumulators, filled by {@link accumulate}. */
interface Sums {
  /** Baseline and scenario emissions [(yi x G + g) x S + s] [t]. */
  readonly baseline: Float64Array;
  readonly scenario: Float64Array;
  /** Standalone, sequential, Shapley [((yi x M + mi) x S + s) x 3 + j] [t]. */
  readonly attribution: Float64Array;
}

function accumulate(st: Setup): Sums {
  const { Y, M, S, penetration, lineages } = st;
  const G = st.groups.length;
  const sums: Sums = { baseline: new Float64Array(Y * G * S), scenario: new Float64Array(Y * G * S), attribution: new Float64Array(Y * M * S * 3) };
  const size = 2 ** st.maxMeasures;
  const remainder = new Float64Array(size); // baseline share left by the moving measures in the mask
  const product = new Float64Array(size); // product of the blended modifier factors in the mask
  const total = new Float64Array(size); // lineage emission of one species with the mask applied
  const pen = new Float64Array(Math.max(1, st.maxMeasures));
  const blend = new Float64Array(Math.max(1, st.maxMeasures));
  let total0 = 0;
  const game = (mask: number): number => total0 - (total[mask] as number);

  for (const l of lineages) {
    const n = l.n;
    const masks = 2 ** n;
    const full = masks - 1;
    const T = l.createdBy.length;
    for (let yi = 0; yi < Y; yi++) {
      const amount = l.amounts[yi] as number;
      for (let k = 0; k < n; k++) pen[k] = penetration[(l.measures[k] as number) * Y + yi] as number;
      remainder[0] = 1;
      for (let mask = 1; mask < masks; mask++) {
        const low = mask & -mask;
        remainder[mask] = (remainder[mask ^ low] as number) - (l.movingBits & low ? (pen[31 - Math.clz32(low)] as number) : 0);
      }
      for (let si = 0; si < S; si++) {
        total.fill(0, 0, masks);
        let emits = false;
        for (let ti = 0; ti < T; ti++) {
          const scale = amount * (l.conversion[ti] as number) * (l.coef[ti * S + si] as number);
          if (scale === 0) continue;
          emits = true;
          const bits = l.modifierBits[ti] as number;
          for (let k = 0; k < n; k++) {
            const p = pen[k] as number;
            blend[k] = bits & (1 << k) ? 1 - p + p * (l.factor[(ti * n + k) * S + si] as number) : 1;
          }
          product[0] = 1;
          for (let mask = 1; mask < masks; mask++) {
            const low = mask & -mask;
            product[mask] = (product[mask ^ low] as number) * (blend[31 - Math.clz32(low)] as number);
          }
          const by = l.createdBy[ti] as number;
          const cell = (yi * G + (l.group[ti] as number)) * S + si;
          if (by < 0) {
            for (let mask = 0; mask < masks; mask++) total[mask] = (total[mask] as number) + scale * (remainder[mask] as number) * (product[mask] as number);
            sums.baseline[cell] = (sums.baseline[cell] as number) + scale;
            sums.scenario[cell] = (sums.scenario[cell] as number) + scale * (remainder[full] as number) * (product[full] as number);
          } else {
            const bit = 1 << by;
            const moved = scale * (pen[by] as number);
            for (let mask = bit; mask < masks; mask++) if (mask & bit) total[mask] = (total[mask] as number) + moved * (product[mask] as number);
            sums.scenario[cell] = (sums.scenario[cell] as number) + moved * (product[full] as number);
          }
        }
        // A species no template of the row emits has the zero game: every share is 0.
        if (n === 0 || !emits) continue;
        total0 = total[0] as number;
        let shapley: Float64Array;
        try {
          shapley = shapleyFast(n, game);
        } catch (e) {
          // shapleyFast refuses a non-finite game value: here, an emission that overflowed float64.
          if (total.subarray(0, masks).every((v) => Number.isFinite(v))) throw e;
          const { plan } = st;
          throw new NumericOverflowError(`the emission of ${plan.species[si]} from activity ${l.activityId} in ${plan.years[yi]} ${BEYOND}`, { activityId: l.activityId, species: plan.species[si]!, year: plan.years[yi]! }, rowPath(plan, l.activityId));
        }
        for (let k = 0; k < n; k++) {
          const at = ((yi * M + (l.measures[k] as number)) * S + si) * 3;
          const a = sums.attribution;
          a[at] = (a[at] as number) + total0 - (total[1 << k] as number);
          a[at + 1] = (a[at + 1] as number) + (total[(1 << k) - 1] as number) - (total[(2 << k) - 1] as number);
          a[at + 2] = (a[at + 2] as number) + (shapley[k] as number);
        }
      }
    }
  }
  return sums;
}

/** The climate step in float64: each year's CO2e weighed cell by cell (group, then species), a missing weight as 0. */
function climate(plan: Plan, st: Setup, sums: Sums) {
  const { M, S } = st;
  const G = st.groups.length;
  return climateRows(plan, {
    minus: (a: number, b: number) => a - b,
    out: (v: number) => v,
    weights: (exact) => Float64Array.from(exact.weights, (w) => (w === null ? 0 : w.toNumber())), // 0: not valued by the metric
    emissions: (weights, yi) => {
      let baseline = 0;
      let scenario = 0;
      for (let g = 0; g < G; g++) {
        for (let si = 0; si < S; si++) {
          const cell = (yi * G + g) * S + si;
          baseline += (weights[si] as number) * (sums.baseline[cell] as number);
          scenario += (weights[si] as number) * (sums.scenario[cell] as number);
        }
      }
      return [baseline, scenario] as const;
    },
    share: (weights, yi, mi, kind) => {
      const j = kind === "standalone" ? 0 : kind === "sequential" ? 1 : 2;
      return plan.species.reduce((sum, _, si) => sum + (weights[si] as number) * (sums.attribution[((yi * M + mi) * S + si) * 3 + j] as number), 0);
    },
  });
}

/**
 * Evaluates a compiled scenario in float64: the fast path of {@link evaluateScenario}, for
 * screening many variants, sensitivity runs and interactive tools. Emissions per year, sector,
 * scope and species in the baseline and the scenario; each measure's standalone, sequential and
 * Shapley reduction; CO2e under each named metric. No trade-off flags.
 *
 * Method: the same plan and the same arithmetic as the exact path. Amounts, penetrations,
 * conversions, coefficients (a missing one as 0) and modifier factors are converted once into
 * Float64Arrays. Then, per activity row, year and species, the row's emission is tabulated for
 * every combination (mask) of its k measures: the baseline share left by the moving measures and
 * the product of the modifiers' blended factors 1 - p + p x f are built mask by mask from the
 * mask without its lowest bit, so each of the 2^k entries costs one multiply per template. The
 * standalone reduction is v({i}), the sequential one the marginal contribution in declared order,
 * the Shapley share {@link shapleyFast} over the row's measures; all are summed over rows, as in
 * the exact path (Shapley values are linear in the game). Shapley shares are computed exactly
 * (not sampled) for up to 16 measures per row, exactly as the exact path does, and refused beyond. Every value agrees with {@link evaluateScenario} to within 1e-9
 * relative to the larger of the value and the emissions of its species and year (a property test
 * checks this on random scenarios); sums carry float64 rounding, so sequential and Shapley shares
 * add up to the combined reduction only to within rounding.
 *
 * @param plan - a plan from {@link compileScenario}
 * @returns tidy result rows in float64 [t/yr, t CO2-eq/yr], in the order of {@link evaluateScenario}
 * @throws {@link InvalidInputError} when more than 16 measures act on one activity row
 * @throws {@link MissingMetricValueError} when a named metric values none of the species computed
 * @throws `NumericOverflowError` (code `NUMERIC_OVERFLOW`) when a value does not fit in a
 *   float64 (beyond about 1.8e308): an activity level, a coefficient, an emission or a CO2e sum,
 *   naming the activity row, species, year or metric. No result ever holds Infinity or NaN;
 *   {@link evaluateScenario} computes such scenarios exactly.
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { evaluateScenarioFast } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" },
 *     removal: { SO2: "0.9" }, energyPenalty: "0.01" }] });
 * const r = evaluateScenarioFast(plan);
 * r.attribution.map((a) => [a.species, a.shapley.toFixed(6)]); // [["SO2", "80.910000"], ["CO2", "-98.300000"]]
 * r.co2e[0]?.reduction.toFixed(1); // "-98.3"
 * ```
 * @category Scenario
 */
export function evaluateScenarioFast(plan: Plan): FastScenarioResult {
  const st = setup(plan);
  const sums = accumulate(st);
  // One cheap scan after the hot loop: differences and Shapley sums of finite values can only
  // overflow where a sum does, and a NaN comes from an Infinity somewhere in these arrays.
  if (!allFinite(sums.baseline) || !allFinite(sums.scenario) || !allFinite(sums.attribution)) overflow(plan, st, sums);
  const { M, S } = st;
  const G = st.groups.length;
  const float = { minus: (a: number, b: number) => a - b, out: (v: number) => v };
  const emissions = emissionRows(plan, st.grouping, (yi, g, si) => [sums.baseline[(yi * G + g) * S + si] as number, sums.scenario[(yi * G + g) * S + si] as number] as const, float);
  const attribution = attributionRows(plan, (yi, mi, si) => {
    const at = ((yi * M + mi) * S + si) * 3;
    const a = sums.attribution;
    return [a[at] as number, a[at + 1] as number, a[at + 2] as number] as const;
  }, float.out);
  const { co2e, co2eAttribution } = climate(plan, st, sums);
  const badCo2e = co2e.find((r) => !Number.isFinite(r.baseline) || !Number.isFinite(r.scenario) || !Number.isFinite(r.reduction))
    ?? co2eAttribution.find((r) => !Number.isFinite(r.standalone) || !Number.isFinite(r.sequential) || !Number.isFinite(r.shapley));
  if (badCo2e !== undefined) {
    throw new NumericOverflowError(`the CO2e under ${badCo2e.metric} in ${badCo2e.year} overflows float64 (beyond about 1.8e308 t CO2-eq); evaluateScenario computes it exactly`, { metric: badCo2e.metric, year: badCo2e.year });
  }
  if (emissions.some((r) => !Number.isFinite(r.reduction))) overflow(plan, st, sums);
  return { name: plan.scenario.name, years: plan.years, species: plan.species, metrics: plan.scenario.metrics, emissions, attribution, co2e, co2eAttribution, overlaps: plan.overlaps, missing: plan.missing };
}

function allFinite(a: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (!Number.isFinite(a[i])) return false;
  return true;
}

/**
 * Finds where a float64 overflow happened and throws it: the activity row whose own emissions or
 * shares overflow (each row accumulated alone), else the sum over rows (year, sector, species).
 */
function overflow(plan: Plan, st: Setup, sums: Sums): never {
  const { Y, S } = st;
  const G = st.groups.length;
  const bad = (a: Float64Array) => a.findIndex((v) => !Number.isFinite(v));
  for (const l of st.lineages) {
    const alone = accumulate({ ...st, lineages: [l] });
    const cell = bad(alone.baseline) >= 0 ? bad(alone.baseline) : bad(alone.scenario);
    const share = bad(alone.attribution);
    if (cell < 0 && share < 0) continue;
    const [yi, si] = cell >= 0 ? [Math.floor(cell / (G * S)), cell % S] : [Math.floor(share / (3 * st.M * S)), Math.floor(share / 3) % S];
    const year = plan.years[yi]!;
    const species = plan.species[si]!;
    throw new NumericOverflowError(`the emission of ${species} from activity ${l.activityId} in ${year} ${BEYOND}`, { activityId: l.activityId, species, year }, rowPath(plan, l.activityId));
  }
  const cell = Math.max(0, bad(sums.baseline) >= 0 ? bad(sums.baseline) : bad(sums.scenario));
  const year = plan.years[Math.min(Y - 1, Math.floor(cell / (G * S)))]!;
  const species = plan.species[cell % S]!;
  throw new NumericOverflowError(`the total emission of ${species} in ${year} (sector ${st.groups[Math.floor(cell / S) % G]?.sector ?? "?"}) ${BEYOND}`, { species, year });
}
