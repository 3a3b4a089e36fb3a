/**
 * The percentiles every uncertain figure is summarised by [%]: 2.5, 5, 25, 50, 75, 95, 97.5.
 * @category Uncertainty
 */
export const PERCENTILES = [2.5, 5, 25, 50, 75, 95, 97.5] as const;

/**
 * One figure over the draws, in float64 (the method is statistical, so no result here is an exact
 * decimal): the point run's value, the mean, the standard deviation, the percentiles of
 * {@link PERCENTILES} and the convergence check.
 * @category Uncertainty
 */
export interface Summary {
  /** The value of the point run (no input drawn) [the figure's unit]. */
  readonly point: number;
  readonly mean: number;
  /** Sample standard deviation (n - 1) [the figure's unit]. */
  readonly sd: number;
  /** Percentiles in the order of {@link PERCENTILES} [the figure's unit]. */
  readonly percentiles: readonly number[];
  /** The 2.5th, 50th and 97.5th percentiles, also in `percentiles`. */
  readonly low: number;
  readonly median: number;
  readonly high: number;
  /**
   * Convergence: for the 2.5th, 50th and 97.5th percentiles, the change from the first half of the
   * draws to all of them, as a fraction of the spread between the 2.5th and 97.5th percentiles of
   * all draws (0 when there is no spread) [-]. Small changes mean more draws would barely move them.
   */
  readonly change: readonly [number, number, number];
}

/**
 * The `p`th percentile of sorted values, interpolated linearly between order statistics
 * (definition 7 of Hyndman & Fan 1996, "Sample quantiles in statistical packages", The American
 * Statistician 50(4): 361-365; the default of R and NumPy).
 *
 * @param sorted - values in ascending order, at least one
 * @param p - the percentile, 0 to 100 [%]
 * @returns the percentile [the values' unit]
 * @example
 * ```ts
 * import { percentileOfSorted } from "cobenefits/uncertainty";
 * percentileOfSorted(Float64Array.of(1, 2, 3, 4), 50); // 2.5
 * ```
 * @category Uncertainty
 */
export function percentileOfSorted(sorted: Float64Array, p: number): number {
  const h = ((sorted.length - 1) * p) / 100;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  return lo + 1 >= sorted.length ? a : a + (h - lo) * ((sorted[lo + 1] as number) - a);
}

/**
 * Summarises one figure's draws.
 *
 * @param values - the figure in each draw, in draw order (not changed) [its unit]
 * @param point - the point run's value [its unit]
 * @param scratch - a Float64Array of at least `values.length` to sort in (reused between calls)
 * @returns its summary
 * @example
 * ```ts
 * import { summarise } from "cobenefits/uncertainty";
 * summarise(Float64Array.of(1, 2, 3, 4), 2.5, new Float64Array(4)).median; // 2.5
 * ```
 * @category Uncertainty
 */
export function summarise(values: Float64Array, point: number, scratch: Float64Array): Summary {
  const n = values.length;
  let sum = 0;
  for (let d = 0; d < n; d++) sum += values[d] as number;
  const mean = sum / n;
  let squares = 0;
  for (let d = 0; d < n; d++) squares += ((values[d] as number) - mean) ** 2;
  const half = scratch.subarray(0, n >> 1);
  half.set(values.subarray(0, n >> 1));
  half.sort();
  const early = [2.5, 50, 97.5].map((p) => percentileOfSorted(half, p));
  const all = scratch.subarray(0, n);
  all.set(values);
  all.sort();
  const percentiles = PERCENTILES.map((p) => percentileOfSorted(all, p));
  const [low, median, high] = [percentiles[0]!, percentiles[3]!, percentiles[6]!];
  const spread = high - low;
  const change = [low, median, high].map((v, i) => (spread > 0 ? Math.abs(v - early[i]!) / spread : 0)) as [number, number, number];
  // every draw the same (an input that does not reach the figure): that value, with no spread, not the sum's rounding
  if (all[0] === all[n - 1]) return { point, mean: all[0]!, sd: 0, percentiles, low, median, high, change };
  return { point, mean, sd: n > 1 ? Math.sqrt(squares / (n - 1)) : 0, percentiles, low, median, high, change };
}
