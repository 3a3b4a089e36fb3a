import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Plan, evaluateScenario, toDec } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { macCurve, scenarioCosts } from "../../src/costs.js";
import { computeImpacts, parseImpactsSection, temperatureResponse } from "../../src/impacts.js";
import { impactsFigures, impactsRanges, parseUncertaintySection, runUncertainty } from "../../src/uncertainty.js";
import { attempt } from "../../examples/planner/src/model/attempt.js";
import { costCurve } from "../../examples/planner/src/model/costCurve.js";
import { hasImpacts, impactsView } from "../../examples/planner/src/model/impactsView.js";
import { computeRanges, hasUncertainty, rangeLines, rangesDesign } from "../../examples/planner/src/model/rangesRun.js";
import { controlPoints } from "../../examples/planner/src/model/controlPoints.js";
import { editedPlan } from "../../examples/planner/src/model/editedScenario.js";

// The planner's results panels in Node (the page itself is driven by npm run test:browser): the
// abatement cost curve of the costs panel, the impacts panel and the uncertainty panel show the
// library's own results (cobenefits/costs, /impacts, /uncertainty) of the edited plan.
const ROOT = resolve(__dirname, "..", "..");
const read = (...p: string[]) => readFileSync(join(ROOT, ...p), "utf8");
const costed = compileScenarioFile(read("examples", "beijing", "scenario-costs.yaml"), { fileName: "scenario-costs.yaml" });
const IMPACTS_TEXT = read("examples", "ulaanbaatar", "scenario-impacts.yaml");
const ub = compileScenarioFile(IMPACTS_TEXT, { fileName: "scenario-impacts.yaml" });
const UB_LAST = ub.years[ub.years.length - 1]!;
// The planner's "with ranges" example is the impacts file with src/ulaanbaatarRanges.yaml added (src/examples.ts); 8 draws here instead of its 100, for time.
const RANGES_SECTION = read("examples", "planner", "src", "ulaanbaatarRanges.yaml");
const withRanges = (draws: number) => compileScenarioFile(`${IMPACTS_TEXT.trimEnd()}\n\n${RANGES_SECTION.replace("draws: 100", `draws: ${draws}`)}`, { fileName: "ranges.yaml" });
const sum = (xs: readonly string[]) => xs.reduce((s, x) => s.plus(x), toDec("0"));

/** The plan with apartment-retrofit's last control point at `share` [fraction]. */
function retrofitAt(share: number): Plan {
  const i = ub.measures.findIndex((m) => m.measure.id === "apartment-retrofit");
  const points = controlPoints(ub, i);
  return editedPlan(ub, { "apartment-retrofit": points.map((pt, k) => (k === points.length - 1 ? { year: pt.year, value: String(share) } : pt)) });
}

describe("the costs panel's abatement cost curve", () => {
  const costs = scenarioCosts(costed, evaluateScenario(costed));
  const last = costed.years[costed.years.length - 1]!;

  it.each(["PM2.5", ...costed.scenario.metrics])("is the library's curve of %s from society's perspective: steps cheapest first, as wide as the measures' reductions, end to end", (of) => {
    const curve = costCurve(costs, of, last);
    expect(curve).toEqual(macCurve(costs, { of, year: last, perspective: "society" }));
    const ok = costs.perTonne.filter((r) => r.of === of && r.year === last && r.perspective === "society" && r.status === "ok");
    expect(curve.steps.map((s) => s.measure).sort()).toEqual(ok.map((r) => r.measure).sort());
    expect(curve.steps.length + curve.excluded.length).toBe(costs.perTonne.filter((r) => r.of === of && r.year === last && r.perspective === "society").length);
    for (let k = 1; k < curve.steps.length; k++) {
      expect(toDec(curve.steps[k - 1]!.costPerTonne).lte(curve.steps[k]!.costPerTonne)).toBe(true);
      expect(curve.steps[k]!.cumulativeStart).toBe(curve.steps[k - 1]!.cumulativeEnd);
    }
    expect(curve.steps.at(-1)?.cumulativeEnd ?? "0").toBe(sum(ok.map((r) => r.reduction)).toString());
  });
});

describe("the impacts panel", () => {
  const exact = evaluateScenario(ub);
  const section = parseImpactsSection(ub.scenario.impacts);
  const impacts = computeImpacts(exact, section, ub.scenario.factors?.userCitations ?? []);
  const view = impactsView(ub, exact, UB_LAST);

  it("applies only where the scenario has an impacts section", () => {
    expect(hasImpacts(ub)).toBe(true);
    expect(hasImpacts(costed)).toBe(false);
  });

  it("shows each measure's PM2.5 change and its avoided deaths per function (both GEMM variants side by side), summed over the endpoints exactly as the library gives them", () => {
    expect(view.functions).toEqual(["GEMM-Burnett2018-with-China", "GEMM-Burnett2018-without-China"]); // as the file names them
    const measures = view.lines.filter((l) => l.measure !== "all");
    expect(measures.map((l) => l.measure).sort()).toEqual(ub.scenario.measures.map((m) => m.id).sort());
    for (const l of measures) {
      expect(l.pm25).toBe(sum(impacts.exposure!.rows.filter((r) => r.year === UB_LAST && r.measure === l.measure).map((r) => r.total)).toString());
      view.functions.forEach((f, i) => {
        const rows = impacts.health!.rows.filter((r) => r.year === UB_LAST && r.measure === l.measure && r.function === f);
        expect(rows.length).toBe(4); // ihd, stroke, copd, lc (the file's baseline deaths)
        expect(l.deaths[i]).toEqual({ central: sum(rows.map((r) => r.avoidedDeaths)).toString(), low: sum(rows.map((r) => r.avoidedDeathsLow)).toString(), high: sum(rows.map((r) => r.avoidedDeathsHigh)).toString() });
        expect(l.value[i]).toBe(sum(impacts.valuation!.rows.filter((r) => r.year === UB_LAST && r.measure === l.measure && r.function === f).map((r) => r.value)).toString());
      });
    }
    expect(view.money).toEqual({ currency: "USD", priceYear: 2005 });
  });

  it("gives all measures' PM2.5 change as the library's total for the year, and the sum of the measures' lines exactly", () => {
    const all = view.lines.find((l) => l.measure === "all")!;
    expect(all.pm25).toBe(toDec(impacts.exposure!.totals.find((t) => t.year === UB_LAST)!.total).toString());
    const measures = view.lines.filter((l) => l.measure !== "all");
    expect(all.pm25).toBe(sum(measures.map((l) => l.pm25!)).toString());
    view.functions.forEach((_, i) => expect(all.deaths[i]!.central).toBe(sum(measures.map((l) => l.deaths[i]!.central)).toString()));
    // the health step's own totals (computed on the total concentration change) agree within the rows' rounding (6 decimals per row)
    view.functions.forEach((f, i) => {
      const total = sum(impacts.health!.totals.filter((t) => t.year === UB_LAST && t.function === f).map((t) => t.avoidedDeaths));
      expect(total.minus(all.deaths[i]!.central).abs().toNumber()).toBeLessThanOrEqual(1e-6 * impacts.health!.rows.length);
    });
  });

  it("shows the library's reason, with its path into the file, where the impacts step refuses the scenario (a source no citation defines), instead of stopping the page", () => {
    const text = IMPACTS_TEXT.replace('{ endpoint: stroke, values: [{ year: 2018, value: "1000" }], unit: death/yr, source: { id: SYNTHETIC-PLACEHOLDER', '{ endpoint: stroke, values: [{ year: 2018, value: "1000" }], unit: death/yr, source: { id: NO-SUCH-SOURCE');
    expect(text).not.toBe(IMPACTS_TEXT);
    const p = compileScenarioFile(text, { fileName: "unknown-source.yaml" });
    const r = attempt(() => impactsView(p, evaluateScenario(p), UB_LAST));
    expect(r.ok).toBe(false);
    expect(r.ok ? "" : r.message).toContain("NO-SUCH-SOURCE");
    expect(attempt(() => 1)).toEqual({ ok: true, value: 1 });
    expect(() => attempt(() => { throw new TypeError("a bug"); })).toThrow(TypeError); // only the library's refusals are shown
  });

  it("gives the temperature change of all measures at the end of the response (2050, the file's `until`), per species group and in total", () => {
    const t = temperatureResponse(exact, section.climate!);
    expect(view.temperatureAtEnd?.year).toBe(2050);
    const groups = t.groups.filter((g) => g.year === 2050 && g.measure === "all");
    expect(view.temperatureAtEnd?.groups).toEqual(groups.map((g) => ({ group: g.group, change: g.temperatureChange })));
    expect(view.temperatureAtEnd?.total).toBe(sum(groups.map((g) => g.temperatureChange)).toString());
    expect(Number(view.temperatureAtEnd?.total)).toBeLessThan(0); // the measures cool, on balance (docs/climate-response.md, Ulaanbaatar)
  });

  it("follows the sliders: more apartment retrofit in the last year never gives dirtier air or fewer avoided deaths, and each edited plan's panel is the library's (fast-check)", () => {
    const at = (share: number) => {
      const p = retrofitAt(share);
      const e = evaluateScenario(p);
      const v = impactsView(p, e, UB_LAST);
      const lib = computeImpacts(e, p.scenario.impacts, p.scenario.factors?.userCitations ?? []);
      expect(v.lines.find((l) => l.measure === "all")!.pm25).toBe(toDec(lib.exposure!.totals.find((t) => t.year === UB_LAST)!.total).toString());
      return v.lines.find((l) => l.measure === "all")!;
    };
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
      const [lo, hi] = (a <= b ? [a, b] : [b, a]).map((x) => at(x / 100));
      return toDec(lo!.pm25!).lte(hi!.pm25!) && lo!.deaths.every((d, i) => toDec(d.central).lte(hi!.deaths[i]!.central));
    }), { numRuns: 4 });
  });
});

describe("the uncertainty panel", () => {
  const plan = withRanges(8);
  const exact = evaluateScenario(plan);
  const run = computeRanges(plan, exact);

  it("applies only where the scenario has an uncertainty section, and names its draws, seed and sampling", () => {
    expect(hasUncertainty(plan)).toBe(true);
    expect(hasUncertainty(ub)).toBe(false);
    expect(rangesDesign(withRanges(100))).toEqual({ draws: 100, seed: 20260101, sampling: "latinHypercube" }); // src/ulaanbaatarRanges.yaml
  });

  it("is the library's uncertainty run of the section (same draws, seed and sampling), with the impacts' ranges of the library", () => {
    const figures = impactsFigures(plan, exact, parseUncertaintySection(plan.scenario.uncertainty, ["uncertainty"]).impacts)!;
    const lib = runUncertainty(plan, undefined, { extra: figures });
    expect(run.result.totals).toEqual(lib.totals);
    expect(run.result.attribution).toEqual(lib.attribution);
    expect(run.result.co2e).toEqual(lib.co2e);
    expect(run.impacts!.ranges).toEqual(impactsRanges(lib.extra, figures));
    expect(run.result.inputs.length).toBeGreaterThan(0);
  });

  it("without the impacts chain (the page's default) gives the same emission ranges (Latin hypercube: the chain's parameters come after the inputs) and no impacts' ranges", () => {
    const quick = computeRanges(plan, exact, { impacts: false });
    expect(quick.impacts).toBeUndefined();
    expect(quick.result.totals).toEqual(run.result.totals);
    expect(rangeLines(quick, UB_LAST).impacts).toEqual([]);
  });

  it("follows the sliders when pressed again: for any apartment-retrofit share, the ranges' point run is the exact engine's (within 1e-9) and 2.5th <= median <= 97.5th (fast-check)", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100 }), (share) => {
      const i = plan.measures.findIndex((m) => m.measure.id === "apartment-retrofit");
      const points = controlPoints(plan, i);
      const p = editedPlan(plan, { "apartment-retrofit": points.map((pt, k) => (k === points.length - 1 ? { year: pt.year, value: String(share / 100) as never } : pt)) });
      const e = evaluateScenario(p);
      const lines = rangeLines(computeRanges(p, e, { impacts: false }), UB_LAST);
      return lines.emissions.every((l) => {
        const x = sum(e.emissions.filter((r) => r.year === UB_LAST && r.species === l.species).map((r) => (l.kind === "scenario" ? r.scenario : r.reduction))).toNumber();
        return Math.abs(l.point - x) <= 1e-9 * Math.max(1, Math.abs(x)) && l.low <= l.median && l.median <= l.high;
      });
    }), { numRuns: 5 });
  });

  it("gives the same ranges on every press (the section's seed)", () => {
    expect(rangeLines(computeRanges(plan, exact), UB_LAST)).toEqual(rangeLines(run, UB_LAST));
  });

  it("shows, in the last year, per species the scenario's emissions and the reduction, CO2e per metric, and the impacts' totals per function, each with 2.5th <= median <= 97.5th", () => {
    const lines = rangeLines(run, UB_LAST);
    expect(lines.emissions.map((l) => `${l.species} ${l.kind}`)).toEqual(plan.species.flatMap((s) => [`${s} scenario`, `${s} reduction`]));
    expect(lines.co2e.map((l) => l.what)).toEqual(plan.scenario.metrics);
    expect(lines.impacts.map((l) => `${l.kind} ${l.what}`)).toEqual(["deaths GEMM-Burnett2018-with-China", "deaths GEMM-Burnett2018-without-China", "value GEMM-Burnett2018-with-China", "value GEMM-Burnett2018-without-China", "temperature 2050"]);
    for (const l of [...lines.emissions, ...lines.co2e, ...lines.impacts]) {
      expect(l.low).toBeLessThanOrEqual(l.median);
      expect(l.median).toBeLessThanOrEqual(l.high);
    }
  });

  it("puts the point run of each total at the impacts panel's exact total (the sum of the rows each draw sums)", () => {
    const view = impactsView(plan, exact, UB_LAST);
    const all = view.lines.find((l) => l.measure === "all")!;
    const lines = rangeLines(run, UB_LAST).impacts;
    view.functions.forEach((f, i) => {
      expect(lines.find((l) => l.kind === "deaths" && l.what === f)!.point).toBeCloseTo(Number(all.deaths[i]!.central), 9);
      expect(lines.find((l) => l.kind === "value" && l.what === f)!.point / Number(all.value[i])).toBeCloseTo(1, 12);
    });
    expect(lines.find((l) => l.kind === "temperature")!.point / Number(view.temperatureAtEnd!.total)).toBeCloseTo(1, 12);
    // the emissions' point run is the fast engine's, which agrees with the exact one within 1e-9 relative
    const pm = rangeLines(run, UB_LAST).emissions.find((l) => l.species === "PM2.5" && l.kind === "reduction")!;
    const exactPm = sum(exact.emissions.filter((e) => e.year === UB_LAST && e.species === "PM2.5").map((e) => e.reduction)).toNumber();
    expect(Math.abs(pm.point - exactPm)).toBeLessThanOrEqual(1e-9 * exactPm);
  });
});
