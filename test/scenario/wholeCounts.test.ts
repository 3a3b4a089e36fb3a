import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, toDec, type Scenario } from "../../src/index.js";
import { thrown } from "../fixtures/thrown.js";

// Counts in a measure's `units` are installations, scrappings, retrofits: one vehicle is scrapped
// or not, so a count is a whole number (review of issue 10, defect 8: 7372.5 vehicles were
// accepted, kept in per-unit.csv and shown as 7,372 in the text table).
const cars: Scenario["baseline"][number] = {
  id: "grade5-diesel-cars", sector: "1.A.3.b.i", fuel: "gasDieselOil", technology: "Diesel Medium - Euro 3 - 98/69/EC I", unit: "vkm",
  stock: { unit: "vehicle", level: { kind: "constant", value: "100000" } }, intensity: { value: "11", unit: "kvkm/vehicle" },
};
const scrapOf = (level: NonNullable<Scenario["measures"][number]["units"]>["level"]): Scenario["measures"][number] => ({
  id: "scrap", kind: "scrappage", target: { activityIds: ["grade5-diesel-cars"] }, replacement: null, units: { unit: "vehicle", level },
});
const scenarioOf = (measures: Scenario["measures"], baseline: Scenario["baseline"] = [cars]): Scenario => ({
  name: "whole counts", years: { start: 2025, end: 2027 }, species: ["PM2.5"], metrics: [], baseline, measures,
});

describe("counts in a measure's units", () => {
  it("refuses 7372.5 vehicles at the value written, naming the figure", () => {
    const e = thrown(() => compileScenario(scenarioOf([scrapOf({ kind: "constant", value: "7372.5" })])), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "not_multiple_of", path: ["measures", 0, "units", "level", "value"] });
    expect(e.issues[0]?.message).toMatch(/7372\.5 vehicle; a count of vehicle is a whole number/);
  });

  it("refuses every fractional step or point at once, each at its field", () => {
    const e = thrown(() => compileScenario(scenarioOf([scrapOf({ kind: "step", steps: [{ year: 2025, value: "0.5" }, { year: 2026, value: "10" }, { year: 2027, value: "20.25" }] })])), InvalidInputError);
    expect(e.issues.map((i) => i.path)).toEqual([["measures", 0, "units", "level", "steps", 0, "value"], ["measures", 0, "units", "level", "steps", 2, "value"]]);
  });

  it("accepts a year an interp schedule puts between whole vehicles: the written points are counts, the path between them is progress", () => {
    // 0 in 2025 to 10 in 2028: 2026 is 10/3 vehicles on the way, exactly
    const s = { ...scenarioOf([scrapOf({ kind: "interp", points: [{ year: 2025, value: "0" }, { year: 2028, value: "10" }] })]), years: { start: 2025, end: 2028 } };
    const plan = compileScenario(s);
    expect(plan.measures[0]?.units?.counts[1]?.times(3).toDecimalPlaces(20).toString()).toBe("10");
  });

  it("accepts whole counts, interpolated or not, and keeps them exactly", () => {
    const s = { ...scenarioOf([scrapOf({ kind: "interp", points: [{ year: 2025, value: "0" }, { year: 2027, value: "21986" }] })]) };
    expect(compileScenario(s).measures[0]!.units?.counts.map(String)).toEqual(["0", "10993", "21986"]);
  });

  it("lets a stock be fractional: a stock is a statistical average (a mid-year fleet), not a count of acts", () => {
    const fleet = { ...cars, stock: { unit: "vehicle", level: { kind: "constant" as const, value: "100000.5" } } };
    const p = compileScenario(scenarioOf([scrapOf({ kind: "constant", value: "100" })], [fleet])).measures[0]!.penetration[0]!;
    expect(p.toString()).toBe(toDec("100").div("100000.5").toString());
  });
});
