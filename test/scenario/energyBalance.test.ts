import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, energyBalance, energyTable, energyTableToCsv, parseCsv } from "../../src/index.js";
import { formatEnergyBalance } from "../../src/report.js";
import type { Measure } from "../../src/measures/registry.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";
import { scenarioArbitrary } from "./randomScenario.js";

// Hand-computed energy balances. The NCV 20.908 GJ/t is the raw-coal standard value of Chinese
// energy statistics quoted in issue 10, given here with the activity (so no built-in NCV is read).
const coal = { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "t", netCalorificValue: { value: "20.908", unit: "GJ/t" }, heatSegment: "offices", level: { kind: "constant", value: "1000" } } as const;
const scenario = (measures: Measure[], over: Partial<Scenario> = {}): Scenario => ({ name: "balance", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [], baseline: [coal], measures, ...over });
const toGas: Measure = { id: "toGas", kind: "fuelSwitch", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" };
const retrofit: Measure = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "offices" }, penetration: { kind: "constant", value: "0.4" }, demandReduction: "0.3" };
const rowOf = (b: ReturnType<typeof energyBalance>, fuel: string) => b.rows.find((r) => r.fuel === fuel)!;
const shareOf = (b: ReturnType<typeof energyBalance>, fuel: string, measure: string) => b.attribution.find((a) => a.fuel === fuel && a.measure === measure)!;

describe("energyBalance", () => {
  it("a coal-to-gas switch saves the coal it claims and adds gas for the same useful energy", () => {
    const b = energyBalance(compileScenario(scenario([toGas])));
    // coal: 1000 t x (1 - 0.5) = 500 t saved; 500 t x 20.908 GJ/t = 10454 GJ
    expect(rowOf(b, "otherBituminousCoal")).toMatchObject({ unit: "t", baseline: "1000", scenario: "500", reduction: "500", baselineGJ: "20908", scenarioGJ: "10454", reductionGJ: "10454" });
    expect(rowOf(b, "otherBituminousCoal").gjBasis).toContain("20.908 GJ/t (given with the activity)");
    // gas: 10454 GJ x 0.7 / 0.9 = 8130.888... GJ added
    expect(rowOf(b, "naturalGas")).toMatchObject({ unit: "GJ", baseline: "0", scenario: "8130.888888888888888888888889", reduction: "-8130.888888888888888888888889" });
    expect(b.attribution.map((a) => [a.measure, a.fuel, a.reduction, a.method])).toEqual([
      ["toGas", "otherBituminousCoal", "500", "shapley"],
      ["toGas", "naturalGas", "-8130.888888888888888888888889", "shapley"],
    ]);
  });

  it("names the national table row when the scenario's ncv.country gives the coal's heating value", () => {
    const { netCalorificValue: _given, ...noNcv } = coal;
    const b = energyBalance(compileScenario(scenario([], { baseline: [noNcv], ncv: { country: "CN" } })));
    // GB/T 2589 raw coal 5000 kcal/kg x 4.1868 kJ/kcal = 20.934 GJ/t; 1000 t = 20934 GJ
    expect(rowOf(b, "otherBituminousCoal").baselineGJ).toBe("20934");
    expect(rowOf(b, "otherBituminousCoal").gjBasis).toContain("5000 kcal/kg (national table row CN.GBT2589.otherBituminousCoal.NCV");
  });

  it("a building retrofit cuts the fuel of whatever supplies the heat, and shares the cut with a switch by Shapley", () => {
    const b = energyBalance(compileScenario(scenario([toGas, retrofit])));
    // v(none) = 1000, v(switch) = 500, v(retrofit) = 1000 x (1 - 0.4 x 0.3) = 880, v(both) = 440 t of coal
    expect(rowOf(b, "otherBituminousCoal")).toMatchObject({ baseline: "1000", scenario: "440", reduction: "560" });
    // Shapley: switch = ((1000 - 500) + (880 - 440)) / 2 = 470; retrofit = ((1000 - 880) + (500 - 440)) / 2 = 90
    expect(shareOf(b, "otherBituminousCoal", "toGas").reduction).toBe("470");
    expect(shareOf(b, "otherBituminousCoal", "retrofit").reduction).toBe("90");
    // the retrofit also cuts the gas that the switch brings: 16261.77... GJ x 0.5 x 0.88 = 7155.18... GJ
    expect(rowOf(b, "naturalGas").scenario).toBe("7155.182222222222222222222222");
  });

  it("a seasonal curtailment cuts fuel by its share of the year; a DPF or dust control changes no fuel; a device adds its energy penalty", () => {
    const profile = ["0.2", "0.2", "0.1", "0.05", "0.05", "0.05", "0.05", "0.05", "0.05", "0.05", "0.05", "0.1"];
    const curtail: Measure = { id: "curtail", kind: "seasonalCurtailment", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, months: [12, 1, 2], curtailment: "0.5" };
    const fgd: Measure = { id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" }, energyPenalty: "0.02" };
    const b = energyBalance(compileScenario(scenario([curtail, fgd], { baseline: [{ ...coal, monthlyProfile: profile }] })));
    // curtailment: 1 - 0.5 x (0.1 + 0.2 + 0.2) = 0.75; penalty: x 1.02 -> 765 t
    expect(rowOf(b, "otherBituminousCoal").scenario).toBe("765");
    // Shapley: curtail = ((1000 - 750) + (1020 - 765)) / 2 = 252.5; fgd = ((1000 - 1020) + (750 - 765)) / 2 = -17.5
    expect([shareOf(b, "otherBituminousCoal", "curtail").reduction, shareOf(b, "otherBituminousCoal", "fgd").reduction]).toEqual(["252.5", "-17.5"]);
    const buses = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: "1000000" } } as const;
    const dpf: Measure = { id: "dpf", kind: "dpfRetrofit", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: "1" }, removal: { "PM2.5": "0.9", PM10: "0.9", TSP: "0.9", BC: "0.9", OC: "0.9" } };
    const withDpf = energyBalance(compileScenario(scenario([dpf], { baseline: [buses], species: ["NOx"] })));
    expect(withDpf.rows.map((r) => r.reduction)).toEqual(["0"]);
    expect(withDpf.attribution).toEqual([]);
    expect(withDpf.measures).toEqual([]);
  });

  it("gives GJ through the fuel consumption for vehicle-km and 3.6 GJ per MWh for the electricity of EVs", () => {
    const buses = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", fuelConsumption: { value: "300", unit: "g/vkm" }, level: { kind: "constant", value: "1000000" } } as const;
    const ev: Measure = { id: "ev", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: "0.25" }, technology: "battery bus", electricityPerKm: { value: "1.2", unit: "kWh/vkm" } };
    const b = energyBalance(compileScenario(scenario([ev], { baseline: [buses], onMissingFactor: "omit", gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" } })));
    // diesel: 1e6 vkm x 300 g/vkm = 300 t x 43.0 GJ/t (IPCC 2006 Vol. 2 Ch. 1 Table 1.2 NCV of gas/diesel oil) = 12900 GJ; 25% moved
    expect(rowOf(b, "gasDieselOil")).toMatchObject({ unit: "vkm", baseline: "1000000", scenario: "750000", baselineGJ: "12900", scenarioGJ: "9675", reductionGJ: "3225" });
    // electricity: 250000 vkm x 1.2 kWh = 300 MWh = 1080 GJ
    expect(rowOf(b, "electricity")).toMatchObject({ unit: "MWh", scenario: "300", scenarioGJ: "1080", reductionGJ: "-1080" });
  });

  it("leaves GJ empty with the reason where no conversion exists (vehicle-km without a fuel consumption), never a guess", () => {
    const buses = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: "1000000" } } as const;
    const scrap: Measure = { id: "scrap", kind: "scrappage", target: { activityIds: ["buses"] }, penetration: { kind: "constant", value: "0.1" }, replacement: null };
    const b = energyBalance(compileScenario(scenario([scrap], { baseline: [buses], species: ["NOx"] })));
    expect(b.rows[0]).toMatchObject({ baseline: "1000000", scenario: "900000", reduction: "100000", baselineGJ: null, scenarioGJ: null, reductionGJ: null });
    expect(b.rows[0]!.gjBasis).toMatch(/fuelConsumption/);
    expect(b.attribution[0]).toMatchObject({ measure: "scrap", reduction: "100000", reductionGJ: null });
    expect(formatEnergyBalance(b, [2030])).toContain("buses gasDieselOil: 100,000 vkm");
  });

  it("writes a tidy table whose CSV reads back, the totals first and each measure's share after", () => {
    const rows = energyTable(energyBalance(compileScenario(scenario([toGas, retrofit]))));
    expect(rows.map((r) => [r.fuel, r.measure])).toEqual([["otherBituminousCoal", "all"], ["otherBituminousCoal", "toGas"], ["otherBituminousCoal", "retrofit"], ["naturalGas", "all"], ["naturalGas", "toGas"], ["naturalGas", "retrofit"]]);
    const back = parseCsv(energyTableToCsv(rows));
    expect(back.map((r) => r.reduction)).toEqual(rows.map((r) => r.reduction));
    expect(back[1]!.baseline).toBe("");
  });

  it("conserves: baseline - the sum of the measures' shares = scenario, exactly, in the unit and in GJ (property)", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const b = energyBalance(compileScenario(s));
        for (const r of b.rows) {
          const shares = b.attribution.filter((a) => a.year === r.year && a.activityId === r.activityId && a.sector === r.sector && a.fuel === r.fuel && a.unit === r.unit);
          const sum = shares.reduce((x, a) => x.plus(a.reduction), new Dec(0));
          expect(new Dec(r.baseline).minus(sum).eq(r.scenario)).toBe(true);
          expect(new Dec(r.baseline).minus(r.reduction).eq(r.scenario)).toBe(true);
          if (r.baselineGJ !== null) {
            const sumGj = shares.reduce((x, a) => x.plus(a.reductionGJ!), new Dec(0));
            expect(new Dec(r.baselineGJ).minus(sumGj).eq(r.scenarioGJ!)).toBe(true);
          }
        }
      }),
      { numRuns: 40 },
    );
  });

  it("does not change the plan it reads", () => {
    const plan = compileScenario(scenario([toGas, retrofit]));
    const before = JSON.stringify(plan);
    energyBalance(plan);
    expect(JSON.stringify(plan)).toBe(before);
  });
});
