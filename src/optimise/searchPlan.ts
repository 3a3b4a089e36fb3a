import { compileScenario } from "../scenario/compile/compileScenario.js";
import type { Plan } from "../scenario/plan.js";

/**
 * The plan of the same scenario over fewer years, `start` to `end` (the plan itself when those are
 * its years). Emissions and annual costs of a year depend on that year's activity, factors and
 * penetrations only, so a search that reads a few target years evaluates only them; the chosen
 * portfolio is then evaluated on the whole plan.
 *
 * @param plan - a compiled plan
 * @param start - first year kept (within the plan's years)
 * @param end - last year kept (within the plan's years, not before `start`)
 * @returns a plan over `start`..`end`
 */
export function planOverYears(plan: Plan, start: number, end: number): Plan {
  if (plan.years[0] === start && plan.years[plan.years.length - 1] === end) return plan;
  return compileScenario({ ...plan.scenario, years: { start, end } });
}
