import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { apportion, DEFAULT_SHARE_PLACES } from "../../src/engine.js";
import { Dec } from "../../src/units/decimal.js";
import { near, sum } from "./games.js";

const strings = (xs: readonly Dec[]) => xs.map(String);

describe("apportion (largest remainder)", () => {
  it("rounds down, then gives the missing units to the largest remainders: 0.335, 0.335, 0.33 to 1 at 2 places", () => {
    // Floors 0.33 + 0.33 + 0.33 = 0.99; one unit of 0.01 is missing; remainders 0.005, 0.005, 0 -> the tie goes to index 0.
    expect(strings(apportion(["0.335", "0.335", "0.33"], "1", 2))).toEqual(["0.34", "0.33", "0.33"]);
  });

  it("breaks ties by index, so thirds of 100 at 0 places are 34, 33, 33", () => {
    expect(strings(apportion(["33.3333", "33.3333", "33.3333"], "100", 0))).toEqual(["34", "33", "33"]);
  });

  it("prefers a larger remainder to a lower index: 1.2, 1.7, 2.1 to 5 -> 1, 2, 2", () => {
    expect(strings(apportion(["1.2", "1.7", "2.1"], "5", 0))).toEqual(["1", "2", "2"]);
  });

  it("rounds negative shares down too (toward minus infinity): -0.5, 1.5 to 1 at 0 places -> 0, 1", () => {
    // Floors -1 + 1 = 0; one unit is missing; the remainders tie at 0.5, so index 0 gets it: -1 + 1 = 0, and 1.
    expect(strings(apportion(["-0.5", "1.5"], "1", 0))).toEqual(["0", "1"]);
  });

  it("leaves shares that already have at most `places` decimals unchanged", () => {
    expect(strings(apportion(["1.25", "-0.5", "3"], "3.75", 2))).toEqual(["1.25", "-0.5", "3"]);
  });

  it("uses 24 decimal places by default", () => {
    expect(DEFAULT_SHARE_PLACES).toBe(24);
    expect(strings(apportion([new Dec(1).div(3), new Dec(2).div(3)], "1"))).toEqual(["0.333333333333333333333333", "0.666666666666666666666667"]);
  });

  it("apportions nothing to nothing", () => {
    expect(apportion([], "0")).toEqual([]);
  });

  it("sums exactly to the total, moves each share by less than one unit in the last place, and is deterministic (property)", () => {
    // Shares with up to 12 decimals; the total is their exact sum rounded to `places` decimals.
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e12, max: 1e12 }), { maxLength: 12 }),
        fc.integer({ min: 0, max: 10 }),
        (units, places) => {
          const shares = units.map((u) => new Dec(u).div(1e6).div(1e6));
          const total = sum(shares).toDecimalPlaces(places);
          const rounded = apportion(shares, total, places);
          expect(sum(rounded).eq(total)).toBe(true);
          rounded.forEach((r, i) => {
            expect(r.decimalPlaces()).toBeLessThanOrEqual(places);
            expect(near(r, shares[i] ?? 0, new Dec(10).pow(-places))).toBe(true);
          });
          expect(strings(apportion(shares, total, places))).toEqual(strings(rounded));
        },
      ),
    );
  });

  it("gives the extra units only to shares whose remainder is at least that of every share rounded down (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 1e6 }), { minLength: 1, maxLength: 10 }), (units) => {
        const shares = units.map((u) => new Dec(u).div(1000));
        const rounded = apportion(shares, sum(shares).toDecimalPlaces(0), 0);
        const remainder = (i: number) => (shares[i] ?? new Dec(0)).minus((shares[i] ?? new Dec(0)).floor());
        const up = rounded.map((r, i) => r.gt((shares[i] ?? new Dec(0)).floor()));
        up.forEach((u, i) => up.forEach((v, j) => {
          if (u && !v) expect(remainder(i).gte(remainder(j))).toBe(true);
        }));
      }),
    );
  });
});
