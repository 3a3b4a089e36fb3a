import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, createFactorSet } from "../../src/index.js";
import { evaluateSchedule, type Schedule } from "../../src/activity/schedule.js";
import { gridYears } from "../../src/scenario/compile/gridYears.js";
import { isWrittenValue, shareSumTolerance } from "../../src/scenario/compile/mixShareSum.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import { Dec } from "../../src/units/decimal.js";

// Review of issue 11, defect 3 (/work/notes/review11-scenarios/sevenths.yaml): shares that sum to 1
// at the written points and are interpolated over 7 years sum to 1 - 10^-40 in 40-digit decimals.
const cite = (table: string) => ({ id: "G", table });
const citation = { id: "G", authors: "A", title: "Illustrative grid (test data)", publisher: "P", year: 2024, url: "https://example.org/g" };
const interp = (a: string, b: string): Schedule => ({ kind: "interp", points: [{ year: 2015, value: a }, { year: 2022, value: b }] });
const sevenths = (hydro = "0.15"): Scenario => ({
  name: "sevenths", years: { start: 2015, end: 2023 }, species: ["SO2"], metrics: [], baseline: [], measures: [],
  factors: { userCitations: [citation] },
  grid: {
    country: "CN", definition: "test", source: cite("T1"),
    mix: {
      shares: { coal: interp("0.8", "0.7"), wind: interp("0.05", "0.1"), solar: interp("0", "0.05"), hydro: { kind: "constant", value: hydro } },
      plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: cite("T2") } },
      losses: "0.05", lossesSource: cite("T3"),
    },
  },
});
const years = [2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023];

describe("grid mix shares interpolated between written points", () => {
  it("sevenths that sum to 1 only up to the 40th digit are accepted and used as computed", () => {
    const coal2016 = evaluateSchedule(interp("0.8", "0.7"), 2016);
    const total2016 = ["0.8", "0.05", "0"].map((a, i) => evaluateSchedule(interp(a, ["0.7", "0.1", "0.05"][i]!), 2016)).reduce((t, v) => t.plus(v), new Dec("0.15"));
    expect(total2016.eq(1)).toBe(false); // the defect's premise: 0.9999999999999999999999999999999999999999
    const g = gridYears(sevenths(), years, createFactorSet({ userCitations: [citation] }))!;
    // SO2 820 g/GJ (EMEP/EEA 2019 1.A.1 Table 3-2, hard coal) x 3.6 GJ/MWh / 0.4 = 7.38 kg/MWh, x the coal share, / (1 - 0.05)
    expect(g.rows[1]!.SO2!.value).toBe(coal2016.times("0.00738").div("0.95").toString());
    expect(g.rows[0]!.SO2!.value).toBe(new Dec("0.8").times("0.00738").div("0.95").toString());
  });

  it("a real gap in an interpolated year is still refused, with the bound it exceeded", () => {
    const e = (() => { try { gridYears(sevenths("0.14"), years, createFactorSet({ userCitations: [citation] })); } catch (x) { return x; } })();
    expect(e).toBeInstanceOf(InvalidInputError);
    const messages = (e as InvalidInputError).issues.map((i) => i.message);
    expect(messages).toContain("the shares sum to 0.99 in 2015, not exactly 1 (every share is a written value that year)");
    expect(messages.some((m) => m.includes("in 2016, more than the decimal rounding (4e-38) away from 1"))).toBe(true);
  });

  it("the tolerance is 0 where every share is written and n x 10^-38 otherwise", () => {
    expect(isWrittenValue(interp("0.8", "0.7"), 2022)).toBe(true);
    expect(isWrittenValue(interp("0.8", "0.7"), 2030)).toBe(true);
    expect(isWrittenValue({ kind: "growth", base: { year: 2020, value: "0.5" }, rate: "0.01" }, 2021)).toBe(false);
    expect(shareSumTolerance([interp("0.8", "0.7"), { kind: "constant", value: "0.2" }], 2022).toString()).toBe("0");
    expect(shareSumTolerance([interp("0.8", "0.7"), { kind: "constant", value: "0.2" }], 2019).toString()).toBe("2e-38");
  });

  it("property: shares summing to 1 at both written points sum to 1 within the tolerance in every year between", () => {
    const part = fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 2, maxLength: 9 }).filter((xs) => xs.some((x) => x > 0));
    fc.assert(fc.property(part, part, fc.integer({ min: 2, max: 97 }), (a, b, span) => {
      const n = Math.min(a.length, b.length);
      // shares = x_i / sum, with the last share making the sum exactly 1 at each written point
      const shares = (xs: number[]) => { const t = xs.slice(0, n).reduce((s, x) => s + x, 0) || 1; const v = xs.slice(0, n - 1).map((x) => new Dec(x).div(t).toDecimalPlaces(12, Dec.ROUND_DOWN)); return [...v, new Dec(1).minus(v.reduce((s, x) => s.plus(x), new Dec(0)))]; };
      const sa = shares(a);
      const sb = shares(b);
      const schedules: Schedule[] = sa.map((x, i) => ({ kind: "interp", points: [{ year: 2000, value: x.toString() }, { year: 2000 + span, value: sb[i]!.toString() }] }));
      for (let y = 2000; y <= 2000 + span; y++) {
        const total = schedules.reduce((t, s) => t.plus(evaluateSchedule(s, y)), new Dec(0));
        expect(total.minus(1).abs().lte(shareSumTolerance(schedules, y))).toBe(true);
      }
    }), { numRuns: 200 });
  });
});
