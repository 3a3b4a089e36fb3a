import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { intervalDistribution, normalQuantile, rangeQuantile, uniformDraws, percentileOfSorted } from "../../src/uncertainty.js";

describe("normalQuantile (Wichura 1988, AS 241)", () => {
  it("gives the standard normal's published percentage points", () => {
    // Tables of the standard normal distribution (e.g. Abramowitz & Stegun 1964, Table 26.5):
    // z(0.975) = 1.959964, z(0.999) = 3.090232, z(0.5) = 0; z(1e-10) = -6.361341 (the tail branch)
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963985, 9);
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232306, 9);
    expect(normalQuantile(0.5)).toBe(0);
    expect(normalQuantile(1e-10)).toBeCloseTo(-6.361340902, 8);
  });

  it("is antisymmetric and increasing", () => {
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 0.4999, noNaN: true }), (p) => {
      expect(normalQuantile(p)).toBeCloseTo(-normalQuantile(1 - p), 6);
      expect(normalQuantile(p)).toBeLessThan(normalQuantile(p + 1e-6));
    }));
  });

  it("refuses a probability of 0 or 1", () => {
    expect(() => normalQuantile(0)).toThrow(RangeError);
    expect(() => normalQuantile(1)).toThrow(RangeError);
  });
});

describe("rangeQuantile", () => {
  it("puts low and high at the 2.5th and 97.5th percentiles of a normal and a lognormal range", () => {
    for (const distribution of ["normal", "lognormal"] as const) {
      const r = { distribution, low: "50", high: "200" };
      expect(rangeQuantile(r, 0.025)).toBeCloseTo(50, 9);
      expect(rangeQuantile(r, 0.975)).toBeCloseTo(200, 9);
    }
    // the lognormal's median is the geometric mean of the bounds, the normal's their midpoint
    expect(rangeQuantile({ distribution: "lognormal", low: "50", high: "200" }, 0.5)).toBeCloseTo(100, 9);
    expect(rangeQuantile({ distribution: "normal", low: "50", high: "200" }, 0.5)).toBeCloseTo(125, 9);
  });

  it("inverts the uniform and the triangular distribution functions", () => {
    expect(rangeQuantile({ distribution: "uniform", low: "2", high: "4" }, 0.25)).toBe(2.5);
    // triangular 0, 1, 4: F(1) = 1/4, so u = 1/4 gives the mode; F(x) = x^2/4 below it
    const tri = { distribution: "triangular", low: "0", mode: "1", high: "4" } as const;
    expect(rangeQuantile(tri, 0.25)).toBeCloseTo(1, 12);
    expect(rangeQuantile(tri, 1 / 16)).toBeCloseTo(0.5, 12);
    // above the mode 1 - F(x) = (4 - x)^2 / 12: u = 1 - 3/12 gives x = 1... check x = 2: (2)^2/12 = 1/3
    expect(rangeQuantile(tri, 1 - 1 / 3)).toBeCloseTo(2, 12);
  });

  it("stays within a bounded range's bounds for every probability", () => {
    fc.assert(fc.property(fc.double({ min: 1e-9, max: 1 - 1e-9, noNaN: true }), (u) => {
      const x = rangeQuantile({ distribution: "triangular", low: "0.5", mode: "0.9", high: "0.95" }, u);
      expect(x).toBeGreaterThanOrEqual(0.5);
      expect(x).toBeLessThanOrEqual(0.95);
    }));
  });
});

describe("intervalDistribution: the IPCC 2006 Vol. 1 ch. 3 / EMEP/EEA 2019 Part A ch. 5 rule", () => {
  it("takes a normal for an interval symmetric about the value, a lognormal for a skewed one", () => {
    expect(intervalDistribution("500", { lower: "400", upper: "600" })).toEqual({ distribution: "normal", low: "400", high: "600" });
    // EMEP/EEA 2019 1.A.4 Tier 1 hard coal, PM2.5 398 g/GJ with 72 to 480: skewed
    expect(intervalDistribution("398", { lower: "72", upper: "480" })).toEqual({ distribution: "lognormal", low: "72", high: "480" });
  });

  it("compares as decimals, so that 0.1 + 0.2 is exactly symmetric", () => {
    expect(intervalDistribution("0.2", { lower: "0.1", upper: "0.3" })).toMatchObject({ distribution: "normal" });
  });

  it("says why a skewed interval starting at 0 fits no lognormal", () => {
    expect(intervalDistribution("1", { lower: "0", upper: "5" })).toMatchObject({ problem: expect.stringContaining("no lognormal") });
  });
});

describe("uniformDraws", () => {
  it("puts one Latin hypercube draw in each stratum of every input", () => {
    fc.assert(fc.property(fc.integer({ min: 2, max: 300 }), fc.integer({ min: 1, max: 6 }), fc.integer(), (n, k, seed) => {
      const u = uniformDraws(n, k, seed, "latinHypercube");
      for (let j = 0; j < k; j++) {
        const strata = Array.from({ length: n }, (_, d) => Math.floor(u[d * k + j]! * n)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
      }
    }), { numRuns: 50 });
  });

  it("is reproducible from its seed and strictly inside (0, 1)", () => {
    fc.assert(fc.property(fc.integer(), fc.constantFrom("monteCarlo" as const, "latinHypercube" as const), (seed, sampling) => {
      const a = uniformDraws(50, 3, seed, sampling);
      expect(uniformDraws(50, 3, seed, sampling)).toEqual(a);
      expect(a.every((x) => x > 0 && x < 1)).toBe(true);
    }), { numRuns: 50 });
    expect(uniformDraws(50, 3, 1, "monteCarlo")).not.toEqual(uniformDraws(50, 3, 2, "monteCarlo"));
  });

  it("has Monte Carlo draws whose mean is near 1/2 (3 sigma of 10,000 uniform draws: 0.0087)", () => {
    const u = uniformDraws(10_000, 1, 42, "monteCarlo");
    expect(Math.abs(u.reduce((a, b) => a + b, 0) / u.length - 0.5)).toBeLessThan(0.0087);
  });
});

describe("percentileOfSorted (Hyndman & Fan 1996, definition 7)", () => {
  it("interpolates between order statistics as R's and NumPy's default does", () => {
    const x = Float64Array.of(1, 2, 3, 4, 10);
    // h = (n - 1) p / 100: 0.1, 2 and 3.9, so 1 + 0.1 x 1, 3, and 4 + 0.9 x 6 (numpy.percentile gives [1.1, 3.0, 9.4])
    expect(percentileOfSorted(x, 2.5)).toBeCloseTo(1.1, 12);
    expect(percentileOfSorted(x, 50)).toBe(3);
    expect(percentileOfSorted(x, 97.5)).toBeCloseTo(9.4, 12);
  });
});
