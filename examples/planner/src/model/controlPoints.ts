import { type DecimalString, InvalidInputError, type Plan, type Schedule, evaluateSchedule, toDec, withPenetrations } from "cobenefits";

/** One point of a measure's penetration that a slider moves: a year and the share of the measure's target treated [fraction 0..1]. */
export interface ControlPoint {
  readonly year: number;
  /** Exact decimal text, as written to the exported scenario. */
  readonly value: DecimalString;
}

/** How close a schedule through the control points must come to the plan's penetration in every year for the points to stand for it [fraction]. */
const SAME = toDec("1e-15");

/**
 * The points of a measure's penetration that the planner shows as sliders, chosen so that
 * linear interpolation through them (`interp`, flat beyond the ends) gives the plan's
 * penetration in every year of the scenario: the years of the measure's own schedule points
 * (penetration, or units of stock) inside the scenario's years, plus its first and last year;
 * every year of the scenario when that does not reproduce it (a step or growth schedule, a stock
 * that changes). A measure given in units of stock gets its penetration units / stock, as the
 * engine computes it.
 *
 * @param plan - the compiled plan
 * @param index - the measure's index in `plan.measures`
 * @returns the points, in ascending years
 */
export function controlPoints(plan: Plan, index: number): ControlPoint[] {
  const m = plan.measures[index]!;
  const years = plan.years;
  const at = (y: number): ControlPoint => ({ year: y, value: m.penetration[years.indexOf(y)]!.toString() as DecimalString });
  const first = years[0]!;
  const last = years[years.length - 1]!;
  if (m.penetration.every((p) => p.eq(m.penetration[0]!))) return [at(first)];
  const own = scheduleYears(m.measure as { penetration?: Schedule; units?: { level?: Schedule } });
  const candidate = [...new Set([first, ...own.filter((y) => y > first && y < last), last])].sort((a, b) => a - b).map(at);
  const reproduces = years.every((y, yi) => evaluateSchedule(scheduleOf(candidate), y).minus(m.penetration[yi]!).abs().lte(SAME));
  return reproduces ? candidate : years.map(at);
}

/** The years a schedule names (points or steps), if any. */
function scheduleYears(m: { penetration?: Schedule; units?: { level?: Schedule } }): number[] {
  const s = m.penetration ?? m.units?.level;
  if (s === undefined) return [];
  if (s.kind === "interp") return s.points.map((p) => p.year);
  if (s.kind === "step") return s.steps.map((p) => p.year);
  return [];
}

/**
 * The penetration schedule the points stand for: `constant` for one point, else `interp`.
 *
 * @param points - from {@link controlPoints}, possibly moved
 * @returns the schedule, as `withPenetrations` and a scenario file take it
 */
export function scheduleOf(points: readonly ControlPoint[]): Schedule {
  return points.length === 1 ? { kind: "constant", value: points[0]!.value } : { kind: "interp", points: points.map((p) => ({ year: p.year, value: p.value })) };
}

/**
 * Whether the planner can move a measure's penetration: the library refuses a penetration for a
 * kind whose cut is measured per unit of stock (`measuredReduction`: `withPenetrations` throws
 * InvalidInputError), so such a measure is shown but not given sliders.
 *
 * @param plan - the compiled plan
 * @param index - the measure's index in `plan.measures`
 * @returns true when `withPenetrations` takes a schedule for it
 */
export function isEditable(plan: Plan, index: number): boolean {
  try {
    withPenetrations(plan, { [plan.measures[index]!.measure.id]: scheduleOf(controlPoints(plan, index)) });
    return true;
  } catch (e) {
    if (e instanceof InvalidInputError) return false;
    throw e;
  }
}
