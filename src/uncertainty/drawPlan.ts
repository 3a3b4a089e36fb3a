import { type FastLineage, fastPlan, primeFastPlan } from "../scenario/evaluate/fastPlan.js";
import { primeFastPenetrations } from "../scenario/evaluate/evaluateScenarioFast.js";
import type { Plan } from "../scenario/plan.js";
import type { ResolvedInputs } from "./uncertainInputs.js";

/**
 * Makes the plan whose fast evaluation uses one draw's coefficients, modifier factors and
 * penetrations: a copy of the plan whose float64 form ({@link fastPlan}) has its own arrays for
 * the lineages the inputs act on, set in the fast kernel's caches once; each draw refills them from
 * the plan's arrays and multiplies (no decimal is converted again, nothing is allocated per draw,
 * the plan is not changed). Every use of an input takes the same multiplier in a draw (common
 * random numbers). The returned function gives the same plan object each time, valid until the
 * next call.
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
  const lineages: FastLineage[] = base.lineages.slice();
  for (const uses of resolved.lineages) {
    const l = base.lineages[uses.lineage]!;
    lineages[uses.lineage] = { ...l, scale: l.scale.slice(), factor: l.factor.slice(), ...(l.scaleByYear === undefined ? {} : { scaleByYear: l.scaleByYear.slice() }) };
  }
  const planLineages = plan.lineages.slice();
  primeFastPlan(planLineages, { lineages, grouping: base.grouping, maxMeasures: base.maxMeasures });
  const measures = plan.measures.slice();
  const p = penetration.slice();
  primeFastPenetrations(measures, p);
  const drawn: Plan = { ...plan, lineages: planLineages, ...(varyPenetration ? { measures } : {}) };
  return (multipliers) => {
    for (const uses of resolved.lineages) {
      const from = base.lineages[uses.lineage]!;
      const to = lineages[uses.lineage]!;
      const { scale, factor } = to;
      const byYear = to.scaleByYear;
      scale.set(from.scale);
      factor.set(from.factor);
      if (byYear !== undefined) byYear.set(from.scaleByYear!);
      const T = to.createdBy.length;
      for (let j = 0; j < uses.scaleAt.length; j++) {
        const m = multipliers[uses.scaleInput[j] as number] as number;
        const x = uses.scaleInverse[j] === 1 ? 1 / m : m;
        const at = uses.scaleAt[j] as number;
        scale[at] = (scale[at] as number) * x;
        if (byYear !== undefined) for (let yi = 0; yi < Y; yi++) byYear[yi * T * S + at] = (byYear[yi * T * S + at] as number) * x;
      }
      for (let j = 0; j < uses.factorAt.length; j++) {
        const at = uses.factorAt[j] as number;
        factor[at] = (factor[at] as number) * (multipliers[uses.factorInput[j] as number] as number);
      }
    }
    if (varyPenetration) {
      p.set(penetration);
      resolved.penetrationInput.forEach((input, mi) => {
        if (input < 0) return;
        const m = multipliers[input] as number;
        for (let yi = 0; yi < Y; yi++) p[mi * Y + yi] = (p[mi * Y + yi] as number) * m;
      });
    }
    return drawn;
  };
}
