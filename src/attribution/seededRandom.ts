/** The MurmurHash3 32-bit finalizer (Appleby): a bijection of 32-bit words that spreads every bit. */
function mix32(word: number): number {
  let h = word | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/**
 * A seeded pseudo-random number generator, so that sampled results are reproducible: the same
 * seed gives the same sequence on every platform.
 *
 * Method: mulberry32 (Tommy Ettinger, public domain), a 32-bit state advanced by the Weyl
 * increment 0x6D2B79F5 and mixed by two multiply-xorshift rounds; period 2^32. Ample for
 * shuffling a few dozen measures; not for cryptography. A safe-integer seed is folded to 32 bits
 * (low word xor the MurmurHash3 finalizer of the high word; seeds from 0 to 2^32 - 1 are used as
 * they are), so negative and large seeds are accepted.
 *
 * @param seed - any safe integer [-]
 * @returns a function giving the next number, uniform in [0, 1), with 32 random bits [-]
 * @internal
 */
export function seededRandom(seed: number): () => number {
  const high = Math.floor(seed / 2 ** 32);
  let state = (seed - high * 2 ** 32) ^ mix32(high);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Shuffles `order` into a uniformly random permutation of 0..order.length-1 (Fisher-Yates,
 * starting from the identity, so the result depends only on the generator's state).
 * @internal
 */
export function randomPermutation(order: Int32Array, random: () => number): Int32Array {
  for (let k = 0; k < order.length; k++) order[k] = k;
  for (let k = order.length - 1; k > 0; k--) {
    const j = Math.floor(random() * (k + 1));
    const swap = order[k] ?? k;
    order[k] = order[j] ?? j;
    order[j] = swap;
  }
  return order;
}
