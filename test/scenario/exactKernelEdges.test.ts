import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario, evaluateScenarioFast, withPenetrations } from "../../src/index.js";
import { decimalSums } from "../../src/scenario/evaluate/decimalSums.js";
import { emissionGroups } from "../../src/scenario/evaluate/emissionGroups.js";
import { scenarioResultOf } from "../../src/scenario/evaluate/evaluateScenario.js";
import { fastPlan } from "../../src/scenario/evaluate/fastPlan.js";
import { scaledSums } from "../../src/scenario/evaluate/scaledSums.js";
import type { Plan } from "../../src/scenario/plan.js";
import type { Scenario } from "../../src/scenario/scenario.js";

const reference = (plan: Plan) => scenarioResultOf(plan, emissionGroups(plan), decimalSums(plan));

// Household stoves burning anthracite: CO2 98.3 t/TJ (IPCC 2006 built-in row, as in
// test/scenario/evaluateScenarioFast.test.ts); a scrubber on SO2 only.
const stoves = (level: string): Scenario => ({
  name: "stoves", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: level } }],
  measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" } }],
});

describe("the scaled-integer exact path at its edges", () => {
  it("rounds a value that lies exactly on a tie the decimal way: 5e-24 TJ x 98.3 t/TJ = 491.5e-24 t, half-even to 4.92e-22 t", () => {
    const plan = compileScenario(stoves("0.000000000000000000000005"));
    expect(scaledSums(plan, emissionGroups(plan))).toBeDefined();
    const result = evaluateScenario(plan);
    expect(result.emissions.find((e) => e.species === "CO2")?.baseline).toBe("4.92e-22");
    expect(result).toEqual(reference(plan));
  });

  it("leaves plans beyond its range (here 1e20 TJ: 9.83e21 t of CO2) to the decimal path, with the same result", () => {
    const plan = compileScenario(stoves("1e20"));
    expect(scaledSums(plan, emissionGroups(plan))).toBeUndefined();
    expect(evaluateScenario(plan)).toEqual(reference(plan));
  });

  it("leaves rows whose Shapley shares are sampled (more measures than exactUpTo) to the decimal path", () => {
    const plan = compileScenario(stoves("100"));
    expect(scaledSums(plan, emissionGroups(plan), { exactUpTo: 0 })).toBeUndefined();
    expect(evaluateScenario(plan, { exactUpTo: 0 }).sampledShapley.map((s) => s.species)).toEqual(["SO2", "CO2"]); // one sampled game per species of the row
  });
});

describe("evaluateScenarioFast's cached plan and on-demand rows", () => {
  it("converts a plan's coefficients once and reuses them after withPenetrations, which changes only penetrations", () => {
    const plan = compileScenario(stoves("100"));
    const more = withPenetrations(plan, { fgd: { kind: "constant", value: "1" } });
    expect(fastPlan(more)).toBe(fastPlan(plan));
    // 100 TJ x 0.9 t SO2/TJ, 90% removed on all of it: 9 t (as in withPenetrations' own example).
    expect(evaluateScenarioFast(more).emissions.find((e) => e.species === "SO2")?.scenario).toBeCloseTo(9, 12);
    expect(evaluateScenarioFast(plan).emissions.find((e) => e.species === "SO2")?.scenario).toBeCloseTo(49.5, 12);
  });

  it("builds the same rows on demand as it holds in its tables, and serialises them like plain properties", () => {
    const plan = compileScenario(stoves("100"));
    const r = evaluateScenarioFast(plan);
    const { tables } = r;
    const S = r.species.length;
    for (const e of r.emissions) {
      const g = tables.groups.findIndex((x) => x.sector === e.sector && x.scope === e.scope);
      const cell = (r.years.indexOf(e.year) * tables.groups.length + g) * S + r.species.indexOf(e.species);
      expect([e.baseline, e.scenario]).toEqual([tables.baseline[cell], tables.scenario[cell]]);
    }
    for (const a of r.attribution) {
      const at = ((r.years.indexOf(a.year) * tables.measures.length + tables.measures.indexOf(a.measure)) * S + r.species.indexOf(a.species)) * 3;
      expect([a.standalone, a.sequential, a.shapley]).toEqual(Array.from(tables.attribution.subarray(at, at + 3)));
    }
    const plain = JSON.parse(JSON.stringify(r)) as Record<string, unknown>;
    expect(plain.emissions).toEqual(r.emissions);
    expect(plain.attribution).toEqual(r.attribution);
  });
});
