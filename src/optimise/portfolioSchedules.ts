import type { Schedule } from "../activity/schedule.js";
import type { Plan } from "../scenario/plan.js";
import { Dec, type DecimalString } from "../units/decimal.js";

/** How far inside a claim limit the levels are kept [fraction of the activity]. */
const CLAIM_MARGIN = 1e-8;

/**
 * A measure the optimiser chooses, with its bounds resolved: its penetration is at most
 * `maxPenetration` [fraction 0..1] and zero before `earliestYear`.
 * @category Optimisation
 */
export interface PortfolioMeasure {
  readonly measureId: string;
  readonly maxPenetration: DecimalString;
  readonly earliestYear: number;
}

/**
 * The penetration schedules of a portfolio: each measure at its level from its earliest year on
 * (a `constant` when that is the scenario's first year, else a `step` from 0), each level
 * rounded to 15 decimals.
 *
 * @param plan - the compiled scenario (its first year)
 * @param measures - the chosen measures
 * @param levels - each measure's penetration [fraction], in the order of `measures`
 * @returns schedules by measure id, for `withPenetrations`
 */
export function portfolioSchedules(plan: Plan, measures: readonly PortfolioMeasure[], levels: readonly number[]): Record<string, Schedule> {
  const start = plan.years[0]!;
  return Object.fromEntries(measures.map((m, j) => {
    // 15 decimals: a search step may land on 1e-300, which the exact engine refuses (MIN_EXACT_PENETRATION, 1e-24)
    const value = new Dec(levels[j]!).toDecimalPlaces(15).toString();
    const schedule: Schedule = m.earliestYear <= start ? { kind: "constant", value } : { kind: "step", steps: [{ year: start, value: "0" }, { year: m.earliestYear, value }] };
    return [m.measureId, schedule];
  }));
}

/**
 * Each chosen measure's penetration in a year: its level from its earliest year on, else 0.
 *
 * @param measures - the chosen measures
 * @param levels - their levels [fraction], in the order of `measures`
 * @param year - the year
 * @returns penetrations by measure id [fraction]
 */
export function penetrationsInYear(measures: readonly PortfolioMeasure[], levels: readonly number[], year: number): Record<string, number> {
  return Object.fromEntries(measures.map((m, j) => [m.measureId, year >= m.earliestYear ? levels[j]! : 0]));
}

/**
 * The claims of moving measures as linear constraints on the levels: on each activity row and in
 * each year, the chosen moving measures acting then claim at most what the other moving measures
 * leave (sum <= 1 - their penetrations, less 1e-8), as `checkClaims` requires. Repeated rows are
 * kept once.
 *
 * @param plan - the compiled scenario
 * @param measures - the chosen measures
 * @returns rows `sum_j coef_j x_j <= max`
 */
export function claimRows(plan: Plan, measures: readonly PortfolioMeasure[]): { coef: number[]; max: number }[] {
  const index = new Map(measures.map((m, j) => [m.measureId, j]));
  const rows = new Map<string, { coef: number[]; max: number }>();
  for (const l of plan.lineages) {
    const moving = l.moving.map((k) => l.measures[k]!);
    if (!moving.some((g) => index.has(plan.measures[g]!.measure.id))) continue;
    plan.years.forEach((y, yi) => {
      const coef = measures.map(() => 0);
      let max = new Dec(1);
      for (const g of moving) {
        const j = index.get(plan.measures[g]!.measure.id);
        if (j === undefined) max = max.minus(plan.measures[g]!.penetration[yi]!);
        else if (y >= measures[j]!.earliestYear) coef[j] = 1;
      }
      // 1e-8 inside the exact limit: float sums and rounding the levels to 1e-9 must not tip a claim over it.
      if (coef.some((c) => c !== 0)) rows.set(`${coef.join(",")}|${max.toString()}`, { coef, max: max.toNumber() - CLAIM_MARGIN });
    });
  }
  return [...rows.values()];
}
