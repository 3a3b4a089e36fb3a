import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { randomPermutation, seededRandom } from "../../src/attribution/seededRandom.js";

const draw = (seed: number, count: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: count }, () => random());
};

describe("seededRandom (mulberry32)", () => {
  it("gives the same sequence for the same seed, in [0, 1) (property)", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (seed) => {
        const a = draw(seed, 20);
        expect(draw(seed, 20)).toEqual(a);
        expect(a.every((x) => x >= 0 && x < 1)).toBe(true);
      }),
    );
  });

  it("gives different sequences for neighbouring, negative and large seeds", () => {
    const firsts = [0, 1, 2, -1, 2 ** 32, 2 ** 32 + 1, Number.MAX_SAFE_INTEGER].map((s) => draw(s, 1)[0]);
    expect(new Set(firsts).size).toBe(firsts.length);
  });

  it("is roughly uniform: 100,000 draws have mean 1/2 and each tenth holds about a tenth", () => {
    const xs = draw(12345, 100_000);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 2);
    const tenths = new Array<number>(10).fill(0);
    for (const x of xs) tenths[Math.floor(x * 10)] = (tenths[Math.floor(x * 10)] ?? 0) + 1;
    // Binomial(100000, 0.1): standard deviation 95; allow 5 of them.
    expect(tenths.every((c) => Math.abs(c - 10_000) < 475)).toBe(true);
  });
});

describe("randomPermutation (Fisher-Yates)", () => {
  it("returns a permutation of 0..n-1 (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 40 }), fc.integer(), (n, seed) => {
        const order = randomPermutation(new Int32Array(n), seededRandom(seed));
        expect([...order].sort((a, b) => a - b)).toEqual([...Array(n).keys()]);
      }),
    );
  });

  it("draws each of the 6 orderings of 3 measures about equally often", () => {
    const random = seededRandom(99);
    const counts = new Map<string, number>();
    const order = new Int32Array(3);
    for (let k = 0; k < 60_000; k++) {
      const key = randomPermutation(order, random).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(6);
    // Binomial(60000, 1/6): standard deviation 91; allow 5 of them.
    expect([...counts.values()].every((c) => Math.abs(c - 10_000) < 455)).toBe(true);
  });
});
