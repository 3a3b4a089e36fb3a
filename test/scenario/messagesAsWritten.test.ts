import { describe, expect, it } from "vitest";
import { InvalidInputError, OverclaimedActivityError, ScenarioFileError, UnknownFuelError, compileScenario, getFuel, type Scenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { thrown } from "../fixtures/thrown.js";

// Messages of review 10, defect 11: each speaks of the input as the user wrote it.
const households = (value: string) => ({ unit: "household", level: { kind: "constant" as const, value } });
const gerStoves = (intensity: string): Scenario["baseline"][number] => ({
  id: "ger-stoves", sector: "1.A.4.b.i", fuel: "lignite", unit: "kt", stock: households("202000"), intensity: { value: intensity, unit: "t/household" },
});
const scenarioOf = (baseline: Scenario["baseline"], measures: Scenario["measures"] = []): Scenario => ({
  name: "messages", years: { start: 2024, end: 2024 }, species: ["PM2.5"], metrics: [], baseline, measures, onMissingFactor: "omit",
});

describe("messages about a scenario quote it as written", () => {
  it("report a negative intensity in the value and unit written (-5.4 t/household), not converted to kt", () => {
    const e = thrown(() => compileScenario(scenarioOf([gerStoves("-5.4")])), InvalidInputError);
    expect(e.issues[0]!.path).toEqual(["baseline", 0, "intensity"]);
    expect(e.issues[0]!.message).toBe("intensity of ger-stoves in 2024 is -5.4 t/household; it must not be negative");
  });

  it("tell measures stated in units that over-claim to lower their units, in households", () => {
    const coal = { id: "hh-coal", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", stock: households("1000000"), intensity: { value: "3", unit: "t/household" } };
    const switchToGas = { kind: "fuelSwitch" as const, target: { activityIds: ["hh-coal"] }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "GJ" };
    const toGas = (id: string, value: string): Scenario["measures"][number] => ({ id, ...switchToGas, units: households(value) });
    const e = thrown(() => compileScenario(scenarioOf([coal], [toGas("a", "974000"), toGas("b", "50000")])), OverclaimedActivityError);
    expect(e.message).toContain("together claim 1024000 household of the 1000000 household");
    expect(e.message).toContain("lower their units so they treat at most the stock");
    expect(e.message).not.toContain("penetrations");
    expect(e.path).toEqual(["measures", 1, "units"]);
    // with a penetration among them, both are named
    const byShare: Scenario["measures"][number] = { id: "b", ...switchToGas, penetration: { kind: "constant", value: "0.05" } };
    expect(thrown(() => compileScenario(scenarioOf([coal], [toGas("a", "974000"), byShare])), OverclaimedActivityError).message).toContain("lower their units or penetrations");
  });

  it("accept a lifetime written as a string of a whole number, and explain one that is not", () => {
    const stoves = (lifetime: unknown): Scenario => scenarioOf([gerStoves("5.4")], [{
      id: "stoves", kind: "stoveReplacement", target: { activityIds: ["ger-stoves"] }, units: households("50000"), to: { technology: "Advanced coal combustion techniques <1MWth - Advanced stove" }, fuelSaving: "0.25", lifetime,
    } as never]);
    expect(compileScenario(stoves("8")).scenario.measures[0]!.lifetime).toBe(8);
    expect(compileScenario(stoves(8)).scenario.measures[0]!.lifetime).toBe(8);
    for (const bad of ["8.5", 8.5, "eight"]) {
      const e = thrown(() => compileScenario(stoves(bad)), InvalidInputError);
      expect(e.issues[0]!.path).toEqual(["measures", 0, "lifetime"]);
      expect(e.issues[0]!.message).toBe('a lifetime is a whole number of years from 1 to 200, written as a number (8) or a string ("8")');
    }
    expect(thrown(() => compileScenario(stoves("0")), InvalidInputError).issues[0]!.message).toBe("a lifetime is at least 1 year");
  });

  it("suggest the road kind nearest a misspelt road (pave -> paved), and the measure kind nearest a misspelt kind", () => {
    const yaml = (road: string, kind: string) => [
      "name: dust", "years: { start: 2026, end: 2026 }", "species: [PM10]", "metrics: []", "onMissingFactor: omit",
      "factors:", "  roadDust:", `    - road: ${road}`, "      technology: paved arterial roads", "      siltLoading: \"2\"", "      meanVehicleWeight: \"2.18\"", "      wetDays: \"70\"",
      "baseline:", "  - id: arterials", "    sector: 1.A.3.b.vii", "    fuel: none", "    technology: paved arterial roads", "    unit: vkm", "    level: { kind: constant, value: \"5e9\" }",
      "measures:", "  - id: sweep", `    kind: ${kind}`, "    target: { activityIds: [arterials] }", "    penetration: { kind: constant, value: \"0.6\" }", "    removal: { PM10: \"0.5\" }",
    ].join("\n");
    const road = thrown(() => compileScenarioFile(yaml("pave", "dustControl"), { fileName: "dust.yaml" }), ScenarioFileError).issues[0]!;
    expect(road).toMatchObject({ path: ["factors", "roadDust", 0, "road"], code: "invalid_value", key: "pave", nearest: ["paved"], line: 8 });
    expect(road.message).toBe('unknown road "pave"; did you mean "paved"? (one of paved, unpavedIndustrial, unpavedPublic)');
    const kind = thrown(() => compileScenarioFile(yaml("paved", "dustcontrol"), { fileName: "dust.yaml" }), ScenarioFileError).issues[0]!;
    expect(kind).toMatchObject({ path: ["measures", 0, "kind"], nearest: ["dustControl"] });
  });

  it("explain that a reduction per unit in kg needs the unit it is per (kg/vehicle)", () => {
    const trucks = { id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm", stock: { unit: "vehicle", level: { kind: "constant" as const, value: "5000" } }, intensity: { value: "60000", unit: "vkm/vehicle" } };
    const measure = { id: "pmnox", kind: "measuredReduction", target: { activityIds: ["trucks"] }, units: { unit: "vehicle", level: { kind: "constant", value: "77" } }, reductionPerUnit: { NOx: { value: "100", unit: "kg" } }, source: "test" } as never;
    const e = thrown(() => compileScenario(scenarioOf([trucks], [measure])), InvalidInputError);
    expect(e.issues[0]!.path).toEqual(["measures", 0, "reductionPerUnit", "NOx", "unit"]);
    expect(e.issues[0]!.message).toBe('"kg" is one unit, with nothing after /; expected a mass per unit of stock, e.g. kg/vehicle or t/household');
  });

  it("suggest a fuel by its label or IPCC name: liquefiedPetroleumGases -> lpg, diesel -> gasDieselOil, petrol -> motorGasoline", () => {
    expect(thrown(() => getFuel("liquefiedPetroleumGases"), UnknownFuelError).message).toContain("lpg");
    expect((thrown(() => getFuel("liquefiedPetroleumGases"), UnknownFuelError) as unknown as { nearest: string[] }).nearest[0]).toBe("lpg");
    expect((thrown(() => getFuel("diesel"), UnknownFuelError) as unknown as { nearest: string[] }).nearest[0]).toBe("gasDieselOil");
    expect((thrown(() => getFuel("petrol"), UnknownFuelError) as unknown as { nearest: string[] }).nearest[0]).toBe("motorGasoline");
    expect((thrown(() => getFuel("fuelOil"), UnknownFuelError) as unknown as { nearest: string[] }).nearest[0]).toBe("residualFuelOil");
  });
});
