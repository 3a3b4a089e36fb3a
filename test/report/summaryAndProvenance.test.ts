import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario } from "../../src/scenario/compile/compileScenario.js";
import { evaluateScenario } from "../../src/scenario/evaluate/evaluateScenario.js";
import { coBenefitSummary, coBenefitSummaryToCsv } from "../../src/report/coBenefitSummary.js";
import { factorProvenance } from "../../src/report/factorProvenance.js";
import { formatDecimal, formatResultTable } from "../../src/report/formatTable.js";
import { parseCsv } from "../../src/report/csv.js";
import { builtinCitationRegistry } from "../../src/citations/registry.js";
import { Dec } from "../../src/units/decimal.js";
import { scenarioArbitrary } from "../scenario/randomScenario.js";
import { ALL, STOVES } from "../measures/fixtures.js";
import type { Scenario } from "../../src/scenario/scenario.js";

const FGD: Scenario = {
  name: "stoves with a scrubber", years: { start: 2030, end: 2031 }, species: ["SO2", "CO2", "CH4", "N2O"], metrics: ["AR6-GWP100"], baseline: [STOVES],
  measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ALL, removal: { SO2: "0.9" }, energyPenalty: "0.01" }],
};

describe("the co-benefit summary", () => {
  it("sums each measure's attribution over the years, per species and per metric", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const result = evaluateScenario(compileScenario({ ...s, metrics: ["AR6-GWP100"] }));
        for (const row of coBenefitSummary(result, s)) {
          for (const r of row.reductions) {
            const own = result.attribution.filter((a) => a.measure === row.measure && a.species === r.species);
            expect(own.reduce((x, a) => x.plus(a.shapley), new Dec(0)).eq(r.shapley)).toBe(true);
            expect(own.reduce((x, a) => x.plus(a.standalone), new Dec(0)).eq(r.standalone)).toBe(true);
          }
          expect(row.co2e.map((c) => c.metric)).toEqual(["AR6-GWP100"]);
        }
      }),
      { numRuns: 10 },
    );
  });

  it("flags a scrubber with an energy penalty as a trade-off: SO2 down, CO2e up", () => {
    // EMEP/EEA 2019 1.A.4 Table 3-3: anthracite SO2 900 g/GJ; IPCC 2006 Vol 2 Table 2.5: CO2 98 300, CH4 300, N2O 1.5 kg/TJ;
    // 100 TJ a year for two years: SO2 90 t x (0.9 - 0.1 x 0.01) x 2, the gases x 1% energy penalty x 2
    const [fgd] = coBenefitSummary(evaluateScenario(compileScenario(FGD)), FGD);
    expect(fgd?.reductions.map((r) => [r.species, r.shapley])).toEqual([["SO2", "161.82"], ["CO2", "-196.6"], ["CH4", "-0.6"], ["N2O", "-0.003"]]);
    expect(fgd?.co2e[0]?.flags).toEqual(["airPollutantsDownCo2eUp"]);
    const csv = parseCsv(coBenefitSummaryToCsv([fgd!]))[0]!;
    expect(csv["SO2 shapley [t]"]).toBe("161.82");
    expect(csv["flags AR6-GWP100"]).toBe("airPollutantsDownCo2eUp");
  });
});

describe("factor provenance", () => {
  it("cites a registered publication and table for every factor that priced an emission", () => {
    const registry = builtinCitationRegistry();
    fc.assert(
      fc.property(scenarioArbitrary, (s) => {
        const plan = compileScenario(s);
        const rows = factorProvenance(plan);
        for (const r of rows) {
          expect(registry.byId.has(r.sourceId)).toBe(true);
          expect(r.sourceTable.length).toBeGreaterThan(0);
          expect(r.citation).not.toMatch(/no citation registered/);
        }
        for (const l of plan.lineages) {
          for (const t of l.templates) {
            t.coef.forEach((c, si) => {
              if (c !== null && !c.isZero()) expect(rows.some((r) => r.activityId === l.activityId && r.species === plan.species[si] && r.sector === t.sector && r.fuel === t.fuel)).toBe(true);
            });
          }
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe("the text table", () => {
  it("rounds for reading and shows every species and metric", () => {
    expect(formatDecimal("-0.0004567")).toBe("-0.000457");
    expect(formatDecimal("999.5")).toBe("1,000");
    const result = evaluateScenario(compileScenario(FGD));
    const text = formatResultTable(result, coBenefitSummary(result, FGD));
    // CO2e (AR6 GWP100: CH4 27.9, N2O 273): -196.6 - 0.6 x 27.9 - 0.003 x 273 = -214.159
    expect(text).toMatch(/fgd\s+162\s+-197\s+-0\.600\s+-0\.00300\s+-214\s+airPollutantsDownCo2eUp/);
  });
});
