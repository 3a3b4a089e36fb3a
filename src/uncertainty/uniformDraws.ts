import { randomPermutation, seededRandom } from "../attribution/seededRandom.js";
import type { SAMPLING } from "./uncertaintySection.js";

/**
 * Uniform probabilities for `draws` draws of `inputs` inputs, seeded and reproducible:
 * Monte Carlo (each independent) or Latin hypercube (McKay, Beckman & Conover 1979: each input's
 * (0, 1) cut into `draws` equal strata, one draw in each, the strata of different inputs paired by
 * independent random permutations). Every value is strictly inside (0, 1), so every quantile
 * function is finite.
 *
 * Method: the project's seeded generator (mulberry32, {@link cobenefits/engine!shapleySampled} uses it),
 * one stream for the whole matrix, drawn in a fixed order (Monte Carlo: draw by draw, input by
 * input; Latin hypercube: input by input, a permutation then the positions inside the strata), so
 * the same seed gives the same matrix on every platform. A raw 32-bit value k becomes
 * (k + 0.5) / 2^32.
 *
 * @param draws - number of draws [-]
 * @param inputs - number of uncertain inputs [-]
 * @param seed - the seed, a safe integer [-]
 * @param sampling - `monteCarlo` or `latinHypercube`
 * @returns probabilities [draw x inputs + input], float64 [-]
 * @example
 * ```ts
 * import { uniformDraws } from "cobenefits/uncertainty";
 * const u = uniformDraws(4, 1, 7, "latinHypercube");
 * [...u].map((x) => Math.floor(x * 4)).sort(); // [0, 1, 2, 3]: one draw in each quarter
 * ```
 * @category Uncertainty
 */
export function uniformDraws(draws: number, inputs: number, seed: number, sampling: (typeof SAMPLING)[number]): Float64Array {
  const random = seededRandom(seed);
  const open = () => (Math.floor(random() * 2 ** 32) + 0.5) / 2 ** 32;
  const u = new Float64Array(draws * inputs);
  if (sampling === "monteCarlo") {
    for (let i = 0; i < u.length; i++) u[i] = open();
    return u;
  }
  const order = new Int32Array(draws);
  for (let j = 0; j < inputs; j++) {
    randomPermutation(order, random);
    for (let d = 0; d < draws; d++) u[d * inputs + j] = Math.min(((order[d] as number) + open()) / draws, 1 - 2 ** -53);
  }
  return u;
}
