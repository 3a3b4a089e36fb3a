import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { coBenefitQuadrantChart } from "../../src/report/charts/coBenefitQuadrantChart.js";
import { reductionsByMeasureChart } from "../../src/report/charts/reductionsByMeasureChart.js";
import { trajectoriesChart } from "../../src/report/charts/trajectoriesChart.js";
import { NumericOverflowError } from "../../src/errors.js";
import type { Scenario } from "../../src/scenario/scenario.js";

// 1e400 kt of coal is beyond float64 (about 1.8e308) but within exact decimals: the tables hold
// it exactly, and a chart must refuse it rather than plot Infinity (issue 8: no Infinity in any output).
const huge = (level: string): Scenario => ({
  name: "huge",
  years: { start: 2026, end: 2027 },
  species: ["SO2", "CO2"],
  metrics: ["AR6-GWP100"],
  baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: level } }],
  measures: [{ id: "to-gas", kind: "fuelSwitch", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" }],
});

describe("charts of values beyond float64", () => {
  const result = evaluateScenario(compileScenario(huge("1e400")));

  it("keep the exact value in the result", () => {
    expect(result.emissions.some((e) => e.baseline.includes("e+4"))).toBe(true);
  });

  it("refuse to plot them, naming the chart, with a typed error", () => {
    expect(() => trajectoriesChart(result)).toThrow(NumericOverflowError);
    expect(() => reductionsByMeasureChart(result)).toThrow(/reductions by measure chart cannot plot/);
    expect(() => coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: "SO2" })).toThrow(NumericOverflowError);
  });

  it("plot the same scenario at an ordinary size", () => {
    const ordinary = evaluateScenario(compileScenario(huge("200")));
    const values = (trajectoriesChart(ordinary).data as { values: { emissions: number }[] }).values;
    expect(values.every((v) => Number.isFinite(v.emissions))).toBe(true);
  });
});
