import { Dec } from "../../units/decimal.js";
import { type LineagePlan, type Plan, coefAt } from "../plan.js";

/**
 * Exact emissions of one activity row in one year with a set of its measures applied: one entry
 * per template present, with a value per species [t/yr] (a species without a factor counts 0 and
 * is listed in `plan.missing`).
 *
 * Method: the baseline template keeps the share no moving measure claimed (1 minus the claims in
 * the mask); a moved template has its measure's claim; each value is amount x share x conversion x
 * coefficient x product over the modifiers in the mask of (1 - p + p x f).
 *
 * @param plan - the compiled plan
 * @param lineage - the activity row's plan
 * @param mask - the measures applied, as bits over the lineage's local measure indices
 * @param yearIndex - index into `plan.years`
 * @returns per template present: its index and the emission per species [t/yr]
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { lineageEmissions } from "cobenefits/engine";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } }] });
 * lineageEmissions(plan, plan.lineages[0]!, 1, 0)[0]?.values.map(String); // ["49.5"]
 * ```
 * @category Scenario
 */
export function lineageEmissions(plan: Plan, lineage: LineagePlan, mask: number, yearIndex: number): { readonly template: number; readonly values: readonly Dec[] }[] {
  const pen = (local: number) => plan.measures[lineage.measures[local]!]!.penetration[yearIndex]!;
  let remainder = new Dec(1);
  for (const k of lineage.moving) if ((mask >> k) & 1) remainder = remainder.minus(pen(k));
  const amount = lineage.amounts[yearIndex]!;
  const out: { template: number; values: Dec[] }[] = [];
  lineage.templates.forEach((t, ti) => {
    let share: Dec;
    if (t.createdBy < 0) share = remainder;
    else if ((mask >> t.createdBy) & 1) share = pen(t.createdBy);
    else return;
    const base = amount.times(share).times(t.conversion);
    const values = t.coef.map((_, si) => {
      const c = coefAt(t, si, yearIndex);
      if (c === null) return new Dec(0);
      let v = base.times(c);
      for (const m of t.modifiers) {
        if (!((mask >> m.local) & 1)) continue;
        const p = pen(m.local);
        v = v.times(new Dec(1).minus(p).plus(p.times(m.factors[si]!)));
      }
      return v;
    });
    out.push({ template: ti, values });
  });
  return out;
}
