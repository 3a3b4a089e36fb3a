import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { InvalidInputError } from "../../src/errors.js";
import { apportion, sequentialShares, shapleyExact, shapleyFast, shapleySampled } from "../../src/engine.js";
import { Dec } from "../../src/units/decimal.js";

/** The InvalidInputError thrown by `f`, or a failure. */
function rejection(f: () => unknown): InvalidInputError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return e as InvalidInputError;
  }
  throw new Error("expected an InvalidInputError, but nothing was thrown");
}

const zero = () => "0";
const sampling = { permutations: 10, seed: 1 };

describe("argument errors are InvalidInputErrors that name the argument", () => {
  it.each([
    ["shapleyExact", (n: number) => shapleyExact(n, zero)],
    ["shapleyFast", (n: number) => shapleyFast(n, () => 0)],
    ["shapleySampled", (n: number) => shapleySampled(n, zero, sampling)],
    ["sequentialShares", (n: number) => sequentialShares(n, zero)],
  ] as const)("%s rejects a negative, fractional or non-numeric n", (name, f) => {
    for (const n of [-1, 1.5, Number.NaN]) {
      const e = rejection(() => f(n));
      expect(e.issues[0]?.path).toEqual(["n"]);
      expect(e.message).toContain(`invalid ${name} arguments`);
      expect(e.message).toContain("n: must be a non-negative integer");
    }
  });

  it("shapleyExact stops at 20 measures and points to shapleySampled", () => {
    const e = rejection(() => shapleyExact(21, zero));
    expect(e.issues[0]?.path).toEqual(["n"]);
    expect(e.message).toMatch(/at most 20 measures, got 21.*shapleySampled/);
  });

  it("shapleyFast stops at 24 measures, and shapleySampled and sequentialShares at 31 (a 32-bit mask)", () => {
    expect(rejection(() => shapleyFast(25, () => 0)).message).toContain("at most 24 measures");
    expect(rejection(() => shapleySampled(32, zero, sampling)).message).toContain("at most 31 measures");
    expect(rejection(() => sequentialShares(32, zero)).message).toContain("at most 31 measures");
  });

  it("shapleySampled names permutations (an integer of at least 2) and seed (a safe integer)", () => {
    for (const permutations of [0, 1, 2.5, -3, Number.POSITIVE_INFINITY]) {
      expect(rejection(() => shapleySampled(2, zero, { permutations, seed: 1 })).issues[0]?.path).toEqual(["permutations"]);
    }
    for (const seed of [0.5, Number.NaN, 2 ** 53]) {
      expect(rejection(() => shapleySampled(2, zero, { permutations: 10, seed })).issues[0]?.path).toEqual(["seed"]);
    }
  });

  it("names places when it is not an integer from 0 to 1000", () => {
    for (const places of [-1, 2.5, 1001]) {
      expect(rejection(() => shapleyExact(2, zero, { places })).issues[0]?.path).toEqual(["places"]);
      expect(rejection(() => shapleySampled(2, zero, { ...sampling, places })).issues[0]?.path).toEqual(["places"]);
      expect(rejection(() => apportion(["1"], "1", places)).issues[0]?.path).toEqual(["places"]);
    }
  });

  it("names places when v(all) - v(0) has more decimals than the shares may carry", () => {
    const e = rejection(() => shapleyExact(1, (mask) => (mask === 1 ? "0.125" : "0"), { places: 2 }));
    expect(e.issues[0]?.path).toEqual(["places"]);
    expect(e.message).toContain("pass places >= 3");
  });

  it("names the mask whose outcome is not a finite decimal", () => {
    const bad = (mask: number) => (mask === 3 ? "NaN" : "1");
    expect(rejection(() => shapleyExact(2, bad)).issues[0]?.path).toEqual(["value", 3]);
    expect(rejection(() => shapleySampled(2, bad, sampling)).issues[0]?.path).toEqual(["value", 3]);
    expect(rejection(() => sequentialShares(2, bad)).issues[0]?.path).toEqual(["value", 3]);
    expect(rejection(() => shapleyFast(2, (mask) => (mask === 2 ? Number.POSITIVE_INFINITY : 1))).issues[0]?.path).toEqual(["value", 2]);
  });

  it("apportion names total when it has more decimals than places, shares[i] when a share is not a decimal, and shares when they miss the total", () => {
    expect(rejection(() => apportion(["0.5", "0.5"], "1.5", 0)).issues[0]?.path).toEqual(["total"]);
    expect(rejection(() => apportion(["0.5", "abc"], "1", 2)).issues[0]?.path).toEqual(["shares", 1]);
    const e = rejection(() => apportion(["0.5", "0.5"], "3", 2));
    expect(e.issues[0]?.path).toEqual(["shares"]);
    expect(e.message).toContain("the shares sum to 1");
  });
});

describe("outcomes", () => {
  it("may be decimal strings, Dec values, or values of the caller's own decimal.js", () => {
    const table = ["0", new Decimal("10"), new Dec("20"), "24"];
    expect(shapleyExact(2, (mask) => table[mask] ?? "0").map(String)).toEqual(["7", "17"]);
  });
});
