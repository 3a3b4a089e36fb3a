import type { EmissionScope } from "../factors/scopeOfFuel.js";
import type { FastScenarioResult } from "../scenario/evaluate/fastScenarioResult.js";
import type { Plan } from "../scenario/plan.js";
import type { Species } from "../units/species.js";
import type { FigureLayout } from "./runUncertainty.js";
import { type Summary, summarise } from "./summary.js";
import type { UncertainInput } from "./uncertainInputs.js";
import type { SAMPLING } from "./uncertaintySection.js";

/**
 * Emissions of one year, sector, scope and species over the draws [t/yr], float64.
 * @category Uncertainty
 */
export interface UncertainEmissionsRow {
  readonly year: number;
  readonly sector: string;
  readonly scope: EmissionScope;
  readonly species: Species;
  readonly baseline: Summary;
  readonly scenario: Summary;
  readonly reduction: Summary;
}

/**
 * Emissions of one year, scope (or all scopes) and species summed over sectors, over the draws [t/yr], float64.
 * @category Uncertainty
 */
export type UncertainTotalRow = Omit<UncertainEmissionsRow, "sector" | "scope"> & {
  /** A scope, or `all` for every scope together (direct, indirect, indirectHeat, upstream). */
  readonly scope: EmissionScope | "all";
};

/**
 * A measure's Shapley share of one species' reduction in one year over the draws [t/yr], float64.
 * @category Uncertainty
 */
export interface UncertainAttributionRow {
  readonly year: number;
  readonly measure: string;
  readonly species: Species;
  readonly shapley: Summary;
}

/**
 * CO2e of one year under one metric over the draws [t CO2-eq/yr], float64.
 * @category Uncertainty
 */
export interface UncertainCo2eRow {
  readonly metric: string;
  readonly year: number;
  readonly baseline: Summary;
  readonly scenario: Summary;
  readonly reduction: Summary;
}

/**
 * A measure's Shapley share of the CO2e reduction of one year under one metric over the draws
 * [t CO2-eq/yr], float64.
 * @category Uncertainty
 */
export interface UncertainCo2eAttributionRow {
  readonly metric: string;
  readonly year: number;
  readonly measure: string;
  readonly shapley: Summary;
}

/**
 * What {@link runUncertainty} gives: every figure of the point run summarised over the draws
 * (float64: the method is statistical), in the order of the point run's rows, with the inputs
 * drawn and how.
 * @category Uncertainty
 */
export interface UncertaintyResult {
  readonly draws: number;
  readonly seed: number;
  readonly sampling: (typeof SAMPLING)[number];
  /** Every input drawn, with its distribution and how many coefficients or penetrations it acts on. */
  readonly inputs: readonly UncertainInput[];
  /** Selected factor rows not varied: they reach the plan only through electricity or district heat (vary those with `grid`). */
  readonly notVaried: readonly string[];
  readonly emissions: readonly UncertainEmissionsRow[];
  readonly totals: readonly UncertainTotalRow[];
  readonly attribution: readonly UncertainAttributionRow[];
  readonly co2e: readonly UncertainCo2eRow[];
  readonly co2eAttribution: readonly UncertainCo2eAttributionRow[];
  /** The figures of {@link ExtraFigures}, by name. */
  readonly extra: readonly { readonly name: string; readonly value: Summary }[];
  /** The largest convergence change of any figure's 2.5th, 50th or 97.5th percentile (see {@link Summary}) [-]. */
  readonly largestChange: number;
}

interface Collected {
  readonly plan: Plan;
  readonly point: FastScenarioResult;
  readonly draws: number;
  readonly seed: number;
  readonly sampling: (typeof SAMPLING)[number];
  readonly inputs: readonly UncertainInput[];
  readonly notVaried: readonly string[];
  /** [draw x layout.size + figure]. */
  readonly values: Float64Array;
  readonly pointValues: Float64Array;
  readonly layout: FigureLayout;
  readonly extraNames: readonly string[];
}

/** The summaries of the collected draws, as rows. @internal */
export function uncertaintyRows(c: Collected): UncertaintyResult {
  const { plan, point, draws, layout, values } = c;
  const column = new Float64Array(draws);
  const scratch = new Float64Array(draws);
  let largestChange = 0;
  const of = (figure: number): Summary => {
    for (let d = 0; d < draws; d++) column[d] = values[d * layout.size + figure] as number;
    const s = summarise(column, c.pointValues[figure] as number, scratch);
    largestChange = Math.max(largestChange, ...s.change);
    return s;
  };
  const S = plan.species.length;
  const M = plan.measures.length;
  const { groups } = point.tables;
  const G = groups.length;
  const group = new Map(groups.map((g, i) => [`${g.sector}|${g.scope}`, i]));
  const yearIndex = new Map(plan.years.map((y, i) => [y, i]));
  const si = (s: Species) => plan.species.indexOf(s);
  const three = (start: number, n: number, k: number) => ({ baseline: of(start + k), scenario: of(start + n + k), reduction: of(start + 2 * n + k) });
  const emissions = point.emissions.map((r) => ({ year: r.year, sector: r.sector, scope: r.scope, species: r.species, ...three(layout.at.emissions, layout.cells, (yearIndex.get(r.year)! * G + group.get(`${r.sector}|${r.scope}`)!) * S + si(r.species)) }));
  const P = layout.scopes.length;
  const totals = plan.years.flatMap((year, yi) => layout.scopes.flatMap((scope, pi) => plan.species.map((species, s) => ({ year, scope: scope as EmissionScope | "all", species, ...three(layout.at.totals, layout.totals, (yi * P + pi) * S + s) }))));
  const measureIndex = new Map(plan.measures.map((m, i) => [m.measure.id, i]));
  const attribution = point.attribution.map((r) => ({ year: r.year, measure: r.measure, species: r.species, shapley: of(layout.at.shares + (yearIndex.get(r.year)! * M + measureIndex.get(r.measure)!) * S + si(r.species)) }));
  const co2e = point.co2e.map((r, k) => ({ metric: r.metric, year: r.year, ...three(layout.at.co2e, layout.co2e, k) }));
  const co2eAttribution = point.co2eAttribution.map((r, k) => ({ metric: r.metric, year: r.year, measure: r.measure, shapley: of(layout.at.co2eShares + k) }));
  const extra = c.extraNames.map((name, k) => ({ name, value: of(layout.at.extra + k) }));
  return { draws, seed: c.seed, sampling: c.sampling, inputs: c.inputs, notVaried: c.notVaried, emissions, totals, attribution, co2e, co2eAttribution, extra, largestChange };
}
