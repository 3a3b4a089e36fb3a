import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, MissingMetricValueError } from "../../src/errors.js";
import { metricValue } from "../../src/metrics/toCo2e.js";
import type { Measure } from "../../src/measures/registry.js";
import { compileScenario, evaluateScenario, evaluateScenarioFast, type FastScenarioResult, type ScenarioResult } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { scenarioArbitrary } from "./randomScenario.js";

const TOLERANCE = 1e-9;

/**
 * The first disagreement between the fast and the exact result, or undefined: same rows in the
 * same order, and every number within 1e-9 relative to the larger of the exact value and the
 * largest absolute baseline emission of its species in its year (CO2e: the metric-weighted sum of
 * those), since reductions and shares can cancel to about 0.
 */
function disagreement(exact: ScenarioResult, fast: FastScenarioResult): string | undefined {
  const scale = new Map<string, number>();
  for (const e of exact.emissions) {
    const key = `${e.year}|${e.species}`;
    scale.set(key, Math.max(scale.get(key) ?? 0, Math.abs(Number(e.baseline))));
  }
  const co2eScale = (metric: string, year: number) =>
    exact.co2e.find((c) => c.metric === metric)!.speciesIncluded.reduce((s, sp) => s + Number(metricValue(sp, metric).value) * scale.get(`${year}|${sp}`)!, 0);
  const problems: string[] = [];
  type Row = object;
  const at = (r: Row, k: string) => (r as Record<string, unknown>)[k];
  /** Rows of one table: same keys in the same order, each value within tolerance. */
  const compare = (table: string, exactRows: readonly Row[], fastRows: readonly Row[], keys: readonly string[], values: readonly string[], floor: (r: Row) => number) => {
    if (exactRows.length !== fastRows.length) problems.push(`${table}: ${exactRows.length} exact rows, ${fastRows.length} fast`);
    exactRows.forEach((e, i) => {
      const f = fastRows[i] ?? {};
      const [ek, fk] = [e, f].map((r) => JSON.stringify(keys.map((k) => at(r, k))));
      if (ek !== fk) problems.push(`${table}[${i}]: ${ek} vs ${fk}`);
      for (const k of values) {
        const x = Number(at(e, k));
        const y = at(f, k) as number;
        if (!(Math.abs(x - y) <= TOLERANCE * Math.max(Math.abs(x), floor(e)))) problems.push(`${table}[${i}].${k}: exact ${String(at(e, k))}, fast ${y}`);
      }
    });
  };
  const ofSpecies = (r: Row) => scale.get(`${at(r, "year")}|${at(r, "species")}`)!;
  const ofMetric = (r: Row) => co2eScale(at(r, "metric") as string, at(r, "year") as number);
  const changes = ["baseline", "scenario", "reduction"];
  const shares = ["standalone", "sequential", "shapley"];
  compare("emissions", exact.emissions, fast.emissions, ["year", "sector", "scope", "species"], changes, ofSpecies);
  compare("attribution", exact.attribution, fast.attribution, ["year", "measure", "species"], shares, ofSpecies);
  compare("co2e", exact.co2e, fast.co2e, ["metric", "year", "speciesIncluded"], changes, ofMetric);
  compare("co2eAttribution", exact.co2eAttribution, fast.co2eAttribution, ["metric", "year", "measure"], shares, ofMetric);
  return problems.length === 0 ? undefined : problems.slice(0, 5).join("\n");
}

describe("scenarioArbitrary", () => {
  it("generates scenarios that compile (200 samples)", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        compileScenario(s);
      }),
      { numRuns: 200 },
    );
  });
});

describe("evaluateScenarioFast", () => {
  it("agrees with evaluateScenario to within 1e-9 relative on random scenarios", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = compileScenario(s);
        expect(disagreement(evaluateScenario(plan), evaluateScenarioFast(plan))).toBeUndefined();
      }),
      { numRuns: 100 },
    );
  });

  // 100 TJ of anthracite in household stoves: SO2 0.9 t/TJ and CO2 98.3 t/TJ (EMEP/EEA 2019 and
  // IPCC 2006 built-in rows). A fuel switch moves 40% to natural gas at equal efficiency
  // (40,000 GJ at 0.3 g SO2/GJ and 56.1 kg CO2/GJ); a scrubber removes 90% of SO2 on half of the
  // coal stoves (equipment stays on the coal stoves; the switched gas is not scrubbed): 1 - 0.5 + 0.5 x 0.1 = 0.55.
  const handChecked: Scenario = {
    name: "stoves", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
    baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
    measures: [
      { id: "gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.4" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.8", efficiencyTo: "0.8", toUnit: "GJ" },
      { id: "scrubber", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } },
    ],
  };

  it("gives the hand-checked emissions, attribution and CO2e of a small scenario", () => {
    const r = evaluateScenarioFast(compileScenario(handChecked));
    const near = (x: number, y: number) => expect(x).toBeCloseTo(y, 9);
    // SO2: baseline 90; scenario 60 x 0.9 x 0.55 + 40,000 x 3e-7 = 29.7 + 0.012 = 29.712.
    expect(r.emissions.map((e) => [e.sector, e.scope, e.species])).toEqual([["1.A.4.b.i", "direct", "SO2"], ["1.A.4.b.i", "direct", "CO2"]]);
    near(r.emissions[0]!.baseline, 90);
    near(r.emissions[0]!.scenario, 29.712);
    near(r.emissions[0]!.reduction, 60.288);
    // v(gas) = 35.988, v(scrubber) = 40.5, v(both) = 60.288.
    const so2 = r.attribution.filter((a) => a.species === "SO2");
    near(so2[0]!.standalone, 35.988);
    near(so2[1]!.standalone, 40.5);
    near(so2[0]!.sequential, 35.988);
    near(so2[1]!.sequential, 24.3);
    near(so2[0]!.shapley, (35.988 + 60.288 - 40.5) / 2); // 27.888
    near(so2[1]!.shapley, (40.5 + 60.288 - 35.988) / 2); // 32.4
    // CO2: 9830 -> 60 x 98.3 + 40,000 x 0.0561 = 8142; the scrubber has no CO2 effect.
    near(r.emissions[1]!.reduction, 1688);
    const co2 = r.attribution.filter((a) => a.species === "CO2");
    expect(co2.map((a) => [a.measure, a.shapley])).toEqual([["gas", expect.closeTo(1688, 9)], ["scrubber", 0]]);
    expect(r.co2e).toEqual([{ metric: "AR6-GWP100", year: 2030, baseline: expect.closeTo(9830, 9), scenario: expect.closeTo(8142, 9), reduction: expect.closeTo(1688, 9), speciesIncluded: ["CO2"] }]);
    near(r.co2eAttribution[0]!.shapley, 1688);
  });

  it("carries the plan's overlaps and missing factors through", () => {
    const plan = compileScenario({ ...handChecked, species: ["SO2", "NH3", "CO2"], onMissingFactor: "omit" });
    const r = evaluateScenarioFast(plan);
    expect(r.missing).toEqual(plan.missing);
    expect(r.missing).toContainEqual(expect.objectContaining({ activityId: "stoves", fuel: "naturalGas", species: "NH3" }));
    expect(r.overlaps).toEqual(plan.overlaps);
    expect(r.overlaps).toEqual([]);
  });

  it("throws as the exact path does when a metric values none of the species (compile refuses it first)", () => {
    expect(() => compileScenario({ ...handChecked, species: ["SO2"] })).toThrow(InvalidInputError);
    const plan = compileScenario({ ...handChecked, species: ["SO2"], metrics: [] });
    const bypassing = { ...plan, scenario: { ...plan.scenario, metrics: ["AR6-GWP100"] } };
    expect(() => evaluateScenario(bypassing)).toThrow(MissingMetricValueError);
    expect(() => evaluateScenarioFast(bypassing)).toThrow(MissingMetricValueError);
  });

  it("refuses more than 16 measures on one activity row, naming it", () => {
    const devices: Measure[] = Array.from({ length: 17 }, (_, i) => ({ id: `d${i}`, kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.1" }, removal: { SO2: "0.1" } }));
    const plan = compileScenario({ ...handChecked, measures: devices });
    expect(() => evaluateScenarioFast(plan)).toThrow(InvalidInputError);
    expect(() => evaluateScenarioFast(plan)).toThrow(/stoves/);
  });
});
