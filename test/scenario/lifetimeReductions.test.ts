import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidMeasureError, compileScenario, evaluateScenario, lifetimeReductions, withPenetrations } from "../../src/index.js";
import { lifetimeTable, lifetimeTableToCsv } from "../../src/report.js";
import { formatLifetimeReductions } from "../../src/report.js";
import type { Measure } from "../../src/measures/registry.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { thrown } from "../fixtures/thrown.js";

// A 30-year boiler replacement evaluated over a 5-year scenario: 100 TJ/yr of anthracite in
// residential boilers switched to natural gas at equal efficiency, 20% more each year.
// SO2: 900 g/GJ coal, 0.3 g/GJ gas (EMEP/EEA 2019 1.A.4 Tables 3-3 and 3-4): R = 1e5 GJ x 899.7 g/GJ = 89.97 t/yr at full penetration.
// CO2: 98 300 and 56 100 kg/TJ (IPCC 2006 Vol. 2 Ch. 2 Table 2.5): R = 100 TJ x 42.2 t/TJ = 4220 t/yr.
const boilers = { id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } } as const;
const replacement = (lifetime: number | undefined, penetration: Measure["penetration"]): Measure => ({
  id: "boilerReplacement", kind: "fuelSwitch", target: { activityIds: ["boilers"] }, penetration, to: { fuel: "naturalGas" }, efficiencyFrom: "0.8", efficiencyTo: "0.8", toUnit: "TJ",
  ...(lifetime === undefined ? {} : { lifetime }),
});
const ramp = { kind: "interp", points: [{ year: 2026, value: "0.2" }, { year: 2030, value: "1" }] } as const;
const scenario = (measures: Measure[]): Scenario => ({ name: "lifetime", years: { start: 2026, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"], baseline: [boilers], measures });
const run = (s: Scenario) => {
  const plan = compileScenario(s);
  return lifetimeReductions(plan, evaluateScenario(plan));
};

describe("lifetimeReductions", () => {
  it("follows a 30-year boiler replacement over a 5-year scenario until its last units retire (hand-computed)", () => {
    const l = run(scenario([replacement(30, ramp)]));
    const so2 = l.rows.filter((r) => r.species === "SO2");
    // Cohorts of 0.2 installed 2026-2030 serve 30 years each: the 2030 cohort until 2059.
    expect(so2.map((r) => r.year)).toEqual(Array.from({ length: 34 }, (_, i) => 2026 + i));
    expect(so2.slice(0, 5).map((r) => r.installed)).toEqual(["0.2", "0.2", "0.2", "0.2", "0.2"]);
    // Scenario years: 0.2, 0.4 ... 1.0 x 89.97 t, as evaluated
    expect(so2.slice(0, 5).map((r) => [r.basis, r.annual])).toEqual([["evaluated", "17.994"], ["evaluated", "35.988"], ["evaluated", "53.982"], ["evaluated", "71.976"], ["evaluated", "89.97"]]);
    // 2031-2055 all five cohorts in service: 89.97 t/yr; 2056-2059 one cohort retires each year
    expect(so2.find((r) => r.year === 2055)).toMatchObject({ basis: "heldAtLastYear", inService: "1", annual: "89.97" });
    expect(so2.slice(30).map((r) => [r.inService, r.annual])).toEqual([["0.8", "71.976"], ["0.6", "53.982"], ["0.4", "35.988"], ["0.2", "17.994"]]);
    // In all: 5 cohorts x 0.2 x 30 years x 89.97 t = 30 x 89.97 = 2699.1 t
    expect(so2.at(-1)!.cumulative).toBe("2699.1");
    expect(l.rows.filter((r) => r.species === "CO2").at(-1)!.cumulative).toBe("126600"); // 30 x 4220 t
    // AR6-GWP100 values CO2 only among these species: the same 126 600 t CO2-eq
    expect(l.co2e.at(-1)).toMatchObject({ metric: "AR6-GWP100", year: 2059, cumulative: "126600", unit: "t CO2-eq" });
  });

  it("within the scenario's years equals the evaluated Shapley shares, whatever the lifetime", () => {
    const plan = compileScenario(scenario([replacement(2, ramp)]));
    const result = evaluateScenario(plan);
    const l = lifetimeReductions(plan, result);
    for (const a of result.attribution) expect(l.rows.find((r) => r.year === a.year && r.species === a.species)!.annual).toBe(a.shapley);
    // lifetime 2: expired units are replaced while the penetration asks for them
    expect(l.rows.filter((r) => r.species === "SO2").map((r) => r.installed)).toEqual(["0.2", "0.2", "0.4", "0.4", "0.6", "0"]);
    // after 2030 only the 2030 cohort (0.6 of 1.0) is left, for one year: 0.6 x 89.97
    expect(l.rows.filter((r) => r.species === "SO2").at(-1)).toMatchObject({ year: 2031, inService: "0.6", annual: "53.982" });
  });

  it("gives no rows for a measure without a lifetime, and states its method", () => {
    const l = run(scenario([replacement(undefined, ramp)]));
    expect([l.rows, l.co2e]).toEqual([[], []]);
    expect(l.method).toMatch(/held|last evaluated year/);
    expect(formatLifetimeReductions(l)).toBe("");
  });

  it("refuses a penetration that falls below units still within their lifetime, at the measure's penetration", () => {
    const falling = { kind: "interp", points: [{ year: 2026, value: "1" }, { year: 2030, value: "0.2" }] } as const;
    const e = thrown(() => compileScenario(scenario([replacement(10, falling)])), InvalidMeasureError);
    expect(e.code).toBe("LIFETIME_PENETRATION_FALLS");
    expect(e.path).toEqual(["measures", 0, "penetration"]);
    expect(e.measureId).toBe("boilerReplacement");
    // the same check holds for penetrations changed after compiling
    const plan = withPenetrations(compileScenario(scenario([replacement(10, ramp)])), { boilerReplacement: falling });
    expect(thrown(() => lifetimeReductions(plan, evaluateScenario(plan)), InvalidMeasureError).code).toBe("LIFETIME_PENETRATION_FALLS");
  });

  it("accepts a lifetime of whole years from 1 to 200 only", () => {
    for (const lifetime of [0, 1.5, 201]) {
      const e = thrown(() => compileScenario(scenario([replacement(lifetime, ramp)])), InvalidInputError);
      expect(e.issues[0]!.path).toEqual(["measures", 0, "lifetime"]);
    }
  });

  it("writes one tidy table, species then CO2e per year, that states the basis of each year", () => {
    const rows = lifetimeTable(run(scenario([replacement(30, ramp)])));
    expect(rows.slice(0, 3).map((r) => [r.year, r.species, r.metric])).toEqual([[2026, "SO2", null], [2026, "CO2", null], [2026, null, "AR6-GWP100"]]);
    expect(lifetimeTableToCsv(rows).split("\n")[1]).toBe("boilerReplacement,30,2026,0.2,0.2,share,evaluated,SO2,,17.994,17.994,t");
  });
});
