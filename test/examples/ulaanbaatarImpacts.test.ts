import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/report/csv.js";
import { Dec } from "../../src/units/decimal.js";
import { parse } from "yaml";
import { cli, tempFolder } from "../cli/runCli.js";
import { BUILTIN_VSL_PARAMETERS } from "../../src/impacts/valuation/vslParameters.js";

// examples/ulaanbaatar/scenario-impacts.yaml: the Ulaanbaatar example with an impacts section. Its
// population (UN WUP 2018), baseline PM2.5 (WHO SDG 11.6.2, a labelled proxy) and income per
// person (World Bank WDI, rebased) are read in publications; the breathing rate and the baseline
// deaths by cause are SYNTHETIC PLACEHOLDERS (labelled so in the file). The first tests check the
// mechanics (files, two functions side by side, shares adding up), the last ones the provenance.
const FILE = join(__dirname, "..", "..", "examples", "ulaanbaatar", "scenario-impacts.yaml");

interface Row { readonly year: number; readonly value: string }
interface Src { readonly id: string; readonly table: string }
const example = parse(readFileSync(FILE, "utf8")) as {
  factors: { userCitations: { id: string; url?: string }[] };
  impacts: {
    exposure: { population: { values: Row[]; source: Src }; breathingRate: { source: Src } };
    health: { baselineConcentration: { values: Row[]; source: Src }; baselineDeaths: { endpoint: string; source: Src }[] };
    valuation: { vsl: { parameters: string; targetIncome: { values: Row[]; source: Src } } };
  };
};

describe("Ulaanbaatar with impacts on", () => {
  const out = join(tempFolder("ub-impacts-"), "out");

  it("writes health.csv, valuation.csv and exposure.json beside the emission tables, and says so", async () => {
    const r = await cli("run", FILE, "--metric", "AR6-GWP100", "--out", out);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Impacts: population-weighted PM2.5 and avoided deaths");
    expect(r.stderr).toMatch(/wrote \d+ files/);
    const health = parseCsv(readFileSync(join(out, "health.csv"), "utf8"));
    expect(new Set(health.map((h) => h.function))).toEqual(new Set(["GEMM-Burnett2018-with-China", "GEMM-Burnett2018-without-China"]));
    expect(new Set(health.map((h) => h.endpoint))).toEqual(new Set(["ihd", "stroke", "copd", "lc"]));
    expect(readFileSync(join(out, "valuation.csv"), "utf8").split("\n")[0]).toBe("year,measure,function,currency,priceYear,vsl,avoidedDeaths,value,valueVsly,cost,benefitCostRatio,costUnpricedFuels");
  });

  it("attributes the avoided deaths to the seven measures so that they add up exactly to each year's total", () => {
    const totals = JSON.parse(readFileSync(join(out, "health.json"), "utf8")).totals as { year: number; function: string; endpoint: string; avoidedDeaths: string }[];
    const rows = parseCsv(readFileSync(join(out, "health.csv"), "utf8"));
    expect(new Set(rows.map((r) => r.measure)).size).toBe(7);
    for (const t of totals) {
      const mine = rows.filter((r) => Number(r.year) === t.year && r.function === t.function && r.endpoint === t.endpoint);
      expect(mine.reduce((s, r) => s.plus(r.avoidedDeaths!), new Dec(0)).toString()).toBe(new Dec(t.avoidedDeaths).toString());
    }
  });

  it("renders the avoided-deaths chart with --charts", async () => {
    const dir = join(tempFolder("ub-impacts-charts-"), "out");
    const r = await cli("run", FILE, "--out", dir, "--charts", "--quiet");
    expect(r.code).toBe(0);
    const spec = JSON.parse(readFileSync(join(dir, "charts", "avoided-deaths-by-measure.vl.json"), "utf8"));
    expect(spec.data.values.length).toBe(14); // 7 measures x 2 functions
  }, 60_000);

  it("cites a publication for every local statistic, and marks only the breathing rate and the deaths by cause as synthetic placeholders", () => {
    const { exposure, health, valuation } = example.impacts;
    const cited = new Set(example.factors.userCitations.map((c) => c.id));
    const sources = { population: exposure.population.source, breathingRate: exposure.breathingRate.source, baselineConcentration: health.baselineConcentration.source, targetIncome: valuation.vsl.targetIncome.source, ...Object.fromEntries(health.baselineDeaths.map((d) => [`deaths ${d.endpoint}`, d.source])) };
    for (const [what, source] of Object.entries(sources)) expect(cited, `${what} cites ${source.id}`).toContain(source.id);
    const synthetic = Object.entries(sources).filter(([, s]) => s.id === "SYNTHETIC-PLACEHOLDER").map(([what]) => what).sort();
    expect(synthetic).toEqual(["breathingRate", "deaths copd", "deaths ihd", "deaths lc", "deaths stroke"]);
    expect(exposure.population.source.id).toBe("UN-WUP2018-F22");
    expect(health.baselineConcentration.source.id).toBe("WHO-GHO-SDG1162-PM25");
    expect(valuation.vsl.targetIncome.source.id).toBe("WB-WDI-2024-06");
  });

  it("gives a population for every year of the plan, so that no year falls before the first row", () => {
    expect(example.impacts.exposure.population.values.map((r) => r.year)).toEqual(Array.from({ length: 13 }, (_, i) => 2018 + i));
  });

  it("derives each year's income from the WDI figures quoted in the file: PPP GDP per capita in 2021 $ rebased to 2005 $ by the US implicit deflator", () => {
    // World Bank WDI (last updated 2024-06-28): Mongolia NY.GDP.PCAP.PP.KD [2021 int. $/person/yr]
    const ppp2021: Record<number, string> = { 2018: "15442.9931272943", 2019: "15962.8611720879", 2020: "14949.021451569", 2021: "14951.1365679904", 2022: "15469.8391456671", 2023: "16321.9473274406" };
    // United States NY.GDP.MKTP.CN (current LCU) / NY.GDP.MKTP.KN (constant LCU), 2005 and 2021
    const rebase = new Dec("13039197000000").div("15558822251000").div(new Dec("23594031000000").div("20833085468000"));
    const rows = example.impacts.valuation.vsl.targetIncome.values;
    expect(rows.map((r) => r.year)).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    for (const r of rows) expect(r.value, `${r.year}`).toBe(new Dec(ppp2021[r.year]!).times(rebase).toDecimalPlaces(0).toString());
  });

  it("transfers the OECD base value with the derived 2018 income: VSL = 3.6 million x (11428 / 32700) ^ 0.8 in valuation.csv", () => {
    const base = BUILTIN_VSL_PARAMETERS.find((p) => p.name === example.impacts.valuation.vsl.parameters)!;
    const expected = new Dec(base.baseValue).times(new Dec("11428").div(base.baseIncome).pow("0.8"));
    const rows = parseCsv(readFileSync(join(out, "valuation.csv"), "utf8")).filter((r) => r.year === "2018");
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(Math.abs(Number(r.vsl) - expected.toNumber())).toBeLessThan(0.01);
  });
});
