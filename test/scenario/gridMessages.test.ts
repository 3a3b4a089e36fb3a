import { describe, expect, it } from "vitest";
import { CobenefitsError, InvalidInputError, compileScenario } from "../../src/index.js";
import { parseScenarioFile } from "../../src/files.js";
import { gridKeyHint } from "../../src/engine.js";
import type { Scenario } from "../../src/scenario/scenario.js";

// Review of issue 11, defects 9 (w-s-only.yaml) and 10 (v-unknownTech.yaml, v-thermalAggregate.yaml,
// v-removalUnknownSp.yaml, v-seriesUnknownSp.yaml). Grid data: illustrative user input.
const cite = (table: string) => ({ id: "G", table });
const citation = { id: "G", authors: "A", title: "Illustrative grid (test data)", publisher: "P", year: 2024, url: "https://example.org/g" };
const stoves = { id: "stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20", unit: "GJ/t" }, level: { kind: "constant", value: "1000" } };
const hp = { id: "hp", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "electricity" }, efficiencyFrom: "0.5", efficiencyTo: "2.5", toUnit: "MWh" };
const scenario = (grid: object, extra: object = {}): Scenario => ({
  name: "grid", years: { start: 2030, end: 2030 }, species: ["PM2.5", "SO2", "CO2"], metrics: [], factors: { userCitations: [citation] },
  baseline: [stoves], measures: [hp], grid: { country: "CN", definition: "test", source: cite("T1"), ...grid }, ...extra,
} as Scenario);
const constant = (value: string) => ({ kind: "constant", value });
const series = { CO2: { unit: "t/MWh", level: constant("0.6") }, SO2: { unit: "g/kWh", level: constant("0.2") } };
const mix = (shares: object, removal?: object) => ({
  shares, losses: "0.05", lossesSource: cite("T3"),
  plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("T2"), ...(removal === undefined ? {} : { removal, removalSource: cite("T4") }) } },
});
const errorOf = (s: Scenario): CobenefitsError => {
  try {
    compileScenario(s);
  } catch (e) {
    expect(e).toBeInstanceOf(CobenefitsError);
    return e as CobenefitsError;
  }
  return expect.unreachable();
};
const issuesOf = (s: Scenario) => (errorOf(s) as InvalidInputError).issues;

describe("a species missing from a grid of series names the grid (defect 9)", () => {
  it("says the grid gives only CO2 and SO2 and no mix, not that electricity has only a CO2 grid factor", () => {
    const e = errorOf(scenario({ factors: series }));
    expect(e.message).toContain("the scenario's grid gives only CO2, SO2 (grid.factors) and no mix; PM2.5 of electricity has no factor (give grid.factors.PM2.5 or a grid.mix)");
    expect(e.message).not.toContain("only a CO2 grid factor");
  });

  it("with onMissingFactor omit, lists the gap with the grid as the reason", () => {
    const plan = compileScenario(scenario({ factors: series }, { onMissingFactor: "omit" }));
    expect(plan.missing.filter((m) => m.species === "PM2.5").map((m) => m.reason)).toContain("the scenario's grid has no PM2.5 series and no mix");
  });
});

describe("did you mean for unknown keys in grid (defect 10)", () => {
  it.each([
    [{ mix: mix({ coal: constant("0.9"), wnd: constant("0.1") }) }, ["grid", "mix", "shares", "wnd"], "wind"],
    [{ mix: mix({ cole: constant("0.9"), wind: constant("0.1") }) }, ["grid", "mix", "shares", "cole"], "coal"],
    [{ factors: { so2: { unit: "g/kWh", level: constant("0.2") } } }, ["grid", "factors", "so2"], "SO2"],
    [{ mix: mix({ coal: constant("1") }, { so2: "0.9" }) }, ["grid", "mix", "plants", "coal", "removal", "so2"], "SO2"],
  ])("suggests the nearest key (%#)", (grid, path, nearest) => {
    const issue = issuesOf(scenario(grid)).find((i) => i.code === "unknown_key")!;
    expect(issue.path).toEqual(path);
    expect(issue.nearest).toEqual([nearest]);
    expect(issue.message).toContain(`did you mean "${nearest}"?`);
  });

  it("says thermal is an aggregate to split, not a typo", () => {
    const issue = issuesOf(scenario({ mix: mix({ thermal: constant("0.9"), wind: constant("0.1") }) })).find((i) => i.code === "unknown_key")!;
    expect(issue.message).toContain('"thermal" is an aggregate of a published mix: split it into coal, gas, oil');
    expect(gridKeyHint(["grid", "mix", "plants"], "renewable")?.hint).toContain("split it into hydro, wind, solar and biomass");
  });

  it("gives no grid hint for unknown keys elsewhere", () => {
    expect(gridKeyHint(["baseline", 0], "fule")).toBeUndefined();
    expect(gridKeyHint(["grid"], "mixx")).toBeUndefined();
  });

  it("a scenario file names each misspelt key's nearest, at the key's line", () => {
    const yaml = [
      "name: demo", "years: { start: 2030, end: 2030 }", "species: [SO2]", "metrics: []", "baseline: []", "measures: []",
      "grid:", "  country: CN", "  definition: test", "  source: { id: IPCC2006-V2-Ch2, table: T }",
      "  mix:", "    shares: { coal: { kind: constant, value: \"1\" } }", "    losses: \"0.05\"", "    lossesSource: { id: IPCC2006-V2-Ch2, table: T }",
      "    plants:", "      coal: { fuel: otherBituminousCoal, efficiency: \"0.4\", efficiencySource: { id: IPCC2006-V2-Ch2, table: T }, removal: { SO3: \"0.9\", so2: \"0.9\" }, removalSource: { id: IPCC2006-V2-Ch2, table: T } }",
    ].join("\n");
    try {
      parseScenarioFile(yaml, { fileName: "s.yaml" });
      expect.unreachable();
    } catch (e) {
      const issue = (e as InvalidInputError).issues.find((i) => i.code === "unknown_key") as InvalidInputError["issues"][number] & { readonly line?: number };
      expect(issue.path).toEqual(["grid", "mix", "plants", "coal", "removal"]);
      expect(issue.message).toContain('did you mean "SO2" for "SO3", "SO2" for "so2"? (one of PM2.5, PM10');
      expect(issue.nearest).toEqual(["SO2", "SO2"]);
      expect(issue.line).toBe(16);
    }
  });
});
