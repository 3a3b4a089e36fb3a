import { describe, expect, it } from "vitest";
import { InvalidInputError, LifetimeFallsError, compileScenario, evaluateScenario, lifetimeReductions, withPenetrations, type Scenario } from "../../src/index.js";
import { lifetimeTable, lifetimeTableToCsv } from "../../src/report.js";
import { lifetimeCohorts } from "../../src/engine.js";
import { thrown } from "../fixtures/thrown.js";

// Ulaanbaatar ger stoves (the review's ub*.yaml): lignite, 5.4 t per household and year, NCV 3500
// kcal/kg = 14.6538 GJ/t, so 79.13052 GJ per household. PM2.5: stoves 450 g/GJ (EMEP/EEA 2019
// 1.A.4 Table 3-14, solid fuels, stoves), advanced stove 220 g/GJ (Table 3-19) with a 25% fuel
// saving: 450 - 0.75 x 220 = 285 g/GJ saved, 79.13052 GJ x 285 g/GJ = 0.0225521982 t per household
// and year; 50,000 households: 1127.60991 t/yr.
const PER_50000 = "1127.60991";
const points = (a: string, b: string) => ({ kind: "interp" as const, points: [{ year: 2024, value: a }, { year: 2026, value: b }] });
const gerStoves = (stock: Scenario["baseline"][number]["level"]): Scenario["baseline"][number] => ({
  id: "ger-stoves", sector: "1.A.4.b.i", fuel: "lignite", technology: "Stoves", unit: "kt",
  stock: { unit: "household", level: stock! }, intensity: { value: "5.4", unit: "t/household" }, netCalorificValue: { value: "3500", unit: "kcal/kg" },
});
const advancedStoves = (units: Scenario["baseline"][number]["level"], lifetime: number): Scenario["measures"][number] => ({
  id: "advanced-stoves", kind: "stoveReplacement", target: { activityIds: ["ger-stoves"] }, units: { unit: "household", level: units! },
  to: { technology: "Advanced coal combustion techniques <1MWth - Advanced stove" }, fuelSaving: "0.25", lifetime,
}) as Scenario["measures"][number];
const ub = (stock: Scenario["baseline"][number]["level"], units: Scenario["baseline"][number]["level"], lifetime: number): Scenario => ({
  name: "Ulaanbaatar ger stoves", years: { start: 2024, end: 2026 }, species: ["PM2.5"], metrics: [], baseline: [gerStoves(stock)], measures: [advancedStoves(units, lifetime)],
});
const pm25 = (s: Scenario) => {
  const plan = compileScenario(s);
  return lifetimeReductions(plan, evaluateScenario(plan)).rows;
};
const constant = (value: string) => ({ kind: "constant" as const, value });

describe("lifetime of a measure stated in units of stock (review of issue 10, item 1)", () => {
  it("installs nothing when only the stock grows: 50,000 households over 8 years, none retired (ub_const.yaml)", () => {
    const rows = pm25(ub(points("202000", "210000"), constant("50000"), 8));
    expect(rows.map((r) => [r.year, r.installed, r.inService, r.countUnit])).toEqual([
      [2024, "50000", "50000", "household"], [2025, "0", "50000", "household"], [2026, "0", "50000", "household"],
      ...[2027, 2028, 2029, 2030, 2031].map((y) => [y, "0", "50000", "household"]),
    ]);
    // the per-household saving does not depend on the stock: 1127.60991 t every year
    expect(new Set(rows.map((r) => r.annual))).toEqual(new Set([PER_50000]));
    expect(rows.at(-1)!.cumulative).toBe("9020.87928"); // 8 x 1127.60991
  });

  it("ends the savings when the units installed in 2024 retire, however the stock falls: 2024-2028 for a 5-year lifetime (ub_dec.yaml)", () => {
    const rows = pm25(ub(points("210000", "202000"), constant("50000"), 5));
    expect(rows.map((r) => r.year)).toEqual([2024, 2025, 2026, 2027, 2028]);
    expect(rows.map((r) => r.installed)).toEqual(["50000", "0", "0", "0", "0"]);
    expect(rows.map((r) => r.basis)).toEqual(["evaluated", "evaluated", "evaluated", "heldAtLastYear", "heldAtLastYear"]);
    expect(rows.at(-1)!.cumulative).toBe("5638.04955"); // 5 x 1127.60991, as the review computes (5,638.0 t)
  });

  it("holds the per-unit saving of the last year for the units still in service when both rise (ub.yaml)", () => {
    const rows = pm25(ub(points("202000", "210000"), points("0", "100000"), 8));
    // units 0, 50,000, 100,000: cohorts of 50,000 in 2025 (to 2032) and 2026 (to 2033)
    expect(rows.slice(0, 3).map((r) => [r.installed, r.inService])).toEqual([["0", "0"], ["50000", "50000"], ["50000", "100000"]]);
    expect(rows.find((r) => r.year === 2032)).toMatchObject({ inService: "100000", annual: "2255.21982" });
    expect(rows.at(-1)).toMatchObject({ year: 2033, inService: "50000", annual: PER_50000 }); // the review: 1,127.6 t
    // 1127.60991 + 7 x 2255.21982 + 1127.60991
    expect(rows.at(-1)!.cumulative).toBe("18041.75856");
  });

  it("names the unit in the lifetime table, and shares for a measure stated as a penetration", () => {
    const plan = compileScenario(ub(points("210000", "202000"), constant("50000"), 5));
    expect(lifetimeTableToCsv(lifetimeTable(lifetimeReductions(plan, evaluateScenario(plan)))).split("\n")[1]).toBe(`advanced-stoves,5,2024,50000,50000,household,evaluated,PM2.5,,${PER_50000},${PER_50000},t`);
    expect(lifetimeCohorts(plan)[0]).toMatchObject({ unit: "household" });
  });

  it("refuses units that fall below those still in service, at the measure's units, with exact fields", () => {
    const falling = { kind: "step" as const, steps: [{ year: 2024, value: "50000" }, { year: 2025, value: "40000" }] };
    const e = thrown(() => compileScenario(ub(constant("202000"), falling, 8)), LifetimeFallsError);
    expect([e.code, e.path, e.measureId, e.year, e.stated, e.inService, e.unit]).toEqual(["LIFETIME_PENETRATION_FALLS", ["measures", 0, "units"], "advanced-stoves", 2025, "40000", "50000", "household"]);
    expect(e.message).toMatch(/its units in 2025 \(40000 household\) fall below the 50000 household installed earlier/);
  });
});

describe("lifetime of a measure stated as a penetration", () => {
  const boilers = { id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: constant("100") } as const;
  const fgd = (penetration: Scenario["measures"][number]["penetration"]): Scenario => ({
    name: "fgd", years: { start: 2026, end: 2029 }, species: ["SO2"], metrics: [], baseline: [boilers],
    measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, lifetime: 10, removal: { SO2: "0.9" }, penetration }],
  });

  it("refuses a falling penetration at its penetration, rounded in the message and exact in the fields", () => {
    // interp 0.9 (2026) -> 0.8 (2029): 2027 is 0.8666... below the 0.9 installed in 2026
    const e = thrown(() => compileScenario(fgd({ kind: "interp", points: [{ year: 2026, value: "0.9" }, { year: 2029, value: "0.8" }] })), LifetimeFallsError);
    expect([e.path, e.year, e.inService, e.unit]).toEqual([["measures", 0, "penetration"], 2027, "0.9", null]);
    expect(e.stated).toBe("0.8666666666666666666666666666666666666667");
    expect(e.message).toMatch(/its penetration in 2027 \(0\.866667\) falls below the share installed earlier and still within its lifetime \(0\.9\)/);
    expect(e.message).not.toMatch(/0\.86666666/);
  });

  it("counts shares of the target", () => {
    const plan = compileScenario(fgd(constant("0.5")));
    expect(lifetimeCohorts(plan)[0]).toMatchObject({ unit: null });
    expect(lifetimeReductions(plan, evaluateScenario(plan)).rows[0]).toMatchObject({ installed: "0.5", countUnit: "share" });
  });
});

describe("withPenetrations on a measuredReduction (review of issue 10, item 15)", () => {
  it("is refused: the cut is measured per unit of stock, which a penetration cannot state", () => {
    const plan = compileScenario({
      name: "devices", years: { start: 2020, end: 2021 }, species: ["NOx"], metrics: [],
      baseline: [{ id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm", stock: { unit: "vehicle", level: constant("8000") }, intensity: { value: "40000", unit: "vkm/vehicle" } }],
      measures: [{ id: "devices", kind: "measuredReduction", target: { activityIds: ["trucks"] }, source: "a field test (illustrative)", units: { unit: "vehicle", level: constant("77") }, reductionPerUnit: { NOx: { value: "100", unit: "kg/vehicle" } } }],
    });
    const e = thrown(() => withPenetrations(plan, { devices: constant("0.5") }), InvalidInputError);
    expect(e.issues.map((i) => i.path)).toEqual([["devices"]]);
    expect(e.issues[0]!.message).toMatch(/measuredReduction: its cut is measured per unit of stock/);
    // the plan keeps its units and its per-unit rows
    expect(plan.measures[0]!.units?.counts.map(String)).toEqual(["77", "77"]);
    expect(evaluateScenario(plan).perUnit.length).toBeGreaterThan(0);
  });
});
