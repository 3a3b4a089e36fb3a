import { describe, expect, it } from "vitest";
import { InvalidInputError, InvalidMeasureError, MissingFactorError, OverclaimedActivityError } from "../../src/errors.js";
import type { Measure } from "../../src/measures/registry.js";
import { compileScenario } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { ALL, BUSES, STOVES, pen, run } from "../measures/fixtures.js";
import { thrown } from "../fixtures/thrown.js";

const scenario = (measures: Measure[], over: Partial<Scenario> = {}): Scenario => ({
  name: "t", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"], baseline: [STOVES, BUSES],
  measures, gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" }, onMissingFactor: "omit", ...over,
});
const issuePaths = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    if (e instanceof InvalidInputError) return e.issues.map((i) => i.path);
    throw e;
  }
  throw new Error("expected InvalidInputError");
};
const toGas = { id: "to-gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: ALL, to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "GJ" } as const;

describe("compile refuses what would give wrong numbers, naming where", () => {
  it("refuses a fuel switch whose new unit is not an energy unit (tonnes of what?)", () => {
    expect(issuePaths(() => compileScenario(scenario([{ ...toGas, toUnit: "t" }])))).toEqual([["measures", 0, "toUnit"]]);
  });

  it("refuses a negative or non-energy electricity use of electric vehicles", () => {
    const ev = { id: "ev", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: ALL, electricityPerKm: { value: "-1.3", unit: "kWh/vkm" }, technology: "e-bus" } as const;
    expect(issuePaths(() => compileScenario(scenario([ev])))).toEqual([["measures", 0, "electricityPerKm", "value"]]);
    expect(issuePaths(() => compileScenario(scenario([{ ...ev, electricityPerKm: { value: "1.3", unit: "kWh/km" } }])))).toEqual([["measures", 0, "electricityPerKm", "unit"]]);
  });

  it("refuses a measure that matches no activity (a typo in its target), listing the baseline ids", () => {
    const fgd = { id: "fgd", kind: "controlDevice", target: { activityIds: ["stove"] }, penetration: ALL, removal: { SO2: "0.9" } } as const;
    try {
      compileScenario(scenario([fgd]));
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).issues[0]).toMatchObject({ path: ["measures", 0, "target"] });
      expect((e as InvalidInputError).issues[0]?.message).toContain("baseline ids: stoves, buses");
    }
  });

  it("refuses a filter that cuts PM2.5 without saying what it does to BC (part of PM2.5)", () => {
    const dpf = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses"] }, penetration: ALL, removal: { "PM2.5": "0.9" } } as const;
    expect(issuePaths(() => compileScenario(scenario([dpf], { species: ["PM2.5", "BC", "PM10"], metrics: [] })))).toEqual([
      ["measures", 0, "removal", "BC"],
      ["measures", 0, "removal", "PM10"],
    ]);
  });

  it("refuses an unknown metric name with its path", () => {
    expect(issuePaths(() => compileScenario(scenario([], { metrics: ["AR6-GWP100", "GWP100"] })))).toEqual([["metrics", 1]]);
  });

  it("names the measures and their indices when claims exceed the whole", () => {
    const scrap = { id: "scrap", kind: "scrappage", target: { activityIds: ["buses"] }, penetration: pen("0.6"), replacement: null } as const;
    const ev = { id: "ev", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: pen("0.5"), electricityPerKm: { value: "1.3", unit: "kWh/vkm" }, technology: "e-bus" } as const;
    try {
      compileScenario(scenario([toGas, scrap, ev]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(OverclaimedActivityError);
      expect((e as OverclaimedActivityError).path).toEqual(["measures", 2, "penetration"]); // the last of the claiming measures
    }
  });

  it("points an error found in a moved activity at the measure that made it, with its id", () => {
    const up = { id: "euro-7", kind: "standardUpgrade", target: { activityIds: ["buses"] }, penetration: ALL, to: { technology: "Urban Buses Standard - Euro 7" } } as const;
    try {
      compileScenario(scenario([up]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidMeasureError);
      expect((e as InvalidMeasureError).path).toEqual(["measures", 0, "to", "technology"]); // the field that names the technology
      expect((e as InvalidMeasureError).measureId).toBe("euro-7");
      expect((e as Error).message).toContain("Urban Buses Standard - Euro VI"); // the nearest valid technology
    }
  });

  it("gives a step schedule that starts too late the path of its measure", () => {
    const late = { ...toGas, penetration: { kind: "step", steps: [{ year: 2031, value: "1" }] } } as const;
    expect(issuePaths(() => compileScenario(scenario([late])))).toEqual([["measures", 0, "penetration"]]);
  });
});

describe("equipment stays where it was installed", () => {
  const fgd = { id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { SO2: "0.5" }, energyPenalty: "0.1" } as const;
  const heatPumps = { ...toGas, id: "heat-pumps", penetration: pen("0.5"), to: { fuel: "electricity" }, efficiencyTo: "3", toUnit: "MWh" } as const;

  it("does not apply a boiler's flue-gas device (or its energy penalty) to the heat pumps that replaced half the boilers", () => {
    // heat pumps: 50 TJ x 0.5 / 3 = 8.333 TJ = 2314.8 MWh x 0.5366 t/MWh, with or without the device
    const without = run([STOVES], [heatPumps]).scenario("CO2", "indirect");
    expect(run([STOVES], [heatPumps, fgd]).scenario("CO2", "indirect")).toBe(without);
  });

  it("does apply a device targeted at the new fuel to the switched activity", () => {
    const gasBurnerControl = { id: "low-nox", kind: "controlDevice", target: { fuel: "naturalGas" }, penetration: ALL, removal: { NOx: "0.5" } } as const;
    const r = run([STOVES], [{ ...toGas, penetration: ALL }, gasBurnerControl]);
    // 55 555.6 GJ of gas x 51 g NOx/GJ (EMEP/EEA 2019 1.A.4 Table 3-4) x 0.5
    expect(Number(r.scenario("NOx"))).toBeCloseTo((100_000 * 0.5 / 0.9) * 51e-6 * 0.5, 9);
  });
});

describe("factor data in a scenario are located as a file reader sees them", () => {
  const cite = { id: "City-2025", authors: "City EPB", title: "Tests (illustrative)", publisher: "City EPB", year: 2025, url: "https://example.org" };
  const row = { id: "city.pm", sector: "1.A.4.b.i", fuel: "anthracite", pollutant: "PM2.5", value: "100", unit: "g/GJ", source: { id: cite.id, table: "T1" }, quality: "userSupplied" };
  const issuesOf = (f: () => unknown) => thrown(f, InvalidInputError).issues;

  it("prefixes factor-set problems with the scenario's factors section", () => {
    const factors = { userTables: [{ id: "city", title: "city", rows: [{ ...row, value: "-1" }] }], userCitations: [cite], userNcv: [{ id: "n" }] };
    expect(issuePaths(() => compileScenario(scenario([], { factors: factors as never })))).toEqual([
      ["factors", "userTables", 0, "rows", 0, "value"],
      ["factors", "userNcv", 0, "fuel"],
      ["factors", "userNcv", 0, "value"],
      ["factors", "userNcv", 0, "unit"],
      ["factors", "userNcv", 0, "source"],
      ["factors", "userNcv", 0, "quality"],
    ]);
  });

  it("refuses a factor table with an unknown key, naming the key", () => {
    const factors = { userTables: [{ id: "city", title: "city", colour: "red", rows: [row] }], userCitations: [cite] };
    expect(issuesOf(() => compileScenario(scenario([], { factors: factors as never })))).toMatchObject([
      { code: "unknown_key", path: ["factors", "userTables", 0, "colour"], message: 'unknown key "colour"' },
    ]);
  });

  it("refuses a factor table without rows, with its path", () => {
    const factors = { userTables: [{ id: "city", title: "city" }] };
    expect(issuePaths(() => compileScenario(scenario([], { factors: factors as never })))).toEqual([["factors", "userTables", 0, "rows"]]);
  });

  it("refuses a grid factor row whose citation is not in the registry, and accepts it with the scenario's userCitations", () => {
    const grid = { id: "city-grid", country: "CN", year: 2024, value: "0.6", unit: "t/MWh", definition: "city average", source: { id: cite.id, table: "T3" }, quality: "userSupplied" } as const;
    expect(issuePaths(() => compileScenario(scenario([], { gridFactor: grid })))).toEqual([["gridFactor", "source", "id"]]);
    expect(() => compileScenario(scenario([], { gridFactor: grid, factors: { userCitations: [cite] } }))).not.toThrow();
  });
});

describe("measures on vehicle-km", () => {
  it("switches buses on vehicle-km to another fuel through their fuel consumption and NCV", () => {
    // 300 g diesel/vkm x 43.0 TJ/Gg (2006 IPCC GL Vol. 2 Table 1.2, Gas/Diesel Oil) = 0.3 kg x 43.0 MJ/kg
    // = 12.9 MJ = 0.0129 GJ per vkm; with equal efficiencies, 1e7 vkm become 129 000 GJ of natural gas.
    const toCng = { id: "cng", kind: "fuelSwitch", target: { activityIds: ["buses"] }, penetration: ALL, to: { fuel: "naturalGas" }, efficiencyFrom: "1", efficiencyTo: "1", toUnit: "GJ" } as const;
    const plan = compileScenario(scenario([toCng]));
    const buses = plan.lineages.find((l) => l.activityId === "buses")!;
    expect(buses.templates[1]?.conversion.toString()).toBe("0.0129");
  });
});

describe("missing factors of activity a measure created", () => {
  it("points at the measure and names it", () => {
    const heatPumps = { ...toGas, id: "heat-pumps", to: { fuel: "electricity" }, efficiencyTo: "3", toUnit: "MWh" } as const;
    try {
      compileScenario(scenario([heatPumps], { baseline: [STOVES], species: ["PM2.5"], metrics: [], onMissingFactor: "error" }));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(MissingFactorError);
      expect((e as MissingFactorError).path).toEqual(["measures", 0]);
      expect((e as MissingFactorError).detail).toContain("measure heat-pumps");
      expect((e as MissingFactorError).species).toBe("PM2.5");
    }
  });
});

describe("metrics are checked when the scenario compiles, not when it runs", () => {
  it("refuses a metric that values none of the scenario's species, saying what it does value", () => {
    const issues = (() => {
      try {
        compileScenario(scenario([], { species: ["SO2"] }));
      } catch (e) {
        return (e as InvalidInputError).issues;
      }
      return [];
    })();
    expect(issues.map((i) => i.path)).toEqual([["metrics", 0]]);
    expect(issues[0]?.message).toContain('"AR6-GWP100" values CO2, CH4, N2O; none of this scenario\'s species (SO2)');
  });

  it("refuses a metric name with spaces, naming the canonical spelling", () => {
    const issues = (() => {
      try {
        compileScenario(scenario([], { species: ["CO2", "BC"], metrics: ["AR6-GWP100 + Bond2013-GWP100"] }));
      } catch (e) {
        return (e as InvalidInputError).issues;
      }
      return [];
    })();
    expect(issues.map((i) => i.path)).toEqual([["metrics", 0]]);
    expect(issues[0]?.message).toContain('"AR6-GWP100+Bond2013-GWP100"');
  });
});

describe("dust control says what it does to the particle sizes that contain PM2.5", () => {
  it("refuses dust control that cuts PM2.5 without saying what it does to PM10 and TSP", () => {
    const sweep = { id: "sweeping", kind: "dustControl", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { "PM2.5": "0.4" } } as const;
    expect(issuePaths(() => compileScenario(scenario([sweep], { species: ["PM2.5", "PM10", "TSP", "BC"], metrics: [] })))).toEqual([
      ["measures", 0, "removal", "PM10"],
      ["measures", 0, "removal", "TSP"],
    ]);
  });
});
