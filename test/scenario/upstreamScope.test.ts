import fc from "fast-check";
import { Dec } from "../../src/units/decimal.js";
import { describe, expect, it } from "vitest";
import { InvalidInputError, coBenefitSummary, compileScenario, energyBalance, evaluateScenario, evaluateScenarioFast, tidyTable, tidyTableFromCsv, tidyTableToCsv, toDec } from "../../src/index.js";
import { formatResultTable } from "../../src/report.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { Species } from "../../src/units/species.js";
import { scenarioArbitrary } from "./randomScenario.js";
import { stringify } from "yaml";
import { ScenarioFileError } from "../../src/errors.js";
import { compileScenarioFile } from "../../src/files.js";

// The upstream scope (issue 11, item 5) on a coal-to-gas switch, hand-computed. All upstream
// parameters are the user's stated values (the scope has no defaults), cited to a user citation;
// the natural-gas NCV 48.0 TJ/Gg is the factor set's (IPCC 2006 Vol. 2 ch. 1 Table 1.2).
//
// 1000 t/yr of anthracite (NCV 25 GJ/t, given) in household stoves. `toGas` moves 40% to natural
// gas at equal useful energy (efficiency 0.6 -> 0.8): 25 x 0.6 / 0.8 = 18.75 GJ of gas per t of
// coal, i.e. 18.75 / 48 = 0.390625 t of gas.
// Coal-mine methane: 18 m3/t x 0.67 kg/m3 = 12.06 kg CH4 per t of coal.
// Gas supply: leakage 1% x methane content 0.9 kg/kg = 0.009 t CH4 per t of gas delivered.
//   baseline:   1.B.1.a 1000 t x 0.01206 = 12.06 t;  1.B.2.b 0
//   toGas:      1.B.1.a  600 t x 0.01206 = 7.236 t;  1.B.2.b 400 x 0.390625 x 0.009 = 1.40625 t
// so the switch avoids 4.824 t of coal-mine methane and adds 1.40625 t of gas-supply methane.
const src = { id: "Utility-2025", table: "Table 2" };
const citation = { id: "Utility-2025", authors: "City Gas Co.", title: "Annual report 2025", publisher: "City Gas Co.", year: 2025, url: "https://example.org/report-2025" };
const upstream = {
  naturalGas: { leakageRate: { value: "0.01", source: src }, methaneContent: { value: "0.9", unit: "kg/kg", source: src } },
  coal: { methanePerTonne: { value: "18", unit: "m3/t", source: src }, methaneDensity: { value: "0.67", unit: "kg/m3", source: src } },
};
const toGas = { id: "toGas", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.4" }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.6", efficiencyTo: "0.8", toUnit: "GJ" } as const;
const coalToGas = (measures: readonly object[] = [toGas]): Scenario => ({
  name: "coal to gas", years: { start: 2030, end: 2031 }, species: ["CH4", "SO2"], metrics: ["AR6-GWP100"],
  factors: { userCitations: [citation] },
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", netCalorificValue: { value: "25", unit: "GJ/t" }, heatSegment: "homes", level: { kind: "constant", value: "1000" } }],
  measures: measures as Scenario["measures"],
  upstream,
});
/** The same scenario without the upstream scope. */
const withoutUpstream = (s: Scenario): Scenario => {
  const { upstream: _, ...rest } = s;
  return rest;
};
const upstreamRows = (s: Scenario) => evaluateScenario(compileScenario(s)).emissions.filter((e) => e.scope === "upstream" && e.year === 2030).map((e) => [e.sector, e.species, e.baseline, e.scenario, e.reduction]);

describe("the upstream scope on a coal-to-gas switch", () => {
  it("shows the avoided coal-mine methane and the added gas-supply methane apart, in CH4 only", () => {
    expect(upstreamRows(coalToGas())).toEqual([
      ["1.B.1.a", "CH4", "12.06", "7.236", "4.824"],
      ["1.B.2.b", "CH4", "0", "1.40625", "-1.40625"],
    ]);
  });

  it("attributes them to the measure, and counts them in its CH4 and CO2e", () => {
    const result = evaluateScenario(compileScenario(coalToGas()));
    const bySector = result.attributionBySector.filter((a) => a.scope === "upstream" && a.year === 2030).map((a) => [a.sector, a.measure, a.species, a.shapley]);
    expect(bySector).toEqual([["1.B.1.a", "toGas", "CH4", "4.824"], ["1.B.2.b", "toGas", "CH4", "-1.40625"]]);
    // direct CH4 of the stoves and the gas is the same with and without upstream; the measure's CH4 adds 4.824 - 1.40625 = 3.41775 t
    const off = evaluateScenario(compileScenario(withoutUpstream(coalToGas())));
    const ch4 = (r: typeof result) => toDec(r.attribution.find((a) => a.year === 2030 && a.species === "CH4")!.shapley);
    expect(ch4(result).minus(ch4(off)).toString()).toBe("3.41775");
    // AR6-GWP100 values CH4 at 27.9 (IPCC AR6 WG1 Table 7.SM.7, the built-in metric): 3.41775 x 27.9 = 95.355225 t CO2-eq more reduction
    const co2e = (r: typeof result) => toDec(r.co2eAttribution.find((a) => a.year === 2030)!.shapley);
    expect(co2e(result).minus(co2e(off)).toString()).toBe("95.355225");
  });

  it("lets upstream methane follow the fuel used: a retrofit cutting heat demand 20% cuts it, a scrubber leaves it", () => {
    const retrofit = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "homes" }, penetration: { kind: "constant", value: "0.5" }, demandReduction: "0.2" };
    const scrubber = { id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } };
    // retrofit on half the homes: factor 1 - 0.5 + 0.5 x 0.8 = 0.9 on coal and gas alike
    expect(upstreamRows(coalToGas([toGas, retrofit]))).toEqual([
      ["1.B.1.a", "CH4", "12.06", "6.5124", "5.5476"],
      ["1.B.2.b", "CH4", "0", "1.265625", "-1.265625"],
    ]);
    expect(upstreamRows(coalToGas([toGas, scrubber]))).toEqual(upstreamRows(coalToGas()));
  });

  it("has Shapley shares that sum exactly to the upstream reduction of each sector and year", () => {
    const retrofit = { id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "homes" }, penetration: { kind: "constant", value: "0.35" }, demandReduction: "0.27" };
    const result = evaluateScenario(compileScenario(coalToGas([toGas, retrofit])));
    const upstreamEmissions = result.emissions.filter((e) => e.scope === "upstream");
    expect(upstreamEmissions).toHaveLength(4);
    for (const e of upstreamEmissions) {
      const shares = result.attributionBySector.filter((a) => a.scope === "upstream" && a.year === e.year && a.sector === e.sector);
      expect(shares.map((a) => a.measure)).toEqual(["toGas", "retrofit"]);
      expect(shares.reduce((s, a) => s.plus(a.shapley), toDec("0")).toString()).toBe(toDec(e.reduction).toString());
    }
  });

  it("leaves the energy balance as it is: upstream twins use no fuel", () => {
    const plan = compileScenario(coalToGas());
    const off = compileScenario(withoutUpstream(coalToGas()));
    expect(energyBalance(plan)).toEqual(energyBalance(off));
  });

  it("appears in the tidy table and its CSV with scope upstream, and in the text table", () => {
    const s = coalToGas();
    const result = evaluateScenario(compileScenario(s));
    const tidy = tidyTable(result);
    expect(tidy.filter((r) => r.scope === "upstream" && r.year === 2030).map((r) => [r.sector, r.measure, r.reduction])).toEqual([
      ["1.B.1.a", "all", "4.824"], ["1.B.1.a", "toGas", "4.824"], ["1.B.2.b", "all", "-1.40625"], ["1.B.2.b", "toGas", "-1.40625"],
    ]);
    expect(tidyTableFromCsv(tidyTableToCsv(tidy))).toEqual(tidy);
    const text = formatResultTable(result, coBenefitSummary(result, s));
    expect(text).toContain("Upstream methane in 2031 (opt-in scope upstream, included in CH4 and CO2e above) [t CH4/yr]");
    expect(text).toMatch(/1\.B\.2\.b Fugitive emissions: natural gas supply\s+0\s+1\.4\s+-1\.4/);
    expect(text).toMatch(/toGas\s+9\.6\s+-2\.8/); // 2030-2031: 2 x 4.824 and 2 x -1.40625
  });

  it("lists the cited parameters as the provenance of the upstream coefficients", () => {
    const plan = compileScenario(coalToGas());
    const twins = plan.lineages[0]!.templates.filter((t) => t.scope === "upstream");
    expect(twins.map((t) => [t.sector, t.fuel, t.coef.map(String)])).toEqual([["1.B.1.a", "anthracite", ["0.01206", "0"]], ["1.B.2.b", "naturalGas", ["0.0001875", "0"]]]);
    // per unit of each twin's activity: t of coal; GJ of gas (0.009 t CH4 per t of gas / 48 GJ/t)
    expect(twins[1]!.provenance[0]!.map((f) => [f.rowId, f.source.id, f.quality])).toEqual([["upstream.naturalGas.leakageRate", "Utility-2025", "userSupplied"], ["upstream.naturalGas.methaneContent", "Utility-2025", "userSupplied"]]);
  });
});

describe("the upstream scope refuses", () => {
  const issues = (s: Scenario) => {
    try {
      compileScenario(s);
    } catch (e) {
      if (e instanceof InvalidInputError) return e.issues.map((i) => [i.path.join("."), i.message]);
      throw e;
    }
    return [];
  };

  it("a scenario without CH4 among its species", () => {
    expect(issues({ ...coalToGas(), species: ["SO2"], metrics: [] })).toEqual([["species", "upstream methane is reported as CH4: add CH4 to species, or remove upstream"]]);
  });

  it("a source that is no known citation, naming the nearest", () => {
    const bad = { ...upstream, coal: { ...upstream.coal, methanePerTonne: { ...upstream.coal.methanePerTonne, source: { id: "Utility-2052", table: "T" } } } };
    const found = issues({ ...coalToGas(), upstream: bad });
    expect(found.map(([p]) => p)).toEqual(["upstream.coal.methanePerTonne.source.id"]);
    expect(found[0]![1]).toContain("Utility-2025");
  });

  it("an activity it cannot bring to coal mass, at the activity row", () => {
    const s = coalToGas([]);
    const noNcv = { ...s, baseline: [{ ...s.baseline[0]!, fuel: "lignite", unit: "MWh", netCalorificValue: { value: "1", unit: "MJ/Nm3" } }] } as Scenario;
    expect(issues(noNcv).map(([p]) => p)).toContain("baseline.0.unit");
  });

  it("a share a measure makes that it cannot bring to gas delivered, at the measure", () => {
    // the switched gas is in GJ; a methane content per Nm3 needs an NCV per Nm3, which the made activity has not
    const perNm3 = { ...upstream, naturalGas: { ...upstream.naturalGas, methaneContent: { value: "0.65", unit: "kg/Nm3", source: src } } };
    try {
      compileScenario({ ...coalToGas(), upstream: perNm3 });
      expect.unreachable("the scenario compiled");
    } catch (e) {
      expect((e as { path: unknown }).path).toEqual(["measures", 0]);
      expect((e as Error).message).toContain("upstream methane of activity stoves as measure toGas makes it");
    }
  });
});

describe("the upstream scope in a scenario file", () => {
  it("reads plain numbers exactly, and locates a missing density by its line", () => {
    const yaml = stringify(coalToGas()).replace('value: "0.01"', "value: 0.01");
    expect(evaluateScenario(compileScenarioFile(yaml, { fileName: "s.yaml" })).emissions.filter((e) => e.scope === "upstream" && e.year === 2030).map((e) => e.scenario)).toEqual(["7.236", "1.40625"]);
    const { methaneDensity: _, ...noDensity } = upstream.coal;
    const bad = stringify({ ...coalToGas(), upstream: { ...upstream, coal: noDensity } });
    try {
      compileScenarioFile(bad, { fileName: "s.yaml" });
      expect.unreachable("the file compiled");
    } catch (e) {
      expect(e).toBeInstanceOf(ScenarioFileError);
      const issue = (e as ScenarioFileError).issues[0]!;
      expect(issue.path).toEqual(["upstream", "coal", "methaneDensity"]);
      // the missing key is located at the mapping it is missing from: upstream.coal, whose first line is its methanePerTonne
      expect(issue.line).toBe(bad.split("\n").findIndex((l) => l.includes("methanePerTonne:")) + 1);
    }
  });
});

/** A random scenario with CH4 among its species (upstream needs it), and its cited user citation. */
const withCh4 = (s: Scenario): Scenario => ({ ...s, species: s.species.includes("CH4") ? s.species : [...s.species, "CH4" as Species], factors: { ...s.factors, userCitations: [citation] } });

describe("the upstream scope, on random scenarios", () => {
  it("off leaves every result unchanged: the other scopes' rows, and every species but CH4", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (random) => {
        const off = evaluateScenario(compileScenario(withCh4(random)));
        const on = evaluateScenario(compileScenario({ ...withCh4(random), upstream }));
        expect(on.emissions.filter((e) => e.scope !== "upstream")).toEqual(off.emissions);
        expect(on.attributionBySector.filter((a) => a.scope !== "upstream")).toEqual(off.attributionBySector);
        expect(on.attribution.filter((a) => a.species !== "CH4")).toEqual(off.attribution.filter((a) => a.species !== "CH4"));
        expect(on.emissions.filter((e) => e.scope === "upstream").every((e) => e.species === "CH4")).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it("has Shapley shares summing exactly to each upstream reduction, and the fast kernel agrees within 1e-9", () => {
    fc.assert(
      fc.property(scenarioArbitrary, (random) => {
        const plan = compileScenario({ ...withCh4(random), upstream });
        const exact = evaluateScenario(plan);
        const fast = evaluateScenarioFast(plan);
        for (const e of exact.emissions.filter((r) => r.scope === "upstream")) {
          const shares = exact.attributionBySector.filter((a) => a.scope === "upstream" && a.year === e.year && a.sector === e.sector && a.species === e.species);
          expect(shares.reduce((s, a) => s.plus(a.shapley), toDec("0")).eq(e.reduction)).toBe(true);
        }
        expect(fast.emissions.map((e) => [e.year, e.sector, e.scope, e.species])).toEqual(exact.emissions.map((e) => [e.year, e.sector, e.scope, e.species]));
        const scale = Math.max(1, ...exact.emissions.map((e) => Math.abs(Number(e.baseline))));
        exact.emissions.forEach((e, i) => {
          for (const k of ["baseline", "scenario", "reduction"] as const) expect(Math.abs(Number(e[k]) - fast.emissions[i]![k])).toBeLessThanOrEqual(1e-9 * scale);
        });
        exact.attribution.forEach((a, i) => expect(Math.abs(Number(a.shapley) - fast.attribution[i]!.shapley)).toBeLessThanOrEqual(1e-9 * scale));
      }),
      { numRuns: 60 },
    );
  });
});

// Power plants on a generation mix burn coal and gas: their upstream methane (issue 11, item 5,
// "plants' own upstream") is counted per part, year by year, through the plants' efficiencies.
// 100 MWh of heat pumps in 2030 on a mix of coal 0.6 (efficiency 0.4), gas 0.2 (efficiency 0.5),
// hydro 0.2, losses 0.1; the parameters are the `upstream` of the coal-to-gas case above.
//   coal: 100 x 0.6 x 3.6 / 0.4 / 0.9 = 600 GJ / 25.8 GJ/t (IPCC 2006 Table 1.2) x 12.06 kg/t
//   gas:  100 x 0.2 x 3.6 / 0.5 / 0.9 = 160 GJ / 48.0 GJ/t (IPCC 2006 Table 1.2) x 0.01 x 0.9 kg/kg
const plantsMix = (coal = "0.6"): Scenario => ({
  name: "heat pumps on a mix", years: { start: 2030, end: 2030 }, species: ["CH4"], metrics: [],
  factors: { userCitations: [citation] }, upstream,
  baseline: [{ id: "heat-pumps", sector: "1.A.4.b.i", fuel: "electricity", unit: "MWh", level: { kind: "constant", value: "100" } }],
  measures: [],
  grid: {
    country: "CN", definition: "a test mix", source: src,
    mix: {
      shares: { coal: { kind: "constant", value: coal }, gas: { kind: "constant", value: "0.2" }, hydro: { kind: "constant", value: new Dec("0.8").minus(coal).toString() } },
      plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: src }, gas: { fuel: "naturalGas", efficiency: "0.5", efficiencySource: src } },
      losses: "0.1", lossesSource: src,
    },
  },
});

describe("the upstream methane of the power plants' coal and gas on a generation mix", () => {
  it("is counted per part through the plants' efficiencies and the grid's losses", () => {
    const rows = upstreamRows(plantsMix());
    const coal = new Dec(600).div("25.8").times("12.06").div(1000);
    const gas = new Dec(160).div(48).times("0.01").times("0.9");
    expect(rows.map((r) => r.slice(0, 2))).toEqual([["1.B.1.a", "CH4"], ["1.B.2.b", "CH4"]]);
    expect(new Dec(rows[0]![2]!).minus(coal).abs().lt("1e-20")).toBe(true);
    expect(new Dec(rows[1]![2]!).minus(gas).abs().lt("1e-20")).toBe(true);
  });

  it("grows with the coal share, and the fast kernel agrees with the exact one", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 80 }), (pct) => {
      const s = plantsMix(new Dec(pct).div(100).toString());
      const plan = compileScenario(s);
      const exact = evaluateScenario(plan).emissions.filter((e) => e.scope === "upstream" && e.sector === "1.B.1.a");
      const fast = evaluateScenarioFast(plan).emissions.filter((e) => e.scope === "upstream" && e.sector === "1.B.1.a");
      const expected = new Dec(100).times(pct).div(100).times("3.6").div("0.4").div("0.9").div("25.8").times("12.06").div(1000);
      expect(new Dec(exact[0]?.baseline ?? "0").minus(expected).abs().lt("1e-20")).toBe(true);
      expect(Math.abs((fast[0]?.baseline ?? 0) - expected.toNumber())).toBeLessThan(1e-12);
    }), { numRuns: 20 });
  });
});
