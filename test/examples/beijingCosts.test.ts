import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { compileScenarioFile } from "../../src/files.js";
import { energyBalance, evaluateScenario } from "../../src/index.js";
import { macCurve, scenarioCosts } from "../../src/costs.js";
import { Dec } from "../../src/units/decimal.js";

const ROOT = join(import.meta.dirname, "..", "..");
const read = (file: string) => readFileSync(join(ROOT, "examples", "beijing", file), "utf8");
const plan = compileScenarioFile(read("scenario-costs.yaml"), { fileName: "scenario-costs.yaml" });
const result = evaluateScenario(plan);
const costs = scenarioCosts(plan, result);
const annual = (measure: string, year: number, perspective: string) => costs.annual.find((r) => r.measure === measure && r.year === year && r.perspective === perspective)!;

describe("Beijing with published costs (examples/beijing/scenario-costs.yaml)", () => {
  it("is scenario.yaml with a costs section, its citations and a name: no emission input differs", () => {
    const variant = parse(read("scenario-costs.yaml")) as Record<string, unknown>;
    const base = parse(read("scenario.yaml")) as Record<string, unknown>;
    const { costs: _costs, name: _n1, factors: f1, ...rest } = variant;
    const { name: _n2, factors: f2, ...baseRest } = base;
    expect(rest).toEqual(baseRest);
    const ids = (f: unknown) => ((f as { userCitations: { id: string }[] }).userCitations).map((c) => c.id);
    expect(ids(f1)).toEqual([...ids(f2), "Beijing-2018-RuralCleanHeatingPlan", "NDRC-MOC-2006-EconomicEvaluationParameters"]);
  });

  it("cites a publication for every number of its costs section, and says which fuel it leaves unpriced", () => {
    const section = (parse(read("scenario-costs.yaml")) as { costs: { discountRateSource?: unknown; prices: { source?: unknown }[]; measures: { subsidies: { amount: { source?: unknown } }[] }[]; unpricedFuels: { fuel: string }[] } }).costs;
    expect(section.discountRateSource).toBeDefined();
    for (const p of section.prices) expect(p.source).toBeDefined();
    for (const m of section.measures) for (const s of m.subsidies) expect(s.amount.source).toBeDefined();
    expect(section.unpricedFuels.map((u) => u.fuel)).toEqual(["otherBituminousCoal"]);
    expect(costs.uncosted).toEqual(["household-coal-to-gas", "commercial-boilers-to-gas", "district-heating-to-gas", "gas-boiler-low-nox-retrofit", "urban-building-retrofit"]);
  });

  it("prices the heat pumps' electricity at the 2018 valley tariff, 300 CNY/MWh, and the government pays 200 of it (Beijing 2018 work plan)", () => {
    const balance = energyBalance(plan);
    const electricity = balance.attribution.filter((a) => a.measure === "household-coal-to-heat-pumps" && a.year === 2018 && a.fuel === "electricity")
      .reduce((s, a) => s.minus(a.reduction), new Dec(0)); // MWh added
    expect(electricity.gt(0)).toBe(true);
    const society = annual("household-coal-to-heat-pumps", 2018, "society");
    expect(society.fuel).toBe(electricity.times(300).toDecimalPlaces(6, Dec.ROUND_HALF_EVEN).toString());
    expect(society.unpricedFuels).toEqual(["otherBituminousCoal"]);
    const government = annual("household-coal-to-heat-pumps", 2018, "government");
    expect(government.total).toBe(electricity.times(200).toDecimalPlaces(6, Dec.ROUND_HALF_EVEN).toString());
    const household = annual("household-coal-to-heat-pumps", 2018, "household");
    expect(new Dec(household.total).plus(government.total).eq(society.total)).toBe(true);
  });

  it("draws an abatement cost curve of PM2.5 in 2025 from the two costed measures, and leaves SO2's rising measure out", () => {
    const pm = macCurve(costs, { of: "PM2.5", year: 2025 });
    expect(pm.steps.map((s) => s.measure).sort()).toEqual(["household-coal-to-heat-pumps", "household-coal-to-storage-heaters"]);
    const so2 = macCurve(costs, { of: "SO2", year: 2025 });
    expect(so2.excluded.map((e) => [e.measure, e.status])).toContainEqual(["household-coal-to-heat-pumps", "emissionsRise"]);
  });
});
