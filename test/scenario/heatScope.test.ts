import { describe, expect, it } from "vitest";
import { InvalidInputError, MissingFactorError, compileScenario, energyBalance, evaluateScenario, evaluateScenarioFast, toDec } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";

// District heat as its own scope (issue 11, item 4), hand-computed. The heat supply is the user's
// (no defaults), cited to a user citation; the plants' emission factors are the built-in ones:
// CO2 94.6 t/TJ for other bituminous coal and 56.1 t/TJ for natural gas (IPCC 2006 Vol. 2 ch. 1
// Table 1.4), SO2 820 g/GJ for hard coal in 1.A.1 (EMEP/EEA 2019 1.A.1 Tier 1).
//
// Network loss 20%: 1 GJ delivered needs 1 / 0.8 = 1.25 GJ sent out, half from each plant:
//   coal heat-only boiler, efficiency 0.8:  0.625 / 0.8 = 0.78125 GJ of coal per GJ delivered
//   gas CHP, 200 GJ fuel -> 60 GJ electricity + 100 GJ heat, efficiency method with reference
//   efficiencies 0.8 (heat) and 0.48 (power): 100/0.8 = 125 = 60/0.48, so half the fuel, 100 GJ,
//   goes to 100 GJ of heat: 1 GJ of gas per GJ of heat; 0.625 GJ of gas per GJ delivered
//   CO2 per GJ delivered = 0.78125 x 0.0946 + 0.625 x 0.0561 = 0.07390625 + 0.0350625 = 0.10896875 t
const src = { id: "Heat-2025", table: "Table 1" };
const citation = { id: "Heat-2025", authors: "City Heat Co.", title: "Annual report 2025", publisher: "City Heat Co.", year: 2025, url: "https://example.org/heat-2025" };
const chp = { fuel: { value: "200", unit: "GJ" }, electricity: { value: "60", unit: "GJ" }, heat: { value: "100", unit: "GJ" }, method: { kind: "efficiency" as const, referenceHeatEfficiency: "0.8", referenceElectricEfficiency: "0.48" }, source: src };
const heatSupply = {
  networkLoss: { value: "0.2", source: src },
  plants: [
    { id: "coal-hob", share: "0.5", sector: "1.A.1.a", fuel: "otherBituminousCoal", heatOnly: { efficiency: "0.8", source: src } },
    { id: "gas-chp", share: "0.5", sector: "1.A.1.a", fuel: "naturalGas", chp },
  ],
};
const retrofit = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "homes" }, penetration: { kind: "constant", value: "0.5" }, demandReduction: "0.2" };
const toHeat = { id: "toHeat", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "districtHeat" }, efficiencyFrom: "0.5", efficiencyTo: "1", toUnit: "GJ" };
const scenario = (measures: readonly object[] = [], extra: Partial<Scenario> = {}): Scenario => ({
  name: "district heat", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [],
  factors: { userCitations: [citation] },
  heatSupply,
  baseline: [
    { id: "flats", sector: "1.A.4.b.i", fuel: "districtHeat", unit: "GJ", heatSegment: "homes", level: { kind: "constant", value: "1000" } },
    { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", heatSegment: "homes", level: { kind: "constant", value: "1" } },
  ],
  measures: measures as Scenario["measures"],
  ...extra,
} as Scenario);
const rows = (s: Scenario) => evaluateScenario(compileScenario(s)).emissions.map((e) => [e.scope, e.species, e.baseline, e.scenario]);

describe("district heat, scope indirectHeat", () => {
  it("prices heat delivered through the plants, their fuel allocation and the network losses", () => {
    // flats: 1000 GJ x 0.10896875; stoves: 1 TJ x 98.3 t/TJ (IPCC 2006 anthracite CO2, built-in)
    expect(rows(scenario())).toEqual([["direct", "CO2", "98.3", "98.3"], ["indirectHeat", "CO2", "108.96875", "108.96875"]]);
  });

  it("shows each step of the conversion in the coefficient's provenance", () => {
    const t = compileScenario(scenario()).lineages[0]!.templates[0]!;
    expect(t.scope).toBe("indirectHeat");
    expect(t.conversions![0]!.map((c) => c.factor)).toEqual(["0.78125", "0.625"]);
    expect(t.conversions![0]![1]!.description).toContain("efficiency method: reference efficiencies heat 0.8, electricity 0.48");
    expect(t.provenance[0]!.map((f) => [f.value, f.unit])).toEqual([["94600", "kg/TJ"], ["56100", "kg/TJ"]]);
  });

  it("moves a coal stove's emissions to the heat plants when it switches to district heat, and a retrofit saves the plants' fuel", () => {
    // stoves: 1 TJ at efficiency 0.5 -> 500 GJ of heat delivered; retrofit on half the homes: x (1 - 0.5 + 0.5 x 0.8) = 0.9
    // heat: (1000 + 500) x 0.9 = 1350 GJ x 0.10896875 = 147.1078125 t
    expect(rows(scenario([retrofit, toHeat]))).toEqual([["direct", "CO2", "98.3", "0"], ["indirectHeat", "CO2", "108.96875", "147.1078125"]]);
    const balance = energyBalance(compileScenario(scenario([retrofit, toHeat]))).rows.filter((r) => r.fuel === "districtHeat").map((r) => [r.activityId, r.baseline, r.scenario]);
    expect(balance).toEqual([["flats", "1000", "900"], ["stoves", "0", "450"]]);
  });

  it("gives Shapley shares summing exactly to the heat scope's reduction, and the fast kernel agrees", () => {
    const plan = compileScenario(scenario([retrofit, toHeat]));
    const exact = evaluateScenario(plan);
    const heat = exact.emissions.find((e) => e.scope === "indirectHeat")!;
    const shares = exact.attributionBySector.filter((a) => a.scope === "indirectHeat");
    expect(shares.reduce((s, a) => s.plus(a.shapley), toDec("0")).toString()).toBe(toDec(heat.reduction).toString());
    const fast = evaluateScenarioFast(plan);
    exact.emissions.forEach((e, i) => expect(Math.abs(Number(e.scenario) - fast.emissions[i]!.scenario)).toBeLessThanOrEqual(1e-9 * Number(e.baseline)));
  });

  it("takes SO2 from the plants' factors: the coal boiler's 820 g/GJ, plus the gas CHP's", () => {
    const s = scenario([], { species: ["SO2"], heatSupply: { ...heatSupply, plants: [{ ...heatSupply.plants[0]!, share: "1" }] } });
    // 1000 GJ / 0.8 / 0.8 = 1562.5 GJ of coal x 0.00082 t/GJ = 1.28125 t
    expect(evaluateScenario(compileScenario(s)).emissions.find((e) => e.scope === "indirectHeat")!.baseline).toBe("1.28125");
  });
});

describe("district heat refuses", () => {
  const issues = (s: Scenario) => {
    try {
      compileScenario(s);
    } catch (e) {
      if (e instanceof InvalidInputError) return e.issues.map((i) => i.path.join("."));
      throw e;
    }
    return [];
  };

  it("to count anything without a heat supply: a missing factor, or a gap listed with omit", () => {
    const { heatSupply: _, ...none } = scenario();
    expect(() => compileScenario(none as Scenario)).toThrow(MissingFactorError);
    expect(compileScenario({ ...(none as Scenario), onMissingFactor: "omit" }).missing.map((m) => [m.activityId, m.species, m.reason])).toEqual([["flats", "CO2", "district heat without a heatSupply"]]);
  });

  it("shares that do not sum to 1, a plant with both or neither kind, a plant id twice", () => {
    expect(issues(scenario([], { heatSupply: { ...heatSupply, plants: [{ ...heatSupply.plants[0]!, share: "0.6" }, heatSupply.plants[1]!] } }))).toEqual(["heatSupply.plants"]);
    expect(issues(scenario([], { heatSupply: { ...heatSupply, plants: [{ ...heatSupply.plants[0]!, chp }, heatSupply.plants[1]!] } }))).toEqual(["heatSupply.plants.0.heatOnly"]);
    expect(issues(scenario([], { heatSupply: { ...heatSupply, plants: [heatSupply.plants[0]!, { ...heatSupply.plants[1]!, id: "coal-hob" }] } }))).toEqual(["heatSupply.plants.1.id"]);
  });

  it("an unknown plant fuel, an unknown citation and a CHP allocation it cannot make, each at its path", () => {
    const bad = {
      networkLoss: { value: "0.2", source: { id: "Heat-2052", table: "T" } },
      plants: [
        { ...heatSupply.plants[0]!, fuel: "coal" },
        { ...heatSupply.plants[1]!, chp: { ...chp, method: { kind: "exergy" as const, ambientTemperature: "300", heatTemperature: "290" } } },
      ],
    };
    expect(issues(scenario([], { heatSupply: bad }))).toEqual(["heatSupply.networkLoss.source.id", "heatSupply.plants.0.fuel", "heatSupply.plants.1.chp.method.heatTemperature"]);
  });
});
