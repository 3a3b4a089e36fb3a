import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, MissingMetricValueError } from "../../src/errors.js";
import { metricValue } from "../../src/metrics/toCo2e.js";
import type { Measure } from "../../src/measures/registry.js";
import { compileScenario } from "../../src/scenario/compile.js";
import { evaluateScenario } from "../../src/scenario/evaluateScenario.js";
import { evaluateScenarioFast } from "../../src/scenario/evaluateScenarioFast.js";
import type { FastScenarioResult } from "../../src/scenario/fastScenarioResult.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { ScenarioResult } from "../../src/scenario/scenarioResult.js";
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
  const check = (where: string, x: string, f: number, floor: number) => {
    const e = Number(x);
    if (!(Math.abs(e - f) <= TOLERANCE * Math.max(Math.abs(e), floor))) problems.push(`${where}: exact ${x}, fast ${f}`);
  };
  const same = (where: string, a: readonly unknown[], b: readonly unknown[]) => {
    if (JSON.stringify(a) !== JSON.stringify(b)) problems.push(`${where}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
  };
  same("lengths", [exact.emissions.length, exact.attribution.length, exact.co2e.length, exact.co2eAttribution.length], [fast.emissions.length, fast.attribution.length, fast.co2e.length, fast.co2eAttribution.length]);
  exact.emissions.forEach((e, i) => {
    const f = fast.emissions[i]!;
    same(`emissions[${i}]`, [e.year, e.sector, e.scope, e.species], [f.year, f.sector, f.scope, f.species]);
    const floor = scale.get(`${e.year}|${e.species}`)!;
    for (const k of ["baseline", "scenario", "reduction"] as const) check(`emissions[${i}].${k}`, e[k], f[k], floor);
  });
  exact.attribution.forEach((a, i) => {
    const f = fast.attribution[i]!;
    same(`attribution[${i}]`, [a.year, a.measure, a.species], [f.year, f.measure, f.species]);
    const floor = scale.get(`${a.year}|${a.species}`)!;
    for (const k of ["standalone", "sequential", "shapley"] as const) check(`attribution[${i}].${k}`, a[k], f[k], floor);
  });
  exact.co2e.forEach((c, i) => {
    const f = fast.co2e[i]!;
    same(`co2e[${i}]`, [c.metric, c.year, c.speciesIncluded], [f.metric, f.year, f.speciesIncluded]);
    for (const k of ["baseline", "scenario", "reduction"] as const) check(`co2e[${i}].${k}`, c[k], f[k], co2eScale(c.metric, c.year));
  });
  exact.co2eAttribution.forEach((c, i) => {
    const f = fast.co2eAttribution[i]!;
    same(`co2eAttribution[${i}]`, [c.metric, c.year, c.measure], [f.metric, f.year, f.measure]);
    for (const k of ["standalone", "sequential", "shapley"] as const) check(`co2eAttribution[${i}].${k}`, c[k], f[k], co2eScale(c.metric, c.year));
  });
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
  // (40,000 GJ at 0.3 g SO2/GJ and 56.1 kg CO2/GJ); a scrubber removes 90% of SO2 on half of
  // whatever burns (both templates): factor 1 - 0.5 + 0.5 x 0.1 = 0.55.
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
    // SO2: baseline 90; scenario (60 x 0.9 + 40,000 x 3e-7) x 0.55 = 54.012 x 0.55 = 29.7066.
    expect(r.emissions.map((e) => [e.sector, e.scope, e.species])).toEqual([["1.A.4.b.i", "direct", "SO2"], ["1.A.4.b.i", "direct", "CO2"]]);
    near(r.emissions[0]!.baseline, 90);
    near(r.emissions[0]!.scenario, 29.7066);
    near(r.emissions[0]!.reduction, 60.2934);
    // v(gas) = 35.988, v(scrubber) = 40.5, v(both) = 60.2934.
    const so2 = r.attribution.filter((a) => a.species === "SO2");
    near(so2[0]!.standalone, 35.988);
    near(so2[1]!.standalone, 40.5);
    near(so2[0]!.sequential, 35.988);
    near(so2[1]!.sequential, 24.3054);
    near(so2[0]!.shapley, (35.988 + 60.2934 - 40.5) / 2); // 27.8907
    near(so2[1]!.shapley, (40.5 + 60.2934 - 35.988) / 2); // 32.4027
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
    expect(r.missing.length).toBeGreaterThan(0);
    expect(r.overlaps).toEqual(plan.overlaps);
    expect(r.attribution.filter((a) => a.species === "NH3").every((a) => a.shapley === 0)).toBe(true);
  });

  it("throws as the exact path does when a metric values none of the species", () => {
    const plan = compileScenario({ ...handChecked, species: ["SO2"] });
    expect(() => evaluateScenario(plan)).toThrow(MissingMetricValueError);
    expect(() => evaluateScenarioFast(plan)).toThrow(MissingMetricValueError);
  });

  it("refuses more than 24 measures on one activity row, naming it", () => {
    const devices: Measure[] = Array.from({ length: 25 }, (_, i) => ({ id: `d${i}`, kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.1" }, removal: { SO2: "0.1" } }));
    const plan = compileScenario({ ...handChecked, measures: devices });
    expect(() => evaluateScenarioFast(plan)).toThrow(InvalidInputError);
    expect(() => evaluateScenarioFast(plan)).toThrow(/stoves/);
  });
});
