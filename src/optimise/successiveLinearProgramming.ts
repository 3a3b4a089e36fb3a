import { type Coefficients, type Constraint, solve } from "yalps";

/**
 * A smooth minimisation over a box with constraints `g_i(x) >= 0`, as
 * {@link successiveLinearProgramming} solves it. Everything in float64.
 * @category Optimisation
 */
export interface SlpProblem {
  /** Lower bound of each variable. */
  readonly lower: readonly number[];
  /** Upper bound of each variable (at least its lower bound). */
  readonly upper: readonly number[];
  /** The objective and the constraint values at `x` (feasible where every constraint is >= 0). */
  readonly evaluate: (x: readonly number[]) => { readonly objective: number; readonly constraints: readonly number[] };
  /** A positive magnitude per constraint: shortfalls are compared in these units, tolerances are relative to them. */
  readonly constraintScales: readonly number[];
  /** Linear constraints kept exactly at every step: `sum_j coef_j x_j <= max`. */
  readonly linear?: readonly { readonly coef: readonly number[]; readonly max: number }[];
}

/**
 * A point {@link successiveLinearProgramming} evaluated: the variables, the objective, the
 * constraint values and the total scaled shortfall `sum_i max(0, -g_i / scale_i)`.
 * @category Optimisation
 */
export interface SlpPoint {
  readonly x: readonly number[];
  readonly objective: number;
  readonly constraints: readonly number[];
  readonly shortfall: number;
}

/**
 * The outcome of {@link successiveLinearProgramming}: the best feasible point of all starts
 * (undefined when none was reached), the point of least shortfall, and how many evaluations
 * it took.
 * @category Optimisation
 */
export interface SlpResult {
  readonly best: SlpPoint | undefined;
  readonly leastShortfall: SlpPoint;
  readonly evaluations: number;
}

const MAX_ITERATIONS = 200;
const MIN_RADIUS = 1e-9;
/** The trust radius (a fraction of each variable's range) below which a step that predicts no decrease ends a start. */
const CONVERGED_RADIUS = 1e-4;

/**
 * Minimises a problem by successive linear programming with a trust region, from each start in
 * turn, keeping the best point found.
 *
 * Method: at a point x the objective and constraints are linearised by one difference per
 * variable over a step of the trust radius (exact for functions linear in each variable alone,
 * such as products of (1 - p + p f) terms: the step size does not matter for them); a linear
 * programme (solved by yalps) then gives the step within the trust region. While the point is
 * infeasible, the programme minimises the scaled shortfall (phase 1); once feasible, it minimises
 * the linearised objective subject to the linearised constraints (phase 2), and a step is kept only
 * if the true evaluation is feasible and cheaper; a trial point that the linearisation made
 * slightly infeasible gets one correction step linearised at the trial point. The radius doubles
 * after a step that did as predicted and shrinks by four after a rejected one; a start ends when
 * the programme predicts no decrease at a radius below 1e-4 of the box, or the radius falls below
 * 1e-9 of it. The result is a
 * local optimum: several starts make a global one likely, not certain (see docs/optimisation.md;
 * the tests check it against exhaustive search).
 *
 * @param problem - the problem (float64)
 * @param starts - the starting points (each clipped to the box and scaled into the linear constraints)
 * @returns the best feasible point, the point of least shortfall, and the evaluation count
 * @example
 * ```ts
 * import { successiveLinearProgramming } from "cobenefits/optimise";
 * // minimise x + y subject to x * y >= 0.25 on [0, 1]^2: the optimum is x = y = 0.5
 * const r = successiveLinearProgramming({ lower: [0, 0], upper: [1, 1], constraintScales: [1],
 *   evaluate: ([x, y]) => ({ objective: x! + y!, constraints: [x! * y! - 0.25] }) }, [[1, 1]]);
 * Math.round(r.best!.objective * 1000) / 1000; // 1
 * ```
 * @category Optimisation
 */
export function successiveLinearProgramming(problem: SlpProblem, starts: readonly (readonly number[])[]): SlpResult {
  let evaluations = 0;
  const evalAt = (x: readonly number[]): SlpPoint => {
    evaluations++;
    const v = problem.evaluate(x);
    const shortfall = v.constraints.reduce((s, g, i) => s + Math.max(0, -g / problem.constraintScales[i]!), 0);
    return { x: [...x], objective: v.objective, constraints: [...v.constraints], shortfall };
  };
  let best: SlpPoint | undefined;
  let least: SlpPoint | undefined;
  for (const start of starts) {
    const p = descend(problem, intoLinear(problem, clip(problem, start)), evalAt);
    if (p.shortfall === 0 && (best === undefined || p.objective < best.objective)) best = p;
    if (least === undefined || p.shortfall < least.shortfall || (p.shortfall === least.shortfall && p.objective < least.objective)) least = p;
  }
  if (least === undefined) throw new RangeError("successiveLinearProgramming needs at least one start");
  return { best, leastShortfall: least, evaluations };
}

/** One start: phase 1 until feasible, then phase 2, in one trust-region loop. */
function descend(problem: SlpProblem, start: readonly number[], evalAt: (x: readonly number[]) => SlpPoint): SlpPoint {
  let cur = evalAt(start);
  let radius = 0.25;
  for (let it = 0; it < MAX_ITERATIONS && radius >= MIN_RADIUS; it++) {
    const lin = linearise(problem, cur, radius, evalAt);
    const feasible = cur.shortfall === 0;
    const lp = stepLp(problem, cur, lin, radius, feasible);
    if (lp === undefined) { radius /= 4; continue; }
    const step = lp.x;
    if (!feasible && lp.value >= cur.shortfall * (1 - 1e-9)) { radius /= 4; continue; } // no decrease of the shortfall predicted here
    const predicted = feasible ? dot(lin.objective, minus(step, cur.x)) : step.reduce((s, v, j) => s + Math.abs(v - cur.x[j]!), 0);
    if (feasible && predicted >= -1e-12 * (Math.abs(cur.objective) + 1)) {
      // No decrease predicted: a local optimum once the differences are local (a wide secant of a curved cost can hide a descent).
      if (radius <= CONVERGED_RADIUS) break;
      radius /= 4;
      continue;
    }
    let trial = evalAt(step);
    if (feasible && trial.shortfall > 0) {
      // The linearisation overshot a curved constraint: one correction step linearised at the trial point.
      const lin2 = linearise(problem, trial, Math.max(...step.map((v, j) => Math.abs(v - cur.x[j]!))), evalAt);
      const fix = stepLp(problem, trial, lin2, Math.max(...step.map((v, j) => Math.abs(v - cur.x[j]!))), true);
      if (fix !== undefined) trial = evalAt(fix.x);
    }
    const better = feasible ? trial.shortfall === 0 && trial.objective < cur.objective : trial.shortfall < cur.shortfall;
    if (better) {
      const gained = feasible ? cur.objective - trial.objective : cur.shortfall - trial.shortfall;
      const expected = feasible ? -predicted : cur.shortfall;
      if (gained >= 0.5 * expected) radius = Math.min(1, radius * 2);
      cur = trial;
    } else radius /= 4;
  }
  return cur;
}

/** The linearisation at a point: a difference per variable over a step of the trust radius. */
function linearise(problem: SlpProblem, at: SlpPoint, radius: number, evalAt: (x: readonly number[]) => SlpPoint): { objective: number[]; constraints: number[][] } {
  const n = at.x.length;
  const objective = new Array<number>(n).fill(0);
  const constraints = at.constraints.map(() => new Array<number>(n).fill(0));
  for (let j = 0; j < n; j++) {
    const lo = problem.lower[j]!;
    const hi = problem.upper[j]!;
    const range = hi - lo;
    if (range <= 0) continue;
    const h = Math.max(radius, 1e-6) * range;
    const up = hi - at.x[j]!;
    const down = at.x[j]! - lo;
    const x = [...at.x];
    // Forward where the box and the linear constraints allow it, else backward.
    const fwd = Math.min(h, up);
    x[j] = at.x[j]! + fwd;
    const s = fwd > 0 && (fwd === h || down < h) && keepsLinear(problem, x) ? fwd : -Math.min(h, down);
    if (s === 0) continue;
    x[j] = at.x[j]! + s;
    const p = evalAt(x);
    objective[j] = (p.objective - at.objective) / s;
    p.constraints.forEach((g, i) => { constraints[i]![j] = (g - at.constraints[i]!) / s; });
  }
  return { objective, constraints };
}

/** The step's linear programme: the new point and the programme's optimum (the predicted scaled shortfall in phase 1), or undefined when it has no solution. */
function stepLp(problem: SlpProblem, at: SlpPoint, lin: { objective: number[]; constraints: number[][] }, radius: number, feasible: boolean): { x: number[]; value: number } | undefined {
  const n = at.x.length;
  const lo = at.x.map((x, j) => Math.max(problem.lower[j]!, x - radius * (problem.upper[j]! - problem.lower[j]!)));
  const hi = at.x.map((x, j) => Math.min(problem.upper[j]!, x + radius * (problem.upper[j]! - problem.lower[j]!)));
  // Variables y_j = z_j - lo_j >= 0; constraint rows divided by their scales.
  const constraints: [string, Constraint][] = [];
  const variables: [string, Coefficients][] = [];
  const objScale = Math.max(1e-300, ...lin.objective.map(Math.abs));
  const cols: [string, number][][] = Array.from({ length: n }, () => []);
  for (let j = 0; j < n; j++) {
    constraints.push([`box${j}`, { max: hi[j]! - lo[j]! }]);
    cols[j]!.push([`box${j}`, 1]);
    if (feasible) cols[j]!.push(["cost", lin.objective[j]! / objScale]);
  }
  at.constraints.forEach((g, i) => {
    const sc = problem.constraintScales[i]!;
    const grad = lin.constraints[i]!;
    const shift = grad.reduce((s, a, j) => s + a * (lo[j]! - at.x[j]!), 0);
    const want = !feasible ? 0 : g >= 0 ? Math.min(1e-9 * sc, g) : 1e-9 * sc; // a correction step (g < 0) aims just inside
    constraints.push([`g${i}`, { min: (want - g - shift) / sc }]);
    grad.forEach((a, j) => { if (a !== 0) cols[j]!.push([`g${i}`, a / sc]); });
    if (!feasible) variables.push([`s${i}`, [[`g${i}`, 1], ["cost", 1]]]);
  });
  (problem.linear ?? []).forEach((row, k) => {
    constraints.push([`l${k}`, { max: row.max - row.coef.reduce((s, a, j) => s + a * lo[j]!, 0) }]);
    row.coef.forEach((a, j) => { if (a !== 0) cols[j]!.push([`l${k}`, a]); });
  });
  cols.forEach((c, j) => variables.push([`y${j}`, c]));
  const sol = solve({ direction: "minimize", objective: "cost", constraints, variables }, { includeZeroVariables: true });
  if (sol.status !== "optimal") return undefined;
  const y = new Map(sol.variables);
  return { x: lo.map((l, j) => Math.min(hi[j]!, Math.max(lo[j]!, l + (y.get(`y${j}`) ?? 0)))), value: sol.result };
}

function keepsLinear(problem: SlpProblem, x: readonly number[]): boolean {
  return (problem.linear ?? []).every((row) => dot(row.coef, x) <= row.max + 1e-12);
}

function clip(problem: SlpProblem, x: readonly number[]): number[] {
  return x.map((v, j) => Math.min(problem.upper[j]!, Math.max(problem.lower[j]!, v)));
}

/** A start scaled towards the lower bounds until it keeps the linear constraints. */
function intoLinear(problem: SlpProblem, x: readonly number[]): number[] {
  let t = 1;
  for (const row of problem.linear ?? []) {
    const atLower = row.coef.reduce((s, a, j) => s + a * problem.lower[j]!, 0);
    const atX = row.coef.reduce((s, a, j) => s + a * x[j]!, 0);
    if (atX > row.max && atX > atLower) t = Math.min(t, Math.max(0, (row.max - atLower) / (atX - atLower)));
  }
  return x.map((v, j) => problem.lower[j]! + t * (v - problem.lower[j]!));
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, v, j) => s + v * b[j]!, 0);
}

function minus(a: readonly number[], b: readonly number[]): number[] {
  return a.map((v, j) => v - b[j]!);
}
