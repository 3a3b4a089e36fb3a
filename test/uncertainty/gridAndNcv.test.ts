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

describe("a fuel saving given as a range", () => {
  // boilers of public buildings: 100 kt x 20.9 GJ/t x SO2 840 g/GJ = 1755.6 t; a retrofit cutting the heat demand by 30% on all of them
  const retrofit = compileScenario({
    ...scenario, baseline: [{ ...(scenario.baseline[1] as object), heatSegment: "public-buildings" }],
    measures: [
      { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "public-buildings" }, penetration: { kind: "constant", value: "1" }, demandReduction: "0.3" },
      { id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } },
    ],
  } as unknown as Scenario);

  it("scales every species of what the measure treats by the fuel it uses", () => {
    const r = runUncertainty(retrofit, { draws: 1000, seed: 2, sampling: "latinHypercube", measures: [{ id: "retrofit", fuelSaving: { distribution: "uniform", low: "0.2", high: "0.4" } }] });
    const share = r.attribution.find((a) => a.measure === "retrofit" && a.species === "SO2")!.shapley;
    expect(r.inputs.map((i) => [i.id, i.point])).toEqual([["fuelSaving:retrofit", 0.3]]);
    const baseline = total(r, "direct", "SO2");
    expect(baseline.point).toBeCloseTo(1755.6, 6);
    expect(baseline.sd).toBe(0); // the baseline does not move
    const both = r.totals.find((t) => t.scope === "direct" && t.species === "SO2")!;
    // scenario = 1755.6 x (1 - s) x (1 - 0.5 x 0.9), s uniform 0.2 to 0.4: 2.5th and 97.5th percentiles at s = 0.395 and 0.205
    expect(both.scenario.low).toBeCloseTo(1755.6 * 0.605 * 0.55, 0);
    expect(both.scenario.high).toBeCloseTo(1755.6 * 0.795 * 0.55, 0);
    expect(share.high).toBeGreaterThan(share.low);
  });

  it("refuses a fuel saving for a measure whose effect is more than its fuel use", () => {
    const issues = thrown(() => runUncertainty(retrofit, { draws: 10, seed: 1, sampling: "monteCarlo", measures: [{ id: "fgd", fuelSaving: { distribution: "uniform", low: "0", high: "0.1" } }] }), InvalidInputError).issues;
    expect(issues).toEqual([expect.objectContaining({ path: ["uncertainty", "measures", 0, "fuelSaving"], message: expect.stringContaining("changes emissions by more than its fuel use") })]);
  });
});
