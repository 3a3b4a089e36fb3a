import { type FastLineage, type FastPlan, fastPlan, primeFastPlan } from "../scenario/evaluate/fastPlan.js";
import { primeFastPenetrations } from "../scenario/evaluate/evaluateScenarioFast.js";
import type { Plan } from "../scenario/plan.js";
import type { ResolvedInputs } from "./uncertainInputs.js";

/**
 * Makes plans whose fast evaluation uses one draw's coefficients, modifier factors and
 * penetrations: the plan's float64 form ({@link fastPlan}) with the affected arrays copied and
 * multiplied, set in the fast kernel's caches for a copy of the plan (no decimal is converted
 * again, the plan is not changed). Every use of an input takes the same multiplier in a draw
 * (common random numbers).
 * @internal
 */
export function drawPlans(plan: Plan, resolved: ResolvedInputs): (multipliers: Float64Array) => Plan {
  const base = fastPlan(plan);
  const S = plan.species.length;
  const Y = plan.years.length;
  const M = plan.measures.length;
  const penetration = new Float64Array(M * Y);
  plan.measures.forEach((m, mi) => m.penetration.forEach((x, yi) => (penetration[mi * Y + yi] = x.toNumber())));
  const varyPenetration = resolved.penetrationInput.some((i) => i >= 0);
  return (multipliers) => {
    const lineages: FastLineage[] = base.lineages.slice();
    for (const uses of resolved.lineages) {
      const l = base.lineages[uses.lineage]!;
      const scale = l.scale.slice();
      const T = l.createdBy.length;
      const byYear = l.scaleByYear?.slice();
      for (let j = 0; j < uses.scaleAt.length; j++) {
        const m = multipliers[uses.scaleInput[j] as number] as number;
        const x = uses.scaleInverse[j] === 1 ? 1 / m : m;
        const at = uses.scaleAt[j] as number;
        scale[at] = (scale[at] as number) * x;
        if (byYear !== undefined) for (let yi = 0; yi < Y; yi++) byYear[yi * T * S + at] = (byYear[yi * T * S + at] as number) * x;
      }
      let factor = l.factor;
      if (uses.factorAt.length > 0) {
        factor = l.factor.slice();
        for (let j = 0; j < uses.factorAt.length; j++) {
          const at = uses.factorAt[j] as number;
          factor[at] = (factor[at] as number) * (multipliers[uses.factorInput[j] as number] as number);
        }
      }
      lineages[uses.lineage] = { ...l, scale, factor, ...(byYear === undefined ? {} : { scaleByYear: byYear }) };
    }
    const planLineages = plan.lineages.slice();
    const fast: FastPlan = { lineages, grouping: base.grouping, maxMeasures: base.maxMeasures };
    primeFastPlan(planLineages, fast);
    if (!varyPenetration) return { ...plan, lineages: planLineages };
    const measures = plan.measures.slice();
    const p = penetration.slice();
    resolved.penetrationInput.forEach((input, mi) => {
      if (input < 0) return;
      const m = multipliers[input] as number;
      for (let yi = 0; yi < Y; yi++) p[mi * Y + yi] = (p[mi * Y + yi] as number) * m;
    });
    primeFastPenetrations(measures, p);
    return { ...plan, lineages: planLineages, measures };
  };
}
