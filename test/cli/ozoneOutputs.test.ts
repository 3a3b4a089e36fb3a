import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse, stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { Dec } from "../../src/units/decimal.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-ozone-");

// The Ulaanbaatar impacts example with NMVOC among its species, ozone from TM5-FASST (MON on MON),
// the TM5-FASST base-year M6M of MON as the ozone baseline (52.8 ppb, rfasst data raw.base_conc)
// and a SYNTHETIC number of respiratory deaths (the example's placeholder citation).
const scenario = parse(readFileSync("examples/ulaanbaatar/scenario-impacts.yaml", "utf8")) as Record<string, any>;
const impacts = scenario.impacts as Record<string, any>;
const withOzone = {
  ...scenario,
  species: [...(scenario.species as string[]), "NMVOC"],
  impacts: {
    ...impacts,
    exposure: { ...impacts.exposure, ozone: { model: "TM5-FASST", metric: "M6M", sourceRegion: "MON", receptorRegion: "MON" } },
    health: {
      ...impacts.health,
      baselineDeaths: [...impacts.health.baselineDeaths, { endpoint: "resp", values: [{ year: 2018, value: "300" }], unit: "death/yr", source: { id: "SYNTHETIC-PLACEHOLDER", table: "respiratory deaths, test value" } }],
      ozoneBaseline: { metric: "M6M", values: [{ year: 2018, value: "52.8" }], unit: "ppb", source: { id: "VanDingenen2018-TM5-FASST", table: "rfasst data raw.base_conc, M6M of MON (base year 2000)" } },
      functions: [...impacts.health.functions, "Jerrett2009-O3-respiratory"],
    },
  },
};
const file = join(tmp, "ub-ozone.yaml");
writeFileSync(file, stringify(withOzone));

describe("cobenefits run with impacts.exposure.ozone", () => {
  it("writes the ozone change per measure to exposure.json and the Jerrett 2009 respiratory rows to health.csv, their shares adding up", async () => {
    const out = join(tmp, "out");
    const run = await cli("run", file, "--out", out, "--quiet");
    expect(run.stderr).toBe("");
    expect(run.code).toBe(EXIT.ok);
    const exposure = JSON.parse(readFileSync(join(out, "exposure.json"), "utf8"));
    expect(exposure.ozone).toMatchObject({ metric: "M6M", unit: "ppb" });
    expect(exposure.ozone.coefficients.map((c: { precursor: string }) => c.precursor)).toEqual(["NOx", "NMVOC", "SO2"]);
    const health = parseCsv(readFileSync(join(out, "health.csv"), "utf8")).filter((r) => r.function === "Jerrett2009-O3-respiratory");
    expect(health.length).toBeGreaterThan(0);
    expect(new Set(health.map((r) => r.endpoint))).toEqual(new Set(["resp"]));
    const json = JSON.parse(readFileSync(join(out, "health.json"), "utf8"));
    for (const t of json.totals.filter((x: { function: string }) => x.function === "Jerrett2009-O3-respiratory")) {
      const rows = health.filter((r) => r.year === String(t.year));
      expect(rows.reduce((s, r) => s.plus(r.avoidedDeaths!), new Dec(0)).toString()).toBe(new Dec(t.avoidedDeaths).toString());
      const o3 = exposure.ozone.totals.find((x: { year: number }) => x.year === t.year);
      expect(t.concentrationReduction).toBe(o3.total);
    }
  });

  it("lists the ozone function with its coefficients in ppb under cobenefits crf", async () => {
    const list = await cli("crf");
    expect(list.stdout).toMatch(/Jerrett2009-O3-respiratory\tresp \(ozone: M6M \[ppb\]\)/);
    const one = await cli("crf", "Jerrett2009-O3-respiratory");
    expect(one.stdout).toContain("beta 0.0039221 (0.00099503-0.0064851) per ppb, counterfactual 33.3 ppb");
  });

  it("writes crops.csv when the scenario has impacts.crops, and crf lists the crop functions", async () => {
    // TM5-FASST base-year (2000) AOT40 and Mi of wheat in region MON, rfasst data raw.base_aot, raw.base_mi
    const source = { id: "VanDingenen2018-TM5-FASST", table: "rfasst raw.base_aot / raw.base_mi, MON" };
    const crops = {
      model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON", scopes: ["direct"], functions: ["Mills2007-AOT40", "WangMauzerall2004-Mi"],
      baseline: [{ crop: "wheat", metric: "AOT40", values: [{ year: 2018, value: "7.36" }], unit: "ppm h", source }, { crop: "wheat", metric: "Mi", values: [{ year: 2018, value: "44.37" }], unit: "ppb", source }],
    };
    const withCrops = join(tmp, "crops.yaml");
    writeFileSync(withCrops, stringify({ ...withOzone, impacts: { ...withOzone.impacts, crops } }));
    const out = join(tmp, "crops");
    const run = await cli("run", withCrops, "--out", out, "--quiet");
    expect(run.code).toBe(EXIT.ok);
    const rows = parseCsv(readFileSync(join(out, "crops.csv"), "utf8"));
    expect(new Set(rows.map((r) => `${r.function} ${r.crop} ${r.metric}`))).toEqual(new Set(["Mills2007-AOT40 wheat AOT40", "WangMauzerall2004-Mi wheat Mi"]));
    const totals = JSON.parse(readFileSync(join(out, "crops.json"), "utf8")).totals as { year: number; function: string; avoidedYieldLoss: string }[];
    for (const t of totals) {
      const mine = rows.filter((r) => r.year === String(t.year) && r.function === t.function);
      expect(mine.reduce((s, r) => s.plus(r.avoidedYieldLoss!), new Dec(0)).toString()).toBe(new Dec(t.avoidedYieldLoss).toString());
    }
    expect((await cli("crf")).stdout).toContain("WangMauzerall2004-Mi\tMi\trice a 202 b 2.47 threshold 25 ppb");
  });

  it("draws the ozone function's beta from its 95 % interval under uncertainty.impacts.crf, giving ordered low, median and high", async () => {
    const drawn = join(tmp, "draws.yaml");
    writeFileSync(drawn, stringify({ ...withOzone, uncertainty: { draws: 9, seed: 2, sampling: "latinHypercube", impacts: { crf: "standardError" } } }));
    const out = join(tmp, "draws");
    const run = await cli("run", drawn, "--out", out, "--quiet");
    expect(run.code).toBe(EXIT.ok);
    const rows = parseCsv(readFileSync(join(out, "health.csv"), "utf8")).filter((r) => r.function === "Jerrett2009-O3-respiratory" && r.year === "2030" && Number(r.avoidedDeaths) !== 0);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(Number(r.low)).toBeLessThanOrEqual(Number(r.median));
      expect(Number(r.median)).toBeLessThanOrEqual(Number(r.high));
      expect(Number(r.low)).not.toBe(Number(r.high));
    }
  });

  it("refuses an ozone function without impacts.exposure.ozone, with the path to the function", async () => {
    const bad = join(tmp, "bad.yaml");
    const { ozone: _, ...exposure } = withOzone.impacts.exposure;
    writeFileSync(bad, stringify({ ...withOzone, impacts: { ...withOzone.impacts, exposure } }));
    const run = await cli("run", bad, "--quiet");
    expect(run.code).toBe(EXIT.invalidInput);
    expect(run.stderr).toContain("impacts.exposure.ozone");
  });
});
