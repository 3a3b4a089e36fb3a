import { InvalidInputError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import type { Perspective } from "./annualCosts.js";
import type { CostPerTonneStatus, ScenarioCosts } from "./scenarioCosts.js";

/**
 * One step of a marginal abatement cost curve: a measure, its reduction (the width of its step)
 * and its cost per tonne (the height), with where the step starts and ends on the cumulative
 * reduction axis [t/yr or t CO2-eq/yr, currency/t].
 * @category Costs
 */
export interface MacStep {
  readonly rank: number;
  readonly measure: string;
  readonly reduction: DecimalString;
  readonly costPerTonne: DecimalString;
  readonly cost: DecimalString;
  readonly cumulativeStart: DecimalString;
  readonly cumulativeEnd: DecimalString;
}

/**
 * A marginal abatement cost curve for one species or metric, year and perspective: the measures
 * that reduce it, cheapest per tonne first, and those left out with the reason.
 * @category Costs
 */
export interface MacCurve {
  readonly year: number;
  readonly kind: "species" | "co2e";
  /** The species, or the metric's name. */
  readonly of: string;
  readonly perspective: Perspective;
  readonly unit: string;
  readonly steps: readonly MacStep[];
  /** Measures with no step: their reduction is zero or negative (no cost per tonne). */
  readonly excluded: readonly { readonly measure: string; readonly status: Exclude<CostPerTonneStatus, "ok">; readonly reduction: DecimalString; readonly cost: DecimalString }[];
}

/**
 * The marginal abatement cost curve of one species (or CO2e under one metric) in one year: each
 * costed measure that reduces it is a step as wide as its reduction and as high as its cost per
 * tonne, cheapest first (ties in the section's order). The widths are the measures' Shapley shares,
 * so the steps of all measures add up to their combined reduction (not to what each would achieve
 * alone). Measures whose reduction is zero or negative are listed in `excluded`, not drawn.
 *
 * @param costs - from {@link scenarioCosts}
 * @param options - `of`: a species or a metric name of the result; `year`; `perspective` (default `society`)
 * @returns the curve [t/yr, currency/t]
 * @throws {@link cobenefits!InvalidInputError} for a species, metric or year the costs have no rows for (with the nearest names)
 * @example
 * ```ts
 * import { macCurve } from "cobenefits/costs";
 * const row = { year: 2030, perspective: "society" as const, kind: "species" as const, of: "SO2", status: "ok" as const, unit: "CNY/t" };
 * const costs = { perTonne: [{ ...row, measure: "a", cost: "300", reduction: "1", costPerTonne: "300" }, { ...row, measure: "b", cost: "200", reduction: "2", costPerTonne: "100" }] };
 * macCurve(costs as never, { of: "SO2", year: 2030 }).steps.map((s) => [s.measure, s.cumulativeStart, s.cumulativeEnd, s.costPerTonne]); // [["b", "0", "2", "100"], ["a", "2", "3", "300"]]
 * ```
 * @category Costs
 */
export function macCurve(costs: Pick<ScenarioCosts, "perTonne">, options: { readonly of: string; readonly year: number; readonly perspective?: Perspective }): MacCurve {
  const perspective = options.perspective ?? "society";
  const rows = costs.perTonne.filter((r) => r.of === options.of && r.year === options.year && r.perspective === perspective);
  if (rows.length === 0) {
    const names = [...new Set(costs.perTonne.map((r) => r.of))];
    const years = [...new Set(costs.perTonne.map((r) => r.year))];
    const problem = !names.includes(options.of)
      ? { path: ["of"], message: `no costs per tonne of "${options.of}"; nearest: ${nearestStrings(options.of, names, 3).join(", ")}` }
      : !years.includes(options.year)
        ? { path: ["year"], message: `no costs in ${options.year}; years: ${years[0]}-${years[years.length - 1]}` }
        : { path: ["perspective"], message: `no costs from the perspective of ${perspective}` };
    throw new InvalidInputError("abatement cost curve", [problem]);
  }
  const ok = rows.filter((r) => r.status === "ok").map((r, i) => ({ r, i })).sort((a, b) => new Dec(a.r.costPerTonne!).cmp(b.r.costPerTonne!) || a.i - b.i);
  let at = new Dec(0);
  const steps = ok.map(({ r }, k) => {
    const start = at;
    at = at.plus(r.reduction);
    return { rank: k + 1, measure: r.measure, reduction: r.reduction, costPerTonne: r.costPerTonne!, cost: r.cost, cumulativeStart: start.toString(), cumulativeEnd: at.toString() };
  });
  const excluded = rows.filter((r) => r.status !== "ok").map((r) => ({ measure: r.measure, status: r.status as Exclude<CostPerTonneStatus, "ok">, reduction: r.reduction, cost: r.cost }));
  return { year: options.year, kind: rows[0]!.kind, of: options.of, perspective, unit: rows[0]!.unit, steps, excluded };
}
