import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compileScenario, evaluateScenario, pavedRoadDustRemoval } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { InvalidInputError, ScenarioFileError } from "../../src/errors.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { thrown } from "../fixtures/thrown.js";

// A construction-dust and road-sweeping programme of a northern Chinese city, counted from built-in
// rows only: EMEP/EEA 2019 2.A.5.b Table 3-2 (apartment buildings) and AP-42 13.2.1 road dust
// derived in the scenario. The inputs (areas, traffic, silt loadings, the construction control
// efficiency) are illustrative, not published figures of a city.
const ALL = { kind: "constant", value: "1" } as const;

const CITY: Scenario = {
  name: "northern city dust programme",
  years: { start: 2026, end: 2026 },
  species: ["PM10", "PM2.5", "TSP", "CO2"],
  metrics: ["AR6-GWP100"],
  baseline: [
    // 4,000,000 m2 of apartment sites under construction for half a year: 2,000,000 m2 x year
    { id: "apartments", sector: "2.A.5.b", fuel: "none", technology: "Construction of apartment buildings", unit: "m2", level: { kind: "constant", value: "2000000" } },
    { id: "arterials", sector: "1.A.3.b.vii", fuel: "none", technology: "paved arterial roads", unit: "vkm", level: { kind: "constant", value: "5e9" } },
  ],
  measures: [
    // stated by the user (illustrative; the 2.A.5.b chapter's control efficiencies are not built in)
    { id: "site-control", kind: "dustControl", target: { activityIds: ["apartments"] }, penetration: ALL, removal: { TSP: "0.5", PM10: "0.5", "PM2.5": "0.5" } },
    // sweeping and washing 60% of the arterials halves their silt loading, 2 -> 1 g/m2
    { id: "sweep-and-wash", kind: "dustControl", target: { activityIds: ["arterials"] }, penetration: { kind: "constant", value: "0.6" }, removal: pavedRoadDustRemoval({ before: "2", after: "1" }) },
  ],
  factors: {
    // sL = 2 g/m2, W = 2.4 short ton (2.177243376 t), 70 days a year with >= 0.254 mm of precipitation
    roadDust: [{ road: "paved", technology: "paved arterial roads", siltLoading: "2", meanVehicleWeight: "2.177243376", wetDays: "70" }],
  },
  onMissingFactor: "omit",
};

const total = (rows: readonly { species: string; activityId?: string }[], species: string, field: string, activity?: string) =>
  rows.filter((r) => r.species === species && (activity === undefined || r.activityId === activity)).reduce((s, r) => s + Number((r as unknown as Record<string, string>)[field]), 0);

describe("a northern Chinese city's construction-dust control and road sweeping programme", () => {
  const r = evaluateScenario(compileScenario(CITY));
  const sum = (species: string, field: "baseline" | "reduction") => r.emissions.filter((e) => e.species === species).map((e) => e[field]);

  it("counts construction dust from EMEP/EEA 2.A.5.b Table 3-2 and road dust from AP-42 13.2.1, in tonnes", () => {
    // apartments: 2,000,000 m2 x 0.3 kg/m2 = 600 t PM10; arterials: 5e9 vkm x 2.70898 g/vkm = 13,544.9 t PM10
    // (2.70898 = 0.62 x 2^0.91 x 2.4^1.02 x (1 - 70/1460), see test/factors/dust/roadDust.test.ts)
    expect(sum("PM10", "baseline").map(Number).sort((a, b) => a - b)).toEqual([600, 13544.9]);
    // PM2.5: 2,000,000 x 0.03 kg = 60 t; 5e9 x 0.655399 g = 3,276.995 t
    expect(sum("PM2.5", "baseline").map(Number).sort((a, b) => a - b)).toEqual([60, 3276.995]);
  });

  it("removes half the site dust and 0.6 x 0.467815 of the road dust", () => {
    // 600 x 0.5 = 300 t; 13,544.9 x 0.6 x 0.467815 = 3,801.904436100 t
    expect(sum("PM10", "reduction").map(Number).sort((a, b) => a - b)).toEqual([300, 3801.9044361]);
    // 60 x 0.5 = 30 t; 3,276.995 x 0.6 x 0.467815 = 919.816449555 t; TSP: 2000 x 0.5 = 1000 t, 70,564.5 x 0.6 x 0.467815 = 19,806.6789405 t
    expect(total(r.emissions, "PM2.5", "reduction")).toBeCloseTo(949.816449555, 6);
    expect(total(r.emissions, "TSP", "reduction")).toBeCloseTo(20806.6789405, 6);
  });

  it("has no greenhouse-gas effect and invents no CO2 factor for dust", () => {
    expect(r.tradeOffs.map((t) => [t.measure, t.co2eReduction])).toEqual([["site-control", "0"], ["sweep-and-wash", "0"]]);
    expect([...new Set(r.missing.map((m) => m.species))]).toEqual(["CO2"]);
  });

  it("reads the road dust inputs from a YAML scenario file and locates a bad one by line and column", () => {
    expect(() => compileScenarioFile(stringify(CITY), { fileName: "city.yaml" })).not.toThrow();
    const bad = { ...CITY, factors: { roadDust: [{ ...CITY.factors!.roadDust![0]!, siltLoading: "-2" }] } };
    const e = thrown(() => compileScenarioFile(stringify(bad), { fileName: "city.yaml" }), ScenarioFileError);
    const issue = e.issues.find((i) => i.path.join(".") === "factors.roadDust.0.siltLoading");
    expect(issue?.message).toMatch(/silt loading sL \[g\/m2\] must be greater than 0/);
    expect(issue?.line).toBeGreaterThan(0);
  });
  it("refuses a negative dust control efficiency (an increase) at the measure's removal, instead of counting it as a negative saving", () => {
    const measures = CITY.measures.map((m) => (m.id === "site-control" ? { ...m, removal: { TSP: "-0.2" } } : m));
    const e = thrown(() => compileScenario({ ...CITY, measures } as Scenario), InvalidInputError);
    const issue = e.issues.find((x) => x.path.join(".").endsWith("removal.TSP"));
    expect(issue?.message).toMatch(/from 0 to 1 \(it cannot be negative/);
    expect(issue?.path.slice(0, 1)).toEqual(["measures"]);
  });
});
