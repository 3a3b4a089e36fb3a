import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { NumericOverflowError } from "../../src/errors.js";
import { compileScenario, evaluateScenario, evaluateScenarioFast, type FastScenarioResult } from "../../src/index.js";
import { evaluateInventoryFast } from "../../src/inventory.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { thrown } from "../fixtures/thrown.js";

/** Household anthracite stoves (EMEP/EEA 2019 1.A.4; IPCC 2006) with a scrubber on half of them. */
const scenario = (value: string, unit = "TJ", measures = true): Scenario => ({
  name: "big", years: { start: 2030, end: 2031 }, species: ["PM2.5", "SO2", "CO2"], metrics: ["AR6-GWP100"],
  baseline: [
    { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit, level: { kind: "constant", value } },
    { id: "small", sector: "1.A.4.a.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "1" } },
  ],
  measures: measures ? [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } }] : [],
});

const numbers = (r: FastScenarioResult): number[] => [
  ...r.emissions.flatMap((e) => [e.baseline, e.scenario, e.reduction]),
  ...r.attribution.flatMap((a) => [a.standalone, a.sequential, a.shapley]),
  ...r.co2e.flatMap((c) => [c.baseline, c.scenario, c.reduction]),
  ...r.co2eAttribution.flatMap((c) => [c.standalone, c.sequential, c.shapley]),
];

const overflowOf = (f: () => unknown): NumericOverflowError => thrown(f, NumericOverflowError);

describe("the fast path never returns Infinity or NaN (issue 8, defect 8)", () => {
  it("refuses a baseline of 1e306 kt with a typed error naming the activity, species and year", () => {
    const plan = compileScenario(scenario("1e306", "kt"));
    const e = overflowOf(() => evaluateScenarioFast(plan));
    expect(e.code).toBe("NUMERIC_OVERFLOW");
    expect(e.activityId).toBe("stoves");
    expect(e.year).toBe(2030);
    expect(e.species).toBe("CO2");
    expect(e.path).toEqual(["baseline", 0]);
    // The exact path computes it.
    const exact = evaluateScenario(plan);
    expect(exact.emissions.every((r) => !/NaN|Infinity/.test(r.baseline + r.scenario + r.reduction))).toBe(true);
  });

  it("names an activity level beyond float64 as such, at the row's level", () => {
    const e = overflowOf(() => evaluateScenarioFast(compileScenario(scenario("1e400"))));
    expect(e.message).toMatch(/baseline\[0\]\.level: the activity level of stoves in 2030 overflows float64/);
  });

  it("catches an overflow in a row without measures, and in the CO2e sum", () => {
    expect(overflowOf(() => evaluateScenarioFast(compileScenario(scenario("1e307", "TJ", false)))).activityId).toBe("stoves");
    // 1.8e306 TJ: CO2 (about 1.77e308 t) and CH4 fit in float64 on their own, their CO2e does not.
    const plan = compileScenario({ ...scenario("1.8e306", "TJ", false), species: ["CO2", "CH4"] });
    const e = overflowOf(() => evaluateScenarioFast(plan));
    expect([e.metric, e.year]).toEqual(["AR6-GWP100", 2030]);
  });

  it("agrees with the exact path, or refuses with a typed error, for baselines of 10^k for k from 0 to 320", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 320 }), (k) => {
        const plan = compileScenario(scenario(`1e${k}`));
        const exact = evaluateScenario(plan);
        let fast: FastScenarioResult;
        try {
          fast = evaluateScenarioFast(plan);
        } catch (e) {
          expect(e).toBeInstanceOf(NumericOverflowError);
          expect(k).toBeGreaterThan(300);
          return;
        }
        expect(numbers(fast).every(Number.isFinite)).toBe(true);
        exact.emissions.forEach((row, i) => {
          const f = fast.emissions[i]!;
          const scale = Math.max(Math.abs(Number(row.baseline)), Number.MIN_VALUE);
          expect(Math.abs(f.baseline - Number(row.baseline)) / scale).toBeLessThan(1e-9);
          expect(Math.abs(f.scenario - Number(row.scenario)) / scale).toBeLessThan(1e-9);
        });
        exact.co2e.forEach((row, i) => {
          expect(Math.abs(fast.co2e[i]!.baseline - Number(row.baseline)) / Number(row.baseline)).toBeLessThan(1e-9);
        });
      }),
      { numRuns: 40, examples: [[0], [300], [305], [306], [307], [308], [309], [320]] },
    );
  });
});

describe("the inventory fast path names an overflowing total", () => {
  it("throws NUMERIC_OVERFLOW at the row where the total of finite values overflowed", () => {
    const e = overflowOf(() => evaluateInventoryFast({ species: 1, amounts: Float64Array.of(1, 1e308, 1e308), coefficients: Float64Array.of(1, 1, 1) }));
    expect(e.code).toBe("NUMERIC_OVERFLOW");
    expect(e.path).toEqual(["amounts", 2]);
  });
});
