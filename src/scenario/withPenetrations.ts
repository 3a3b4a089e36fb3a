import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import { InvalidInputError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { checkClaims, expandPenetrations } from "./compile/penetrations.js";
import type { Plan } from "./plan.js";
import { type Measure, measureKindOf } from "../measures/registry.js";

/**
 * A new plan with some measures' penetration schedules changed, without recompiling: factors,
 * units and templates are kept; penetrations are re-expanded and claims re-checked. This is what
 * a planning tool's slider calls before {@link evaluateScenarioFast}.
 *
 * @param plan - a compiled plan (not changed)
 * @param changes - new penetration schedules by measure id [-, fractions 0..1]
 * @returns a new plan whose scenario and penetrations reflect the changes
 * @throws {@link InvalidInputError} naming an unknown measure id (with the nearest ids), a
 *   `measuredReduction` (its cut is per unit of stock: change its `units` and recompile), an
 *   invalid schedule, or a penetration outside 0..1
 * @throws {@link OverclaimedActivityError} when the new penetrations claim more than an activity
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario, withPenetrations } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0" }, removal: { SO2: "0.9" } }] });
 * const more = withPenetrations(plan, { fgd: { kind: "constant", value: "1" } });
 * evaluateScenario(more).emissions[0]?.scenario; // "9"
 * ```
 * @category Scenario
 */
export function withPenetrations(plan: Plan, changes: Readonly<Record<string, Schedule>>): Plan {
  const ids = plan.scenario.measures.map((m) => m.id);
  const unknown = Object.keys(changes).filter((id) => !ids.includes(id));
  if (unknown.length > 0) {
    throw new InvalidInputError(
      "penetration changes",
      unknown.map((id) => ({ path: [id], message: `no measure "${id}"; nearest ids: ${nearestStrings(id, ids, 3).join(", ")}` })),
    );
  }
  // A measured reduction is a cut per unit of stock (reductionPerUnit x units): a share of the
  // target cannot state it, and scenario files refuse a penetration on it too.
  const measured = plan.scenario.measures.filter((m) => changes[m.id] !== undefined && unitsOnly(m)).map((m) => m.id);
  if (measured.length > 0) {
    throw new InvalidInputError(
      "penetration changes",
      measured.map((id) => ({ path: [id], message: `measure "${id}" is a ${plan.scenario.measures.find((m) => m.id === id)!.kind}: its cut is measured per unit of stock, so a penetration cannot state it; change its units in the scenario and compile it again` })),
    );
  }
  const bad = Object.entries(changes).flatMap(([id, sched]) => {
    const r = scheduleSchema.safeParse(sched);
    return r.success ? [] : r.error.issues.map((i) => ({ path: [id, ...i.path.map((p) => (typeof p === "symbol" ? String(p) : p))], message: i.message }));
  });
  if (bad.length > 0) throw new InvalidInputError("penetration changes", bad);
  // A new penetration replaces a measure's units of stock.
  const measures = plan.scenario.measures.map((m) => (changes[m.id] === undefined ? m : ({ ...withoutUnits(m), penetration: changes[m.id]! }) as Measure));
  const scenario = { ...plan.scenario, measures };
  const pen = expandPenetrations(scenario, plan.years);
  for (const l of plan.lineages) checkClaims(l, pen, scenario, plan.years);
  return { ...plan, scenario, measures: plan.measures.map((m, i) => ({ ...(changes[m.measure.id] === undefined ? m : withoutUnits(m)), measure: measures[i]!, penetration: pen[i]! })) };
}

/** Whether a measure's kind is stated in units of stock only (a cut per unit, as `measuredReduction`). */
function unitsOnly(m: Measure): boolean {
  const kind = measureKindOf(m);
  return kind.phase === "modify" && kind.unitsOnly === true;
}

/** An object without its `units` field. */
function withoutUnits<T extends { readonly units?: unknown }>(m: T): Omit<T, "units"> {
  const { units: _units, ...rest } = m;
  return rest;
}
