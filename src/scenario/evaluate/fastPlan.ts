import { InvalidInputError, NumericOverflowError } from "../../errors.js";
import type { Dec } from "../../units/decimal.js";
import { type LineagePlan, type Plan, coefAt } from "../plan.js";
import { type EmissionGroups, emissionGroups } from "./emissionGroups.js";
import { SHAPLEY_EXACT_PER_ROW } from "./scenarioSums.js";

/** One activity row of a plan as float64 arrays (index t = template, k = local measure, s = species). */
export interface FastLineage {
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
  /** conversion x coefficient [t per baseline unit], [t x S + s], a missing coefficient as 0. */
  readonly scale: Float64Array;
  /** When a coefficient of the row changes over the years (electricity on a grid series or mix): conversion x coefficient per year, [(y x T + t) x S + s]; it replaces `scale`. */
  readonly scaleByYear?: Float64Array;
  /** Emission group (sector and scope) of each template. */
  readonly group: Int32Array;
  /** Bits of the modify measures acting on each template. */
  readonly modifierBits: Int32Array;
  /** Factor on the treated share, [(t x n + k) x S + s]; 1 where measure k does not modify template t. */
  readonly factor: Float64Array;
}

/** The float64 form of a plan's lineages: everything but the penetrations, which withPenetrations changes. */
export interface FastPlan {
  readonly lineages: readonly FastLineage[];
  /** The plan's sector and scope groups, shared with the exact path. */
  readonly grouping: EmissionGroups;
  readonly maxMeasures: number;
}

/**
 * Computed once per `plan.lineages` array: {@link withPenetrations} keeps that array (only the
 * penetrations change), so a slider's re-evaluation reuses the coefficients.
 */
const cache = new WeakMap<readonly LineagePlan[], FastPlan>();

export const BEYOND = "overflows float64 (beyond about 1.8e308); evaluateScenario computes it exactly";

/** The path of an activity row in the scenario, for an error. */
export const rowPath = (plan: Plan, activityId: string): (string | number)[] => {
  const bi = plan.scenario.baseline.findIndex((b) => b.id === activityId);
  return bi < 0 ? [] : ["baseline", bi];
};

/**
 * The plan's lineages as float64 arrays, converted on the first call for these lineages and
 * cached (a WeakMap keyed by `plan.lineages`, so plans from {@link withPenetrations} share it).
 * @internal
 */
export function fastPlan(plan: Plan): FastPlan {
  let fast = cache.get(plan.lineages);
  if (fast === undefined) {
    fast = convert(plan);
    cache.set(plan.lineages, fast);
  }
  return fast;
}

function convert(plan: Plan): FastPlan {
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
  const S = plan.species.length;
  const grouping = emissionGroups(plan);
  let maxMeasures = 0;
  const lineages = plan.lineages.map((l, li): FastLineage => {
    const n = l.measures.length;
    if (n > SHAPLEY_EXACT_PER_ROW) {
      throw new InvalidInputError("plan", [{ path: ["lineages", l.activityId, "measures"], message: `${n} measures act on activity ${l.activityId}; the fast path computes Shapley shares exactly over at most ${SHAPLEY_EXACT_PER_ROW}, as the exact path does: use evaluateScenario, which samples beyond that` }]);
    }
    maxMeasures = Math.max(maxMeasures, n);
    const T = l.templates.length;
    const amounts = Float64Array.from(l.amounts, (a) => a.toNumber());
    const conversion = new Float64Array(T);
    const coef = new Float64Array(T * S);
    const fast = {
      activityId: l.activityId, n, measures: Int32Array.from(l.measures), movingBits: l.moving.reduce((bits, k) => bits | (1 << k), 0),
      amounts, createdBy: new Int32Array(T), scale: new Float64Array(T * S),
      group: grouping.templateGroups[li]!, modifierBits: new Int32Array(T), factor: new Float64Array(T * n * S).fill(1),
    };
    l.templates.forEach((t, ti) => {
      fast.createdBy[ti] = t.createdBy;
      conversion[ti] = num(t.conversion);
      t.coef.forEach((c, si) => {
        coef[ti * S + si] = c === null ? 0 : num(c);
        fast.scale[ti * S + si] = conversion[ti]! * coef[ti * S + si]!;
      });
      for (const mo of t.modifiers) {
        fast.modifierBits[ti] = (fast.modifierBits[ti] ?? 0) | (1 << mo.local);
        mo.factors.forEach((f, si) => (fast.factor[(ti * n + mo.local) * S + si] = num(f)));
      }
    });
    inputOverflow(plan, l.activityId, amounts, [["an emission coefficient", coef, S], ["a modifier factor", fast.factor, S], ["a unit conversion", conversion, 0]]);
    if (!l.templates.some((t) => t.coefByYear !== undefined)) return fast;
    const Y = plan.years.length;
    const byYear = new Float64Array(Y * T * S);
    for (let yi = 0; yi < Y; yi++) {
      l.templates.forEach((t, ti) => {
        for (let si = 0; si < S; si++) {
          const c = coefAt(t, si, yi);
          byYear[(yi * T + ti) * S + si] = c === null ? 0 : conversion[ti]! * num(c);
        }
      });
    }
    inputOverflow(plan, l.activityId, amounts, [["an emission coefficient", byYear, S]]);
    return { ...fast, scaleByYear: byYear };
  });
  return { lineages, grouping, maxMeasures };
}

/** An input value of a row that is beyond float64 (a finite decimal above 1.8e308 becomes Infinity), as a typed error. */
function inputOverflow(plan: Plan, activityId: string, amounts: Float64Array, inputs: readonly (readonly [string, Float64Array, number])[]): void {
  const yi = amounts.findIndex((a) => !Number.isFinite(a));
  if (yi >= 0) throw new NumericOverflowError(`the activity level of ${activityId} in ${plan.years[yi]} ${BEYOND}`, { activityId, year: plan.years[yi]! }, [...rowPath(plan, activityId), "level"]);
  for (const [name, values, per] of inputs) {
    const at = values.findIndex((v) => !Number.isFinite(v));
    if (at < 0) continue;
    const species = per > 0 ? plan.species[at % per] : undefined;
    throw new NumericOverflowError(`${name} of activity ${activityId}${species === undefined ? "" : ` for ${species}`} ${BEYOND}`, { activityId, ...(species === undefined ? {} : { species }) }, rowPath(plan, activityId));
  }
}

/**
 * Sets the float64 form {@link evaluateScenarioFast} uses for a lineages array, so that a plan
 * holding that array is evaluated with it: how the uncertainty layer evaluates a draw's
 * coefficients without converting decimals again. Not imported by the core entry.
 * @internal
 */
export function primeFastPlan(lineages: readonly LineagePlan[], fast: FastPlan): void {
  cache.set(lineages, fast);
}
