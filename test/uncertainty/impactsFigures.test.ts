import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { parseScenarioFile } from "../../src/files/parseScenarioFile.js";
import { impactsFigures, impactsParameterDraws, impactsRanges, runUncertainty, type ImpactsParameterRanges, type UncertaintySection } from "../../src/uncertainty.js";
import { evaluateScenarioFast } from "../../src/scenario/evaluate/evaluateScenarioFast.js";
import { parseImpactsSection } from "../../src/impacts.js";

// The Ulaanbaatar example with impacts (health under two GEMM functions, valuation, temperature).
const scenario = parseScenarioFile(readFileSync("examples/ulaanbaatar/scenario-impacts.yaml", "utf8"));
const plan = compileScenario(scenario);
const exact = evaluateScenario(plan);
const figures = impactsFigures(plan, exact)!;

const run = (section: UncertaintySection) => {
  const u = runUncertainty(plan, section, { extra: figures });
  return { u, ranges: impactsRanges(u.extra, figures) };
};
const bagFilters = (low: string, high: string): UncertaintySection => ({ draws: 12, seed: 5, sampling: "latinHypercube", measures: [{ id: "hob-bag-filters", removal: { "PM2.5": { distribution: "uniform", low, high }, BC: { distribution: "uniform", low, high } } }] });

describe("impacts figures over the draws", () => {
  it("has one figure per health, valuation and temperature-group row of the point run, then one per period total", () => {
    expect(figures.names.length).toBe(figures.impacts.health!.rows.length + figures.impacts.valuation!.rows.length + figures.temperature!.groups.length + figures.totals.names.length);
    // two functions x (7 measures + all) for deaths and for value; (7 measures + all) x 33 years 2018-2050 for temperature
    expect(figures.totals.keys.filter((k) => k.kind === "avoidedDeaths")).toHaveLength(16);
    expect(figures.totals.keys.filter((k) => k.kind === "value")).toHaveLength(16);
    expect(figures.totals.keys.filter((k) => k.kind === "temperatureChange")).toHaveLength(8 * 33);
  });

  it("reproduces the exact point run when the drawn removal has zero width (low = high = the scenario's 0.9)", () => {
    const { ranges } = run(bagFilters("0.9", "0.9"));
    figures.impacts.health!.rows.forEach((r, i) => {
      const s = ranges.health[i]!;
      expect(s.point).toBe(Number(r.avoidedDeaths));
      expect(s.low).toBe(s.point);
      expect(s.high).toBe(s.point);
    });
    figures.impacts.valuation!.rows.forEach((r, i) => expect(ranges.valuation[i]!.median).toBe(Number(r.value)));
    figures.temperature!.groups.forEach((g, i) => expect(ranges.temperature[i]!.median).toBe(Number(g.temperatureChange)));
  });

  it("gives ordered ranges that widen the avoided deaths of the bag filters in 2030, and none for a year before them", () => {
    const { ranges } = run(bagFilters("0.8", "0.95"));
    for (const s of [...ranges.health, ...ranges.valuation, ...ranges.temperature]) {
      expect(s.low).toBeLessThanOrEqual(s.median);
      expect(s.median).toBeLessThanOrEqual(s.high);
    }
    const at = (year: number) => figures.impacts.health!.rows.findIndex((r) => r.year === year && r.measure === "hob-bag-filters" && r.endpoint === "ihd");
    const y2030 = ranges.health[at(2030)]!;
    expect(y2030.high).toBeGreaterThan(y2030.low); // removal 0.8-0.95 moves the filters' deaths
    const y2018 = ranges.health[at(2018)]!; // penetration 0 in 2018: nothing to move
    expect(y2018.high).toBe(y2018.low);
  });

  it("adds up per draw: the measures' temperature changes of a year and group sum to the `all` row in each summary's median of draws with one input", () => {
    // With one drawn input every figure is a monotone function of it, so the medians are from the same draw.
    const { ranges } = run({ ...bagFilters("0.8", "0.95"), draws: 11 });
    const groups = figures.temperature!.groups;
    for (const [k, g] of groups.entries()) {
      if (g.measure !== "all") continue;
      const parts = groups.map((h, j) => (h.measure !== "all" && h.year === g.year && h.group === g.group ? ranges.temperature[j]!.median : 0)).reduce((a, b) => a + b, 0);
      expect(parts).toBeCloseTo(ranges.temperature[k]!.median, 12);
    }
  });

  it("is reproducible with the same seed", () => {
    const a = run(bagFilters("0.8", "0.95")).ranges;
    const b = run(bagFilters("0.8", "0.95")).ranges;
    expect(b).toEqual(a);
  });

  it("has as many parameter slots as the parts named: one intake-fraction multiplier, one per endpoint of each function, the VSL base and elasticity", () => {
    // two GEMM functions of four endpoints each (ihd, stroke, copd, lc)
    expect(impactsFigures(plan, exact, { intakeFraction: { distribution: "uniform", low: "1", high: "1" }, crf: "standardError", vsl: { baseValue: "uniform", incomeElasticity: "triangular" } })!.parameters).toBe(1 + 8 + 1 + 1);
    expect(figures.parameters).toBe(0);
  });
});

describe("impacts parameters drawn once per draw", () => {
  const withParameters = (ranges: ImpactsParameterRanges, draws = 41) => {
    const f = impactsFigures(plan, exact, ranges)!;
    const u = runUncertainty(plan, { draws, seed: 9, sampling: "latinHypercube" }, { extra: f });
    return impactsRanges(u.extra, f);
  };

  it("reproduces the point run with a zero-width intake-fraction multiplier (low = high = 1)", () => {
    const r = withParameters({ intakeFraction: { distribution: "uniform", low: "1", high: "1" } }, 5);
    figures.impacts.health!.rows.forEach((row, i) => {
      expect(r.health[i]!.low).toBe(Number(row.avoidedDeaths));
      expect(r.health[i]!.high).toBe(Number(row.avoidedDeaths));
    });
  });

  it("spreads avoided deaths by the GEMM theta's published standard error, with the median at the point value (deaths rise with theta)", () => {
    const r = withParameters({ crf: "standardError" });
    const rows = figures.impacts.health!.rows;
    const k = rows.findIndex((x) => x.year === 2030 && x.measure === "hob-bag-filters" && x.endpoint === "stroke" && x.function === "GEMM-Burnett2018-with-China");
    const s = r.health[k]!;
    expect(s.low).toBeLessThan(s.point);
    expect(s.high).toBeGreaterThan(s.point);
    // Latin hypercube with 41 draws: the middle stratum's theta is within 1/41 of a probability of the central value
    expect(Math.abs(s.median - s.point) / (s.high - s.low)).toBeLessThan(0.05);
    // temperature does not depend on the CRF: no spread
    for (const t of r.temperature) expect(t.high).toBe(t.low);
  });

  it("values the deaths over the built-in VSL's published range, 1.8 to 5.4 million 2005 USD around 3.6 million (OECD 2012 via rfasst): value / point within 0.5 to 1.5", () => {
    const r = withParameters({ vsl: { baseValue: "uniform" } }, 60);
    figures.impacts.valuation!.rows.forEach((row, i) => {
      const s = r.valuation[i]!;
      if (Number(row.value) === 0) return void expect(s.high).toBe(0);
      expect(s.low / s.point).toBeGreaterThanOrEqual(0.5);
      expect(s.low / s.point).toBeLessThan(0.6);
      expect(s.high / s.point).toBeLessThanOrEqual(1.5);
      expect(s.high / s.point).toBeGreaterThan(1.4);
    });
  });

  it("adds up within each draw: the temperature change of every measure sums to the `all` row, and the draw is seeded", () => {
    const f = impactsFigures(plan, exact, { crf: "standardError", intakeFraction: { distribution: "lognormal", low: "0.5", high: "2" } })!;
    const fast = evaluateScenarioFast(plan);
    const u = Float64Array.from({ length: f.parameters! }, (_, i) => (i + 0.5) / f.parameters!);
    const x = f.compute(fast, plan, u);
    expect(Array.from(f.compute(fast, plan, u))).toEqual(Array.from(x));
    const offset = f.names.length - f.totals.names.length - f.temperature!.groups.length;
    const groups = f.temperature!.groups;
    groups.forEach((g, k) => {
      if (g.measure !== "all") return;
      const sum = groups.reduce((a, h, j) => (h.measure !== "all" && h.year === g.year && h.group === g.group ? a + (x[offset + j] as number) : a), 0);
      expect(sum).toBeCloseTo(x[offset + k] as number, 12);
    });
  });

  it("refuses a parameter with nothing to act on, or a VSL of the scenario's own (no published range)", () => {
    expect(() => impactsParameterDraws({ crf: "standardError", vsl: { baseValue: "uniform" } }, {})).toThrow(/no impacts.health[\s\S]*no impacts.valuation/);
    const section = parseImpactsSection(scenario.impacts);
    const valuation = section.valuation!;
    const own = { ...section, valuation: { ...valuation, vsl: { ...valuation.vsl, parameters: { name: "city study", baseValue: "1000000", baseIncome: "10000", source: { id: "SYNTHETIC-PLACEHOLDER", table: "-" } } } } };
    expect(() => impactsParameterDraws({ vsl: { baseValue: "uniform" } }, own)).toThrow(/own VSL parameters/);
    // a triangular elasticity needs the scenario's value inside the published 0.7 to 0.9
    const outside = { ...section, valuation: { ...valuation, vsl: { ...valuation.vsl, incomeElasticity: { ...valuation.vsl.incomeElasticity, value: "1.2" } } } };
    expect(() => impactsParameterDraws({ vsl: { incomeElasticity: "triangular" } }, outside)).toThrow(/outside the published range 0.7 to 0.9/);
  });
});

