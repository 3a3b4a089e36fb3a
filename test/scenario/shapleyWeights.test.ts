import { describe, expect, it } from "vitest";
import { shapleyIntegerWeights, shapleyWeightsByMask } from "../../src/attribution/shapleyWeights.js";

// The Shapley weight of a coalition S not containing i is |S|! (n-|S|-1)! / n! (Shapley 1953);
// over all S without i they sum to 1 (each ordering of the n measures counted once).
describe("cached Shapley weights", () => {
  it("sum to 1 over the coalitions without any one measure, for n = 1..12", () => {
    for (let n = 1; n <= 12; n++) {
      const w = shapleyWeightsByMask(n);
      for (let i = 0; i < n; i++) {
        let sum = 0;
        for (let mask = 0; mask < 2 ** n; mask++) if (!(mask & (1 << i))) sum += w[mask]!;
        expect(Math.abs(sum - 1)).toBeLessThan(1e-13); // float64 rounding of up to 2048 terms
      }
    }
  });

  it("are the integer weights k! (n-k-1)! over n!: for 3 measures 2, 1, 2 over 6", () => {
    expect(shapleyIntegerWeights(3)).toEqual({ bySize: [2n, 1n, 2n], nFactorial: 6n });
    expect(Array.from(shapleyWeightsByMask(3))).toEqual([2 / 6, 1 / 6, 1 / 6, 2 / 6, 1 / 6, 2 / 6, 2 / 6, 0]);
  });

  it("are computed once per measure count (the same table is returned)", () => {
    expect(shapleyWeightsByMask(5)).toBe(shapleyWeightsByMask(5));
    expect(shapleyIntegerWeights(5)).toBe(shapleyIntegerWeights(5));
  });
});
