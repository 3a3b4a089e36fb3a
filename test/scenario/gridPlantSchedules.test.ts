import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, ScenarioFileError, createFactorSet, gridPlantSpecSchema } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import type { Schedule } from "../../src/activity/schedule.js";
import { gridYears } from "../../src/scenario/compile/gridYears.js";
import type { GridMix } from "../../src/scenario/gridSeries.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";

// Issue 11 leftovers: a grid plant's efficiency and removal efficiencies and the mix's losses as
// schedules over the years. Grid data: illustrative user input (citation "G").
const cite = (table: string) => ({ id: "G", table });
const citation = { id: "G", authors: "A", title: "Illustrative grid (test data)", publisher: "P", year: 2024, url: "https://example.org/g" };
const factors = () => createFactorSet({ userCitations: [citation] });
const years = [2020, 2025, 2030];
const interp = (a: string, b: string): Schedule => ({ kind: "interp", points: [{ year: 2020, value: a }, { year: 2030, value: b }] });
// Coal-mine methane as in test/scenario/upstreamScope.test.ts: 18 m3/t x 0.67 kg/m3 = 12.06 kg CH4 per t of coal.
const upstream = { coal: { methanePerTonne: { value: "18", unit: "m3/t", source: cite("T5") }, methaneDensity: { value: "0.67", unit: "kg/m3", source: cite("T5") } } };
const scenario = (mix: GridMix, extra: Partial<Scenario> = {}): Scenario => ({
  name: "grid", years: { start: 2020, end: 2030 }, species: ["SO2", "NOx", "PM2.5", "BC", "OC", "CH4"], metrics: [], baseline: [], measures: [],
  factors: { userCitations: [citation] },
  grid: { country: "CN", definition: "test", source: cite("T1"), mix },
  ...extra,
});
const coalMix = (plant: object, losses: GridMix["losses"] = "0.05"): GridMix => ({
  shares: { coal: { kind: "constant", value: "0.6" }, hydro: { kind: "constant", value: "0.4" } },
  plants: { coal: { fuel: "otherBituminousCoal", efficiencySource: cite("T2"), ...plant } as GridMix["plants"]["coal"] & object },
  losses, lossesSource: cite("T3"),
});
const errorOf = (f: () => unknown): InvalidInputError => {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return e as InvalidInputError;
  }
  return expect.unreachable();
};

describe("a grid plant's efficiency, removal efficiencies and the mix's losses as schedules", () => {
  it("property: constant schedules give exactly the result of the same values written as numbers", () => {
    const fraction = (min: number) => fc.integer({ min, max: 1000 }).map((n) => new Dec(n).div(1000).toString());
    fc.assert(fc.property(fraction(1), fraction(0), fraction(0), fc.integer({ min: 0, max: 999 }).map((n) => new Dec(n).div(1000).toString()), (eff, so2, pm, losses) => {
      const removal = { SO2: so2, "PM2.5": pm, BC: pm, OC: pm };
      const asNumbers = coalMix({ efficiency: eff, removal, removalSource: cite("T4") }, losses);
      const constant = (value: string): Schedule => ({ kind: "constant", value });
      const asSchedules = coalMix({ efficiency: constant(eff), removal: Object.fromEntries(Object.entries(removal).map(([k, v]) => [k, constant(v)])), removalSource: cite("T4") }, constant(losses));
      const a = gridYears(scenario(asNumbers, { upstream }), years, factors());
      const b = gridYears(scenario(asSchedules, { upstream }), years, factors());
      expect(b).toEqual(a);
    }), { numRuns: 15 });
  });

  it("an interpolated efficiency gives each year's factors as computed by hand", () => {
    const g = gridYears(scenario(coalMix({ efficiency: interp("0.38", "0.42") })), years, factors())!;
    // SO2 820 g/GJ (EMEP/EEA 2019 1.A.1 Table 3-2, hard coal) = 0.00082 t/GJ x 3.6 GJ/MWh x coal share 0.6
    // = 0.0017712 t/MWh of fuel-efficiency-1 generation; / efficiency (0.38, 0.40, 0.42) / (1 - 0.05).
    const expected = ["0.38", "0.4", "0.42"].map((e) => new Dec("0.0017712").div(e).div("0.95").toString());
    expect(g.rows.map((r) => r.SO2?.value)).toEqual(expected);
    expect(new Dec(g.rows[1]!.SO2!.value).toSignificantDigits(10).toString()).toBe("0.004661052632"); // 0.0017712 / 0.4 / 0.95
    expect(g.rows.map((r) => r.SO2?.year)).toEqual(years);
  });

  it("a removal efficiency and the losses follow their schedules year by year", () => {
    const g = gridYears(scenario(coalMix({ efficiency: "0.4", removal: { SO2: { kind: "step", steps: [{ year: 2020, value: "0" }, { year: 2025, value: "0.95" }] } }, removalSource: cite("T4") },
      { kind: "interp", points: [{ year: 2020, value: "0.07" }, { year: 2030, value: "0.05" }] })), years, factors())!;
    // 0.0017712 / 0.4 = 0.004428 t/MWh generated; x (1 - removal) / (1 - losses)
    expect(g.rows.map((r) => r.SO2?.value)).toEqual([
      new Dec("0.004428").div("0.93").toString(),
      new Dec("0.004428").times("0.05").div("0.94").toString(),
      new Dec("0.004428").times("0.05").div("0.95").toString(),
    ]);
  });

  it("the plants' upstream methane follows the efficiency of each year", () => {
    const g = gridYears(scenario(coalMix({ efficiency: interp("0.38", "0.42") }), { upstream }), years, factors())!;
    // 0.6 x 3.6 GJ / efficiency / 0.95 of coal per MWh delivered, / 25.8 GJ/t (IPCC 2006 Vol. 2 Table 1.2,
    // other bituminous coal) x 0.01206 t CH4/t
    const expected = ["0.38", "0.4", "0.42"].map((e) => new Dec("0.6").times("3.6").div(e).div("0.95").div("25.8").times("0.01206"));
    expect(g.upstream!.map((parts) => parts.find((p) => p.part === "coal")!.ch4PerMWh.toSignificantDigits(30).toString())).toEqual(expected.map((d) => d.toSignificantDigits(30).toString()));
    expect(g.upstream![1]!.find((p) => p.part === "coal")!.factors.find((f) => f.rowId === "plants.coal.efficiency")?.value).toBe("0.4");
  });

  it("refuses a value out of range in any year, at the schedule's path and naming the year", () => {
    const e = errorOf(() => gridYears(scenario(coalMix({
      efficiency: interp("0.9", "1.1"), removal: { SO2: { kind: "growth", base: { year: 2020, value: "0.9" }, rate: "0.1" } }, removalSource: cite("T4"),
    }, { kind: "step", steps: [{ year: 2020, value: "0.05" }, { year: 2030, value: "1" }] })), years, factors()));
    const found = e.issues.map((i) => [i.path.join("."), i.message]);
    expect(found).toContainEqual(["grid.mix.plants.coal.efficiency", "the coal plants' efficiency is 1.1; it must be above 0 and at most 1 in every year (year 2030)"]);
    // efficiency: 0.9 + (1.1 - 0.9) x (year - 2020) / 10 is 1 in 2025 (allowed) and 1.1 in 2030
    expect(found).toContainEqual(["grid.mix.plants.coal.efficiency", "the coal plants' efficiency is 1.1; it must be above 0 and at most 1 in every year (year 2030)"]);
    // removal: 0.9 x 1.1^5 = 1.449459 in 2025, 0.9 x 1.1^10 = 2.33436821409 in 2030
    expect(found).toContainEqual(["grid.mix.plants.coal.removal.SO2", "the coal plants' SO2 removal efficiency is 1.449459; it must be from 0 and at most 1 in every year (year 2025)"]);
    expect(found).toContainEqual(["grid.mix.plants.coal.removal.SO2", "the coal plants' SO2 removal efficiency is 2.33436821409; it must be from 0 and at most 1 in every year (year 2030)"]);
    expect(found).toContainEqual(["grid.mix.losses", "the grid's T&D loss share is 1; it must be from 0 and below 1 in every year (year 2030)"]);
    expect(found.filter(([, m]) => m!.includes("(year 2020)"))).toEqual([]);
  });

  it("checks a constant schedule like any other, since the schema cannot (it is a schedule, not a number)", () => {
    const e = errorOf(() => gridYears(scenario(coalMix({ efficiency: { kind: "constant", value: "1.5" } }, { kind: "constant", value: "-0.1" })), years, factors()));
    const found = e.issues.map((i) => [i.path.join("."), i.message]);
    expect(found).toContainEqual(["grid.mix.plants.coal.efficiency", "the coal plants' efficiency is 1.5; it must be above 0 and at most 1 in every year (year 2020)"]);
    expect(found).toContainEqual(["grid.mix.losses", "the grid's T&D loss share is -0.1; it must be from 0 and below 1 in every year (year 2020)"]);
    expect(found).toHaveLength(2); // the same value in later years is not repeated
  });

  it("refuses a step schedule with no value in a year, at its path and naming the year", () => {
    const e = errorOf(() => gridYears(scenario(coalMix({ efficiency: { kind: "step", steps: [{ year: 2025, value: "0.4" }] } })), years, factors()));
    const issue = e.issues.find((i) => i.path.join(".") === "grid.mix.plants.coal.efficiency");
    expect(issue?.message).toMatch(/2020/);
  });

  it("keeps the plain decimal form valid and checks a plain value in the schema", () => {
    expect(gridPlantSpecSchema.safeParse({ fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("T2") }).success).toBe(true);
    expect(gridPlantSpecSchema.safeParse({ fuel: "otherBituminousCoal", efficiency: "1.2", efficiencySource: cite("T2") }).success).toBe(false);
    expect(gridPlantSpecSchema.safeParse({ fuel: "otherBituminousCoal", efficiency: interp("0.38", "0.42"), efficiencySource: cite("T2") }).success).toBe(true);
    // a scheduled efficiency, like a number, needs its source
    expect(gridPlantSpecSchema.safeParse({ fuel: "otherBituminousCoal", efficiency: interp("0.38", "0.42") }).success).toBe(false);
  });

  it("reports an out-of-range year in a scenario file at the schedule's path", () => {
    const text = [
      "name: demo", "years: { start: 2020, end: 2030 }", "species: [SO2]", "metrics: []",
      "baseline: [{ id: stoves, sector: 1.A.4.b.i, fuel: otherBituminousCoal, unit: t, netCalorificValue: { value: '20', unit: GJ/t }, level: { kind: constant, value: '1000' } }]", "measures: []",
      "factors: { userCitations: [{ id: G, authors: A, title: T, publisher: P, year: 2024, url: 'https://example.org/g' }] }",
      "grid:", "  country: CN", "  definition: test", "  source: { id: G, table: T1 }", "  mix:",
      "    shares: { coal: { kind: constant, value: '1' } }", "    losses: '0.05'", "    lossesSource: { id: G, table: T3 }",
      "    plants:", "      coal:", "        fuel: otherBituminousCoal", "        efficiencySource: { id: G, table: T2 }",
      "        efficiency: { kind: interp, points: [{ year: 2020, value: '0.4' }, { year: 2030, value: '0' }] }",
    ].join("\n");
    const e = (() => { try { compileScenarioFile(text); } catch (x) { return x; } return undefined; })();
    expect(e).toBeInstanceOf(ScenarioFileError);
    const issue = (e as ScenarioFileError).issues.find((i) => i.path.join(".") === "grid.mix.plants.coal.efficiency")!;
    expect(issue.message).toBe("the coal plants' efficiency is 0; it must be above 0 and at most 1 in every year (year 2030)");
    expect(issue.line).toBe(20); // the efficiency's line
  });
});
