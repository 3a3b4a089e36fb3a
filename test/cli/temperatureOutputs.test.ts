import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { isRunOutput } from "../../src/cli/outputFiles.js";
import { agtpCo2, AR6_CLIMATE_RESPONSE } from "../../src/impacts.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-temperature-");

// One gas boiler whose CO2 is halved in 2030 by a capture device (illustrative), with impacts.climate.
const SCENARIO = {
  name: "capture", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: ["AR6-GWP100"],
  baseline: [{ id: "boiler", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", level: { kind: "constant", value: "1000" } }],
  measures: [{ id: "ccs", kind: "controlDevice", target: { activityIds: ["boiler"] }, penetration: { kind: "constant", value: "1" }, removal: { CO2: "0.5" } }],
  impacts: { climate: { response: "AR6-7SM-AGTP", until: 2032, afterLastYear: "none" } },
};

describe("cobenefits run on a scenario with impacts.climate", () => {
  it("writes temperature.csv and temperature.json, the chart with --charts, and prints the temperature section", async () => {
    const file = join(tmp, "capture.yaml");
    writeFileSync(file, stringify(SCENARIO));
    const out = join(tmp, "out");
    const run = await cli("run", file, "--out", out, "--charts", "--quiet");
    expect(run.code).toBe(EXIT.ok);
    expect(readdirSync(out).filter((f) => f.startsWith("temperature")).sort()).toEqual(["temperature.csv", "temperature.json"]);
    expect(readdirSync(join(out, "charts")).filter((f) => f.startsWith("temperature")).sort()).toEqual(["temperature.svg", "temperature.vl.json"]);
    expect(readFileSync(join(out, "charts", "temperature.svg"), "utf8")).toMatch(/^<svg/);
    const csv = readFileSync(join(out, "temperature.csv"), "utf8").trim().split("\n");
    expect(csv[0]).toBe("year,measure,speciesGroup,temperatureChange,unit");
    // 1000 TJ x 56,100 kg CO2/TJ (IPCC 2006 Vol. 2 Table 1.4, natural gas) x 0.5 = 28,050 t, a pulse
    // in mid-2030; at the end of 2032: -28,050,000 kg x AGTP_CO2(2.5 yr)
    const row2032 = csv.find((l) => l.startsWith("2032,all,CO2,"))!;
    expect(Number(row2032.split(",")[3])).toBeCloseTo(-28_050_000 * agtpCo2(AR6_CLIMATE_RESPONSE, 2.5), 17);
    expect(csv.filter((l) => l.startsWith("2032,")).map((l) => l.split(",")[1])).toEqual(["all", "ccs"]);
    expect(run.stdout).toContain("Temperature response (AR6-7SM-AGTP)");
    expect(run.stdout).toMatch(/^ccs +28,050 +/m);
    expect(isRunOutput("temperature.csv") && isRunOutput("temperature.json") && isRunOutput("charts/temperature.svg")).toBe(true);
  });

  it("refuses a climate section without a response set at its line, and writes nothing", async () => {
    const file = join(tmp, "bad.yaml");
    writeFileSync(file, stringify({ ...SCENARIO, impacts: { climate: { until: 2032 } } }));
    const out = join(tmp, "bad-out");
    const run = await cli("run", file, "--out", out, "--quiet");
    expect(run.code).not.toBe(EXIT.ok);
    expect(run.stderr).toMatch(/impacts\.climate\.response|impacts\.climate.*response/);
    expect(run.stderr).toMatch(/bad\.yaml:\d+/);
  });
});
