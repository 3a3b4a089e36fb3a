import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateScenarioFast, withPenetrations } from "../../src/index.js";
import { stovesPlan } from "./fixtures.js";

const IDS = ["filter", "scrubber", "heat-pumps"] as const;

describe("the engine's emissions are multilinear in the penetrations (what the optimiser's linearisation relies on)", () => {
  const plan = stovesPlan();
  const totals = (p: readonly number[]) => {
    const r = evaluateScenarioFast(withPenetrations(plan, Object.fromEntries(IDS.map((id, j) => [id, { kind: "constant", value: String(p[j]) }]))));
    return [...r.species.map((s) => r.emissions.filter((e) => e.species === s).reduce((a, e) => a + e.scenario, 0)), r.co2e[0]!.scenario];
  };

  it("is affine along each measure's penetration alone, whatever the others' (so one difference gives the exact slope)", () => {
    fc.assert(fc.property(
      fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 2 }), fc.integer({ min: 0, max: 1000 }),
      (permille, j, tPermille) => {
        const p = permille.map((v) => v / 1000);
        const t = tPermille / 1000;
        // heat pumps are the only moving measure here: no claim can exceed the activity
        const at = (v: number) => totals(p.map((x, k) => (k === j ? v : x)));
        const [a, b, m] = [at(0), at(1), at(t)];
        m.forEach((v, i) => expect(v).toBeCloseTo(a[i]! + t * (b[i]! - a[i]!), 6));
      },
    ), { numRuns: 60, seed: 12 });
  });

  it("is not affine in two overlapping devices together: the product (1 - 0.8 p)(1 - 0.3 q) has a cross term", () => {
    const [none] = totals([0, 0, 0]);
    const [both] = totals([1, 1, 0]);
    const [filter] = totals([1, 0, 0]);
    const [scrubber] = totals([0, 1, 0]);
    // 39.8 t PM2.5: additive reductions would leave 39.8 (1 - 0.8 - 0.3) < 0; the product leaves 39.8 x 0.2 x 0.7
    expect(both).toBeCloseTo(39.8 * 0.2 * 0.7, 9);
    expect(both! - filter! - scrubber! + none!).toBeCloseTo(39.8 * 0.8 * 0.3, 9);
  });
});
