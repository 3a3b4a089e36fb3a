import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { decimalSums } from "../../src/scenario/evaluate/decimalSums.js";
import { emissionGroups } from "../../src/scenario/evaluate/emissionGroups.js";
import { scenarioResultOf } from "../../src/scenario/evaluate/evaluateScenario.js";
import { scaledSums } from "../../src/scenario/evaluate/scaledSums.js";
import type { Plan } from "../../src/scenario/plan.js";
import { cityScenario } from "../../bench/cityScenario.js";
import { scenarioArbitrary } from "./randomScenario.js";

// evaluateScenario computes on scaled integers (scaledSums); decimalSums, the coalition-by-coalition
// decimal evaluator it replaced, is kept as the reference: the two must give identical strings.
const reference = (plan: Plan) => scenarioResultOf(plan, emissionGroups(plan), decimalSums(plan));

describe("the scaled-integer exact path", () => {
  it("gives the decimal path's result string for string on random scenarios (100 samples)", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = compileScenario(s);
        expect(scaledSums(plan, emissionGroups(plan))).toBeDefined();
        expect(evaluateScenario(plan)).toEqual(reference(plan));
      }),
      { numRuns: 100 },
    );
  });

  it("gives the decimal path's result on the bench city (200 rows, 10 measures, 11 years, 12 species)", () => {
    const plan = compileScenario(cityScenario());
    expect(evaluateScenario(plan)).toEqual(reference(plan));
  });
});
