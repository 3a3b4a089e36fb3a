import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-impacts-draws-");

// The Ulaanbaatar example with impacts, and the bag filters' removal drawn from 0.8 to 0.95.
const scenario = parse(readFileSync("examples/ulaanbaatar/scenario-impacts.yaml", "utf8")) as Record<string, unknown>;
const file = join(tmp, "ub.yaml");
writeFileSync(file, stringify({ ...scenario, uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", measures: [{ id: "hob-bag-filters", removal: { "PM2.5": { distribution: "uniform", low: "0.8", high: "0.95" } } }] } }));

describe("cobenefits run --draws with an impacts section", () => {
  it("adds low, median and high to health.csv, valuation.csv and temperature.csv, ordered, after the point run's columns", async () => {
    const out = join(tmp, "out");
    const run = await cli("run", file, "--out", out, "--quiet");
    expect(run.code).toBe(EXIT.ok);
    for (const name of ["health.csv", "valuation.csv", "temperature.csv"]) {
      const text = readFileSync(join(out, name), "utf8");
      expect(text.split(/\r?\n/)[0]!.endsWith(",low,median,high")).toBe(true);
      const rows = parseCsv(text);
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) {
        expect(Number(r.low)).toBeLessThanOrEqual(Number(r.median));
        expect(Number(r.median)).toBeLessThanOrEqual(Number(r.high));
      }
    }
    const health = parseCsv(readFileSync(join(out, "health.csv"), "utf8"));
    const filters = health.find((r) => r.year === "2030" && r.measure === "hob-bag-filters" && r.endpoint === "ihd")!;
    // the point value lies in the drawn range: 0.9 is inside 0.8 to 0.95
    expect(Number(filters.low)).toBeLessThan(Number(filters.avoidedDeaths));
    expect(Number(filters.high)).toBeGreaterThan(Number(filters.avoidedDeaths));
  });

  it("draws the section's impacts parameters too: with only the GEMM theta drawn, deaths spread and temperature does not", async () => {
    const only = join(tmp, "crf.yaml");
    writeFileSync(only, stringify({ ...scenario, uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", impacts: { crf: "standardError" } } }));
    const out = join(tmp, "crf");
    const run = await cli("run", only, "--out", out, "--quiet");
    expect(run.code).toBe(EXIT.ok);
    const health = parseCsv(readFileSync(join(out, "health.csv"), "utf8"));
    const filters = health.find((r) => r.year === "2030" && r.measure === "hob-bag-filters" && r.endpoint === "stroke")!;
    expect(Number(filters.high)).toBeGreaterThan(Number(filters.low));
    for (const r of parseCsv(readFileSync(join(out, "temperature.csv"), "utf8"))) expect(r.high).toBe(r.low);
  });

  it("refuses a VSL range with no valuation to act on, with the path into the uncertainty section", async () => {
    const bad = join(tmp, "bad.yaml");
    const { valuation: _, ...impacts } = scenario.impacts as Record<string, unknown>;
    writeFileSync(bad, stringify({ ...scenario, impacts, uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", impacts: { vsl: { baseValue: "uniform" } } } }));
    const run = await cli("run", bad, "--quiet");
    expect(run.code).toBe(EXIT.invalidInput);
    expect(run.stderr).toContain("uncertainty.impacts.vsl");
  });
  it("prints the impacts' ranges in the text table after the point run's impacts, in the language asked for, and nothing on stderr with --quiet", async () => {
    const run = await cli("run", file, "--quiet");
    expect(run.code).toBe(EXIT.ok);
    expect(run.stderr).toBe("");
    const at = run.stdout.indexOf("Impacts over 9 draws");
    expect(at).toBeGreaterThan(run.stdout.indexOf("Temperature response (AR6-7SM-AGTP)"));
    const ranges = run.stdout.slice(at);
    expect(ranges).toMatch(/\nhob-bag-filters +[\d.,]+ \[[\d.,]+; [\d.,]+\] +[\d.,]+ \[[\d.,]+; [\d.,]+\]\n/);
    expect(ranges).toMatch(/\nall measures +-[\d.]+ \[-[\d.]+; -[\d.]+\] +-[\d.]+ \[-[\d.]+; -[\d.]+\]\n/); // the temperature change in uK
    const ja = await cli("run", file, "--quiet", "--lang", "ja");
    expect(ja.stdout).toContain("9回の抽出による影響");
    const plain = await cli("run", "examples/ulaanbaatar/scenario-impacts.yaml", "--quiet");
    expect(plain.stdout).not.toContain("Impacts over");
  });
  it("renders the avoided deaths by measure with error bars per function, and the temperature trajectories with bands, with --charts", async () => {
    const out = join(tmp, "charts-out");
    const run = await cli("run", file, "--out", out, "--charts", "--quiet");
    expect(run.code).toBe(EXIT.ok);
    expect(readdirSync(join(out, "charts"))).toEqual(expect.arrayContaining(["avoided-deaths-by-measure-ranges.svg", "avoided-deaths-by-measure-ranges.vl.json", "temperature-ranges.svg", "temperature-ranges.vl.json"]));
    const deaths = JSON.parse(readFileSync(join(out, "charts", "avoided-deaths-by-measure-ranges.vl.json"), "utf8"));
    const health = parseCsv(readFileSync(join(out, "health.csv"), "utf8"));
    // one bar per measure and function; its height is the point run's deaths summed over the years and causes (health.csv)
    const bar = deaths.data.values.find((v: { measure: string; function: string }) => v.measure === "hob-bag-filters" && v.function === "GEMM-Burnett2018-with-China");
    const sum = health.filter((r) => r.measure === "hob-bag-filters" && r.function === "GEMM-Burnett2018-with-China").reduce((a, r) => a + Number(r.avoidedDeaths), 0);
    expect(bar.avoidedDeaths).toBeCloseTo(sum, 6);
    expect(bar.low).toBeLessThan(bar.avoidedDeaths);
    expect(bar.high).toBeGreaterThan(bar.avoidedDeaths);
    expect(deaths.data.values).toHaveLength(7 * 2); // 7 measures x 2 functions
    const temperature = JSON.parse(readFileSync(join(out, "charts", "temperature-ranges.vl.json"), "utf8"));
    expect(temperature.spec.layer.map((l: { mark: { type: string } }) => l.mark.type)).toEqual(["area", "line"]);
    for (const v of temperature.data.values) expect(v.low).toBeLessThanOrEqual(v.high);
    expect(readFileSync(join(out, "charts", "temperature-ranges.svg"), "utf8")).toContain("<svg");
  });
  it("draws temperature potentials named in uncertainty.impacts.temperature, and refuses a metric without a published uncertainty at its path", async () => {
    const named = join(tmp, "temperature.yaml");
    writeFileSync(named, stringify({ ...scenario, uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", impacts: { temperature: [{ species: "CH4", metric: "AR6-GWP100-nonfossilCH4", distribution: "uniform" }] } } }));
    const out = join(tmp, "temperature");
    expect((await cli("run", named, "--out", out, "--quiet")).code).toBe(EXIT.ok);
    const rows = parseCsv(readFileSync(join(out, "temperature.csv"), "utf8")).filter((r) => r.year === "2050" && r.measure === "all");
    // only CH4 varies: 27.0 +/- 11 (AR6 Table 7.15) is a multiplier from 16/27 to 38/27 on its response
    for (const r of rows) {
      if (r.speciesGroup !== "CH4") expect(r.high).toBe(r.low);
      else expect(Number(r.low) / Number(r.temperatureChange)).toBeGreaterThan(1.3);
    }
    const bad = join(tmp, "bad-temperature.yaml");
    writeFileSync(bad, stringify({ ...scenario, uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", impacts: { temperature: [{ species: "CH4", metric: "AR6-GWP100", distribution: "uniform" }] } } }));
    const run = await cli("run", bad, "--quiet");
    expect(run.code).toBe(EXIT.invalidInput);
    expect(run.stderr).toContain("uncertainty.impacts.temperature[0].metric");
    expect(run.stderr).toContain("no published uncertainty");
  });
});

