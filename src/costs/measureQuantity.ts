import { InvalidInputError } from "../errors.js";
import type { Plan } from "../scenario/plan.js";
import { Dec } from "../units/decimal.js";
import { conversionFactor, parseUnit } from "../units/units.js";

/** Dimensions counted as stock (what a measure installs on): counts, areas, lengths. */
const ACTIVITY_DIMENSIONS = new Set(["mass", "energy", "vehicleDistance", "gasVolume", "volume"]);

/**
 * How much of `unit` a measure treats in each year of the plan: for a unit of stock (`household`,
 * `vehicle`, `m2`, `km`) the units in service, for a unit of activity (`t`, `GJ`, `MWh`, `vkm`)
 * the activity treated that year [unit or unit/yr], index as `plan.years`.
 *
 * Method. Stock: a measure stated in `units` has its units (converted to `unit`); one stated as a
 * penetration p has p x the stock of the rows it targets (rows given as stock x intensity; a row
 * without a stock is an error). Activity: a moving measure treats p x the amount of each row it
 * targets (what it moves); a modify measure treats p x what reaches it on each template it
 * modifies (amount x the template's share x its conversion, the share with every moving measure
 * applied), before other modify measures. Amounts in another dimension than `unit` are converted
 * through the template's energy content when `unit` is an energy unit (t of coal in GJ), else
 * refused.
 *
 * @param plan - a compiled plan (after {@link cobenefits!withPenetrations} for other penetrations)
 * @param mi - the measure's index in `plan.measures`
 * @param unit - the unit the cost is per (its denominator), e.g. `household`, `t`, `GJ`
 * @param path - where the cost row is, for errors
 * @returns the quantity per year, exact
 * @throws {@link cobenefits!InvalidInputError} when the unit is neither stock nor activity, when a
 *   targeted row has no stock (for a stock unit) or cannot be converted to `unit`
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { measureQuantity } from "cobenefits/costs";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "homes", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", netCalorificValue: { value: "26.7", unit: "GJ/t" },
 *     stock: { unit: "household", level: { kind: "constant", value: "1000" } }, intensity: { value: "2", unit: "t/household" } }],
 *   measures: [{ id: "toGas", kind: "fuelSwitch", target: { activityIds: ["homes"] }, penetration: { kind: "constant", value: "0.25" },
 *     to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "GJ" }] });
 * measureQuantity(plan, 0, "household", ["costs"]).map(String); // ["250"]
 * measureQuantity(plan, 0, "t", ["costs"]).map(String); // ["500"]
 * measureQuantity(plan, 0, "GJ", ["costs"]).map(String); // ["13350"]
 * ```
 * @category Costs
 */
export function measureQuantity(plan: Plan, mi: number, unit: string, path: readonly (string | number)[]): Dec[] {
  const m = plan.measures[mi]!;
  const bad = (message: string) => new InvalidInputError("costs", [{ path: [...path], message }]);
  let dimension: string;
  try {
    dimension = parseUnit(unit, path).dimension;
  } catch {
    throw bad(`"${unit}" is not a unit cobenefits knows (a cost is per unit of stock, such as household, vehicle or m2, or per unit of activity, such as t, GJ or MWh)`);
  }
  const targeted = plan.lineages.filter((l) => l.measures.includes(mi));
  if (!ACTIVITY_DIMENSIONS.has(dimension)) {
    if (m.units !== undefined) {
      const f = convert(m.units.unit, unit, () => bad(`measure "${m.measure.id}" is stated in ${m.units!.unit}, which cannot be converted to ${unit}`));
      return m.units.counts.map((c) => c.times(f));
    }
    const noStock = targeted.filter((l) => l.stock === undefined).map((l) => l.activityId);
    if (noStock.length > 0) throw bad(`the cost is per ${unit} of stock, but measure "${m.measure.id}" acts on ${noStock.map((a) => `"${a}"`).join(", ")}, given without a stock: give the row as stock x intensity, or state the cost per unit of activity`);
    return plan.years.map((_, yi) => targeted.reduce((s, l) => {
      const f = convert(l.stock!.unit, unit, () => bad(`the stock of "${l.activityId}" is in ${l.stock!.unit}, which cannot be converted to ${unit}`));
      return s.plus(m.penetration[yi]!.times(l.stock!.counts[yi]!).times(f));
    }, new Dec(0)));
  }
  return plan.years.map((_, yi) => {
    let sum = new Dec(0);
    for (const l of targeted) {
      const local = l.measures.indexOf(mi);
      const p = (loc: number) => plan.measures[l.measures[loc]!]!.penetration[yi]!;
      const movedAway = l.moving.reduce((s, loc) => s.plus(p(loc)), new Dec(0));
      for (const t of l.templates) {
        if (t.scope === "upstream") continue;
        const reaches = m.phase === "move" ? t.createdBy < 0 : t.modifiers.some((mo) => mo.local === local);
        if (!reaches) continue;
        // A moving measure treats what it moves: p x the baseline template's whole activity.
        const share = m.phase === "move" ? new Dec(1) : t.createdBy < 0 ? new Dec(1).minus(movedAway) : p(t.createdBy);
        const amount = l.amounts[yi]!.times(share).times(t.conversion).times(p(local));
        sum = sum.plus(amount.times(activityFactor(t.unit, t.energy.gjPerUnit, unit, () => bad(`measure "${m.measure.id}" treats "${l.activityId}" in ${t.unit}${t.energy.gjPerUnit === null ? ` (no energy content: ${t.energy.reason})` : ""}, which cannot be converted to ${unit}`))));
      }
    }
    return sum;
  });
}

/** The exact factor from one unit to another of the same dimension, or the error. */
function convert(from: string, to: string, error: () => Error): Dec {
  try {
    return conversionFactor(from, to);
  } catch {
    throw error();
  }
}

/** The factor from a template's unit to the cost's unit: same dimension, else through GJ when the cost is per energy. */
function activityFactor(from: string, gjPerUnit: Dec | null, to: string, error: () => Error): Dec {
  try {
    return conversionFactor(from, to);
  } catch {
    if (gjPerUnit === null) throw error();
    try {
      return gjPerUnit.times(conversionFactor("GJ", to));
    } catch {
      throw error();
    }
  }
}
