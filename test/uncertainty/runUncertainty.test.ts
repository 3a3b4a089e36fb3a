import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { InvalidInputError, evaluateScenarioFast } from "../../src/index.js";
import { runUncertainty, type Summary, type UncertaintyResult, type UncertaintySection } from "../../src/uncertainty.js";
import { thrown } from "../fixtures/thrown.js";
import { factorRow, fixturePlan } from "./fixture.js";

const FACTORS: UncertaintySection = { draws: 400, seed: 1, sampling: "latinHypercube", factors: { select: "withInterval" } };

/** Every summary of a result. */
function summaries(r: UncertaintyResult): Summary[] {
  return [
    ...r.emissions.flatMap((e) => [e.baseline, e.scenario, e.reduction]), ...r.totals.flatMap((e) => [e.baseline, e.scenario, e.reduction]),
    ...r.attribution.map((a) => a.shapley), ...r.co2e.flatMap((e) => [e.baseline, e.scenario, e.reduction]), ...r.co2eAttribution.map((a) => a.shapley),
    ...r.extra.map((x) => x.value),
  ];
}

const row = (r: UncertaintyResult, year: number, sector: string, species: string) => r.emissions.find((e) => e.year === year && e.sector === sector && e.species === species)!;

describe("runUncertainty: emission factors from their published intervals", () => {
  it("draws a skewed interval as a lognormal and a symmetric one as a normal, whose percentiles are the interval's", () => {
    const r = runUncertainty(fixturePlan(), { ...FACTORS, draws: 4000 });
    // stoves: 100 TJ x PM2.5 100 g/GJ (50 to 200) = 10 t (5 to 20 t); SO2 500 g/GJ (400 to 600) = 50 t (40 to 60 t)
    const pm = row(r, 2030, "1.A.4.b.i", "PM2.5").baseline;
    expect(pm.point).toBeCloseTo(10, 9);
    expect(pm.low).toBeCloseTo(5, 1);
    expect(pm.median).toBeCloseTo(10, 1); // the lognormal's median, sqrt(50 x 200) = 100 g/GJ
    expect(pm.high).toBeCloseTo(20, 0);
    const so2 = row(r, 2030, "1.A.4.b.i", "SO2").baseline;
    expect(so2.low).toBeCloseTo(40, 0);
    expect(so2.median).toBeCloseTo(50, 1);
    expect(so2.high).toBeCloseTo(60, 0);
    expect(r.inputs.map((i) => [i.id, i.distribution.distribution, i.uses])).toEqual([
      // each row drawn once, used by both activities' templates (common random numbers)
      ["factor:city.PM2.5", "lognormal", 2], ["factor:city.SO2", "normal", 2],
    ]);
  });

  it("gives the point run exactly when every interval has zero width", () => {
    const plan = fixturePlan([factorRow("PM2.5", "100", { lower: "100", upper: "100" }), factorRow("SO2", "500", { lower: "500", upper: "500" })]);
    const r = runUncertainty(plan, { ...FACTORS, measures: [{ id: "bag-filter", removal: { "PM2.5": { distribution: "triangular", low: "0.6", mode: "0.6", high: "0.6" } }, penetration: { distribution: "uniform", low: "1", high: "1" } }] });
    const point = evaluateScenarioFast(plan);
    expect(r.inputs).toHaveLength(4);
    for (const s of summaries(r)) {
      for (const p of s.percentiles) expect(p).toBe(s.point);
      expect(s.mean).toBe(s.point);
      expect(s.sd).toBe(0);
    }
    expect(r.attribution.map((a) => a.shapley.point)).toEqual(point.attribution.map((a) => a.shapley));
  });

  it("is reproducible from its seed, orders its percentiles, and changes with the seed", () => {
    const plan = fixturePlan();
    fc.assert(fc.property(fc.integer(), fc.constantFrom("monteCarlo" as const, "latinHypercube" as const), (seed, sampling) => {
      const a = runUncertainty(plan, { ...FACTORS, draws: 50, seed, sampling });
      expect(runUncertainty(plan, { ...FACTORS, draws: 50, seed, sampling })).toEqual(a);
      for (const s of summaries(a)) {
        for (let k = 1; k < s.percentiles.length; k++) expect(s.percentiles[k]!).toBeGreaterThanOrEqual(s.percentiles[k - 1]!);
        expect(s.change.every((c) => c >= 0 && Number.isFinite(c))).toBe(true);
      }
    }), { numRuns: 20 });
    const one = runUncertainty(plan, { ...FACTORS, draws: 50, seed: 1 });
    const two = runUncertainty(plan, { ...FACTORS, draws: 50, seed: 2 });
    expect(row(one, 2030, "1.A.4.b.i", "PM2.5").baseline.mean).not.toBe(row(two, 2030, "1.A.4.b.i", "PM2.5").baseline.mean);
  });

  it("shares each factor's draw between baseline and scenario, so a reduction varies less than with independent draws", () => {
    const r = runUncertainty(fixturePlan(), { ...FACTORS, draws: 2000, sampling: "monteCarlo" });
    for (const t of r.totals.filter((x) => x.species === "SO2" || x.species === "PM2.5")) {
      // independent draws of baseline and scenario would give var(b - s) = var(b) + var(s)
      const independent = Math.sqrt(t.baseline.sd ** 2 + t.scenario.sd ** 2);
      expect(t.reduction.sd).toBeLessThan(0.5 * independent);
      // with common random numbers the reduction is the factor times a fixed activity change:
      // its relative spread is the factor's own, as the baseline's is
      expect(t.reduction.sd / t.reduction.mean).toBeCloseTo(t.baseline.sd / t.baseline.mean, 6);
    }
  });

  it("keeps each draw's Shapley shares adding up to that draw's reduction (an extra figure computed in every draw)", () => {
    const plan = fixturePlan();
    const r = runUncertainty(plan, { ...FACTORS, measures: [{ id: "fgd", penetration: { distribution: "uniform", low: "0.5", high: "1.25" }, removal: { SO2: { distribution: "triangular", low: "0.8", mode: "0.9", high: "0.98" } } }] }, {
      extra: {
        names: ["largest |sum of Shapley shares - reduction| [t]"],
        compute: (result) => {
          let worst = 0;
          for (const year of result.years) for (const species of result.species) {
            const shares = result.attribution.filter((a) => a.year === year && a.species === species).reduce((s, a) => s + a.shapley, 0);
            const reduction = result.emissions.filter((e) => e.year === year && e.species === species).reduce((s, e) => s + e.reduction, 0);
            worst = Math.max(worst, Math.abs(shares - reduction));
          }
          return [worst];
        },
      },
    });
    expect(r.extra[0]!.value.percentiles.at(-1)!).toBeLessThan(1e-9);
    // and the measure's ranges did vary its share
    const fgd = r.attribution.find((a) => a.measure === "fgd" && a.year === 2030 && a.species === "SO2")!.shapley;
    expect(fgd.high - fgd.low).toBeGreaterThan(0.1 * fgd.point);
  });

  it("varies a measure's removal only in its shares and the scenario, never in the baseline", () => {
    const r = runUncertainty(fixturePlan(), { draws: 300, seed: 3, sampling: "latinHypercube", measures: [{ id: "bag-filter", removal: { "PM2.5": { distribution: "uniform", low: "0.4", high: "0.8" } } }] });
    const stoves = row(r, 2031, "1.A.4.b.i", "PM2.5");
    expect(stoves.baseline.sd).toBe(0);
    // 10 t x 0.5 penetration x removal 0.4..0.8: the reduction spans 2 to 4 t, uniform
    expect(stoves.reduction.percentiles[0]).toBeCloseTo(2 + 0.025 * 2, 1);
    expect(stoves.reduction.percentiles.at(-1)).toBeCloseTo(4 - 0.025 * 2, 1);
  });
});

describe("runUncertainty refuses what it cannot draw, naming it", () => {
  const plan = fixturePlan([factorRow("PM2.5", "100", { lower: "50", upper: "200" }), factorRow("SO2", "500")]);
  const issues = (s: UncertaintySection) => thrown(() => runUncertainty(plan, s), InvalidInputError).issues;

  it("names a selected row without a published interval, unless it is to be kept fixed", () => {
    const bySpecies: UncertaintySection = { ...FACTORS, factors: { select: { species: ["SO2", "PM2.5"] } } };
    expect(issues(bySpecies)).toEqual([expect.objectContaining({ path: ["uncertainty", "factors", "select"], message: expect.stringContaining("factor row city.SO2 has no published 95% interval") })]);
    const fixed = runUncertainty(plan, { ...bySpecies, factors: { ...bySpecies.factors!, withoutInterval: "fixed" } });
    expect(fixed.inputs.map((i) => i.id)).toEqual(["factor:city.PM2.5"]);
  });

  it("needs a seed: there is no hidden default", () => {
    const { seed: _seed, ...noSeed } = FACTORS;
    expect(issues(noSeed as UncertaintySection)).toEqual([expect.objectContaining({ path: ["uncertainty", "seed"], code: "missing" })]);
    expect(runUncertainty(plan, noSeed as UncertaintySection, { seed: 5 }).seed).toBe(5);
  });

  it("names an unknown measure with the nearest ids, and refuses unbounded ranges for fractions and penetrations above 1", () => {
    expect(issues({ ...FACTORS, measures: [{ id: "fgdd", penetration: { distribution: "uniform", low: "1", high: "1.1" } }] })[0]!.message).toContain('nearest ids: fgd');
    expect(issues({ ...FACTORS, measures: [{ id: "fgd", removal: { SO2: { distribution: "normal", low: "0.8", high: "0.95" } } }] })[0]!.path).toEqual(["uncertainty", "measures", 0, "removal", "SO2", "distribution"]);
    // fgd reaches 0.8 in 2031; x 1.5 is 1.2
    expect(issues({ ...FACTORS, measures: [{ id: "fgd", penetration: { distribution: "uniform", low: "1", high: "1.5" } }] })[0]).toMatchObject({ path: ["uncertainty", "measures", 0, "penetration", "high"], message: expect.stringContaining("2031") });
    expect(issues({ ...FACTORS, measures: [{ id: "fgd", removal: { "PM2.5": { distribution: "uniform", low: "0.8", high: "0.9" } } }] })[0]!.message).toContain("gives no removal for PM2.5; it gives SO2");
  });

  it("refuses a section missing its sampling design, at its path", () => {
    const { sampling: _s, ...noSampling } = FACTORS;
    expect(issues(noSampling as UncertaintySection)).toEqual([expect.objectContaining({ path: ["uncertainty", "sampling"] })]);
  });
});
