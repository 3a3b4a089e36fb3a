import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { fixtureScenario } from "../uncertainty/fixture.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-uncertainty-");

// The uncertainty fixture (test/uncertainty/fixture.ts): two coal rows sharing the city's PM2.5
// factor 100 g/GJ (50 to 200) and SO2 500 g/GJ (400 to 600), a scrubber and a bag filter.
const withSection = join(tmp, "city.yaml");
writeFileSync(withSection, stringify({ ...fixtureScenario(), uncertainty: { draws: 400, seed: 11, sampling: "latinHypercube", factors: { select: "withInterval" } } }));
const without = join(tmp, "plain.yaml");
writeFileSync(without, stringify(fixtureScenario()));

describe("cobenefits run with an uncertainty section", () => {
  it("adds low, median and high to emissions.csv and co2e.csv, and writes uncertainty.csv with the full percentile set", async () => {
    const run = await cli("run", withSection, "--out", join(tmp, "out"));
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toContain("uncertainty: 400 draws (latinHypercube, seed 11) of 2 inputs (factor:city.PM2.5, factor:city.SO2)");
    expect(readdirSync(join(tmp, "out"))).toContain("uncertainty.csv");
    const emissions = parseCsv(readFileSync(join(tmp, "out", "emissions.csv"), "utf8"));
    const stoves = emissions.find((r) => r.year === "2030" && r.sector === "1.A.4.b.i" && r.measure === "all" && r.species === "PM2.5")!;
    // stoves: 10 t PM2.5 x 0.5 penetration x 0.6 removal = 3 t reduced; the factor's interval scales it to 1.5 to 6 t
    expect(Number(stoves.reduction)).toBe(3);
    expect(Number(stoves.low)).toBeCloseTo(1.5, 0);
    expect(Number(stoves.median)).toBeCloseTo(3, 0);
    expect(Number(stoves.high)).toBeCloseTo(6, 0);
    // a measure's share within one sector has no range (the draws sum shares over sectors)
    expect(emissions.find((r) => r.measure === "bag-filter")!.low).toBe("");
    const table = parseCsv(readFileSync(join(tmp, "out", "uncertainty.csv"), "utf8"));
    expect(Object.keys(table[0]!)).toEqual(["kind", "year", "sector", "scope", "measure", "species", "metric", "quantity", "unit", "point", "mean", "sd", "p2_5", "p5", "p25", "p50", "p75", "p95", "p97_5", "change_p2_5", "change_p50", "change_p97_5"]);
    const share = table.find((r) => r.kind === "share" && r.year === "2030" && r.measure === "bag-filter" && r.species === "PM2.5")!;
    // both rows: (10 + 30 t) x 0.5 x 0.6 = 12 t
    expect(Number(share.point)).toBeCloseTo(12, 9);
    expect(Number(share.p2_5)).toBeLessThan(Number(share.p50));
    expect(Number(share.p50)).toBeLessThan(Number(share.p97_5));
  });

  it("lets --draws, --seed and --sampling override the section, and gives the same files for the same seed", async () => {
    const a = await cli("run", withSection, "--draws", "100", "--seed", "5", "--sampling", "mc", "--format", "csv");
    const b = await cli("run", withSection, "--draws", "100", "--seed", "5", "--sampling", "mc", "--format", "csv");
    expect(a.code).toBe(EXIT.ok);
    expect(a.stderr).toContain("100 draws (monteCarlo, seed 5)");
    expect(a.stdout).toBe(b.stdout);
    expect(a.stdout.split("\n")[0]).toBe("year,sector,scope,measure,species,baseline,scenario,reduction,unit,basis,complete,low,median,high");
  });

  it("refuses draws without a section, and a sampling it does not know, as usage errors", async () => {
    const none = await cli("run", without, "--draws", "100", "--seed", "1");
    expect(none.code).toBe(EXIT.usage);
    expect(none.stderr).toContain("need an uncertainty section");
    const bad = await cli("run", withSection, "--sampling", "sobol");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toContain("--sampling must be lhs or mc");
  });

  it("writes the fan chart and the per-measure chart with error bars with --charts", async () => {
    const run = await cli("run", withSection, "--out", join(tmp, "charts-out"), "--charts", "--quiet");
    expect(run.code).toBe(EXIT.ok);
    const charts = readdirSync(join(tmp, "charts-out", "charts"));
    expect(charts).toEqual(expect.arrayContaining(["trajectories-fan.svg", "trajectories-fan.vl.json", "reductions-by-measure-ranges.svg", "reductions-by-measure-ranges.vl.json"]));
    const fan = JSON.parse(readFileSync(join(tmp, "charts-out", "charts", "trajectories-fan.vl.json"), "utf8"));
    expect(fan.data.values).toContainEqual(expect.objectContaining({ year: 2030, species: "PM2.5", series: "baseline", point: 40 }));
  });
});

describe("cobenefits run with uncertainty and costs (the Beijing costs variant)", () => {
  const costsFile = join(tmp, "beijing-costs.yaml");
  const beijing = readFileSync(join(import.meta.dirname, "..", "..", "examples", "beijing", "scenario-costs.yaml"), "utf8").replace(/^\$schema:.*$/m, "");
  writeFileSync(costsFile, `${beijing}\nuncertainty: { draws: 60, seed: 3, sampling: latinHypercube, factors: { select: withInterval } }\n`);

  it("writes each measure's cost per tonne with its range into uncertainty.csv, its point value that of cost-per-tonne.csv", async () => {
    const run = await cli("run", costsFile, "--out", join(tmp, "costs-out"), "--quiet");
    expect(run.code).toBe(EXIT.ok);
    const table = parseCsv(readFileSync(join(tmp, "costs-out", "uncertainty.csv"), "utf8"));
    const exact = parseCsv(readFileSync(join(tmp, "costs-out", "cost-per-tonne.csv"), "utf8"))
      .find((r) => r.measure === "household-coal-to-heat-pumps" && r.year === "2025" && r.perspective === "society" && r.of === "PM2.5")!;
    const drawn = table.find((r) => r.kind === "costPerTonne" && r.measure === "household-coal-to-heat-pumps" && r.year === "2025" && r.quantity === "society" && r.species === "PM2.5")!;
    expect(Number(drawn.point)).toBeCloseTo(Number(exact.costPerTonne), 3);
    expect(Number(drawn.p2_5)).toBeLessThan(Number(drawn.p50));
    expect(Number(drawn.p50)).toBeLessThan(Number(drawn.p97_5));
    expect(drawn.mean).toBe(""); // the mean of a ratio is not the ratio of means: not given
  });
});
