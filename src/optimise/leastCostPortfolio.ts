import { InfeasibleTargetsError, InvalidInputError, type InputIssueInit } from "../errors.js";
import { measureKindOf } from "../measures/registry.js";
import { nearestStrings } from "../nearestStrings.js";
import { evaluateScenario } from "../scenario/evaluate/evaluateScenario.js";
import { evaluateScenarioFast } from "../scenario/evaluate/evaluateScenarioFast.js";
import type { Plan } from "../scenario/plan.js";
import type { Scenario } from "../scenario/scenario.js";
import { withPenetrations } from "../scenario/withPenetrations.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import type { OptimiseSection } from "./optimiseSection.js";
import { type PortfolioCostModel, portfolioCosts } from "./portfolioCostModel.js";
import { type PortfolioMeasure, claimRows, portfolioSchedules } from "./portfolioSchedules.js";
import { planOverYears } from "./searchPlan.js";
import { type SlpProblem, successiveLinearProgramming } from "./successiveLinearProgramming.js";
import { type Target, targetQuantity } from "./targetsSection.js";
import { exactTargetValue, fastTargetValue, requiredReduction, targetIssues } from "./targetValues.js";

/** Decimal places of a chosen penetration (1e-9: far below any data's precision, and far below the margins' safety buffer). */
const PENETRATION_PLACES = 9;
/** Each target is met with this safety buffer, relative to its scale, so rounding the penetrations keeps it met exactly. */
const BUFFER = 1e-7;

/**
 * One target of a {@link LeastCostPortfolio}, evaluated exactly at the chosen penetrations: its
 * baseline, the reduction it asks for, the reduction reached, and the margin (reached - asked,
 * never negative) [t/yr of the species, or t CO2-eq/yr], as decimal strings.
 * @category Optimisation
 */
export interface TargetMargin {
  readonly targetId: string;
  /** The species, or `CO2e (<metric>)`. */
  readonly quantity: string;
  readonly year: number;
  readonly baseline: DecimalString;
  readonly required: DecimalString;
  readonly reduction: DecimalString;
  readonly margin: DecimalString;
  readonly unit: "t" | "t CO2-eq";
}

/**
 * The cheapest portfolio {@link leastCostPortfolio} found: each chosen measure's penetration (from
 * its earliest year on), the annualised cost in each target year by measure and in total
 * [currency/yr, float64 as the cost model gives], each target's exact margin, and the scenario and
 * plan of the portfolio (its measures' penetrations replaced; `cobenefits run` on the scenario
 * gives the same numbers).
 * @category Optimisation
 */
export interface LeastCostPortfolio {
  readonly measures: readonly (PortfolioMeasure & { readonly penetration: DecimalString })[];
  readonly currency: string;
  /** The annualised cost of each chosen measure in each target year [currency/yr]. */
  readonly costs: readonly { readonly measureId: string; readonly year: number; readonly cost: number }[];
  /** The sum of `costs`: what was minimised [currency/yr, summed over the target years]. */
  readonly totalCost: number;
  /** What the costs leave out, from the cost model (empty when nothing is known to be missing). */
  readonly incomplete: readonly string[];
  readonly targets: readonly TargetMargin[];
  readonly scenario: Scenario;
  readonly plan: Plan;
  /** How many fast evaluations of the plan the search took. */
  readonly evaluations: number;
}

/**
 * Chooses the penetrations of the measures named in the `optimise:` section that meet every
 * target at the least annualised cost, summed over the target years.
 *
 * Method (docs/optimisation.md): each chosen measure's penetration is one level p_m in
 * [0, maxPenetration], held from its earliest year (zero before); the other measures keep their
 * schedules. The search evaluates the plan over the target years only (a year's emissions depend
 * on that year alone). Each target's reduction is a function of the p_m that the engine evaluates exactly
 * (products of (1 - p + p f) where measures overlap on an activity: multilinear, not linear), so
 * the problem is solved by successive linear programming ({@link successiveLinearProgramming},
 * linearisations exact along each p_m) from several starts (all at zero, all at their maximum, all
 * at half, each alone at its maximum), with the claims of moving measures on one activity
 * (sum <= 1 in each year) kept as linear constraints. The result is re-evaluated with the exact
 * kernel: the margins are exact and never negative. Overlaps make the problem non-convex: the
 * optimum is local, with several starts; the tests compare it with exhaustive search.
 *
 * @param plan - a compiled scenario (not changed)
 * @param targets - the targets (see {@link parseTargetsSection})
 * @param optimise - the measures to choose and their bounds (see {@link parseOptimiseSection})
 * @param costs - the annualised cost of the chosen measures at given penetrations
 * @returns the portfolio, its cost, each target's margin, and its scenario and plan
 * @throws {@link cobenefits!InvalidInputError} for a target the plan cannot evaluate (species not computed,
 *   metric not named, year outside) or a measure that is not in the scenario, is a
 *   `measuredReduction`, or has an earliest year after the scenario's last
 * @throws {@link InfeasibleTargetsError} naming the binding target and the best it reaches
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { leastCostPortfolio } from "cobenefits/optimise";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0" }, removal: { SO2: "0.9" } }] });
 * // a synthetic cost of 10 per unit of penetration, for the example only
 * const costs = { currency: "synthetic units", annualisedCosts: (p: Readonly<Record<string, number>>) => ({ fgd: 10 * (p.fgd ?? 0) }) };
 * const r = leastCostPortfolio(plan, [{ id: "half", species: "SO2", year: 2030, reduction: { fraction: "0.45" } }], { measures: [{ id: "fgd" }] }, costs);
 * Number(r.measures[0]?.penetration).toFixed(3); // "0.500"
 * ```
 * @category Optimisation
 */
export function leastCostPortfolio(plan: Plan, targets: readonly Target[], optimise: OptimiseSection, costs: PortfolioCostModel): LeastCostPortfolio {
  const issues = [...targetIssues(plan, targets), ...measureIssues(plan, optimise)];
  if (issues.length > 0) throw new InvalidInputError("least-cost portfolio", issues);
  const start = plan.years[0]!;
  const measures: PortfolioMeasure[] = optimise.measures.map((m) => ({ measureId: m.id, maxPenetration: m.maxPenetration ?? "1", earliestYear: Math.max(m.earliestYear ?? start, start) }));
  const costYears = [...new Set(targets.map((t) => t.year))].sort((a, b) => a - b);
  // The search evaluates the target years only (each year's emissions depend on that year alone).
  const search = planOverYears(plan, costYears[0]!, costYears[costYears.length - 1]!);
  const atBaseline = evaluateScenarioFast(withPenetrations(search, portfolioSchedules(search, measures, measures.map(() => 0))));
  const baselines = targets.map((t) => fastTargetValue(atBaseline, t).baseline);
  const requiredOf = (i: number) => Number(requiredReduction(targets[i]!, String(baselines[i]!)));
  const scales = targets.map((_, i) => Math.max(Math.abs(baselines[i]!), Math.abs(requiredOf(i)), 1e-12));
  const reductionsAt = (x: readonly number[]) => {
    const r = evaluateScenarioFast(withPenetrations(search, portfolioSchedules(search, measures, x)));
    return targets.map((t) => fastTargetValue(r, t).reduction);
  };
  const costAt = (x: readonly number[]) => portfolioCosts(costs, measures, x, costYears).reduce((s, c) => s + c.cost, 0);
  const lower = measures.map(() => 0);
  const upper = measures.map((m) => Number(m.maxPenetration));
  const linear = claimRows(search, measures);
  const problem: SlpProblem = {
    lower, upper, linear, constraintScales: scales,
    evaluate: (x) => ({ objective: costAt(x), constraints: reductionsAt(x).map((r, i) => r - requiredOf(i) - BUFFER * scales[i]!) }),
  };
  const starts = startPoints(lower, upper);
  const found = successiveLinearProgramming(problem, starts);
  let evaluations = found.evaluations + 1;
  if (found.best === undefined) {
    const at = found.leastShortfall;
    const worst = at.constraints.map((g, i) => -g / scales[i]!).reduce((w, v, i, a) => (v > a[w]! ? i : w), 0);
    const alone = successiveLinearProgramming({ lower, upper, linear, constraintScales: [1], evaluate: (x) => ({ objective: -reductionsAt(x)[worst]!, constraints: [] }) }, starts);
    const t = targets[worst]!;
    const where = {
      targetId: t.id, quantity: targetQuantity(t), year: t.year, required: requiredOf(worst), unit: "co2e" in t ? "t CO2-eq" : "t",
      reachedTogether: at.constraints[worst]! + requiredOf(worst) + BUFFER * scales[worst]!, bestAlone: -(alone.best ?? alone.leastShortfall).objective,
    };
    throw new InfeasibleTargetsError(infeasibleMessage(where, targets.length - 1), where, ["targets", worst]);
  }
  const x = found.best.x.map((v) => Number(new Dec(v).toDecimalPlaces(PENETRATION_PLACES).toString()));
  evaluations++;
  const chosen = withPenetrations(plan, portfolioSchedules(plan, measures, x));
  const exact = evaluateScenario(chosen);
  const margins = targets.map((t): TargetMargin => {
    const v = exactTargetValue(exact, t);
    const required = requiredReduction(t, v.baseline);
    return { targetId: t.id, quantity: targetQuantity(t), year: t.year, baseline: v.baseline, required, reduction: v.reduction, margin: new Dec(v.reduction).minus(required).toString(), unit: "co2e" in t ? "t CO2-eq" : "t" };
  });
  const short = margins.find((m) => new Dec(m.margin).lt(0));
  // The buffer exceeds what rounding to 1e-9 can move a reduction by; this guards the promise that margins are never negative.
  if (short !== undefined) throw new RangeError(`internal: target "${short.targetId}" missed by ${short.margin} after rounding the penetrations; please report it with the scenario`);
  const costRows = portfolioCosts(costs, measures, x, costYears);
  return {
    measures: measures.map((m, j) => ({ ...m, penetration: new Dec(x[j]!).toString() })),
    currency: costs.currency,
    costs: costRows,
    totalCost: costRows.reduce((s, c) => s + c.cost, 0),
    incomplete: costs.incomplete ?? [],
    targets: margins,
    scenario: chosen.scenario,
    plan: chosen,
    evaluations,
  };
}

/** The message of an {@link InfeasibleTargetsError}: the binding target, what it asks, what it reaches with the others and alone, and what to change. */
function infeasibleMessage(w: { readonly targetId: string; readonly quantity: string; readonly year: number; readonly required: number; readonly reachedTogether: number; readonly bestAlone: number; readonly unit: string }, others: number): string {
  const g = (v: number) => Number(v.toPrecision(6)).toString();
  return `target "${w.targetId}" (${w.quantity} in ${w.year}) cannot be met within the optimise bounds: it asks for a reduction of at least ${g(w.required)} ${w.unit}/yr; ` +
    (others > 0 ? `with the other ${others === 1 ? "target" : `${others} targets`} met as far as they can be, it reaches ${g(w.reachedTogether)}; ` : "") +
    `alone, the best reachable is ${g(w.bestAlone)} ${w.unit}/yr. Lower the target, raise the measures' maxPenetration, allow earlier years, or add measures to optimise.measures`;
}

/** Measures the optimiser cannot choose: not in the scenario, stated per unit of stock only, or first allowed after the last year. */
function measureIssues(plan: Plan, optimise: OptimiseSection): InputIssueInit[] {
  const ids = plan.scenario.measures.map((m) => m.id);
  const end = plan.years[plan.years.length - 1]!;
  return optimise.measures.flatMap((m, i): InputIssueInit[] => {
    const measure = plan.scenario.measures.find((s) => s.id === m.id);
    if (measure === undefined) return [{ path: ["optimise", "measures", i, "id"], message: `no measure "${m.id}" in the scenario; nearest ids: ${nearestStrings(m.id, ids, 3).join(", ")}` }];
    const kind = measureKindOf(measure);
    if (kind.phase === "modify" && kind.unitsOnly === true) return [{ path: ["optimise", "measures", i, "id"], message: `measure "${m.id}" is a ${measure.kind}: its cut is measured per unit of stock, so the optimiser cannot choose a penetration for it` }];
    if (m.earliestYear !== undefined && m.earliestYear > end) return [{ path: ["optimise", "measures", i, "earliestYear"], message: `${m.earliestYear} is after the scenario's last year ${end}, so the measure could never act` }];
    return [];
  });
}

/** The starts: all at zero, all at their maximum, all at half, and each alone at its maximum (up to 12 measures). */
function startPoints(lower: readonly number[], upper: readonly number[]): number[][] {
  const starts = [[...lower], [...upper], upper.map((u, j) => (lower[j]! + u) / 2)];
  if (upper.length <= 12) upper.forEach((u, j) => starts.push(lower.map((l, k) => (k === j ? u : l))));
  return starts;
}
