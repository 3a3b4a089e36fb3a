import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { coBenefitQuadrantChart } from "../../src/report/charts/coBenefitQuadrantChart.js";
import { trajectoriesChart } from "../../src/report/charts/trajectoriesChart.js";
import { STOVES } from "../measures/fixtures.js";

type Values = { values: { measure: string; quadrant: string }[] };

describe("chart labels say what the numbers say", () => {
  it("a measure that cuts a pollutant and leaves CO2e unchanged is not called a co-benefit", () => {
    const result = evaluateScenario(compileScenario({ name: "n", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"], baseline: [STOVES],
      measures: [
        { id: "scrubber", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.5" } },
        { id: "scrubber-with-penalty", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.5" }, energyPenalty: "0.01" },
      ] }));
    const values = (coBenefitQuadrantChart(result, { metric: "AR6-GWP100", species: "SO2" }).data as Values).values;
    expect(values.map((v) => [v.measure, v.quadrant])).toEqual([["scrubber", "pollutant down, CO2e unchanged"], ["scrubber-with-penalty", "trade-off: pollutant down, CO2e up"]]);
  });

  it("the trajectories chart tells baseline from scenario in its legend (colour and dash on one field)", () => {
    const result = evaluateScenario(compileScenario({ name: "n", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [], baseline: [STOVES], measures: [] }));
    const enc = ((trajectoriesChart(result).spec as { encoding: Record<string, { field: string; legend?: unknown }> }).encoding);
    expect(enc.color?.field).toBe("series");
    expect(enc.strokeDash?.field).toBe("series");
    expect(enc.strokeDash?.legend).toBeUndefined();
  });
});
