import type { ImpactsResult } from "../impacts/computeImpacts.js";
import type { TemperatureResult } from "../impacts/climate/temperatureResponse.js";
import type { Summary } from "./summary.js";

/**
 * The measure name of a total over all measures in {@link ImpactsTotalRange}.
 * @category Uncertainty
 */
export const ALL_MEASURES_TOTAL = "all";

/**
 * One period total of the impacts over the draws: what it sums and its percentiles (float64).
 * Percentiles do not add up, so each total is summed within every draw and summarised after.
 * @category Uncertainty
 */
export interface ImpactsTotalRange {
  /** `avoidedDeaths` [death] and `value` [currency] over the scenario's years and the function's endpoints; `temperatureChange` [K] of one year over the species groups. */
  readonly kind: "avoidedDeaths" | "value" | "temperatureChange";
  /** A measure, or `all` for all measures together. */
  readonly measure: string;
  /** The concentration-response function (avoided deaths and value); null for temperature. */
  readonly function: string | null;
  /** The year (temperature); null for the period totals. */
  readonly year: number | null;
  readonly value: Summary;
}

/**
 * The totals `impactsFigures` adds after its rows: names, and which of its row figures each sums.
 * @category Uncertainty
 */
export interface ImpactsTotalsPlan {
  readonly keys: readonly Omit<ImpactsTotalRange, "value">[];
  readonly names: readonly string[];
  /** Per total, the indices of the row figures (health, then valuation, then temperature groups) it sums. */
  readonly members: readonly (readonly number[])[];
}

const nameOf = (k: Omit<ImpactsTotalRange, "value">) => `${k.kind} total|${k.year ?? ""}|${k.measure}|${k.function ?? ""}`;

/**
 * The period totals of a point run's impacts tables, as sums of their row figures: avoided deaths
 * and value per measure and function over the years (and endpoints), and for all measures; the
 * temperature change per year and measure (`all` included) over the species groups.
 *
 * @param impacts - the point run's impacts
 * @param temperature - its temperature response, if any
 * @returns the totals' keys, figure names and members
 * @example
 * ```ts
 * import { impactsTotalsPlan } from "./impactsTotals.js";
 * impactsTotalsPlan({}, undefined).names; // []
 * ```
 * @category Uncertainty
 */
export function impactsTotalsPlan(impacts: ImpactsResult, temperature: TemperatureResult | undefined): ImpactsTotalsPlan {
  const keys: Omit<ImpactsTotalRange, "value">[] = [];
  const members: number[][] = [];
  const group = (kind: "avoidedDeaths" | "value", rows: readonly { readonly measure: string; readonly function: string }[], offset: number) => {
    const measures = [...new Set(rows.map((r) => r.measure)), ALL_MEASURES_TOTAL];
    const fns = [...new Set(rows.map((r) => r.function))];
    for (const fn of fns) {
      for (const measure of measures) {
        keys.push({ kind, measure, function: fn, year: null });
        members.push(rows.flatMap((r, i) => (r.function === fn && (measure === ALL_MEASURES_TOTAL || r.measure === measure) ? [offset + i] : [])));
      }
    }
  };
  const health = impacts.health?.rows ?? [];
  const valuation = impacts.valuation?.rows ?? [];
  group("avoidedDeaths", health, 0);
  group("value", valuation, health.length);
  const groups = temperature?.groups ?? [];
  const offset = health.length + valuation.length;
  const byYearMeasure = new Map<string, number[]>();
  groups.forEach((g, i) => {
    const key = `${g.year}|${g.measure}`;
    const list = byYearMeasure.get(key);
    if (list === undefined) {
      byYearMeasure.set(key, [offset + i]);
      keys.push({ kind: "temperatureChange", measure: g.measure, function: null, year: g.year });
      members.push(byYearMeasure.get(key)!);
    } else list.push(offset + i);
  });
  return { keys, names: keys.map(nameOf), members };
}

/**
 * The totals of one draw's row figures.
 *
 * @param plan - from {@link impactsTotalsPlan}
 * @param rows - the draw's row figures, in the plan's order
 * @returns one sum per total
 * @example
 * ```ts
 * import { sumTotals } from "./impactsTotals.js";
 * sumTotals({ keys: [], names: ["t"], members: [[0, 2]] }, [1, 5, 2]); // [3]
 * ```
 * @category Uncertainty
 */
export function sumTotals(plan: Pick<ImpactsTotalsPlan, "members" | "names">, rows: ArrayLike<number>): number[] {
  return plan.members.map((m) => m.reduce((s, i) => s + (rows[i] as number), 0));
}

/**
 * The totals' summaries picked from an uncertainty result's extra figures by name.
 *
 * @param plan - from {@link impactsTotalsPlan}
 * @param get - the summary of a figure name
 * @returns one range per total
 * @example
 * ```ts
 * import { totalRanges } from "./impactsTotals.js";
 * totalRanges({ keys: [], names: [], members: [] }, () => { throw new Error("no figure"); }); // []
 * ```
 * @category Uncertainty
 */
export function totalRanges(plan: ImpactsTotalsPlan, get: (name: string) => Summary): ImpactsTotalRange[] {
  return plan.keys.map((k, i) => ({ ...k, value: get(plan.names[i]!) }));
}
