import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { sequentialShares, shapleyExact, shapleyFast, shapleySampled } from "../../src/engine.js";
import { Dec } from "../../src/units/decimal.js";
import { ULP, type TableGame, airport, glove, listed, near, outcome, permuteMask, reindexed, sum, tableGame, totalOf } from "./games.js";

const exactOf = (g: TableGame) => shapleyExact(g.n, outcome(g));
const frac = (p: number, q: number) => new Dec(p).div(q);
const strings = (xs: readonly Dec[]) => xs.map(String);

describe("shapleyExact on games with published Shapley values", () => {
  it("gives the glove game 2/3, 1/6, 1/6: one left-glove owner, two right-glove owners, a pair is worth 1", () => {
    // v(S) = 1 when S holds player 0 (left glove) and player 1 or 2 (right gloves). Of the 3! = 6 orderings,
    // player 0 completes the pair in the 4 where it is not first (2/3); player 1 only in (0, 1, 2) (1/6).
    const shares = shapleyExact(3, glove);
    [frac(2, 3), frac(1, 6), frac(1, 6)].forEach((x, i) => expect(near(shares[i] ?? 0, x, ULP)).toBe(true));
    // Rounded to 24 decimals the three remainders tie at 2/3 of a unit, so the two missing units go to players 0 and 1.
    expect(strings(shares)).toEqual(["0.666666666666666666666667", "0.166666666666666666666667", "0.166666666666666666666666"]);
    expect(sum(shares).toString()).toBe("1");
  });

  it("gives the airport game its Littlechild-Owen (1973) shares: runway costs 6, 12, 24 are shared as 2, 5, 17", () => {
    // Littlechild & Owen (1973), Management Science 20(3):370-372: with costs c1 <= ... <= cn and v(S) = max c_i over S,
    // phi_i = sum over j <= i of (c_j - c_{j-1}) / (n - j + 1).
    // phi_1 = 6/3 = 2; phi_2 = 2 + (12 - 6)/2 = 5; phi_3 = 5 + (24 - 12)/1 = 17; 2 + 5 + 17 = 24 = c3.
    expect(strings(shapleyExact(3, airport([6, 12, 24])))).toEqual(["2", "5", "17"]);
  });

  it("gives a four-plane airport game (costs 1, 2, 3, 6) its shares in twelfths, summing exactly to 6", () => {
    // phi_1 = 1/4 = 3/12; phi_2 = 3/12 + 1/3 = 7/12; phi_3 = 7/12 + 1/2 = 13/12; phi_4 = 13/12 + 3/1 = 49/12; sum 72/12 = 6.
    const shares = shapleyExact(4, airport([1, 2, 3, 6]));
    [3, 7, 13, 49].forEach((twelfths, i) => expect(near(shares[i] ?? 0, frac(twelfths, 12), ULP)).toBe(true));
    expect(sum(shares).toString()).toBe("6");
  });

  it("gives the UN Security Council 421/2145 per permanent and 4/2145 per non-permanent member (n = 15)", () => {
    // Shapley-Shubik power index, commonly quoted as 0.1963 and 0.0019. A motion passes with all 5 permanent members
    // (bits 0-4) and at least 4 of the 10 others. A non-permanent member is pivotal when it follows the 5 permanent
    // members and exactly 3 of the other 9: C(9,3) x 8! x 6! / 15! = 84 x 40320 x 720 / 1307674368000 = 4/2145.
    // The permanent members share the rest: (1 - 10 x 4/2145) / 5 = 421/2145.
    const passes = (mask: number) => {
      let others = 0;
      for (let i = 5; i < 15; i++) others += (mask >> i) & 1;
      return (mask & 31) === 31 && others >= 4 ? "1" : "0";
    };
    const shares = shapleyExact(15, passes);
    shares.forEach((s, i) => expect(near(s, i < 5 ? frac(421, 2145) : frac(4, 2145), ULP)).toBe(true));
    expect(sum(shares).toString()).toBe("1");
  });

  it("splits the overlap of two measures evenly: 10 t and 20 t alone, 24 t together -> 7 t and 17 t", () => {
    // phi_0 = 1/2 (10 - 0) + 1/2 (24 - 20) = 7; phi_1 = 1/2 (20 - 0) + 1/2 (24 - 10) = 17.
    expect(strings(shapleyExact(2, listed(["0", "10", "20", "24"])))).toEqual(["7", "17"]);
  });

  it("handles no measures (no shares) and one measure (all of the effect)", () => {
    expect(shapleyExact(0, () => "5")).toEqual([]);
    expect(strings(shapleyExact(1, (mask) => (mask === 1 ? "3.25" : "1")))).toEqual(["2.25"]);
  });

  it("evaluates each of the 2^16 combinations exactly once for 16 measures", () => {
    const calls = new Uint8Array(2 ** 16);
    const effects = Array.from({ length: 16 }, (_, i) => new Dec(i + 1).div(8));
    const additive = (mask: number) => {
      calls[mask] = (calls[mask] ?? 0) + 1;
      return sum(effects.filter((_, i) => (mask >> i) & 1));
    };
    const shares = shapleyExact(16, additive);
    expect(calls.every((c) => c === 1)).toBe(true);
    expect(shares.map((s, i) => s.eq(effects[i] ?? 0))).toEqual(effects.map(() => true));
  });

  it("keeps the shares exact where Dec's 40 digits could not (outcomes of 1e30 with steps of 1e-24)", () => {
    const big = "1000000000000000000000000000000";
    const table = ["0", big, "0.000000000000000000000001", `${big}.000000000000000000000001`];
    expect(strings(shapleyExact(2, listed(table)))).toEqual([big, "1e-24"]);
  });
});

describe("shapleyExact properties (random games, n up to 8, outcomes as decimal strings)", () => {
  it("is efficient: the shares sum exactly to v(all) - v(0)", () => {
    fc.assert(fc.property(tableGame(), (g) => {
        expect(sum(exactOf(g)).eq(totalOf(g))).toBe(true);
      }));
  });

  it("is symmetric: two measures with identical marginal contributions get equal shares (to one unit in the last place)", () => {
    fc.assert(
      fc.property(tableGame(2), fc.nat(), fc.nat(), (g, a, b) => {
        const i = a % g.n;
        const j = (i + 1 + (b % (g.n - 1))) % g.n;
        // Read every coalition holding j but not i as the same coalition with i instead: i and j become interchangeable.
        const swapped = (mask: number) => (((mask >> j) & 1) === 1 && ((mask >> i) & 1) === 0 ? (mask & ~(1 << j)) | (1 << i) : mask);
        const shares = exactOf(reindexed(g, swapped));
        expect(near(shares[i] ?? 0, shares[j] ?? 0, ULP)).toBe(true);
      }),
    );
  });

  it("gives a null player exactly 0: a measure whose bit never changes the outcome", () => {
    fc.assert(
      fc.property(tableGame(1), fc.nat(), (g, a) => {
        const k = a % g.n;
        const shares = exactOf(reindexed(g, (mask) => mask & ~(1 << k)));
        expect(shares[k]?.toString()).toBe("0");
      }),
    );
  });

  it("is additive: the shares of v + w are the shares of v plus the shares of w (within 1e-20)", () => {
    fc.assert(
      fc.property(
        tableGame().chain((v) => tableGame(v.n, v.n).map((w) => [v, w] as const)),
        ([v, w]) => {
          const both = { n: v.n, table: v.table.map((x, mask) => new Dec(x).plus(w.table[mask] ?? "0").toString()) };
          const separate = exactOf(v).map((s, i) => s.plus(exactOf(w)[i] ?? 0));
          exactOf(both).forEach((s, i) => expect(near(s, separate[i] ?? 0, "1e-20")).toBe(true));
        },
      ),
      { numRuns: 50 },
    );
  });

  it("is independent of the order the measures are declared in: permuting the measures permutes the shares", () => {
    fc.assert(
      fc.property(
        tableGame(1).chain((g) => fc.shuffledSubarray([...Array(g.n).keys()], { minLength: g.n }).map((perm) => [g, perm] as const)),
        ([g, perm]) => {
          const shares = exactOf(g);
          // Measure i of the permuted game is measure perm[i] of the original.
          const permuted = exactOf(reindexed(g, (mask) => permuteMask(mask, perm)));
          permuted.forEach((s, i) => expect(near(s, shares[perm[i] ?? 0] ?? 0, ULP)).toBe(true));
        },
      ),
    );
  });

  it("gives every measure of an additive game its own effect exactly, as do the sequential and sampled shares", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 8 }), (units) => {
        const effects = units.map((u) => new Dec(u).div(1000));
        const additive = (mask: number) => sum(effects.filter((_, i) => (mask >> i) & 1)).plus("7");
        const expected = strings(effects);
        expect(strings(shapleyExact(effects.length, additive))).toEqual(expected);
        expect(strings(sequentialShares(effects.length, additive))).toEqual(expected);
        const sampled = shapleySampled(effects.length, additive, { permutations: 20, seed: 1 });
        expect(strings(sampled.shares)).toEqual(expected);
        expect(sampled.standardError.every((e) => e.isZero())).toBe(true);
      }),
      { numRuns: 30 },
    );
  });

  it("agrees with the Littlechild-Owen formula on random airport games", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 8 }), (raw) => {
        const costs = [...raw].sort((a, b) => a - b);
        const n = costs.length;
        let phi = new Dec(0);
        const expected = costs.map((c, j) => (phi = phi.plus(new Dec(c - (costs[j - 1] ?? 0)).div(n - j))));
        shapleyExact(n, airport(costs)).forEach((s, i) => expect(near(s, expected[i] ?? 0, ULP.times(2))).toBe(true));
      }),
    );
  });
});

describe("sequentialShares", () => {
  it("credits each measure with what it adds after the ones declared before it: 10 t, then 24 - 10 = 14 t", () => {
    expect(strings(sequentialShares(2, listed(["0", "10", "20", "24"])))).toEqual(["10", "14"]);
  });

  it("depends on the declared order, unlike the Shapley value: declared the other way round, 20 t then 4 t", () => {
    expect(strings(sequentialShares(2, listed(["0", "20", "10", "24"])))).toEqual(["20", "4"]);
  });

  it("evaluates only the n + 1 nested combinations 0, 1, 3, 7, ...", () => {
    const seen: number[] = [];
    sequentialShares(4, (mask) => (seen.push(mask), String(mask)));
    expect(seen).toEqual([0, 1, 3, 7, 15]);
  });

  it("sums exactly to v(all) - v(0) (property)", () => {
    fc.assert(fc.property(tableGame(), (g) => {
        expect(sum(sequentialShares(g.n, outcome(g))).eq(totalOf(g))).toBe(true);
      }));
  });
});

describe("shapleySampled (Castro et al. 2009)", () => {
  it("is within a few standard errors of the exact values with 2000 orderings, and sums exactly to the total", () => {
    fc.assert(
      fc.property(tableGame(1, 5), fc.integer(), (g, seed) => {
        const exact = exactOf(g);
        const sampled = shapleySampled(g.n, outcome(g), { permutations: 2000, seed });
        expect(sampled.permutations).toBe(2000);
        expect(sum(sampled.shares).eq(totalOf(g))).toBe(true);
        sampled.shares.forEach((s, i) => {
          const tolerance = (sampled.standardError[i] ?? new Dec(0)).times(5).plus(ULP);
          expect(near(s, exact[i] ?? 0, tolerance)).toBe(true);
        });
      }),
      { numRuns: 20 },
    );
  });

  it("gives identical results for the same seed, and different ones for another seed", () => {
    const run = (seed: number) => shapleySampled(3, glove, { permutations: 100, seed });
    const a = run(7);
    expect(strings(run(7).shares)).toEqual(strings(a.shares));
    expect(strings(run(7).standardError)).toEqual(strings(a.standardError));
    expect(strings(run(8).shares)).not.toEqual(strings(a.shares));
  });

  it("shrinks its standard error about as 1/sqrt(permutations) on the glove game", () => {
    const se = (permutations: number) => shapleySampled(3, glove, { permutations, seed: 3 }).standardError[0]?.toNumber() ?? 0;
    // Player 0 is credited 1 with probability 2/3: s = sqrt(2/9) = 0.471, so SE = 0.471 / sqrt(m).
    expect(se(400)).toBeCloseTo(Math.sqrt(2 / 9) / 20, 2);
    expect(se(10000)).toBeCloseTo(Math.sqrt(2 / 9) / 100, 3);
  });

  it("evaluates each distinct combination once, however many orderings visit it", () => {
    const calls = new Map<number, number>();
    shapleySampled(3, (mask) => (calls.set(mask, (calls.get(mask) ?? 0) + 1), String(mask)), { permutations: 500, seed: 1 });
    expect([...calls.keys()].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect([...calls.values()].every((c) => c === 1)).toBe(true);
  });
});

describe("shapleyFast", () => {
  it("agrees with shapleyExact to within 1e-9 relative on random games (property)", () => {
    fc.assert(
      fc.property(tableGame(), (g) => {
        const fast = shapleyFast(g.n, (mask) => Number(g.table[mask]));
        const scale = g.table.reduce((m, x) => Math.max(m, Math.abs(Number(x))), 1);
        // Relative to the larger of the share and the game's largest outcome, as a share may cancel to near 0.
        exactOf(g).forEach((s, i) => expect(near(fast[i] ?? NaN, s, Math.max(Math.abs(s.toNumber()), scale) * 1e-9)).toBe(true));
      }),
    );
  });

  it("gives the glove game 2/3, 1/6, 1/6 in float64", () => {
    const fast = shapleyFast(3, (mask) => ((mask & 1) !== 0 && (mask & 6) !== 0 ? 1 : 0));
    [2 / 3, 1 / 6, 1 / 6].forEach((x, i) => expect(fast[i]).toBeCloseTo(x, 15));
  });
});
