import { describe, expect, it } from "vitest";
import { MissingFactorError, ScenarioFileError, UnknownFactorError, compileScenario, type Scenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { thrown } from "../fixtures/thrown.js";

// A Euro 6 petrol car row: the built-in tables have no SO2 row for 1.A.3.b.i petrol by technology
// (SO2 of road transport comes from the fuel's sulphur content) and no Tier 2 CH4 row for it
// (a documented gap), so both are missing; PM2.5 and NOx are found (EMEP/EEA 2019 1.A.3.b.i-iv Tier 2).
const petrol = (species: Scenario["species"]): Scenario => ({
  name: "petrol", years: { start: 2020, end: 2020 }, species, metrics: [], onMissingFactor: "error",
  baseline: [{ id: "cars", sector: "1.A.3.b.i", fuel: "motorGasoline", technology: "Petrol Medium - Euro 6 up to 2016", unit: "vkm", level: { kind: "constant", value: "1e9" }, fuelConsumption: { value: "60", unit: "g/vkm" } }],
  measures: [],
});

describe("with onMissingFactor: error, every missing factor of the scenario at once", () => {
  it("lists every species a row lacks, not only the first", () => {
    const e = thrown(() => compileScenario(petrol(["CH4", "PM2.5", "SO2", "NOx"])), MissingFactorError);
    expect(e.missing.map((m) => [m.activityId, m.species, m.path])).toEqual([["cars", "CH4", ["baseline", 0]], ["cars", "SO2", ["baseline", 0]]]);
    expect(e.message).toMatch(/^baseline\[0\]: no emission factor for 2 activity x species of the scenario/);
    // the first lookup's reason, with its suggestions, stays the cause
    expect(e.cause).toBeInstanceOf(UnknownFactorError);
  });

  it("is one problem per missing factor in a scenario file, each with its own reason and position", () => {
    const yaml = [
      "name: petrol", "years: { start: 2020, end: 2020 }", "species: [CH4, PM2.5, SO2]", "metrics: []", "onMissingFactor: error", "baseline:",
      "  - id: cars", "    sector: 1.A.3.b.i", "    fuel: motorGasoline", "    technology: Petrol Medium - Euro 6 up to 2016", "    unit: vkm",
      "    level: { kind: constant, value: \"1e9\" }", "measures: []",
    ].join("\n");
    const e = thrown(() => compileScenarioFile(yaml, { fileName: "petrol.yaml" }), ScenarioFileError);
    expect(e.issues.map((i) => [i.path, i.line])).toEqual([[["baseline", 0], 7], [["baseline", 0], 7]]);
    expect(e.issues[0]!.message).toContain("/ CH4");
    expect(e.issues[1]!.message).toContain("/ SO2");
  });

  it("still reports a single missing factor as it is", () => {
    const e = thrown(() => compileScenario(petrol(["SO2", "PM2.5"])), MissingFactorError);
    expect(e.missing.map((m) => m.species)).toEqual(["SO2"]);
    expect(e.species).toBe("SO2");
  });
});
