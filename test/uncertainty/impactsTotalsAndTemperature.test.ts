import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { parseScenarioFile } from "../../src/files/parseScenarioFile.js";
import { formatImpactsRanges, impactsFigures, impactsParameterDraws, impactsRanges, runUncertainty, temperaturePotentialRange, type ImpactsParameterRanges, type UncertaintySection } from "../../src/uncertainty.js";
import { parseImpactsSection } from "../../src/impacts.js";
import { reportLabels } from "../../src/report.js";
import { Dec } from "../../src/units/decimal.js";
import { impactsTotalsPlan, sumTotals } from "../../src/uncertainty/impactsTotals.js";

// The Ulaanbaatar example with impacts: two GEMM functions, valuation, temperature to 2050 with BC from Bond2013-GWP100.
const scenario = parseScenarioFile(readFileSync("examples/ulaanbaatar/scenario-impacts.yaml", "utf8"));
const plan = compileScenario(scenario);
const exact = evaluateScenario(plan);
const section = parseImpactsSection(scenario.impacts);

const drawn = (parameters: ImpactsParameterRanges | undefined, uncertainty: UncertaintySection) => {
  const f = impactsFigures(plan, exact, parameters)!;
  const u = runUncertainty(plan, uncertainty, { extra: f });
  return { f, u, r: impactsRanges(u.extra, f) };
};
const onlyParameters: UncertaintySection = { draws: 20, seed: 11, sampling: "latinHypercube" };

describe("period totals of the impacts over the draws", () => {
  it("equal the point run's sums over the years when nothing varies (a zero-width removal range)", () => {
    const { f, r } = drawn(undefined, { ...onlyParameters, draws: 4, measures: [{ id: "hob-bag-filters", removal: { "PM2.5": { distribution: "uniform", low: "0.9", high: "0.9" } } }] });
    for (const t of r.totals.filter((x) => x.kind === "avoidedDeaths")) {
      const sum = f.impacts.health!.rows.filter((h) => h.function === t.function && (t.measure === "all" || h.measure === t.measure)).reduce((s, h) => s.plus(h.avoidedDeaths), new Dec(0));
      expect(t.value.median).toBeCloseTo(Number(sum), 6);
      expect(t.value.low).toBe(t.value.high);
    }
  });

  it("are summed within each draw: the median of the total lies within the sum of the rows' low and high, and low <= median <= high", () => {
    const { f, r } = drawn({ crf: "standardError" }, onlyParameters);
    const fn = f.impacts.health!.functions[0]!.name;
    const total = r.totals.find((t) => t.kind === "avoidedDeaths" && t.measure === "all" && t.function === fn)!.value;
    const rows = f.impacts.health!.rows.flatMap((h, i) => (h.function === fn ? [r.health[i]!] : []));
    expect(total.median).toBeGreaterThanOrEqual(rows.reduce((s, x) => s + x.low, 0));
    expect(total.median).toBeLessThanOrEqual(rows.reduce((s, x) => s + x.high, 0));
    for (const t of r.totals) {
      expect(t.value.low).toBeLessThanOrEqual(t.value.median);
      expect(t.value.median).toBeLessThanOrEqual(t.value.high);
    }
  });
});

describe("temperature potentials drawn per species (uncertainty.impacts.temperature)", () => {
  it("derives the multiplier from the metric row's published uncertainty relative to its value: AR6 Table 7.15 27.0 +/- 11 for non-fossil CH4, Bond et al. 2013 900 (120-1800) for BC", () => {
    const ch4 = temperaturePotentialRange({ species: "CH4", metric: "AR6-GWP100-nonfossilCH4", distribution: "uniform" }, section.climate, []);
    expect("multiplier" in ch4 && [Number(ch4.multiplier.low), Number(ch4.multiplier.high)]).toEqual([16 / 27, 38 / 27]);
    const bc = temperaturePotentialRange({ species: "BC", metric: "Bond2013-GWP100", distribution: "triangular" }, section.climate, []);
    expect("multiplier" in bc && bc.multiplier).toEqual({ distribution: "triangular", low: "0.1333333333333333333333333333333333333333", mode: "1", high: "2" });
  });

  it("spreads only the species named: BC over 120/900 to 1800/900 of its point change, CO2 not at all", () => {
    const { f, r } = drawn({ temperature: [{ species: "BC", metric: "Bond2013-GWP100", distribution: "uniform" }] }, onlyParameters);
    f.temperature!.groups.forEach((g, i) => {
      const s = r.temperature[i]!;
      if (g.group === "CO2" || g.group === "CH4" || s.point === 0) return void expect(s.high).toBe(s.low);
      // aerosols and precursors here is BC alone (SO2, NOx, CO have no response row): multiplier x point (a cooling is negative, so low and high swap)
      const ratios = [s.low / s.point, s.high / s.point];
      expect(Math.min(...ratios)).toBeGreaterThanOrEqual(0.1333 - 1e-9);
      expect(Math.max(...ratios)).toBeLessThanOrEqual(2 + 1e-9);
    });
    const aerosols = f.temperature!.groups.findIndex((g) => g.year === 2050 && g.measure === "all" && g.group === "aerosols and precursors");
    const s = r.temperature[aerosols]!;
    // 20 Latin-hypercube strata of a uniform from 0.133 to 2: the extreme percentiles lie near the ends
    expect(s.point).toBeLessThan(0); // the measures cool
    expect(s.high / s.point).toBeLessThan(0.3);
    expect(s.low / s.point).toBeGreaterThan(1.85);
  });

  it("refuses a species without a response, a metric without a published uncertainty, a repeated species, and a section without climate, each at its path", () => {
    const rows = [
      { species: "SO2", metric: "Bond2013-GWP100", distribution: "uniform" },
      { species: "CH4", metric: "AR6-GWP100", distribution: "uniform" },
      { species: "BC", metric: "Bond2013-GWP100", distribution: "uniform" },
      { species: "BC", metric: "Bond2013-GWP100", distribution: "triangular" },
    ] as const;
    try {
      impactsParameterDraws({ temperature: rows }, section);
      expect.unreachable();
    } catch (e) {
      const issues = (e as { issues: { path: (string | number)[]; message: string }[] }).issues;
      expect(issues.map((i) => i.path.join("."))).toEqual(["uncertainty.impacts.temperature.0.species", "uncertainty.impacts.temperature.1.metric", "uncertainty.impacts.temperature.3.species"]);
      expect(issues[1]!.message).toContain("no published uncertainty");
    }
    const { climate: _, ...noClimate } = section;
    expect(() => impactsParameterDraws({ temperature: [rows[2]] }, noClimate)).toThrow(/no impacts.climate/);
  });
});

describe("the text table of the impacts' ranges", () => {
  it("prints per measure the median with the 2.5th and 97.5th percentiles, a column per function, value, and the temperature change, in the language asked for", () => {
    const { f, r, u } = drawn({ crf: "standardError", temperature: [{ species: "BC", metric: "Bond2013-GWP100", distribution: "triangular" }] }, onlyParameters);
    const text = formatImpactsRanges(r.totals, { years: exact.years, impacts: f.impacts, temperature: f.temperature }, u.draws);
    const lines = text.split("\n");
    expect(lines[0]).toContain("Impacts over 20 draws");
    expect(lines[1]).toBe("Avoided deaths 2018-2030, by measure and function [death]");
    expect(lines[2]).toMatch(/^measure +GEMM-Burnett2018-with-China +GEMM-Burnett2018-without-China$/);
    const all = lines.find((l) => l.startsWith("all measures"))!;
    const total = r.totals.find((t) => t.kind === "avoidedDeaths" && t.measure === "all" && t.function === "GEMM-Burnett2018-with-China")!.value;
    const [median, low, high] = all.match(/([\d,.]+) \[([\d,.]+); ([\d,.]+)\]/)!.slice(1).map((x) => Number(x.replaceAll(",", "")));
    expect(median).toBe(Number(total.median.toPrecision(4)));
    expect(low).toBe(Number(total.low.toPrecision(4)));
    expect(high).toBe(Number(total.high.toPrecision(4)));
    expect(text).toContain("Value of the avoided deaths 2018-2030, by measure and function [USD 2005]");
    expect(text).toMatch(/measure +dT 2030 +dT 2050/);
    const zh = formatImpactsRanges(r.totals, { years: exact.years, impacts: f.impacts, temperature: f.temperature }, u.draws, reportLabels("zh"));
    expect(zh).toContain("20次抽样的影响");
    expect(zh).toContain("全部措施");
    expect(formatImpactsRanges([], { years: exact.years, impacts: f.impacts, temperature: f.temperature }, 20)).toBe("");
  });
});


describe("the totals' plan", () => {
  it("conserves every draw: per function, the measures' totals add up to the all-measures total, and each row counts once per function", () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 3 }), fc.integer({ min: 1, max: 3 }),
      fc.array(fc.integer({ min: -1000, max: 1000 }), { minLength: 36, maxLength: 36 }),
      (measures, functions, years, values) => {
        const rows = [];
        for (let y = 0; y < years; y++) for (let m = 0; m < measures; m++) for (let f = 0; f < functions; f++) rows.push({ year: 2030 + y, measure: `m${m}`, function: `f${f}`, endpoint: "ihd" });
        const plan = impactsTotalsPlan({ health: { rows } } as never, undefined);
        const draw = rows.map((_, i) => values[i]!);
        const totals = sumTotals(plan, draw);
        for (let f = 0; f < functions; f++) {
          const of = plan.keys.flatMap((k, i) => (k.function === `f${f}` ? [{ k, t: totals[i]! }] : []));
          const all = of.find((x) => x.k.measure === "all")!.t;
          expect(of.filter((x) => x.k.measure !== "all").reduce((s, x) => s + x.t, 0)).toBe(all);
          expect(all).toBe(rows.reduce((s, r, i) => (r.function === `f${f}` ? s + draw[i]! : s), 0));
        }
        expect(plan.keys).toHaveLength(functions * (measures + 1));
      },
    ));
  });
});
