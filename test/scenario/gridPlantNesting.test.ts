import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import type { PlantSpec } from "../../src/accounting/electricityMix.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { Species } from "../../src/units/species.js";
import { compileIssues } from "../fixtures/compileIssues.js";

// Review of issue 11, defect 4 (/work/notes/review11-scenarios/ctl.yaml): a plant removal of PM2.5
// with BC left out counted BC uncontrolled, larger than the controlled PM2.5. Plant controls now
// follow the particle nesting of measures. Mix, efficiency, removals: illustrative user input.
const cite = (table: string) => ({ id: "G", table });
const citation = { id: "G", authors: "A", title: "Illustrative grid (test data)", publisher: "P", year: 2024, url: "https://example.org/g" };
const coalPlants = (extra: Partial<PlantSpec> = {}): PlantSpec => ({ fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("T2"), ...extra });
const ctl = (coal: PlantSpec, species: readonly Species[] = ["PM2.5", "BC", "SO2"]): Scenario => ({
  name: "ctl", years: { start: 2030, end: 2030 }, species, metrics: [], factors: { userCitations: [citation] },
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20", unit: "GJ/t" }, level: { kind: "constant", value: "1000" } }],
  measures: [{ id: "hp", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "electricity" }, efficiencyFrom: "0.5", efficiencyTo: "2.5", toUnit: "MWh" }],
  grid: {
    country: "CN", definition: "test", source: cite("T1"),
    mix: { shares: { coal: { kind: "constant", value: "0.8" }, hydro: { kind: "constant", value: "0.2" } }, plants: { coal }, losses: "0.05", lossesSource: cite("T3") },
  },
} as Scenario);
const issuesOf = compileIssues;

describe("power plant controls and the nesting of particles", () => {
  it("a PM2.5 removal without BC is refused at plants.coal.removal.BC, naming BC", () => {
    const issues = issuesOf(ctl(coalPlants({ removal: { SO2: "0.95", "PM2.5": "0.99" }, removalSource: cite("T4") })));
    expect(issues).toEqual([{ code: "missing", path: "grid.mix.plants.coal.removal.BC", message: expect.stringContaining("state what they do to BC too") }]);
  });

  it("asks for OC, PM10 and TSP too when the scenario computes them, and not for species it does not compute", () => {
    const issues = issuesOf(ctl(coalPlants({ removal: { "PM2.5": "0.99" }, removalSource: cite("T4") }), ["PM2.5", "OC", "PM10", "TSP", "SO2"]));
    expect(issues.map((i) => i.path)).toEqual(["grid.mix.plants.coal.removal.OC", "grid.mix.plants.coal.removal.PM10", "grid.mix.plants.coal.removal.TSP"]);
    expect(issues[1]!.message).toContain("PM2.5 is part of PM10");
  });

  it("an overridden PM2.5 factor needs BC stated as well, located at factorOverrides.BC", () => {
    const issues = issuesOf(ctl(coalPlants({ factorOverrides: { "PM2.5": { value: "1", unit: "g/GJ", source: cite("limit") } } })));
    expect(issues.map((i) => i.path)).toEqual(["grid.mix.plants.coal.factorOverrides.BC"]);
  });

  it("with BC stated, BC stays below PM2.5 in the plants' emissions", () => {
    const r = evaluateScenario(compileScenario(ctl(coalPlants({ removal: { "PM2.5": "0.99", BC: "0.99" }, removalSource: cite("T4") }))));
    const indirect = (sp: string) => r.emissions.find((e) => e.scope === "indirect" && e.species === sp && e.year === 2030)!.scenario;
    // BC is a share of PM2.5 in the 1.A.1.a factors (EMEP/EEA 2019 1.A.1 Table 3-2), removed alike
    expect(Number(indirect("BC"))).toBeGreaterThan(0);
    expect(Number(indirect("BC"))).toBeLessThan(Number(indirect("PM2.5")));
  });

  it("a BC given as a grid series is not asked of the plants", () => {
    const s = ctl(coalPlants({ removal: { "PM2.5": "0.99" }, removalSource: cite("T4") }));
    const withSeries = { ...s, grid: { ...s.grid!, factors: { BC: { unit: "g/kWh", level: { kind: "constant", value: "0.001" } } } } } as Scenario;
    expect(issuesOf(withSeries)).toEqual([]);
  });
});
