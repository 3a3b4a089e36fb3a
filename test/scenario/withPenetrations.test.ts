import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, OverclaimedActivityError } from "../../src/errors.js";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { withPenetrations } from "../../src/scenario/withPenetrations.js";
import { NORTHERN_CITY } from "../../examples/northern-city/scenario.js";

const plan = compileScenario(NORTHERN_CITY);

describe("withPenetrations (a slider without recompiling)", () => {
  it("gives exactly what compiling the changed scenario gives", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const changes = {
          "kiln-fgd": { kind: "constant", value: String(a / 100) },
          "road-dust-control": { kind: "interp", points: [{ year: 2026, value: "0" }, { year: 2035, value: String(b / 100) }] },
        } as const;
        const fast = evaluateScenario(withPenetrations(plan, changes));
        const full = evaluateScenario(compileScenario({ ...NORTHERN_CITY, measures: NORTHERN_CITY.measures.map((m) => (m.id in changes ? { ...m, penetration: changes[m.id as keyof typeof changes] } : m)) }));
        expect(fast.emissions).toEqual(full.emissions);
        expect(fast.attribution).toEqual(full.attribution);
      }),
      { numRuns: 5 },
    );
  });

  it("does not change the plan it is given", () => {
    const before = plan.measures.map((m) => m.penetration.map(String));
    withPenetrations(plan, { "kiln-fgd": { kind: "constant", value: "0" } });
    expect(plan.measures.map((m) => m.penetration.map(String))).toEqual(before);
  });

  it("re-checks claims and names unknown measures", () => {
    expect(() => withPenetrations(plan, { "boilers-to-heat-pumps": { kind: "constant", value: "0.5" } })).toThrow(OverclaimedActivityError);
    expect(() => withPenetrations(plan, { "kiln-fdg": { kind: "constant", value: "0.5" } })).toThrow(/nearest ids: kiln-fgd/);
    expect(() => withPenetrations(plan, { "kiln-fgd": { kind: "constant", value: "1.5" } })).toThrow(InvalidInputError);
  });
});
