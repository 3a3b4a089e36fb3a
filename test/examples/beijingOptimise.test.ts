import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileScenarioFile } from "../../src/files.js";
import { evaluateScenarioFast, withPenetrations } from "../../src/index.js";
import { parseCostsSection } from "../../src/costs.js";
import { leastCostPortfolio, parseOptimiseSection, parseTargetsSection, scenarioCostModel } from "../../src/optimise.js";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(ROOT, "examples", "beijing", file), "utf8");
const plan = compileScenarioFile(read("scenario-optimise.yaml"), { fileName: "scenario-optimise.yaml" });
const s = plan.scenario;
const optimise = parseOptimiseSection(s.optimise);
const portfolio = leastCostPortfolio(plan, parseTargetsSection(s.targets), optimise, scenarioCostModel(plan, parseCostsSection(s.costs), optimise));
const HP = "household-coal-to-heat-pumps";
const ST = "household-coal-to-storage-heaters";

describe("Beijing least-cost household heating (examples/beijing/scenario-optimise.yaml)", () => {
  it("is scenario-costs.yaml with targets, optimise and a name: no emission or cost input differs", () => {
    const { targets: _t, optimise: _o, name: _n1, ...rest } = parse(read("scenario-optimise.yaml")) as Record<string, unknown>;
    const { name: _n2, ...costsRest } = parse(read("scenario-costs.yaml")) as Record<string, unknown>;
    expect(rest).toEqual(costsRest);
  });

  it("meets both targets, exactly, with a margin that is never negative", () => {
    expect(portfolio.targets.map((t) => t.targetId)).toEqual(["pm25-2025", "co2e-not-raised"]);
    for (const t of portfolio.targets) expect(Number(t.margin)).toBeGreaterThanOrEqual(0);
    // the PM2.5 target binds: the margin is the 1e-7 safety buffer, a few kg in 30,000 t
    expect(Number(portfolio.targets[0]!.margin)).toBeLessThan(0.01);
  });

  it("fills the heat pumps first: they use 2.5 times less electricity per household (COP 2.5 against 1), the only cost priced", () => {
    const level = (id: string) => Number(portfolio.measures.find((m) => m.measureId === id)!.penetration);
    expect(level(HP)).toBeCloseTo(0.5, 6);
    expect(level(ST)).toBeGreaterThan(0);
    // and no fewer storage heaters would do: 0.001 less misses the PM2.5 target (the choice is minimal)
    const r = evaluateScenarioFast(withPenetrations(plan, { [HP]: { kind: "constant", value: "0.5" }, [ST]: { kind: "constant", value: String(level(ST) - 0.001) } }));
    const pm = r.emissions.filter((e) => e.species === "PM2.5" && e.year === 2025);
    expect(pm.reduce((a, e) => a + e.reduction, 0)).toBeLessThan(0.8 * pm.reduce((a, e) => a + e.baseline, 0));
  });

  it("says that its costs leave the coal unpriced", () => {
    expect(portfolio.incomplete).toEqual([expect.stringMatching(/^INCOMPLETE: otherBituminousCoal has no price/)]);
  });
});
