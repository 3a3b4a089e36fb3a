import type { Co2eTableRow } from "./co2eTable.js";
import { ALL_MEASURES, type TidyRow } from "./tidyTable.js";
import type { UncertaintyResult } from "../uncertainty/uncertaintyRows.js";

/**
 * The range columns a tidy output gains when draws are on: the 2.5th, 50th and 97.5th percentiles
 * of the row's `reduction` (float64; empty where the draws give no figure for the row).
 * @category Report
 */
export const RANGE_COLUMNS = ["low", "median", "high"] as const;

/**
 * A tidy row with the 2.5th, 50th and 97.5th percentiles of its reduction over the draws (null
 * where the draws give no figure for it), float64.
 * @category Report
 */
export type WithRanges<T> = T & { readonly low: number | null; readonly median: number | null; readonly high: number | null };

const none = { low: null, median: null, high: null };

/**
 * The tidy emissions rows with `low`, `median` and `high` of their reduction. The totals of a
 * year, sector, scope and species get their range; a measure's share in one sector gets none (the
 * draws give each measure's share summed over sectors: see `uncertainty.csv`, kind `share`).
 *
 * @param rows - from {@link cobenefits!tidyTable}
 * @param u - from {@link cobenefits/uncertainty!runUncertainty} on the same plan
 * @returns the rows with the three columns [t/yr]
 * @example
 * ```ts
 * import { tidyWithRanges } from "cobenefits/uncertainty";
 * tidyWithRanges([], { emissions: [] } as never); // []
 * ```
 * @category Report
 */
export function tidyWithRanges(rows: readonly TidyRow[], u: Pick<UncertaintyResult, "emissions">): WithRanges<TidyRow>[] {
  const byKey = new Map(u.emissions.map((e) => [`${e.year}|${e.sector}|${e.scope}|${e.species}`, e.reduction]));
  return rows.map((r) => {
    const s = r.measure === ALL_MEASURES ? byKey.get(`${r.year}|${r.sector}|${r.scope}|${r.species}`) : undefined;
    return { ...r, ...(s === undefined ? none : { low: s.low, median: s.median, high: s.high }) };
  });
}

/**
 * The CO2e rows with `low`, `median` and `high` of their reduction: the total of each year and
 * metric, and each measure's Shapley share.
 *
 * @param rows - from {@link cobenefits!co2eTable}
 * @param u - from {@link cobenefits/uncertainty!runUncertainty} on the same plan
 * @returns the rows with the three columns [t CO2-eq/yr]
 * @example
 * ```ts
 * import { co2eWithRanges } from "cobenefits/uncertainty";
 * co2eWithRanges([], { co2e: [], co2eAttribution: [] } as never); // []
 * ```
 * @category Report
 */
export function co2eWithRanges(rows: readonly Co2eTableRow[], u: Pick<UncertaintyResult, "co2e" | "co2eAttribution">): WithRanges<Co2eTableRow>[] {
  const totals = new Map(u.co2e.map((c) => [`${c.year}|${c.metric}`, c.reduction]));
  const shares = new Map(u.co2eAttribution.map((c) => [`${c.year}|${c.metric}|${c.measure}`, c.shapley]));
  return rows.map((r) => {
    const s = r.measure === ALL_MEASURES ? totals.get(`${r.year}|${r.metric}`) : shares.get(`${r.year}|${r.metric}|${r.measure}`);
    return { ...r, ...(s === undefined ? none : { low: s.low, median: s.median, high: s.high }) };
  });
}
