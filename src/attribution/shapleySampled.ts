import { Dec } from "../units/decimal.js";
import { DEFAULT_SHARE_PLACES, apportionEfficient, checkPlaces } from "./apportion.js";
import { type Game, MAX_MASK_MEASURES, argumentError, checkPlayerCount, evaluateGame } from "./game.js";
import type { ShareOptions } from "./shapleyExact.js";
import { fromScaledInteger, powerOfTen, toScaledInteger } from "./scaledIntegers.js";
import { randomPermutation, seededRandom } from "./seededRandom.js";

/**
 * Options of {@link shapleySampled}. Both the sample size and the seed are required, so that a
 * sampled result always says how it can be reproduced.
 * @category Scenario
 */
export interface SampledShapleyOptions extends ShareOptions {
  /** Number of orderings of the measures to sample: an integer, at least 2 [-]. */
  readonly permutations: number;
  /** Seed of the pseudo-random generator: any safe integer; the same seed gives the same result [-]. */
  readonly seed: number;
}

/**
 * Sampled Shapley values with their standard errors.
 * @category Scenario
 */
export interface SampledShapley {
  /** Estimated share of each measure, summing exactly to v(all) - v(0) [unit of the outcomes]. */
  readonly shares: Dec[];
  /** Standard error of each estimated share: sample standard deviation / sqrt(permutations) [unit of the outcomes]. */
  readonly standardError: Dec[];
  /** Number of orderings sampled [-]. */
  readonly permutations: number;
}

/** Walks the masks visited by each sampled ordering: mask 0, then one more measure at a time. */
function forEachStep(n: number, permutations: number, seed: number, step: (measure: number, before: number, after: number) => void): void {
  const random = seededRandom(seed);
  const order = new Int32Array(n);
  for (let p = 0; p < permutations; p++) {
    let mask = 0;
    for (const i of randomPermutation(order, random)) {
      const before = mask;
      mask |= 1 << i;
      step(i, before, mask);
    }
  }
}

function checkSampling(n: number, options: SampledShapleyOptions): void {
  checkPlayerCount("shapleySampled", n, MAX_MASK_MEASURES, "a mask holds at most 31 measures");
  const { permutations, seed } = options;
  if (!Number.isSafeInteger(permutations) || permutations < 2) {
    argumentError("shapleySampled", "permutations", `must be an integer of at least 2 (the standard error needs two samples), got ${String(permutations)}`);
  }
  if (!Number.isSafeInteger(seed)) argumentError("shapleySampled", "seed", `must be a safe integer, got ${String(seed)}`);
  checkPlaces("shapleySampled", options.places ?? DEFAULT_SHARE_PLACES);
}

/**
 * Shapley values of a game over n measures estimated by sampling orderings of the measures, for
 * games too large for {@link shapleyExact}.
 *
 * Method: Castro, Gómez and Tejada (2009), "Polynomial calculation of the Shapley value based on
 * sampling", Computers & Operations Research 36(5):1726-1730, doi:10.1016/j.cor.2008.04.004.
 * `permutations` orderings are drawn uniformly (Fisher-Yates with a seeded mulberry32 generator);
 * along each, measure i is credited with v(its predecessors ∪ {i}) - v(its predecessors). The
 * estimate is the mean credit, an unbiased estimate of the Shapley value, with standard error
 * s_i / sqrt(permutations) (s_i the sample standard deviation of the credits). Each ordering's
 * credits telescope to v(all) - v(0), so the means sum to it exactly; they are computed as exact
 * fractions and rounded by {@link apportion} to `places` decimals keeping that sum exact. Each
 * distinct mask is evaluated once (outcomes are cached). The same seed gives the same result.
 *
 * @param n - number of measures, 0 to {@link MAX_MASK_MEASURES} (31) [-]
 * @param value - the game: the outcome when the measures whose bits are set in the mask are applied [any unit]
 * @param options - `permutations` (at least 2) and `seed` (required), `places` (default 24)
 * @returns the estimated shares (summing exactly to v(2^n - 1) - v(0)), their standard errors
 *   [unit of the outcomes], and the number of orderings sampled
 * @throws {@link cobenefits!InvalidInputError} naming `n`, `permutations`, `seed` or `places` when invalid,
 *   and `value[mask]` when the game returns something other than a finite decimal
 * @example
 * ```ts
 * import { shapleySampled } from "cobenefits/engine";
 * // Two measures: 10 t alone, 20 t alone, 24 t together. Exact shares: 7 and 17.
 * const reduction = (mask: number) => ["0", "10", "20", "24"][mask]!;
 * const r = shapleySampled(2, reduction, { permutations: 1000, seed: 42 });
 * r.shares[0]!.plus(r.shares[1]!).toString(); // "24"
 * r.standardError[0]!.toNumber() < 0.1; // true
 * ```
 * @category Scenario
 */
export function shapleySampled(n: number, value: Game, options: SampledShapleyOptions): SampledShapley {
  checkSampling(n, options);
  const { permutations, seed } = options;
  const outcomes = new Map<number, Dec>([[0, evaluateGame("shapleySampled", value, 0)]]);
  forEachStep(n, permutations, seed, (_, __, after) => {
    if (!outcomes.has(after)) outcomes.set(after, evaluateGame("shapleySampled", value, after));
  });
  let scale = 0;
  for (const v of outcomes.values()) scale = Math.max(scale, v.decimalPlaces());
  const exact = new Map<number, bigint>();
  for (const [mask, v] of outcomes) exact.set(mask, toScaledInteger(v, scale));
  const sums = new Array<bigint>(n).fill(0n);
  const squares = new Array<bigint>(n).fill(0n);
  forEachStep(n, permutations, seed, (i, before, after) => {
    const credit = (exact.get(after) ?? 0n) - (exact.get(before) ?? 0n);
    sums[i] = (sums[i] ?? 0n) + credit;
    squares[i] = (squares[i] ?? 0n) + credit * credit;
  });
  const m = BigInt(permutations);
  const unit = new Dec(powerOfTen(scale).toString());
  const total = fromScaledInteger((exact.get(2 ** n - 1) ?? 0n) - (exact.get(0) ?? 0n), scale);
  // Var(mean) = s^2 / m = (m sum(d^2) - (sum d)^2) / (m^2 (m - 1)), exact in integers until the square root.
  const standardError = sums.map((s, i) =>
    new Dec((m * (squares[i] ?? 0n) - s * s).toString()).div((m * m * (m - 1n)).toString()).sqrt().div(unit),
  );
  const shares = apportionEfficient("shapleySampled", sums, m * powerOfTen(scale), total, options.places ?? DEFAULT_SHARE_PLACES);
  return { shares, standardError, permutations };
}
