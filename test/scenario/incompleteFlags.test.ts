import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { coBenefitSummary, compileScenario, evaluateScenario, toDec } from "../../src/index.js";
import { formatResultTable } from "../../src/report.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { scenarioArbitrary } from "./randomScenario.js";

// The review of issue 11 (defects 1 and 2): no co-benefit or trade-off flag on a CO2e that leaves out
// (1) the upstream methane of the coal and gas burnt at the plants that supply indirect electricity or
// district heat, when the scenario counts upstream methane, or (2) a greenhouse gas the metric weighs
// that the scenario does not compute. The scenarios are the review's (x-up, h-upstreamDH, x-noco2),
// with illustrative user data cited to an illustrative user citation.

const G = { id: "G", authors: "A", title: "T", publisher: "P", year: 2024, url: "https://example.org/g" };
const g = (table: string) => ({ id: "G", table });

// x-up.yaml: Beijing coal stoves to heat pumps on a coal-heavy mix, upstream coal-mine methane 10 kg/t.
const coalToElectricity = (over: Partial<Scenario> = {}): Scenario => ({
  name: "Beijing coal-to-electricity", years: { start: 2015, end: 2030 }, species: ["PM2.5", "BC", "SO2", "NOx", "CO2", "CH4", "N2O"], metrics: ["AR6-GWP100"],
  factors: { userCitations: [G] },
  upstream: { coal: { methanePerTonne: { value: "10", unit: "kg/t", source: g("T") } } },
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20", unit: "GJ/t" }, level: { kind: "constant", value: "1000" }, sulphurContent: { value: "0.5", unit: "%" }, sulphurRetention: "0" }],
  measures: [{ id: "hp", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "interp", points: [{ year: 2015, value: "0" }, { year: 2030, value: "1" }] }, to: { fuel: "electricity" }, efficiencyFrom: "0.5", efficiencyTo: "2.5", toUnit: "MWh" }],
  grid: {
    country: "CN", definition: "test", source: g("T1"),
    mix: {
      shares: { coal: { kind: "interp", points: [{ year: 2015, value: "0.8" }, { year: 2030, value: "0.5" }] }, wind: { kind: "interp", points: [{ year: 2015, value: "0.05" }, { year: 2030, value: "0.35" }] }, hydro: { kind: "constant", value: "0.15" } },
      plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: g("T2") } },
      losses: "0.05", lossesSource: g("T3"),
    },
  },
  ...over,
});

// h-upstreamDH.yaml: coal stoves to district heat from a coal heat-only boiler and a gas CHP, and a retrofit of heated flats.
const H = { id: "My-heat-utility-2025", authors: "City Heat Co.", title: "Annual report 2025", publisher: "City Heat Co.", year: 2025, url: "https://example.org/heat-2025" };
const h = (table: string) => ({ id: H.id, table });
const coalToDistrictHeat = (species: Scenario["species"]): Scenario => ({
  name: "district heat", years: { start: 2030, end: 2030 }, species, metrics: ["AR6-GWP100"],
  factors: { userCitations: [H] },
  upstream: { coal: { methanePerTonne: { value: "10", unit: "kg/t", source: h("T") } } },
  heatSupply: {
    networkLoss: { value: "0.2", source: h("Table 1") },
    plants: [
      { id: "coal-hob", share: "0.5", sector: "1.A.1.a", fuel: "otherBituminousCoal", heatOnly: { efficiency: "0.8", source: h("Table 2") } },
      { id: "gas-chp", share: "0.5", sector: "1.A.1.a", fuel: "naturalGas", chp: { fuel: { value: "200", unit: "GJ" }, electricity: { value: "60", unit: "GJ" }, heat: { value: "100", unit: "GJ" }, method: { kind: "efficiency", referenceHeatEfficiency: "0.8", referenceElectricEfficiency: "0.48" }, source: h("Table 3") } },
    ],
  },
  baseline: [
    { id: "stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "GJ", level: { kind: "constant", value: "1000" } },
    { id: "flats", sector: "1.A.4.b.i", fuel: "districtHeat", unit: "GJ", heatSegment: "homes", level: { kind: "constant", value: "1000" } },
  ],
  measures: [
    { id: "toDH", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, to: { fuel: "districtHeat" }, efficiencyFrom: "0.5", efficiencyTo: "1", toUnit: "GJ" },
    { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "homes" }, penetration: { kind: "constant", value: "0.5" }, demandReduction: "0.2" },
  ],
} as Scenario);

// x-noco2.yaml: the upstream doc example, anthracite stoves to gas with 8% leakage, computing CH4, SO2 and PM2.5 only.
const U = { id: "My-gas-utility-2025", authors: "City Gas Co.", title: "Annual report 2025", publisher: "City Gas Co.", year: 2025, url: "https://example.org/report-2025" };
const u = (table: string) => ({ id: U.id, table });
const coalToGas = (species: Scenario["species"]): Scenario => ({
  name: "coal to gas, with upstream methane", years: { start: 2030, end: 2030 }, species, metrics: ["AR6-GWP100"],
  factors: { userCitations: [U] },
  upstream: {
    naturalGas: { leakageRate: { value: "0.08", source: u("Table 2") }, methaneContent: { value: "0.9", unit: "kg/kg", source: u("Table 3") } },
    coal: { methanePerTonne: { value: "18", unit: "m3/t", source: u("Table 4") }, methaneDensity: { value: "0.67", unit: "kg/m3", source: u("Table 4") } },
  },
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", netCalorificValue: { value: "25", unit: "GJ/t" }, level: { kind: "constant", value: "1000" } }],
  measures: [{ id: "toGas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.4" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.6", efficiencyTo: "0.8", toUnit: "GJ" }],
} as Scenario);

const textOf = (s: Scenario) => {
  const r = evaluateScenario(compileScenario(s));
  return { r, text: formatResultTable(r, coBenefitSummary(r, s)), summary: coBenefitSummary(r, s) };
};

describe("upstream methane of indirect electricity and heat: counted where the plants are stated (a generation mix, a heat supply), flagged where their fuels are unknown (review 11, defect 1)", () => {
  it("counts the power plants' coal-mine methane on a generation mix, so coal-to-electricity is judged on both mines, not flagged incomplete", () => {
    const { r, text } = textOf(coalToElectricity());
    const t = r.tradeOffs.find((x) => x.measure === "hp")!;
    // 2030, hand-computed: 1000 t x 20 GJ/t x 0.5 / 2.5 = 4000 GJ = 1111.1 MWh of heat-pump electricity;
    // coal burnt per MWh delivered = 0.5 share x 3.6 GJ/MWh / 0.4 efficiency / (1 - 0.05 losses) = 4.7368 GJ,
    // / 25.8 GJ/t (IPCC 2006 Vol. 2 ch. 1 Table 1.2, other bituminous coal) x 10 kg CH4/t (the scenario's) per MWh.
    const plants = toDec(4000).div("3.6").times("0.5").times("3.6").div("0.4").div("0.95").div("25.8").times(10).div(1000);
    const mine = r.emissions.find((e) => e.year === 2030 && e.scope === "upstream" && e.sector === "1.B.1.a" && e.species === "CH4")!;
    expect(mine.baseline).toBe("10"); // the stoves' own coal: 1000 t x 10 kg/t
    expect(toDec(mine.scenario).minus(plants).abs().lt("1e-20")).toBe(true);
    expect(t.incomplete).toBeUndefined();
    expect(t.flags).toEqual(["coBenefit"]);
    expect(text).not.toContain("upstream of indirect");
  });

  it("gives the flag again when upstream methane is not counted for any fuel (no upstream scope)", () => {
    const { upstream: _u, ...rest } = coalToElectricity();
    const t = evaluateScenario(compileScenario(rest)).tradeOffs[0]!;
    expect(t.incomplete).toBeUndefined();
    expect(t.flags).toEqual(["coBenefit"]);
  });

  it("flags incomplete also where the plants' fuels are unknown (a grid factor only)", () => {
    const { grid: _g, ...rest } = coalToElectricity({ species: ["CO2", "CH4", "N2O"], metrics: ["AR6-GWP100"] });
    const t = evaluateScenario(compileScenario({ ...rest, gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" }, onMissingFactor: "omit" })).tradeOffs[0]!;
    expect(t.flags).toEqual(["incomplete"]);
    expect(t.incomplete).toContainEqual({ species: "CH4", scope: "upstream", of: "indirect" });
  });

  it("counts the heat plants' coal-mine methane of coal-to-district-heat and a heat retrofit, so neither is flagged incomplete", () => {
    const { r, text } = textOf(coalToDistrictHeat(["CO2", "SO2", "NOx", "PM2.5", "CH4", "N2O"]));
    for (const id of ["toDH", "retrofit"]) expect(r.tradeOffs.find((x) => x.measure === id)!.incomplete, id).toBeUndefined();
    expect(text).not.toContain("upstream of indirectHeat");
    // Hand-computed, per GJ of heat delivered: 1 / (1 - 0.2) x share 0.5 / efficiency 0.8 = 0.78125 GJ of the
    // heat-only boiler's coal (the gas CHP has no upstream part stated), / 25.8 GJ/t (IPCC 2006 Vol. 2 ch. 1
    // Table 1.2) x 10 kg CH4/t. toDH: the stoves' 1000 GJ of coal avoided, 1000 x 0.5 = 500 GJ of heat added.
    const perTonne = toDec(10).div(1000).div("25.8");
    const stoves = toDec(1000).times(perTonne);
    const plants = toDec(500).times("0.78125").times(perTonne);
    const toDH = r.attributionBySector.find((a) => a.measure === "toDH" && a.scope === "upstream" && a.sector === "1.B.1.a")!;
    expect(toDec(toDH.standalone).minus(stoves.minus(plants)).abs().lt("1e-20")).toBe(true);
  });

  it("counts a CHP plant's gas-supply methane on the fuel its allocation gives to heat", () => {
    const s = coalToDistrictHeat(["CO2", "CH4", "N2O"]);
    const upstream = { ...s.upstream, naturalGas: { leakageRate: { value: "0.02", source: h("T") }, methaneContent: { value: "0.9", unit: "kg/kg", source: h("T") } } };
    const r = evaluateScenario(compileScenario({ ...s, upstream, measures: [] }));
    // the CHP's efficiency method: heat 100 / 0.8 = 125 and electricity 60 / 0.48 = 125, so half of its 200 GJ of
    // fuel, 100 GJ, goes to 100 GJ of heat: 1 GJ of gas per GJ sent out; per GJ delivered 1 / (1 - 0.2) x share 0.5
    // = 0.625 GJ, / 48 GJ/t (IPCC 2006 Vol. 2 ch. 1 Table 1.2) x 2% x 0.9 kg/kg, for the flats' 1000 GJ
    const gas = toDec(1000).times("0.625").div(48).times("0.02").times("0.9");
    const row = r.emissions.find((e) => e.scope === "upstream" && e.sector === "1.B.2.b")!;
    expect(toDec(row.baseline).minus(gas).abs().lt("1e-20")).toBe(true);
  });

  it("names the gas a metric weighs but the scenario leaves out (N2O) in the review's district-heat scenario", () => {
    const t = evaluateScenario(compileScenario(coalToDistrictHeat(["CO2", "SO2", "NOx", "PM2.5", "CH4"]))).tradeOffs.find((x) => x.measure === "toDH")!;
    expect(t.incomplete).toEqual([{ species: "N2O", scope: "all" }]);
  });
});

describe("greenhouse gases the metric weighs but the scenario does not compute (review 11, defect 2)", () => {
  it("flags coal-to-gas incomplete, not a trade-off, when CO2 and N2O are not computed", () => {
    const { r, text } = textOf(coalToGas(["CH4", "SO2", "PM2.5"]));
    const t = r.tradeOffs[0]!;
    // the CO2e of CH4 alone rises (leakage), while the CO2 the switch saves is not computed
    expect(Number(t.co2eReduction)).toBeLessThan(0);
    expect(t.flags).toEqual(["incomplete"]);
    expect(t.incomplete).toEqual([{ species: "CO2", scope: "all" }, { species: "N2O", scope: "all" }]);
    expect(text).toContain("toGas (AR6-GWP100): incomplete, not counted: CO2 (not computed), N2O (not computed); no co-benefit or trade-off is claimed");
  });

  it("judges the flag once CO2, CH4 and N2O are all computed", () => {
    const t = evaluateScenario(compileScenario(coalToGas(["CO2", "CH4", "N2O", "SO2", "PM2.5"]))).tradeOffs[0]!;
    expect(t.incomplete).toBeUndefined();
    expect(t.flags.length).toBeGreaterThan(0);
    expect(t.flags).not.toContain("incomplete");
  });

  it("never flags a co-benefit or trade-off on random scenarios that leave out a gas the metric weighs", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const r = evaluateScenario(compileScenario({ ...s, metrics: ["AR6-GWP100"] }));
        const left = (["CO2", "CH4", "N2O"] as const).filter((sp) => !s.species.includes(sp));
        for (const t of r.tradeOffs) {
          if (left.length === 0) continue;
          expect(t.flags).toEqual(["incomplete"]);
          for (const sp of left) expect(t.incomplete).toContainEqual({ species: sp, scope: "all" });
        }
      }),
      { numRuns: 25 },
    );
  });
});
