import { NumericOverflowError } from "../../errors.js";
import type { FastScenarioResult } from "./fastScenarioResult.js";
import type { Plan } from "../plan.js";
import { climateRows } from "./climateRows.js";
import type { EmissionGroups } from "./emissionGroups.js";
import { BEYOND, type FastLineage, fastPlan, rowPath } from "./fastPlan.js";
import { attributionRows, emissionRows } from "./resultRows.js";
import { perUnitRows } from "./perUnitRows.js";
import { shapleyWeightsByMask } from "../../attribution/shapleyWeights.js";

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

/** Penetrations as float64 [mi x Y + yi], once per `plan.measures` array (withPenetrations makes a new one). */
const penetrations = new WeakMap<Plan["measures"], Float64Array>();

/**
 * Sets the float64 penetrations [mi x Y + yi] {@link evaluateScenarioFast} uses for a measures
 * array: how the uncertainty layer evaluates a draw's penetrations without expanding schedules
 * again. Not imported by the core entry.
 * @internal
 */
export function primeFastPenetrations(measures: Plan["measures"], penetration: Float64Array): void {
  penetrations.set(measures, penetration);
}

function setup(plan: Plan): Setup {
  const { lineages, grouping, maxMeasures } = fastPlan(plan);
  const Y = plan.years.length;
  const M = plan.measures.length;
  let penetration = penetrations.get(plan.measures);
  if (penetration === undefined) {
    const p = new Float64Array(M * Y);
    plan.measures.forEach((m, mi) => m.penetration.forEach((x, yi) => (p[mi * Y + yi] = x.toNumber())));
    penetrations.set(plan.measures, p);
    penetration = p;
  }
  return { plan, Y, M, S: plan.species.length, penetration, lineages, grouping, groups: grouping.groups, maxMeasures };
}

/** Emission and attribution accumulators, filled by {@link accumulate}. */
interface Sums {
  /** Baseline and scenario emissions [(yi x G + g) x S + s] [t]. */
  readonly baseline: Float64Array;
  readonly scenario: Float64Array;
  /** Standalone, sequential, Shapley [((yi x M + mi) x S + s) x 3 + j] [t]. */
  readonly attribution: Float64Array;
}

/**
 * The hot loop. Per activity row and year, the row's emission of every species under every
 * combination (mask) of its measures, all species of a mask side by side ([mask x S + s]); then
 * per species the standalone, sequential and Shapley shares read from that table.
 */
function accumulate(st: Setup): Sums {
  const { Y, M, S, penetration, lineages } = st;
  const G = st.groups.length;
  const sums: Sums = { baseline: new Float64Array(Y * G * S), scenario: new Float64Array(Y * G * S), attribution: new Float64Array(Y * M * S * 3) };
  const size = 2 ** st.maxMeasures;
  const remainder = new Float64Array(size); // baseline share left by the moving measures in the mask
  const product = new Float64Array(size * S); // product of the blended modifier factors in the mask, per species
  const total = new Float64Array(size * S); // lineage emission per species with the mask applied
  const pen = new Float64Array(Math.max(1, st.maxMeasures));
  const blend = new Float64Array(Math.max(1, st.maxMeasures) * S);
  const scaled = new Float64Array(S);
  const emits = new Uint8Array(S);
  const { baseline, scenario, attribution } = sums;

  for (const l of lineages) {
    const n = l.n;
    const masks = 2 ** n;
    const full = masks - 1;
    const T = l.createdBy.length;
    const weights = shapleyWeightsByMask(n);
    const half = masks >> 1;
    for (let yi = 0; yi < Y; yi++) {
      const amount = l.amounts[yi] as number;
      for (let k = 0; k < n; k++) pen[k] = penetration[(l.measures[k] as number) * Y + yi] as number;
      remainder[0] = 1;
      for (let mask = 1; mask < masks; mask++) {
        const low = mask & -mask;
        remainder[mask] = (remainder[mask ^ low] as number) - (l.movingBits & low ? (pen[31 - Math.clz32(low)] as number) : 0);
      }
      total.fill(0, 0, masks * S);
      emits.fill(0);
      const scale = l.scaleByYear ?? l.scale;
      const offset = l.scaleByYear === undefined ? 0 : yi * T * S;
      for (let ti = 0; ti < T; ti++) {
        let any = false;
        for (let s = 0; s < S; s++) {
          const x = amount * (scale[offset + ti * S + s] as number);
          scaled[s] = x;
          if (x !== 0) {
            any = true;
            emits[s] = 1;
          }
        }
        if (!any) continue;
        const bits = l.modifierBits[ti] as number;
        for (let k = 0; k < n; k++) {
          const p = pen[k] as number;
          const modifies = (bits & (1 << k)) !== 0;
          for (let s = 0; s < S; s++) blend[k * S + s] = modifies ? 1 - p + p * (l.factor[(ti * n + k) * S + s] as number) : 1;
        }
        for (let s = 0; s < S; s++) product[s] = 1;
        for (let mask = 1; mask < masks; mask++) {
          const low = mask & -mask;
          const from = (mask ^ low) * S;
          const by = (31 - Math.clz32(low)) * S;
          const to = mask * S;
          for (let s = 0; s < S; s++) product[to + s] = (product[from + s] as number) * (blend[by + s] as number);
        }
        const createdBy = l.createdBy[ti] as number;
        const cell = (yi * G + (l.group[ti] as number)) * S;
        if (createdBy < 0) {
          for (let mask = 0; mask < masks; mask++) {
            const r = remainder[mask] as number;
            const at = mask * S;
            for (let s = 0; s < S; s++) total[at + s] = (total[at + s] as number) + (scaled[s] as number) * r * (product[at + s] as number);
          }
          const r = remainder[full] as number;
          for (let s = 0; s < S; s++) {
            baseline[cell + s] = (baseline[cell + s] as number) + (scaled[s] as number);
            scenario[cell + s] = (scenario[cell + s] as number) + (scaled[s] as number) * r * (product[full * S + s] as number);
          }
        } else {
          const bit = 1 << createdBy;
          const p = pen[createdBy] as number;
          for (let mask = bit; mask < masks; mask++) {
            if (!(mask & bit)) continue;
            const at = mask * S;
            for (let s = 0; s < S; s++) total[at + s] = (total[at + s] as number) + (scaled[s] as number) * p * (product[at + s] as number);
          }
          for (let s = 0; s < S; s++) scenario[cell + s] = (scenario[cell + s] as number) + (scaled[s] as number) * p * (product[full * S + s] as number);
        }
      }
      if (n === 0) continue;
      for (let s = 0; s < S; s++) {
        // A species no template of the row emits has the zero game: every share is 0.
        if (emits[s] === 0) continue;
        const total0 = total[s] as number;
        for (let k = 0; k < n; k++) {
          const bit = 1 << k;
          const low = bit - 1;
          // Shapley: the weighted marginal contributions v(S + k) - v(S) = total(S) - total(S + k), S without k.
          let shapley = 0;
          for (let j = 0; j < half; j++) {
            const without = ((j & ~low) << 1) | (j & low);
            shapley += (weights[without] as number) * ((total[without * S + s] as number) - (total[(without | bit) * S + s] as number));
          }
          const at = ((yi * M + (l.measures[k] as number)) * S + s) * 3;
          attribution[at] = (attribution[at] as number) + total0 - (total[bit * S + s] as number);
          attribution[at + 1] = (attribution[at + 1] as number) + (total[low * S + s] as number) - (total[(bit | low) * S + s] as number);
          attribution[at + 2] = (attribution[at + 2] as number) + shapley;
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
 * Method: the same plan and the same arithmetic as the exact path. Amounts, conversions,
 * coefficients (a missing one as 0) and modifier factors are converted into Float64Arrays once
 * per plan and cached (a plan from {@link withPenetrations} reuses them; only its penetrations
 * are converted). Then, per activity row and year, the row's emission of every species is
 * tabulated for every combination (mask) of its k measures, all species of a mask side by side: the baseline share left by the moving measures and
 * the product of the modifiers' blended factors 1 - p + p x f are built mask by mask from the
 * mask without its lowest bit, so each of the 2^k entries costs one multiply per template. The
 * standalone reduction is v({i}), the sequential one the marginal contribution in declared order,
 * the Shapley share by the formula of {@link cobenefits/engine!shapleyFast} over the row's measures (its
 * weights cached per measure count, read from the same table); all are summed over rows, as in
 * the exact path (Shapley values are linear in the game). Shapley shares are computed exactly
 * (not sampled) for up to 16 measures per row, exactly as the exact path does, and refused beyond. Every value agrees with {@link evaluateScenario} to within 1e-9
 * relative to the larger of the value and the emissions of its species and year (a property test
 * checks this on random scenarios); sums carry float64 rounding, so sequential and Shapley shares
 * add up to the combined reduction only to within rounding.
 *
 * @param plan - a plan from {@link compileScenario}
 * @returns tidy result rows in float64 [t/yr, t CO2-eq/yr], in the order of {@link evaluateScenario};
 *   the `emissions` and `attribution` rows are built on first access from the float64 sums in `tables`
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
  for (let c = 0; c < sums.baseline.length; c++) if (!Number.isFinite((sums.baseline[c] as number) - (sums.scenario[c] as number))) overflow(plan, st, sums);
  const { M, S } = st;
  const G = st.groups.length;
  const { co2e, co2eAttribution } = climate(plan, st, sums);
  const badCo2e = co2e.find((r) => !Number.isFinite(r.baseline) || !Number.isFinite(r.scenario) || !Number.isFinite(r.reduction))
    ?? co2eAttribution.find((r) => !Number.isFinite(r.standalone) || !Number.isFinite(r.sequential) || !Number.isFinite(r.shapley));
  if (badCo2e !== undefined) {
    throw new NumericOverflowError(`the CO2e under ${badCo2e.metric} in ${badCo2e.year} overflows float64 (beyond about 1.8e308 t CO2-eq); evaluateScenario computes it exactly`, { metric: badCo2e.metric, year: badCo2e.year });
  }
  const float = { minus: (a: number, b: number) => a - b, out: (v: number) => v };
  // The emission and attribution rows (thousands of small objects) are built on first access
  // from the float64 sums, which the result also holds as they are (`tables`).
  const result = {
    name: plan.scenario.name, years: plan.years, species: plan.species, metrics: plan.scenario.metrics, co2e, co2eAttribution, overlaps: plan.overlaps, missing: plan.missing,
    tables: { groups: st.groups, measures: plan.measures.map((m) => m.measure.id), baseline: sums.baseline, scenario: sums.scenario, attribution: sums.attribution },
  } as unknown as FastScenarioResult;
  onDemand(result, "emissions", () => emissionRows(plan, st.grouping, (yi, g, si) => [sums.baseline[(yi * G + g) * S + si] as number, sums.scenario[(yi * G + g) * S + si] as number] as const, float));
  onDemand(result, "attribution", () => attributionRows(plan, (yi, mi, si) => {
    const at = ((yi * M + mi) * S + si) * 3;
    const a = sums.attribution;
    return [a[at] as number, a[at + 1] as number, a[at + 2] as number] as const;
  }, float.out));
  onDemand(result, "perUnit", () => perUnitRows(plan, result.attribution, (v, units) => v / units.toNumber()));
  return result;
}

/** Defines `key` as an enumerable property computed on first read (then kept as a plain value). */
function onDemand<T extends object>(target: T, key: string, build: () => unknown): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = build();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
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
