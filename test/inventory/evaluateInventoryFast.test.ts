import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, compileScenario, evaluateScenario } from "../../src/index.js";
import { evaluateInventoryFast } from "../../src/inventory.js";
import { scenarioArbitrary } from "../scenario/randomScenario.js";

describe("evaluateInventoryFast", () => {
  it("sums amount x coefficient x modifier per species (hand-checked)", () => {
    // SO2: 100 x 0.9 x 0.1 + 50 x 0.1 = 14; CO2: 100 x 98.3 + 50 x 56.1 = 12635.
    const totals = evaluateInventoryFast({ species: 2, amounts: Float64Array.of(100, 50), coefficients: Float64Array.of(0.9, 98.3, 0.1, 56.1), modifiers: Float64Array.of(0.1, 1, 1, 1) });
    expect(totals[0]).toBeCloseTo(14, 12);
    expect(totals[1]).toBeCloseTo(12635, 9);
    expect(Array.from(evaluateInventoryFast({ species: 2, amounts: Float64Array.of(2), coefficients: Float64Array.of(3, 5) }))).toEqual([6, 10]);
    expect(Array.from(evaluateInventoryFast({ species: 3, amounts: new Float64Array(0), coefficients: new Float64Array(0) }))).toEqual([0, 0, 0]);
  });

  it("gives the exact baseline totals of random scenarios' plans to within 1e-12 relative", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = compileScenario(s);
        const S = plan.species.length;
        const base = plan.lineages.map((l) => l.templates[0]!);
        const totals = evaluateInventoryFast({
          species: S,
          amounts: Float64Array.from(plan.lineages, (l) => l.amounts[0]!.toNumber()),
          coefficients: Float64Array.from(base.flatMap((t) => t.coef.map((c) => c?.toNumber() ?? 0))),
        });
        const exact = evaluateScenario(plan).emissions.filter((e) => e.year === plan.years[0]);
        plan.species.forEach((sp, si) => {
          const sum = exact.filter((e) => e.species === sp).reduce((acc, e) => acc + Number(e.baseline), 0);
          expect(Math.abs((totals[si] as number) - sum)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(sum)));
        });
      }),
      { numRuns: 50 },
    );
  });

  it("names the column whose size does not match", () => {
    const call = () => evaluateInventoryFast({ species: 2, amounts: new Float64Array(3), coefficients: new Float64Array(5), modifiers: new Float64Array(4) });
    expect(call).toThrow(InvalidInputError);
    expect(call).toThrow(/coefficients[\s\S]*3 x 2 = 6[\s\S]*modifiers/);
    expect(() => evaluateInventoryFast({ species: 0, amounts: new Float64Array(0), coefficients: new Float64Array(0) })).toThrow(/species/);
  });

  it("traces a non-finite total to the first row and column at fault", () => {
    const coefficients = Float64Array.of(1, 1, 1, Number.NaN, 1, 1);
    expect(() => evaluateInventoryFast({ species: 2, amounts: Float64Array.of(1, 1, 1), coefficients })).toThrow(/coefficients\.3|\["coefficients",3\]|coefficients\[3\]|row 1, species 1/);
    expect(() => evaluateInventoryFast({ species: 1, amounts: Float64Array.of(1, Number.POSITIVE_INFINITY), coefficients: Float64Array.of(1, 1) })).toThrow(/row 1, species 0/);
    expect(() => evaluateInventoryFast({ species: 1, amounts: Float64Array.of(1e308, 1e308), coefficients: Float64Array.of(10, 10) })).toThrow(/overflows/);
  });

  it("neither changes nor keeps its input", () => {
    const input = { species: 1, amounts: Float64Array.of(1, 2), coefficients: Float64Array.of(3, 4) };
    const totals = evaluateInventoryFast(input);
    expect(Array.from(input.amounts)).toEqual([1, 2]);
    expect(totals.buffer).not.toBe(input.amounts.buffer);
    expect(totals.buffer).not.toBe(input.coefficients.buffer);
  });
});
