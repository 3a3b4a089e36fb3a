import { popcounts } from "./game.js";

/** Per measure count n, the weight of every coalition mask below 2^n (cached: a table per n, computed once). */
const byMask: Float64Array[] = [];

/**
 * The Shapley weight |S|! (n-|S|-1)! / n! = 1 / (n C(n-1, |S|)) of every coalition mask S below
 * 2^n, in float64 (the full mask, which no share reads, gets 0). Computed once per n and cached,
 * so a caller evaluating many small games allocates nothing per game. The returned table is
 * shared: do not change it.
 * @internal
 */
export function shapleyWeightsByMask(n: number): Float64Array {
  let weights = byMask[n];
  if (weights === undefined) {
    const bySize = new Float64Array(n + 1);
    let binomial = 1; // C(n-1, k)
    for (let k = 0; k < n; k++) {
      bySize[k] = 1 / (n * binomial);
      binomial = (binomial * (n - 1 - k)) / (k + 1);
    }
    const sizes = popcounts(n);
    weights = new Float64Array(2 ** n);
    for (let mask = 0; mask < weights.length; mask++) weights[mask] = bySize[sizes[mask] as number] as number;
    byMask[n] = weights;
  }
  return weights;
}

/** Per measure count n, the integer weights k! (n-k-1)! by coalition size k and n! (cached). */
const integer: { readonly bySize: readonly bigint[]; readonly nFactorial: bigint }[] = [];

/**
 * The integer Shapley weights k! (n-k-1)! for coalition sizes k = 0..n-1, and n! (the weight of a
 * coalition of size k is bySize[k] / n!). Computed once per n and cached; do not change them.
 * @internal
 */
export function shapleyIntegerWeights(n: number): { readonly bySize: readonly bigint[]; readonly nFactorial: bigint } {
  let weights = integer[n];
  if (weights === undefined) {
    const factorials = [1n];
    for (let k = 1; k <= n; k++) factorials.push((factorials[k - 1] ?? 1n) * BigInt(k));
    weights = { bySize: Array.from({ length: n }, (_, k) => (factorials[k] ?? 1n) * (factorials[n - k - 1] ?? 1n)), nFactorial: factorials[n] ?? 1n };
    integer[n] = weights;
  }
  return weights;
}
