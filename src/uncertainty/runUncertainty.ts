import { InvalidInputError } from "../errors.js";
import { docsUrl } from "../docsUrl.js";
import { evaluateScenarioFast } from "../scenario/evaluate/evaluateScenarioFast.js";
import type { FastScenarioResult } from "../scenario/evaluate/fastScenarioResult.js";
import type { Plan } from "../scenario/plan.js";
import { drawPlans } from "./drawPlan.js";
import { rangeQuantile } from "./rangeDistribution.js";
import { type UncertainInput, resolveInputs } from "./uncertainInputs.js";
import { type UncertaintySection, parseUncertaintySection, SAMPLING } from "./uncertaintySection.js";
import { uniformDraws } from "./uniformDraws.js";
import { type UncertaintyResult, uncertaintyRows } from "./uncertaintyRows.js";

/**
 * Extra figures computed from each draw's result and summarised like the others: the hook by which
 * a later layer (costs per tonne, health) adds its figures without this layer knowing them.
 * @category Uncertainty
 */
export interface ExtraFigures {
  /** One name per figure, e.g. `cost per t PM2.5 of fgd in 2030`. */
  readonly names: readonly string[];
  /**
   * The figures of one draw (and of the point run), in the order of `names` [their units].
   * `u` holds the draw's probabilities of the figures' own `parameters` (undefined for the point run).
   */
  readonly compute: (result: FastScenarioResult, plan: Plan, u?: Float64Array) => ArrayLike<number>;
  /**
   * How many uncertain parameters of their own the figures draw (e.g. a CRF parameter), 0 when
   * absent: they are sampled with the section's inputs, after them, in the same design and stream.
   */
  readonly parameters?: number;
}

/**
 * Options of {@link runUncertainty}: each overrides the section's value.
 * @category Uncertainty
 */
export interface UncertaintyOptions {
  readonly draws?: number;
  readonly seed?: number;
  readonly sampling?: (typeof SAMPLING)[number];
  readonly extra?: ExtraFigures;
}

/**
 * Runs a plan many times with its uncertain inputs drawn, and summarises every figure the point
 * run gives: emissions per year, sector, scope and species, their totals per scope, reductions,
 * each measure's Shapley share, CO2e and CO2e shares under each metric (and any
 * {@link ExtraFigures}), by the mean, the percentiles (2.5th, 50th, 97.5th and more) and a
 * convergence check. All results are float64: the method is statistical.
 *
 * Method: Monte Carlo or Latin hypercube sampling ({@link uniformDraws}) of the inputs the
 * section names, and nothing else (IPCC 2006 Guidelines Vol. 1 ch. 3, Approach 2; EMEP/EEA
 * Guidebook 2019 Part A ch. 5). Factor rows follow their published 95% intervals
 * ({@link intervalDistribution}); other inputs the range and distribution the scenario names
 * ({@link rangeQuantile}). Each input is drawn once per draw and shared by every activity, template,
 * scope and species that uses it, baseline and scenario alike (common random numbers), so a
 * reduction does not carry the noise of two independent draws of the same factor. Each draw is one
 * {@link evaluateScenarioFast} on the plan's cached float64 arrays with the drawn multipliers
 * applied (see docs/uncertainty.md), so Shapley shares of each draw add up to its reduction.
 *
 * @param plan - a compiled plan (not changed)
 * @param section - the scenario's `uncertainty` section (validated here), or undefined to use `plan.scenario.uncertainty`
 * @param options - draws, seed or sampling overriding the section's; extra figures
 * @returns the summaries, the inputs drawn and the rows not varied
 * @throws {@link cobenefits!InvalidInputError} when there is no section, no seed (there is no hidden default),
 * or the section names inputs the plan cannot vary (an unknown measure, a row without an interval, an unbounded range for a fraction, ...)
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { runUncertainty } from "cobenefits/uncertainty";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] });
 * const r = runUncertainty(plan, { draws: 500, seed: 1, sampling: "latinHypercube", measures: [{ id: "fgd", removal: { SO2: { distribution: "uniform", low: "0.8", high: "0.95" } } }] });
 * r.attribution[0]!.shapley.point.toFixed(1); // "81.0"
 * r.attribution[0]!.shapley.low > 70 && r.attribution[0]!.shapley.high < 86; // true
 * ```
 * @category Uncertainty
 */
export function runUncertainty(plan: Plan, section?: UncertaintySection, options: UncertaintyOptions = {}): UncertaintyResult {
  const raw = section ?? (plan.scenario as { readonly uncertainty?: unknown }).uncertainty;
  if (raw === undefined) throw new InvalidInputError("uncertainty", [{ path: ["uncertainty"], code: "missing", message: `the scenario has no uncertainty section: nothing is uncertain unless it names what is (see ${docsUrl("uncertainty.md")})` }]);
  const parsed = parseUncertaintySection({ ...(raw as object), ...pick(options) }, ["uncertainty"]);
  if (parsed.seed === undefined) throw new InvalidInputError("uncertainty", [{ path: ["uncertainty", "seed"], code: "missing", message: "no seed: give uncertainty.seed in the scenario or --seed on the command line (there is no hidden default, so every run can be repeated)" }]);
  const resolved = resolveInputs(plan, parsed, ["uncertainty"]);
  const { draws, seed, sampling } = { ...parsed, seed: parsed.seed };
  const D = resolved.inputs.length;
  const extra = options.extra;
  // the extra figures' own parameters come after the inputs (with none the matrix is the inputs' alone)
  const E = extra?.parameters ?? 0;
  const u = uniformDraws(draws, D + E, seed, sampling);
  const point = evaluateScenarioFast(plan);
  const layout = figureLayout(plan, point, extra);
  const values = new Float64Array(draws * layout.size);
  const pointValues = new Float64Array(layout.size);
  record(layout, point, plan, extra, pointValues, 0);
  const planOf = drawPlans(plan, resolved);
  const multipliers = new Float64Array(D);
  for (let d = 0; d < draws; d++) {
    for (let i = 0; i < D; i++) multipliers[i] = multiplier(resolved.inputs[i]!, u[d * (D + E) + i] as number);
    const drawn = planOf(multipliers);
    record(layout, evaluateScenarioFast(drawn), drawn, extra, values, d * layout.size, E === 0 ? undefined : u.subarray(d * (D + E) + D, (d + 1) * (D + E)));
  }
  return uncertaintyRows({ plan, point, draws, seed, sampling, inputs: resolved.inputs, notVaried: resolved.notVaried, values, pointValues, layout, extraNames: extra?.names ?? [] });
}

function pick(o: UncertaintyOptions): Partial<UncertaintySection> {
  return { ...(o.draws === undefined ? {} : { draws: o.draws }), ...(o.seed === undefined ? {} : { seed: o.seed }), ...(o.sampling === undefined ? {} : { sampling: o.sampling }) };
}

/** A draw's multiplier of an input: drawn / published for a factor row, (1 - drawn) / (1 - published) for a removal or a fuel saving, the drawn value for a multiplier. */
function multiplier(input: UncertainInput, u: number): number {
  const q = rangeQuantile(input.distribution, u);
  return input.kind === "factor" ? q / input.point : input.kind === "removal" || input.kind === "fuelSaving" ? (1 - q) / (1 - input.point) : q;
}

/**
 * Where each figure sits in a draw's vector: emissions cells (baseline, scenario, reduction),
 * totals per year, scope and species, Shapley shares, CO2e rows, CO2e Shapley shares, extras.
 * @internal
 */
export interface FigureLayout {
  readonly size: number;
  readonly cells: number;
  /** The plan's scopes, then `all`. */
  readonly scopes: readonly string[];
  /** Group index -> scope index. */
  readonly scopeOf: Int32Array;
  readonly totals: number;
  readonly shares: number;
  readonly co2e: number;
  readonly co2eShares: number;
  readonly at: { readonly emissions: number; readonly totals: number; readonly shares: number; readonly co2e: number; readonly co2eShares: number; readonly extra: number };
}

function figureLayout(plan: Plan, point: FastScenarioResult, extra: ExtraFigures | undefined): FigureLayout {
  const { groups } = point.tables;
  const Y = plan.years.length;
  const S = plan.species.length;
  // the scopes of the groups, then "all": every scope together, as the trajectories chart sums them
  const scopes = [...new Set(groups.map((g) => g.scope)), "all"];
  const cells = Y * groups.length * S;
  const totals = Y * scopes.length * S;
  const shares = Y * plan.measures.length * S;
  const co2e = point.co2e.length;
  const co2eShares = point.co2eAttribution.length;
  const at = { emissions: 0, totals: 3 * cells, shares: 3 * cells + 3 * totals, co2e: 3 * cells + 3 * totals + shares, co2eShares: 3 * cells + 3 * totals + shares + 3 * co2e, extra: 3 * cells + 3 * totals + shares + 3 * co2e + co2eShares };
  return { size: at.extra + (extra?.names.length ?? 0), cells, scopes, scopeOf: Int32Array.from(groups, (g) => scopes.indexOf(g.scope)), totals, shares, co2e, co2eShares, at };
}

/** Writes one result's figures at `offset` of `out`. */
function record(layout: FigureLayout, r: FastScenarioResult, plan: Plan, extra: ExtraFigures | undefined, out: Float64Array, offset: number, own?: Float64Array): void {
  const { baseline, scenario, attribution } = r.tables;
  const { cells, totals, at } = layout;
  const S = plan.species.length;
  const G = layout.scopeOf.length;
  const P = layout.scopes.length;
  const o = offset;
  for (let c = 0; c < cells; c++) {
    const b = baseline[c] as number;
    const s = scenario[c] as number;
    out[o + c] = b;
    out[o + cells + c] = s;
    out[o + 2 * cells + c] = b - s;
    const yi = Math.floor(c / (G * S));
    const t = (yi * P + (layout.scopeOf[Math.floor(c / S) % G] as number)) * S + (c % S);
    const all = (yi * P + P - 1) * S + (c % S);
    out[o + at.totals + t] = (out[o + at.totals + t] as number) + b;
    out[o + at.totals + totals + t] = (out[o + at.totals + totals + t] as number) + s;
    out[o + at.totals + all] = (out[o + at.totals + all] as number) + b;
    out[o + at.totals + totals + all] = (out[o + at.totals + totals + all] as number) + s;
  }
  for (let t = 0; t < totals; t++) out[o + at.totals + 2 * totals + t] = (out[o + at.totals + t] as number) - (out[o + at.totals + totals + t] as number);
  for (let k = 0; k < layout.shares; k++) out[o + at.shares + k] = attribution[k * 3 + 2] as number;
  r.co2e.forEach((row, k) => {
    out[o + at.co2e + k] = row.baseline;
    out[o + at.co2e + layout.co2e + k] = row.scenario;
    out[o + at.co2e + 2 * layout.co2e + k] = row.reduction;
  });
  r.co2eAttribution.forEach((row, k) => (out[o + at.co2eShares + k] = row.shapley));
  if (extra !== undefined) {
    const x = extra.compute(r, plan, own);
    for (let k = 0; k < extra.names.length; k++) out[o + at.extra + k] = x[k] as number;
  }
}
