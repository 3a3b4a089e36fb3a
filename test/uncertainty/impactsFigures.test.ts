import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import { parseScenarioFile } from "../../src/files/parseScenarioFile.js";
import { impactsFigures, impactsRanges, runUncertainty, type UncertaintySection } from "../../src/uncertainty.js";

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
  it("has one figure per health, valuation and temperature-group row of the point run", () => {
    expect(figures.names.length).toBe(figures.impacts.health!.rows.length + figures.impacts.valuation!.rows.length + figures.temperature!.groups.length);
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
});
