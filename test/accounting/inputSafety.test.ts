import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeEmissions } from "../../src/accounting/computeEmissions.js";
import { InvalidInputError, MetricRequiredError, UnknownFactorError, UnknownTechnologyError, UnknownUnitError } from "../../src/errors.js";
import { BUILTIN_FACTOR_TABLES } from "../../src/factors/builtinTables.js";
import type { FactorTable } from "../../src/factors/factorRow.js";
import { createFactorSet, listFactorTables } from "../../src/factors/factorSet.js";
import { lookupFactor } from "../../src/factors/lookupFactor.js";
import { listMetrics } from "../../src/metrics/registry.js";
import { toCo2e } from "../../src/metrics/toCo2e.js";
import { Dec } from "../../src/units/decimal.js";
import { convertQuantity } from "../../src/units/quantity.js";
import { toElementBasis } from "../../src/units/species.js";

const cite = { id: "City-2025", authors: "City EPB", title: "Tests (illustrative)", publisher: "City EPB", year: 2025, url: "https://example.org" };
const src = { id: "City-2025", table: "T1" };
const boilers = { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "100", unit: "kt" } };
const issuesOf = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw e;
  }
  throw new Error("expected InvalidInputError");
};

describe("bad data is refused, never turned into odd numbers", () => {
  it("refuses user NCVs that are not a positive energy per mass of a known fuel with a known citation", () => {
    const ncv = (over: object) => ({ id: "n", fuel: "otherBituminousCoal", value: "20", unit: "GJ/t", source: src, quality: "userSupplied", ...over });
    const issues = issuesOf(() =>
      createFactorSet({ userCitations: [cite], userNcv: [ncv({ unit: "t/GJ" }), ncv({ value: "0" }), ncv({ value: "-20" }), ncv({ fuel: "coal" }), ncv({ source: { id: "Nope", table: "T" } })] as never }),
    );
    expect(issues.map((i) => i.split(":")[0])).toEqual(["userNcv.0.unit", "userNcv.1.value", "userNcv.2.value", "userNcv.3.fuel", "userNcv.4.source.id"]);
  });

  it("refuses negative factors, shares of PM for species other than BC/OC, shares above 100%, and typos in fuel or sector", () => {
    const row = (over: object) => ({ id: `r${Math.random()}`, sector: "1.A.4.a.i", fuel: "otherBituminousCoal", pollutant: "PM2.5", value: "10", unit: "g/GJ", source: src, quality: "userSupplied", ...over });
    const table: FactorTable = {
      id: "bad",
      title: "bad",
      rows: [row({ value: "-1" }), row({ pollutant: "NOx", unit: "% of PM2.5" }), row({ pollutant: "BC", unit: "% of PM2.5", value: "250" }), row({ pollutant: "PM2.5", unit: "% of PM2.5" }), row({ fuel: "otherBitumniousCoal" }), row({ sector: "1.A.4.a.ii" })] as never,
    };
    const issues = issuesOf(() => createFactorSet({ userCitations: [cite], userTables: [table] }));
    expect(issues.map((i) => i.split(":")[0])).toEqual(["userTables.0.rows.0.value", "userTables.0.rows.1.unit", "userTables.0.rows.2.unit", "userTables.0.rows.3.unit", "userTables.0.rows.4.fuel", "userTables.0.rows.5.sector"]);
    expect(issues[4]).toContain("otherBituminousCoal");
  });

  it("refuses a repeated species and an invalid grid factor, naming the fields", () => {
    const grid = { id: "g", country: "CN", year: 2022, value: "-1", unit: "t/MWh", definition: "x", source: src, quality: "userSupplied" } as const;
    const issues = issuesOf(() => computeEmissions([boilers], { factors: createFactorSet(), species: ["NOx", "NOx"], gridFactor: grid }));
    expect(issues.map((i) => i.split(":")[0])).toEqual(["species.1", "gridFactor.value"]);
  });

  it("refuses a grid factor that cites a publication the factor set does not know", () => {
    const grid = { id: "g", country: "CN", year: 2022, value: "0.5", unit: "t/MWh", definition: "x", source: { id: "No-Such-Report", table: "T1" }, quality: "userSupplied" } as const;
    const issues = issuesOf(() => computeEmissions([boilers], { factors: createFactorSet(), species: ["NOx"], gridFactor: grid }));
    expect(issues.map((i) => i.split(":")[0])).toEqual(["gridFactor.source.id"]);
  });

  it("refuses electricity consumed in the energy industries (it would count generation twice)", () => {
    const issues = issuesOf(() => computeEmissions([{ id: "aux", sector: "1.A.1.a", fuel: "electricity", activityLevel: { value: "1", unit: "MWh" } }], { factors: createFactorSet(), species: ["CO2"] }));
    expect(issues[0]).toMatch(/^activities\.0\.sector: electricity consumed in the energy industries/);
  });

  it('refuses "ton", which mathjs reads as the US short ton', () => {
    expect(() => computeEmissions([{ ...boilers, activityLevel: { value: "1000", unit: "ton" } }], { factors: createFactorSet(), species: ["NOx"] })).toThrow(UnknownUnitError);
  });

  it("refuses a technology no row names instead of falling back to a generic row", () => {
    expect(() => computeEmissions([{ ...boilers, technology: "Euro VI typo" }], { factors: createFactorSet(), species: ["NOx"] })).toThrow(UnknownTechnologyError);
  });

  it("says a technology is needed, and lists the ones for that sector and fuel, when rows exist only per technology", () => {
    try {
      lookupFactor(createFactorSet(), { sector: "1.A.3.b.i", fuel: "gasDieselOil", pollutant: "NOx" });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnknownFactorError);
      expect((e as Error).message).toContain("exist only per technology");
      expect((e as UnknownFactorError).nearest.every((k) => k.startsWith("1.A.3.b.i / gasDieselOil / "))).toBe(true);
    }
  });

  it("marks a total partial, with the activities missing, when a factor is omitted", () => {
    const inv = computeEmissions(
      [boilers, { id: "stoves", sector: "1.A.4.b.i", fuel: "wood", activityLevel: { value: "1", unit: "TJ" } }],
      { factors: createFactorSet(), species: ["PM2.5", "OC"], onMissingFactor: "omit" },
    );
    expect(inv.totals.find((t) => t.species === "PM2.5")).toMatchObject({ complete: true, missingActivities: [] });
    expect(inv.totals.find((t) => t.species === "OC")).toMatchObject({ value: "0", complete: false, missingActivities: ["boilers", "stoves"] });
  });

  it("refuses non-decimal input to the public numeric helpers and a missing metric, with typed errors", () => {
    expect(() => convertQuantity({ value: "abc", unit: "t" }, "kg")).toThrow(InvalidInputError);
    expect(() => convertQuantity({ value: "NaN", unit: "t" }, "kg")).toThrow(InvalidInputError);
    expect(() => toCo2e("Infinity", "CH4", "AR6-GWP100")).toThrow(InvalidInputError);
    expect(() => toElementBasis("x", "NOx", "N")).toThrow(InvalidInputError);
    expect(() => toCo2e("1", "CH4", undefined as never)).toThrow(MetricRequiredError);
  });

  it("hands out built-in data that cannot be changed", () => {
    const row = listFactorTables()[0]!.rows[0]!;
    expect(() => {
      (row as { value: string }).value = "999";
    }).toThrow(TypeError);
    expect(() => {
      (listMetrics()[0]!.values[1] as { value: string }).value = "1";
    }).toThrow(TypeError);
  });
});

describe("accounting invariants on the built-in tables (properties)", () => {
  // every stationary g/GJ rate row of the built-in tables, as an activity key
  const keys = BUILTIN_FACTOR_TABLES.flatMap((t) => t.rows)
    .filter((r) => r.unit === "g/GJ" && r.sector.startsWith("1.A.4"))
    .map((r) => ({
      sector: r.sector,
      fuel: ({ hardCoalAndBrownCoal: "lignite", solidFuels: "lignite", gaseousFuels: "naturalGas", otherLiquidFuels: "gasDieselOil", liquidFuels: "gasDieselOil", gasOil: "gasDieselOil", heavyFuelOil: "residualFuelOil", biomass: "wood" } as Record<string, string>)[r.fuel] ?? r.fuel,
      technology: r.technology,
      species: r.pollutant,
    }));
  const factors = createFactorSet();
  const run = (k: (typeof keys)[number], value: string, unit: string) =>
    new Dec(computeEmissions([{ id: "a", sector: k.sector, fuel: k.fuel, ...(k.technology === undefined ? {} : { technology: k.technology }), activityLevel: { value, unit } }], { factors, species: [k.species] }).totals[0]!.value);

  it("is linear in activity, unit invariant across TJ/GJ/MWh/tce, and never negative", () => {
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.bigInt({ min: 0n, max: 10n ** 12n }), fc.integer({ min: 0, max: 1000 }), (k, a, m) => {
        const gj = run(k, String(a), "GJ");
        expect(gj.gte(0)).toBe(true);
        expect(run(k, (a * BigInt(m)).toString(), "GJ").eq(gj.times(m))).toBe(true);
        expect(run(k, new Dec(String(a)).div(1000).toString(), "TJ").eq(gj)).toBe(true);
        const viaTce = run(k, new Dec(String(a)).div("29.3076").toString(), "tce");
        expect(viaTce.minus(gj).abs().lte(gj.times("1e-35"))).toBe(true);
      }),
    );
  });
});
