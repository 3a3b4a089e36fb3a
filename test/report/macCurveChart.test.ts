import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { macCurve, scenarioCosts } from "../../src/costs.js";
import { macCurveChart } from "../../src/charts.js";

describe("the marginal abatement cost curve chart", () => {
  it("draws one bar per measure from its cumulative start to end, as high as its cost per tonne, and names the measures left out", () => {
    const plan = compileScenario({ name: "two", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: [],
      baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
      measures: [
        { id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } },
        { id: "lowS", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.5" }, energyPenalty: "0.01" },
      ] });
    const costs = scenarioCosts(plan, evaluateScenario(plan), { currency: "CNY", priceYear: 2020, discountRate: "0.05", unpricedFuels: [{ fuel: "anthracite", reason: "test" }], measures: [
      { measure: "fgd", paidBy: "enterprise", variableOM: { value: "5000", unit: "CNY/TJ" } },
      { measure: "lowS", paidBy: "enterprise", variableOM: { value: "100", unit: "CNY/TJ" } },
    ] });
    const so2 = macCurveChart(macCurve(costs, { of: "SO2", year: 2030 }));
    const values = (so2.data as { values: { measure: string; start: number; end: number; costPerTonne: number }[] }).values;
    expect(values.map((v) => v.measure)).toEqual(["lowS", "fgd"]);
    expect(values[0]!.start).toBe(0);
    expect(values[1]!.start).toBe(values[0]!.end);
    expect(values[0]!.costPerTonne).toBeLessThan(values[1]!.costPerTonne);
    expect((so2.encoding as { x2: unknown }).x2).toEqual({ field: "end" });
    const co2 = macCurveChart(macCurve(costs, { of: "CO2", year: 2030 }));
    expect((co2.title as { subtitle: string }).subtitle).toContain("not drawn (no reduction or emissions rise): fgd, lowS");
  });
});
