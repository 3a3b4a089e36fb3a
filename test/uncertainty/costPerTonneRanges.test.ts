import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compileScenarioFile } from "../../src/files.js";
import { InvalidInputError, evaluateScenario } from "../../src/index.js";
import { scenarioCosts } from "../../src/costs.js";
import { costPerTonneFigures, costPerTonneRanges, runUncertainty, type UncertaintySection } from "../../src/uncertainty.js";
import { thrown } from "../fixtures/thrown.js";

// The Beijing costs variant (examples/beijing/scenario-costs.yaml): published electricity tariff and
// subsidy for the coal-to-electricity households, the other measures uncosted.
const text = readFileSync(join(import.meta.dirname, "..", "..", "examples", "beijing", "scenario-costs.yaml"), "utf8");
const plan = compileScenarioFile(text, { fileName: "scenario-costs.yaml" });
const costs = scenarioCosts(plan, evaluateScenario(plan));
const SECTION: UncertaintySection = { draws: 300, seed: 4, sampling: "latinHypercube", factors: { select: "withInterval" } };

describe("cost per tonne over the draws", () => {
  const figures = costPerTonneFigures(plan, costs);
  const u = runUncertainty(plan, SECTION, { extra: figures });
  const ranges = costPerTonneRanges(u, figures);

  it("gives the point cost per tonne of scenarioCosts, and the percentiles of cost / drawn Shapley share", () => {
    expect(ranges.length).toBeGreaterThan(0);
    let checked = 0;
    for (const r of ranges.filter((x) => x.kind === "species")) {
      const exact = costs.perTonne.find((c) => c.year === r.year && c.measure === r.measure && c.perspective === r.perspective && c.of === r.of)!;
      if (exact.costPerTonne === null) {
        expect(r.point).toBeNull();
        continue;
      }
      expect(r.point!).toBeCloseTo(Number(exact.costPerTonne), 6 - Math.max(0, Math.floor(Math.log10(Math.abs(Number(exact.costPerTonne))))));
      // the cost is fixed, so with a positive cost the 2.5th percentile of cost per tonne is the
      // cost over the 97.5th percentile of the drawn share, and the other way round
      const share = u.attribution.find((a) => a.year === r.year && a.measure === r.measure && a.species === r.of)!.shapley;
      if (r.cost > 0 && share.low > 0) {
        expect(r.low! * share.high).toBeCloseTo(r.cost, 3);
        expect(r.high! * share.low).toBeCloseTo(r.cost, 3);
        expect(r.low!).toBeLessThanOrEqual(r.median!);
        expect(r.median!).toBeLessThanOrEqual(r.high!);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("refuses a range of cost per tonne when a penetration was drawn", () => {
    const withPenetration = runUncertainty(plan, { ...SECTION, draws: 20, measures: [{ id: "commercial-boilers-to-gas", penetration: { distribution: "uniform", low: "0.9", high: "1" } }] }, { extra: figures });
    expect(thrown(() => costPerTonneRanges(withPenetration, figures), InvalidInputError).issues[0]!.message).toContain("cost per tonne has no range when a penetration is drawn");
  });
});
