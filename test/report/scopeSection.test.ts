import { describe, expect, it } from "vitest";
import { coBenefitSummary, compileScenario, evaluateScenario } from "../../src/index.js";
import { formatResultTable } from "../../src/report.js";
import type { Scenario } from "../../src/scenario/scenario.js";

// The text table's "Reduction by measure and scope" section (review of issue 11, defect 7): it
// shows for every scope other than direct, and the upstream scope carries CH4 only.
const src = { id: "Utility-2025", table: "Table 2" };
const citation = { id: "Utility-2025", authors: "City Gas Co.", title: "Annual report 2025", publisher: "City Gas Co.", year: 2025, url: "https://example.org/report-2025" };

/** The section's lines, from its title to the empty line that ends it. */
const section = (s: Scenario): string[] => {
  const r = evaluateScenario(compileScenario(s));
  const lines = formatResultTable(r, coBenefitSummary(r, s)).split("\n");
  const start = lines.findIndex((l) => l.startsWith("Reduction by measure and scope"));
  if (start < 0) return [];
  return lines.slice(start, lines.indexOf("", start));
};

describe("the scope section of the text table", () => {
  it("shows district heat (indirectHeat) although no row is in the grid scope", () => {
    // the heat supply of test/scenario/heatScope.test.ts: 1 GJ delivered costs 0.10896875 t CO2 at the plants;
    // the switch sends the stoves' 1 TJ at efficiency 0.5 -> 500 GJ of heat: 54.484375 t at the plants, 98.3 t off the stoves
    // (IPCC 2006 Vol. 2 ch. 1 Table 1.4: anthracite 98.3 t CO2/TJ)
    const chp = { fuel: { value: "200", unit: "GJ" }, electricity: { value: "60", unit: "GJ" }, heat: { value: "100", unit: "GJ" }, method: { kind: "efficiency" as const, referenceHeatEfficiency: "0.8", referenceElectricEfficiency: "0.48" }, source: src };
    const s = {
      name: "to district heat", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [],
      factors: { userCitations: [citation] },
      heatSupply: { networkLoss: { value: "0.2", source: src }, plants: [
        { id: "coal-hob", share: "0.5", sector: "1.A.1.a", fuel: "otherBituminousCoal", heatOnly: { efficiency: "0.8", source: src } },
        { id: "gas-chp", share: "0.5", sector: "1.A.1.a", fuel: "naturalGas", chp },
      ] },
      baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", heatSegment: "homes", level: { kind: "constant", value: "1" } }],
      measures: [{ id: "toHeat", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "districtHeat" }, efficiencyFrom: "0.5", efficiencyTo: "1", toUnit: "GJ" }],
    } as unknown as Scenario;
    const lines = section(s);
    expect(lines[0]).toContain("Reduction by measure and scope, 2030-2030");
    expect(lines.slice(3).map((l) => l.trim().split(/\s+/))).toEqual([["toHeat", "direct", "98.3"], ["toHeat", "indirectHeat", "-54.5"]]);
  });

  it("gives the upstream scope a CH4 figure and leaves the other species empty instead of printing zeros", () => {
    // test/scenario/upstreamScope.test.ts: the switch avoids 4.824 t of coal-mine methane and adds 1.40625 t
    // of gas-supply methane a year: 3.41775 t/yr net upstream, 6.8355 t over 2030-2031, printed to two significant digits
    const s = {
      name: "coal to gas", years: { start: 2030, end: 2031 }, species: ["CH4", "SO2"], metrics: [],
      factors: { userCitations: [citation] },
      baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", netCalorificValue: { value: "25", unit: "GJ/t" }, heatSegment: "homes", level: { kind: "constant", value: "1000" } }],
      measures: [{ id: "toGas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.4" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.6", efficiencyTo: "0.8", toUnit: "GJ" }],
      upstream: {
        naturalGas: { leakageRate: { value: "0.01", source: src }, methaneContent: { value: "0.9", unit: "kg/kg", source: src } },
        coal: { methanePerTonne: { value: "18", unit: "m3/t", source: src }, methaneDensity: { value: "0.67", unit: "kg/m3", source: src } },
      },
    } as unknown as Scenario;
    const lines = section(s);
    const header = lines[1]!;
    const upstream = lines.find((l) => /\bupstream\b/.test(l))!;
    expect(upstream.trim().split(/\s+/)).toEqual(["toGas", "upstream", "6.8"]);
    // the figure stands in the CH4 column; the SO2 column of the row is blank
    expect(upstream.trimEnd().length).toBe(header.indexOf("CH4") + "CH4".length);
    expect(upstream.slice(header.indexOf("SO2") - 2, header.indexOf("SO2") + 3).trim()).toBe("");
    expect(lines.filter((l) => /\bdirect\b/.test(l)).length).toBe(1);
  });

  it("is left out when every row is direct", () => {
    const s = { name: "direct", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
      baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] } as unknown as Scenario;
    expect(section(s)).toEqual([]);
  });
});
