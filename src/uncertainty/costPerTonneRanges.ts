import type { Perspective } from "../costs/annualCosts.js";
import type { ScenarioCosts } from "../costs/scenarioCosts.js";
import { InvalidInputError } from "../errors.js";
import type { Plan } from "../scenario/plan.js";
import type { ExtraFigures } from "./runUncertainty.js";
import type { UncertaintyResult } from "./uncertaintyRows.js";

/**
 * A measure's cost per tonne avoided in one year, from one perspective, over the draws: the point
 * value and the 2.5th, 50th and 97.5th percentiles [currency/t or currency/t CO2-eq], float64; a
 * percentile is null where the draws' reduction at that percentile is zero or negative (no ratio).
 * @category Uncertainty
 */
export interface CostPerTonneRange {
  readonly year: number;
  readonly measure: string;
  readonly perspective: Perspective;
  readonly kind: "species" | "co2e";
  /** The species, or the metric's name for CO2e. */
  readonly of: string;
  /** Annual cost, the same in every draw (costs do not depend on the factors drawn) [currency/yr]. */
  readonly cost: number;
  readonly point: number | null;
  readonly low: number | null;
  readonly median: number | null;
  readonly high: number | null;
  readonly unit: string;
}

/**
 * What one figure of {@link costPerTonneFigures} is: year, measure, perspective, species or
 * metric, the annual cost [currency/yr] and where the draw's share is read.
 * @category Uncertainty
 */
export interface CostPerTonneKey {
  readonly year: number;
  readonly yi: number;
  readonly measure: string;
  readonly mi: number;
  readonly perspective: Perspective;
  readonly kind: "species" | "co2e";
  readonly of: string;
  readonly index: number;
  readonly cost: number;
  readonly unit: string;
}

/**
 * The costs' hook into {@link runUncertainty}: per year, measure, perspective and species (or
 * metric) with a non-zero annual cost, the measure's Shapley share divided by that cost
 * [t per currency], an extra figure of every draw. {@link costPerTonneRanges} turns its
 * percentiles into those of the cost per tonne.
 *
 * @param plan - the plan the draws run on
 * @param costs - from `scenarioCosts` (cobenefits/costs) on the same plan
 * @returns the extra figures, with their keys
 * @example
 * ```ts
 * import { costPerTonneFigures } from "cobenefits/uncertainty";
 * costPerTonneFigures({ years: [2030], species: ["SO2"], measures: [], scenario: { metrics: [] } } as never, { annual: [], currency: "CNY" } as never).names; // []
 * ```
 * @category Uncertainty
 */
export function costPerTonneFigures(plan: Plan, costs: Pick<ScenarioCosts, "annual" | "currency">): ExtraFigures & { readonly keys: readonly CostPerTonneKey[] } {
  const Y = plan.years.length;
  const M = plan.measures.length;
  const S = plan.species.length;
  const metrics = plan.scenario.metrics;
  const keys: CostPerTonneKey[] = [];
  for (const r of costs.annual) {
    const cost = Number(r.total);
    const yi = plan.years.indexOf(r.year);
    const mi = plan.measures.findIndex((m) => m.measure.id === r.measure);
    if (cost === 0 || yi < 0 || mi < 0) continue;
    const base = { year: r.year, yi, measure: r.measure, mi, perspective: r.perspective, cost };
    plan.species.forEach((of, si) => keys.push({ ...base, kind: "species", of, index: ((yi * M + mi) * S + si) * 3 + 2, unit: `${costs.currency}/t` }));
    metrics.forEach((of, k) => keys.push({ ...base, kind: "co2e", of, index: (k * Y + yi) * M + mi, unit: `${costs.currency}/t CO2-eq` }));
  }
  return {
    keys,
    names: keys.map((k) => `t per ${costs.currency}: ${k.measure} ${k.year} ${k.perspective} ${k.of}`),
    compute: (result) => keys.map((k) => (k.kind === "species" ? (result.tables.attribution[k.index] as number) : result.co2eAttribution[k.index]!.shapley) / k.cost),
  };
}

/**
 * Cost per tonne avoided over the draws, from the percentiles of {@link costPerTonneFigures}.
 *
 * Method: the cost is fixed and the reduction drawn, so the cost per tonne c = cost / reduction
 * is a decreasing function of x = reduction / cost wherever the reduction is positive; the p-th
 * percentile of c is therefore 1 / (the (100 - p)-th percentile of x), exactly at the order
 * statistics (between them, the interpolation is done on x). Where that percentile of the
 * reduction is zero or negative there is no ratio: null (as `scenarioCosts` gives no ratio for a
 * zero or negative reduction).
 *
 * @param u - from {@link runUncertainty} with the figures' `names` and `compute` as `extra`
 * @param figures - from {@link costPerTonneFigures}
 * @returns one row per year, measure, perspective and species or metric
 * @throws {@link cobenefits!InvalidInputError} when the draws varied a penetration: costs are computed at the
 *   point penetrations, so their ratio to a drawn reduction would mix two states
 * @example
 * ```ts
 * import { costPerTonneRanges } from "cobenefits/uncertainty";
 * costPerTonneRanges({ inputs: [], extra: [] } as never, { keys: [] } as never); // []
 * ```
 * @category Uncertainty
 */
export function costPerTonneRanges(u: Pick<UncertaintyResult, "inputs" | "extra">, figures: { readonly keys: readonly CostPerTonneKey[] }): CostPerTonneRange[] {
  const varied = u.inputs.filter((i) => i.kind === "penetration").map((i) => i.id);
  if (varied.length > 0) throw new InvalidInputError("uncertainty", varied.map((id) => ({ path: ["uncertainty", "measures"], message: `${id}: the costs are computed at the point penetrations, so cost per tonne has no range when a penetration is drawn; draw it without the penetration range` })));
  const start = u.extra.length - figures.keys.length;
  return figures.keys.map((k, j) => {
    const s = u.extra[start + j]!.value;
    const inverse = (x: number) => (x * k.cost > 0 ? 1 / x : null); // a positive reduction has x of the cost's sign
    return { year: k.year, measure: k.measure, perspective: k.perspective, kind: k.kind, of: k.of, cost: k.cost, point: inverse(s.point), low: inverse(s.high), median: inverse(s.median), high: inverse(s.low), unit: k.unit };
  });
}
