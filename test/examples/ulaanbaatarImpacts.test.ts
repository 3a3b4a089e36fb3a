import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/report/csv.js";
import { Dec } from "../../src/units/decimal.js";
import { cli, tempFolder } from "../cli/runCli.js";

// examples/ulaanbaatar/scenario-impacts.yaml: the Ulaanbaatar example with an impacts section whose
// local statistics are SYNTHETIC PLACEHOLDERS (labelled so in the file): this test checks the
// mechanics (files, two functions side by side, shares adding up), not the numbers.
const FILE = join(__dirname, "..", "..", "examples", "ulaanbaatar", "scenario-impacts.yaml");

describe("Ulaanbaatar with impacts on (synthetic local statistics)", () => {
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
});
