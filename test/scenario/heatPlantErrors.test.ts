import { describe, expect, it } from "vitest";
import type { Scenario } from "../../src/scenario/scenario.js";
import { compileIssues } from "../fixtures/compileIssues.js";

// Review of issue 11, defect 6 (h-tech.yaml, h-elec-plant.yaml, h-dh-plant.yaml): a heat plant's
// problems were reported at the building that uses the heat (baseline[0]). They are located at
// heatSupply.plants[i]. Heat supply figures: illustrative user input.
const src = { id: "Heat-2025", table: "Table 1" };
const citation = { id: "Heat-2025", authors: "City Heat Co.", title: "Annual report 2025", publisher: "City Heat Co.", year: 2025, url: "https://example.org/heat-2025" };
const gas = { id: "gas-hob", share: "0.5", sector: "1.A.1.a", fuel: "naturalGas", heatOnly: { efficiency: "0.9", source: src } };
const scenario = (plant: object): Scenario => ({
  name: "district heat", years: { start: 2030, end: 2030 }, species: ["CO2", "PM2.5"], metrics: [], factors: { userCitations: [citation] },
  heatSupply: { networkLoss: { value: "0.2", source: src }, plants: [{ id: "p0", share: "0.5", sector: "1.A.1.a", heatOnly: { efficiency: "0.8", source: src }, ...plant }, gas] },
  baseline: [{ id: "flats", sector: "1.A.4.b.i", fuel: "districtHeat", unit: "GJ", heatSegment: "homes", level: { kind: "constant", value: "1000" } }],
  measures: [],
} as Scenario);
const issuesOf = compileIssues;

describe("heat plant errors are located at heatSupply.plants[i]", () => {
  it("an unknown technology with no technology for the plant's sector and fuel says to leave it out", () => {
    const issues = issuesOf(scenario({ fuel: "otherBituminousCoal", technology: "Ultra-low boiler" }));
    expect(issues).toEqual([{ code: "unknown_key", path: "heatSupply.plants.0.technology", message: expect.stringContaining("no factor row for 1.A.1.a / otherBituminousCoal names any technology: leave technology out") }]);
  });

  it("a misspelt technology gets the nearest technology of its sector and fuel", () => {
    // EMEP/EEA 2019 1.A.4 Tier 2 names "Medium size (>50 kWth to <=1 MWth) boilers" for anthracite in 1.A.4.c.i
    const issues = issuesOf(scenario({ sector: "1.A.4.c.i", fuel: "anthracite", technology: "Medium size boilers" }));
    expect(issues.map((i) => i.path)).toEqual(["heatSupply.plants.0.technology"]);
    expect(issues[0]!.message).toContain('did you mean "Medium size (>50 kWth to <=1 MWth) boilers"');
  });

  it("a plant burning electricity is refused at its fuel, not as electricity used in 1.A.1", () => {
    const issues = issuesOf(scenario({ fuel: "electricity" }));
    expect(issues).toEqual([{ code: "invalid_value", path: "heatSupply.plants.0.fuel", message: expect.stringContaining("heat plant p0 burns electricity: heat from electric boilers or heat pumps is not supported in heatSupply") }]);
  });

  it("a plant burning district heat is refused at its fuel, not as a missing heatSupply", () => {
    const issues = issuesOf(scenario({ fuel: "districtHeat" }));
    expect(issues).toEqual([{ code: "invalid_value", path: "heatSupply.plants.0.fuel", message: expect.stringContaining("burns districtHeat, the network's own output") }]);
  });

  it("a valid technology-free plant compiles", () => {
    expect(issuesOf(scenario({ fuel: "otherBituminousCoal" }))).toEqual([]);
  });
});
