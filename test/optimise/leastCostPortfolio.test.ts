import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario, evaluateScenarioFast, InfeasibleTargetsError, InvalidInputError, withPenetrations, type Plan } from "../../src/index.js";
import { leastCostPortfolio, type OptimiseSection, type PortfolioCostModel, type Target } from "../../src/optimise.js";
import { Dec } from "../../src/units/decimal.js";
import { linearCosts, quadraticCosts, stovesPlan } from "./fixtures.js";

const pm = (fraction: string, year = 2030): Target => ({ id: "pm", species: "PM2.5", year, reduction: { fraction } });
const so2 = (fraction: string): Target => ({ id: "so2", species: "SO2", year: 2030, reduction: { fraction } });
const co2eNotUp: Target = { id: "co2e", co2e: "AR6-GWP100", year: 2030, reduction: { tonnes: "0" } };

/** Reductions of the targets at penetrations (constant), from the fast kernel, and the baselines. */
function targetsAt(plan: Plan, ids: readonly string[], p: readonly number[]) {
  const r = evaluateScenarioFast(withPenetrations(plan, Object.fromEntries(ids.map((id, j) => [id, { kind: "constant", value: String(p[j]) }]))));
  const sum = (sp: string, k: "baseline" | "reduction") => r.emissions.filter((e) => e.species === sp && e.year === 2030).reduce((s, e) => s + e[k], 0);
  return { pm: sum("PM2.5", "reduction"), pmBase: sum("PM2.5", "baseline"), so2: sum("SO2", "reduction"), so2Base: sum("SO2", "baseline"), co2e: r.co2e[0]!.reduction };
}

/**
 * Exhaustive search: every grid point of [0, max]^n with the step, evaluated by the engine; the
 * cheapest one that meets the targets (its cost is at least the true optimum's).
 */
function gridSearch(plan: Plan, ids: readonly string[], max: readonly number[], steps: number, feasible: (v: ReturnType<typeof targetsAt>) => boolean, costs: PortfolioCostModel) {
  let best = { cost: Infinity, p: [] as number[] };
  const n = ids.length;
  const idx = new Array<number>(n).fill(0);
  for (;;) {
    const p = idx.map((i, j) => (max[j]! * i) / steps);
    if (feasible(targetsAt(plan, ids, p))) {
      const c = Object.values(costs.annualisedCosts(Object.fromEntries(ids.map((id, j) => [id, p[j]!])), 2030)).reduce((s, v) => s + v, 0);
      if (c < best.cost) best = { cost: c, p };
    }
    let j = 0;
    while (j < n && idx[j] === steps) idx[j++] = 0;
    if (j === n) return best;
    idx[j]!++;
  }
}

describe("leastCostPortfolio", () => {
  it("chooses the one penetration a single device needs: 45% of SO2 with 90% removal is a penetration of 0.5", () => {
    const plan = stovesPlan();
    const r = leastCostPortfolio(plan, [so2("0.45")], { measures: [{ id: "scrubber" }] }, linearCosts({ scrubber: 10 }));
    // 90 t SO2 x 0.9 removal x p = 0.45 x 90 t  =>  p = 0.5 (plus the 1e-7 safety buffer)
    expect(Number(r.measures[0]!.penetration)).toBeCloseTo(0.5, 6);
    expect(r.totalCost).toBeCloseTo(5, 5);
    expect(Number(r.targets[0]!.margin)).toBeGreaterThanOrEqual(0);
    expect(Number(r.targets[0]!.margin)).toBeLessThan(1e-4);
    expect(r.targets[0]).toMatchObject({ targetId: "so2", quantity: "SO2", year: 2030, baseline: "90", required: "40.5", unit: "t" });
  });

  it("matches exhaustive search when two devices overlap on one activity (1 - p + p f products, PM2.5 and SO2 targets)", () => {
    const plan = stovesPlan();
    const costs = linearCosts({ filter: 3, scrubber: 5 });
    const r = leastCostPortfolio(plan, [pm("0.6"), so2("0.5")], { measures: [{ id: "filter" }, { id: "scrubber" }] }, costs);
    const grid = gridSearch(plan, ["filter", "scrubber"], [1, 1], 50, (v) => v.pm >= 0.6 * v.pmBase && v.so2 >= 0.5 * v.so2Base, costs);
    expect(r.totalCost).toBeLessThanOrEqual(grid.cost + 1e-9);
    // and not below what the grid allows within one step (cost gradient x step)
    expect(r.totalCost).toBeGreaterThan(grid.cost - (3 + 5) * 0.02);
    expect(r.targets.every((t) => Number(t.margin) >= 0)).toBe(true);
  });

  it("matches exhaustive search with three overlapping measures, PM2.5 and SO2 cuts and CO2e not raised", () => {
    const plan = stovesPlan();
    const costs = linearCosts({ filter: 2, scrubber: 3, "heat-pumps": 20 });
    const targets = [pm("0.5"), so2("0.6"), co2eNotUp];
    const r = leastCostPortfolio(plan, targets, { measures: [{ id: "filter" }, { id: "scrubber" }, { id: "heat-pumps", maxPenetration: "0.6" }] }, costs);
    const grid = gridSearch(plan, ["filter", "scrubber", "heat-pumps"], [1, 1, 0.6], 20, (v) => v.pm >= 0.5 * v.pmBase && v.so2 >= 0.6 * v.so2Base && v.co2e >= 0, costs);
    expect(grid.cost).toBeLessThan(Infinity);
    expect(r.totalCost).toBeLessThanOrEqual(grid.cost + 1e-9);
    expect(r.targets.map((t) => t.targetId)).toEqual(["pm", "so2", "co2e"]);
    expect(r.targets.every((t) => Number(t.margin) >= 0)).toBe(true);
    // The scrubber raises CO2 by 5% where it acts: CO2e not raised needs heat pumps beside it.
    expect(Number(r.measures[2]!.penetration)).toBeGreaterThan(0);
  });

  it("matches exhaustive search with rising marginal costs (p^2), which the linearisation follows step by step", () => {
    const plan = stovesPlan();
    const costs = quadraticCosts({ filter: 4, scrubber: 4 });
    const r = leastCostPortfolio(plan, [pm("0.7")], { measures: [{ id: "filter" }, { id: "scrubber" }] }, costs);
    const grid = gridSearch(plan, ["filter", "scrubber"], [1, 1], 50, (v) => v.pm >= 0.7 * v.pmBase, costs);
    expect(r.totalCost).toBeLessThanOrEqual(grid.cost + 1e-9);
    // both are used: the marginal cost of either alone would rise above the other's
    expect(Number(r.measures[0]!.penetration)).toBeGreaterThan(0.05);
    expect(Number(r.measures[1]!.penetration)).toBeGreaterThan(0.05);
  });

  it("keeps each measure within its maxPenetration, and at zero before its earliest year", () => {
    const plan = stovesPlan({ start: 2028, end: 2030 });
    const r = leastCostPortfolio(plan, [{ id: "so2", species: "SO2", year: 2030, reduction: { fraction: "0.3" } }], { measures: [{ id: "scrubber", maxPenetration: "0.3", earliestYear: 2030 }, { id: "filter" }] }, linearCosts({ scrubber: 1, filter: 2 }));
    // SO2: the scrubber at its maximum removes 0.9 x 0.3 = 27%; the filter (10% removal) adds the rest
    // where the scrubber is not: 1 - (1 - 0.27)(1 - 0.1 p) = 0.3  =>  p = (1 - 0.7 / 0.73) / 0.1 = 0.41096 (cost 0.82 < what it saves)
    expect(Number(r.measures[0]!.penetration)).toBeCloseTo(0.3, 6);
    expect(Number(r.measures[1]!.penetration)).toBeCloseTo((1 - 0.7 / 0.73) / 0.1, 5);
    expect(r.scenario.measures.find((m) => m.id === "scrubber")!.penetration).toEqual({ kind: "step", steps: [{ year: 2028, value: "0" }, { year: 2030, value: r.measures[0]!.penetration }] });
    const so2In = (year: number) => evaluateScenario(r.plan).emissions.filter((e) => e.species === "SO2" && e.year === year).reduce((s, e) => s + Number(e.reduction), 0);
    // in 2029 only the filter acts: 90 t x 0.1 x p
    expect(so2In(2029)).toBeCloseTo(90 * 0.1 * Number(r.measures[1]!.penetration), 9);
  });

  it("keeps the claims of moving measures on one activity within the whole of it", () => {
    const s = stovesPlan().scenario;
    const plan = compileScenario({ ...s, measures: [...s.measures, { id: "gas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.5", efficiencyTo: "0.9", toUnit: "GJ" }] });
    const r = leastCostPortfolio(plan, [pm("0.95")], { measures: [{ id: "heat-pumps", maxPenetration: "0.7" }, { id: "gas", maxPenetration: "0.7" }] }, linearCosts({ "heat-pumps": 1, gas: 1 }));
    const sum = Number(r.measures[0]!.penetration) + Number(r.measures[1]!.penetration);
    expect(sum).toBeLessThanOrEqual(1);
    expect(Number(r.targets[0]!.margin)).toBeGreaterThanOrEqual(0);
  });

  it("names the binding target and the best it can reach when the targets cannot be met", () => {
    const plan = stovesPlan();
    const e = (() => {
      try { leastCostPortfolio(plan, [pm("0.95")], { measures: [{ id: "filter" }, { id: "scrubber" }, { id: "heat-pumps", maxPenetration: "0.5" }] }, linearCosts({ filter: 1, scrubber: 1, "heat-pumps": 1 })); }
      catch (err) { return err; }
      return undefined;
    })();
    expect(e).toBeInstanceOf(InfeasibleTargetsError);
    const err = e as InfeasibleTargetsError;
    expect(err.code).toBe("INFEASIBLE_TARGETS");
    expect(err.targetId).toBe("pm");
    expect(err.path).toEqual(["targets", 0]);
    // At best half the stoves move to heat pumps (their PM2.5 leaves the direct scope) and the other half keep
    // both devices: 39.8 t x 0.5 x (1 - 0.8)(1 - 0.3) = 2.786 t left, a reduction of 37.014 t (93%).
    expect(err.bestAlone).toBeCloseTo(37.014, 6);
    expect(err.required).toBeCloseTo(0.95 * 39.8, 9);
    expect(err.message).toContain('target "pm" (PM2.5 in 2030) cannot be met');
  });

  it("evaluates the chosen portfolio exactly: its scenario gives the same reductions as the margins", () => {
    const plan = stovesPlan();
    const r = leastCostPortfolio(plan, [pm("0.5"), co2eNotUp], { measures: [{ id: "filter" }, { id: "scrubber" }, { id: "heat-pumps" }] }, linearCosts({ filter: 2, scrubber: 1, "heat-pumps": 30 }));
    const again = evaluateScenario(compileScenario(r.scenario));
    const pmReduction = again.emissions.filter((e) => e.species === "PM2.5").reduce((s, e) => s.plus(e.reduction), new Dec(0));
    expect(r.targets[0]!.reduction).toBe(pmReduction.toString());
    expect(r.targets[1]!.reduction).toBe(again.co2e[0]!.reduction);
  });

  it("refuses, with paths and nearest ids, targets the plan cannot evaluate and measures it cannot choose", () => {
    const plan = stovesPlan();
    const bad: Target[] = [{ id: "nox", species: "NOx", year: 2030, reduction: { fraction: "0.1" } }, { id: "c", co2e: "AR6-GWP20", year: 2030, reduction: { tonnes: "0" } }, { id: "late", species: "PM2.5", year: 2040, reduction: { fraction: "0.1" } }];
    const opt: OptimiseSection = { measures: [{ id: "filtre" }, { id: "scrubber", earliestYear: 2031 }] };
    const e = (() => { try { leastCostPortfolio(plan, bad, opt, linearCosts({})); } catch (err) { return err; } return undefined; })() as InvalidInputError;
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.issues.map((i) => i.path)).toEqual([["targets", 0, "species"], ["targets", 1, "co2e"], ["targets", 2, "year"], ["optimise", "measures", 0, "id"], ["optimise", "measures", 1, "earliestYear"]]);
    expect(e.issues[3]!.message).toContain("nearest ids: filter");
  });
});
