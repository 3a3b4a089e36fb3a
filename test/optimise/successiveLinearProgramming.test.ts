import { describe, expect, it } from "vitest";
import { successiveLinearProgramming } from "../../src/optimise/successiveLinearProgramming.js";

describe("successiveLinearProgramming", () => {
  it("finds x = y = 0.5 as the cheapest point with x * y >= 0.25 (by symmetry and AM-GM)", () => {
    const r = successiveLinearProgramming({ lower: [0, 0], upper: [1, 1], constraintScales: [1], evaluate: ([x, y]) => ({ objective: x! + y!, constraints: [x! * y! - 0.25] }) }, [[1, 1], [0, 0]]);
    // The objective is flat at the optimum (x + 0.25/x = 1 + (x - 0.5)^2 / x near it): it is met to 1e-6,
    // the point to 1e-3 (a linearisation converges only linearly along a curved constraint).
    expect(r.best!.objective).toBeGreaterThanOrEqual(1);
    expect(r.best!.objective).toBeLessThan(1 + 1e-6);
    expect(Math.abs(r.best!.x[0]! - 0.5)).toBeLessThan(1e-3);
    expect(r.best!.constraints[0]).toBeGreaterThanOrEqual(0);
  });
  it("solves a linear programme in one step: min 2x + 3y with x + y >= 1 is x = 1, y = 0", () => {
    const r = successiveLinearProgramming({ lower: [0, 0], upper: [1, 1], constraintScales: [1], evaluate: ([x, y]) => ({ objective: 2 * x! + 3 * y!, constraints: [x! + y! - 1] }) }, [[0, 0]]);
    expect(r.best?.x[0]).toBeCloseTo(1, 9);
    expect(r.best?.x[1]).toBeCloseTo(0, 9);
  });
  it("keeps linear constraints exactly: x + y <= 0.8 with x + y >= 0.8 wanted", () => {
    const r = successiveLinearProgramming({ lower: [0, 0], upper: [1, 1], constraintScales: [1], linear: [{ coef: [1, 1], max: 0.8 }], evaluate: ([x, y]) => ({ objective: x! + 2 * y!, constraints: [x! + y! - 0.8] }) }, [[1, 1]]);
    expect(r.best?.x[0]).toBeCloseTo(0.8, 9);
  });
  it("reports the least shortfall when the constraints cannot be met: x >= 2 on [0, 1] falls short by 1", () => {
    const r = successiveLinearProgramming({ lower: [0], upper: [1], constraintScales: [1], evaluate: ([x]) => ({ objective: x!, constraints: [x! - 2] }) }, [[0]]);
    expect(r.best).toBeUndefined();
    expect(r.leastShortfall.shortfall).toBeCloseTo(1, 9);
  });
});
