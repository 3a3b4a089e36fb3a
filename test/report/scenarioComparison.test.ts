import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Scenario, compileScenario, evaluateScenario } from "../../src/index.js";
import { compareScenarios, comparisonCsv, formatComparison } from "../../src/compare.js";
import { comparisonCharts } from "../../src/charts.js";
import { parseCsv } from "../../src/index.js";

/** A small city: stoves and boilers on anthracite, an FGD on the boilers and a fuel switch of the stoves. */
function scenario(name: string, fgd: string, switched: string, withSwitch = true): Scenario {
  return {
    name, years: { start: 2030, end: 2031 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
    baseline: [
      { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } },
      { id: "boilers", sector: "1.A.2", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "50" } },
    ],
    measures: [
      { id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: fgd }, removal: { SO2: "0.9" } },
      ...(withSwitch ? [{ id: "gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.6", efficiencyTo: "0.9", toUnit: "TJ", penetration: { kind: "constant", value: switched } }] : []),
    ],
  } as unknown as Scenario;
}
const run = (s: Scenario) => evaluateScenario(compileScenario(s));

describe("compareScenarios", () => {
  it("gives the difference of each scenario's reduction from the reference's, per species and year, exactly", () => {
    const c = compareScenarios([{ name: "A", result: run(scenario("a", "0.5", "0.2")) }, { name: "B", result: run(scenario("b", "1", "0.2")) }]);
    // boilers' SO2: the FGD removes 0.9 of the penetrated share; B treats 0.5 more of them than A
    const so2 = (s: string) => c.emissions.find((r) => r.year === 2030 && r.species === "SO2" && r.scenario === s)!;
    const baselineBoilers = compareScenarios([{ name: "x", result: run(scenario("x", "0", "0", false)) }, { name: "y", result: run(scenario("y", "1", "0", false)) }]).emissions.find((r) => r.scenario === "y" && r.species === "SO2" && r.year === 2030)!.reductionVsReference;
    // at full penetration the FGD removes 0.9 of the boilers' SO2; B's extra 0.5 penetration removes half of that
    expect(so2("B").reductionVsReference).toBe(String(Number(baselineBoilers) / 2));
    expect(so2("A").reductionVsReference).toBe("0");
    expect(so2("B").emissionsVsReference).toBe(`-${so2("B").reductionVsReference}`);
  });

  it("marks a measure missing from a scenario as absent and counts it as zero in the difference", () => {
    const c = compareScenarios([{ name: "A", result: run(scenario("a", "0.5", "0.3")) }, { name: "B", result: run(scenario("b", "0.5", "0.3", false)) }]);
    const gas = c.measures.filter((r) => r.measure === "gas" && r.year === 2030 && r.species === "CO2");
    expect(gas.map((r) => [r.scenario, r.present, r.reduction === ""])).toEqual([["A", true, false], ["B", false, true]]);
    expect(gas[1]!.reductionVsReference).toBe(gas[0]!.reduction.startsWith("-") ? gas[0]!.reduction.slice(1) : `-${gas[0]!.reduction}`);
  });

  it("property: a scenario compared with itself differs by zero everywhere; swapping two scenarios negates every difference", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (p, q, r) => {
      const a = run(scenario("a", String(p / 100), String(q / 100)));
      const b = run(scenario("b", String(r / 100), String(q / 100)));
      const self = compareScenarios([{ name: "A", result: a }, { name: "A again", result: a }]);
      const zero = (v: string) => v === "" || Number(v) === 0;
      expect([...self.emissions, ...self.co2e].every((row) => zero(row.emissionsVsReference) && zero(row.reductionVsReference))).toBe(true);
      expect(self.measures.every((row) => zero(row.reductionVsReference))).toBe(true);
      const ab = compareScenarios([{ name: "A", result: a }, { name: "B", result: b }]).emissions.filter((x) => x.scenario === "B");
      const ba = compareScenarios([{ name: "B", result: b }, { name: "A", result: a }]).emissions.filter((x) => x.scenario === "A");
      ab.forEach((x, i) => expect(Number(x.reductionVsReference) + Number(ba[i]!.reductionVsReference)).toBe(0));
    }), { numRuns: 25 });
  });

  it("property (Shapley efficiency): per species and year, the measures' differences add up to the species' difference", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (p, q, r, s) => {
      const c = compareScenarios([{ name: "A", result: run(scenario("a", String(p / 100), String(q / 100))) }, { name: "B", result: run(scenario("b", String(r / 100), String(s / 100))) }]);
      for (const row of c.emissions.filter((x) => x.scenario === "B")) {
        const parts = c.measures.filter((m) => m.scenario === "B" && m.species === row.species && m.year === row.year).reduce((t, m) => t + Number(m.reductionVsReference), 0);
        expect(parts).toBeCloseTo(Number(row.reductionVsReference), 6);
      }
    }), { numRuns: 25 });
  });

  it("refuses fewer than two scenarios and two of the same name", () => {
    const a = run(scenario("a", "0.5", "0.2"));
    expect(() => compareScenarios([{ name: "A", result: a }])).toThrow(RangeError);
    expect(() => compareScenarios([{ name: "A", result: a }, { name: "A", result: a }])).toThrow('two scenarios are named "A"');
  });
});

describe("the outputs of a comparison", () => {
  const c = compareScenarios([{ name: "=A", result: run(scenario("a", "0.5", "0.2")) }, { name: "B", result: run(scenario("b", "1", "0.4")) }]);

  it("write exact decimals in CSV that reads back to the same rows (a name starting with = neutralised)", () => {
    const csv = comparisonCsv(c);
    const back = parseCsv(csv["comparison-emissions.csv"]!);
    expect(back.map((r) => [r.scenario, r.reductionVsReference])).toEqual(c.emissions.map((r) => [r.scenario, r.reductionVsReference]));
    expect(csv["comparison-emissions.csv"]).toContain("'=A");
  });

  it("show the text table in the language asked for, with the user's names untouched and the review note", () => {
    const ko = formatComparison(c, { lang: "ko", species: "SO2" });
    expect(ko).toContain("A = =A");
    expect(ko).toContain("SO2 이산화황");
    expect(ko).toContain("machine-prepared");
    expect(formatComparison(c)).not.toContain("machine-prepared");
    expect(formatComparison(c, { year: 2031 }).split("\n")[0]).toBe("Scenario comparison, 2031");
  });

  it("give a chart per view, and one CO2e chart per metric, titled in the language", () => {
    const charts = comparisonCharts(c, "ja");
    expect(charts.map((x) => x.name)).toEqual(["comparison-reduction-by-species", "comparison-reduction-by-measure", "comparison-emissions-per-year", "comparison-co2e-AR6-GWP100"]);
    expect((charts[3]!.spec.title as { text: string }).text).toBe("シナリオ別の年間CO2e（AR6-GWP100）");
  });
});
