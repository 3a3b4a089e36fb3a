import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario, evaluateScenarioFast } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";
import { pen } from "./fixtures.js";

// A Seoul construction-machinery programme, with ILLUSTRATIVE inputs (not Seoul statistics):
// 10,000 t/yr of diesel burnt by Stage I excavators and loaders (1.A.2.g.vii); 40% of it moves to
// Stage IV replacement engines (standardUpgrade), and half of the Stage I machines left get a DPF
// removing 90% of PM2.5 and BC (dpfRetrofit; the efficiency is the user's, as in any scenario).
// Factors, g per tonne of fuel, EMEP/EEA 2019 non-road chapter Table 3-2 (industry, diesel):
//   Stage I:  NOx 31077, PM2.5 1005, BC 800, CO2 3160 kg/t, CH4 42, N2O 137
//   Stage IV: NOx 1570,  PM2.5 98,   BC 78,  CO2 3160 kg/t, CH4 13, N2O 137
// CO2e: AR6 WG1 Table 7.15 GWP100 (fossil CH4 29.8, N2O 273) + Bond et al. 2013 BC GWP100 900.
const METRIC = "AR6-GWP100-fossilCH4+Bond2013-GWP100";
const MACHINES = {
  id: "seoul-construction-machinery",
  sector: "1.A.2.g.vii",
  fuel: "gasDieselOil",
  technology: "Diesel - Stage I",
  unit: "t",
  level: { kind: "constant", value: "10000" },
} as const;
const ENGINE_REPLACEMENT = {
  id: "engine-replacement",
  kind: "standardUpgrade",
  target: { activityIds: ["seoul-construction-machinery"] },
  penetration: pen("0.4"),
  to: { technology: "Diesel - Stage IV" },
} as const;
const DPF = {
  id: "dpf",
  kind: "dpfRetrofit",
  target: { sector: "1.A.2.g.vii", technology: "Diesel - Stage I" },
  penetration: pen("0.5"),
  removal: { "PM2.5": "0.9", BC: "0.9" },
} as const;
const SCENARIO: Scenario = {
  name: "Seoul construction machinery (illustrative)",
  years: { start: 2030, end: 2030 },
  species: ["BC", "PM2.5", "NOx", "CO2", "CH4", "N2O"],
  metrics: [METRIC],
  baseline: [MACHINES],
  measures: [ENGINE_REPLACEMENT, DPF],
};

describe("a Seoul construction-machinery engine replacement (standardUpgrade) and DPF retrofit (dpfRetrofit) programme", () => {
  const r = evaluateScenario(compileScenario(SCENARIO));
  const row = (species: string) => r.emissions.find((e) => e.species === species)!;

  it("counts the baseline from built-in rows only: 10,000 t x Stage I factors", () => {
    expect(r.missing).toEqual([]);
    expect(row("NOx").baseline).toBe("310.77"); // 10000 t x 31077 g/t
    expect(row("PM2.5").baseline).toBe("10.05"); // x 1005 g/t
    expect(row("BC").baseline).toBe("8"); // x 800 g/t
    expect(row("CO2").baseline).toBe("31600"); // x 3160 kg/t
  });

  it("cuts NOx by the new engines only: 6000 t x 31077 + 4000 t x 1570 g/t = 192.742 t", () => {
    expect(row("NOx").scenario).toBe("192.742");
    expect(row("NOx").reduction).toBe("118.028");
  });

  it("cuts PM2.5 and BC by both: Stage I 6000 t x (1 - 0.5 x 0.9) plus Stage IV 4000 t", () => {
    // PM2.5: 6000 x 1005 x 0.55 = 3.3165 t; 4000 x 98 = 0.392 t
    expect(row("PM2.5").scenario).toBe("3.7085");
    // BC: 6000 x 800 x 0.55 = 2.64 t; 4000 x 78 = 0.312 t
    expect(row("BC").scenario).toBe("2.952");
    expect(row("BC").reduction).toBe("5.048");
  });

  it("leaves CO2 unchanged (same fuel burnt) and lowers CH4: 6000 x 42 + 4000 x 13 g/t = 0.304 t", () => {
    expect(row("CO2").reduction).toBe("0");
    expect(row("CH4").scenario).toBe("0.304");
    expect(row("N2O").reduction).toBe("0");
  });

  it("shows the CO2e effect, BC included: 31600 + 0.304 x 29.8 + 1.37 x 273 + 2.952 x 900 = 34639.8692 t", () => {
    const co2e = r.co2e.find((c) => c.metric === METRIC)!;
    // baseline: 31600 + 0.42 x 29.8 + 1.37 x 273 + 8 x 900 = 39186.526 t
    expect(co2e.baseline).toBe("39186.526");
    expect(co2e.scenario).toBe("34639.8692");
    expect(co2e.reduction).toBe("4546.6568");
    expect(co2e.speciesIncluded).toContain("BC");
  });

  it("splits the BC cut between the two measures, the shares summing to the reduction", () => {
    const shares = r.attribution.filter((a) => a.species === "BC");
    const total = shares.reduce((s, a) => s.plus(a.shapley), new Dec(0));
    expect(total.toString()).toBe("5.048");
    // the engine replacement alone: 4000 t x (800 - 78) g/t = 2.888 t
    expect(shares.find((a) => a.measure === "engine-replacement")!.standalone).toBe("2.888");
    // the DPF alone: 10000 t x 800 g/t x 0.5 x 0.9 = 3.6 t
    expect(shares.find((a) => a.measure === "dpf")!.standalone).toBe("3.6");
  });

  it("gives the same numbers with the fast kernel", () => {
    const fast = evaluateScenarioFast(compileScenario(SCENARIO));
    const bc = fast.emissions.find((e) => e.species === "BC")!;
    expect(bc.scenario).toBeCloseTo(2.952, 9);
  });

  it("moves a Stage II machine to Stage V in the same way (a standardUpgrade names any stage of Table 3-2)", () => {
    const stageII = { ...MACHINES, technology: "Diesel - Stage II" } as const;
    const toV = { ...ENGINE_REPLACEMENT, penetration: pen("1"), to: { technology: "Diesel - Stage V" } } as const;
    const s = evaluateScenario(compileScenario({ ...SCENARIO, baseline: [stageII], measures: [toV] }));
    // BC: 10000 t x 825 g/t = 8.25 t -> 10000 t x 56 g/t = 0.56 t
    expect(s.emissions.find((e) => e.species === "BC")!.baseline).toBe("8.25");
    expect(s.emissions.find((e) => e.species === "BC")!.scenario).toBe("0.56");
  });
});
