import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, type Scenario } from "../../src/index.js";
import { runUncertainty } from "../../src/uncertainty.js";
import { thrown } from "../fixtures/thrown.js";

// Electricity at the national average grid factor (MEE/NBS 2022: 0.5366 t CO2/MWh) and coal boilers
// given in kt at 20.9 GJ/t (SO2 840 g/GJ, EMEP/EEA 2019 1.A.4 Table 3-7, as in notebook 03).
const scenario = {
  name: "grid and NCV", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: [],
  gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" }, onMissingFactor: "omit",
  baseline: [
    { id: "heat-pumps", sector: "1.A.4.b.i", fuel: "electricity", unit: "MWh", level: { kind: "constant", value: "1000" } },
    { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "100" }, netCalorificValue: { value: "20.9", unit: "GJ/t" } },
  ],
  measures: [],
} as unknown as Scenario;
const plan = compileScenario(scenario);
const total = (r: ReturnType<typeof runUncertainty>, scope: string, species: string) => r.totals.find((t) => t.scope === scope && t.species === species)!.baseline;

describe("grid and NCV multipliers", () => {
  it("multiplies every electricity coefficient by the grid's draw, and nothing else", () => {
    const r = runUncertainty(plan, { draws: 1000, seed: 9, sampling: "latinHypercube", grid: { multiplier: { distribution: "uniform", low: "0.5", high: "1.5" } } });
    const co2 = total(r, "indirect", "CO2");
    // 1000 MWh x 0.5366 t/MWh = 536.6 t; uniform 0.5 to 1.5: 2.5th percentile 0.525, 97.5th 1.475
    expect(co2.point).toBeCloseTo(536.6, 6);
    expect(co2.low).toBeCloseTo(536.6 * 0.525, 0);
    expect(co2.high).toBeCloseTo(536.6 * 1.475, 0);
    expect(total(r, "direct", "SO2").sd).toBe(0);
  });

  it("multiplies a coefficient converted from fuel mass to energy by the NCV's draw", () => {
    const r = runUncertainty(plan, { draws: 1000, seed: 9, sampling: "latinHypercube", ncv: [{ fuel: "otherBituminousCoal", multiplier: { distribution: "uniform", low: "0.9", high: "1.1" } }] });
    const so2 = total(r, "direct", "SO2");
    expect(so2.low / so2.point).toBeCloseTo(0.905, 3);
    expect(so2.high / so2.point).toBeCloseTo(1.095, 3);
    expect(total(r, "indirect", "CO2").sd).toBe(0);
  });

  it("names a fuel none of whose conversions uses an NCV, and a grid species the scenario does not compute", () => {
    const issues = thrown(() => runUncertainty(plan, { draws: 10, seed: 1, sampling: "monteCarlo", ncv: [{ fuel: "naturalGas", multiplier: { distribution: "uniform", low: "0.9", high: "1.1" } }], grid: { species: ["NOx"], multiplier: { distribution: "uniform", low: "0.9", high: "1.1" } } }), InvalidInputError).issues;
    expect(issues.map((i) => i.path)).toEqual([["uncertainty", "grid", "species"], ["uncertainty", "ncv", 0, "fuel"]]);
    expect(issues[1]!.message).toContain("fuels with NCV conversions: otherBituminousCoal");
  });
});
