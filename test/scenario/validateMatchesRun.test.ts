import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { cli, tempFolder } from "../cli/runCli.js";

const tmp = tempFolder("cobenefits-validate-");

const yaml = (over: { species?: string; value?: string; grid?: string; penetration?: string } = {}) =>
  [
    "name: stoves",
    "years: { start: 2030, end: 2031 }",
    `species: ${over.species ?? "[SO2, PM2.5, CO2]"}`,
    "metrics: [AR6-GWP100]",
    "baseline:",
    `  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: ${over.value ?? '"100"'} } }`,
    ...(over.grid === undefined ? [] : [`gridFactor: { id: ${over.grid} }`]),
    "measures:",
    `  - { id: swap, kind: fuelSwitch, target: { activityIds: [stoves] }, penetration: { kind: constant, value: "${over.penetration ?? "0.5"}" }, to: { fuel: naturalGas }, efficiencyFrom: "0.5", efficiencyTo: "0.8", toUnit: GJ }`,
    '  - { id: scrap, kind: scrappage, target: { activityIds: [stoves] }, penetration: { kind: constant, value: "0.3" }, replacement: null }',
  ].join("\n");

const CASES: Record<string, string> = {
  good: yaml(),
  "1e400": yaml({ value: '"1e400"' }),
  "100,000 digits": yaml({ value: `"${"7".repeat(100_000)}"` }),
  "species twice": yaml({ species: "[SO2, CO2, CO2]" }),
  "out of range": yaml({ value: '"1e9999999999999999"' }),
  "out of range, unquoted": yaml({ value: "1e9999999999999999" }),
  "unknown grid factor": yaml({ grid: "grid.XX" }),
  overclaim: yaml({ penetration: "0.8" }),
};

describe("validate runs every check that run runs", () => {
  it("accepts exactly the files that run accepts, with the same exit code", async () => {
    for (const [name, text] of Object.entries(CASES)) {
      const file = join(tmp, `${name.replace(/\W/g, "-")}.yaml`);
      writeFileSync(file, text);
      const validate = await cli("validate", file);
      const run = await cli("run", file, "--format", "csv");
      expect([name, validate.code]).toEqual([name, run.code]);
      expect([name, validate.code === EXIT.ok]).toEqual([name, ["good", "1e400", "100,000 digits"].includes(name)]);
    }
  });

  it("names the field and line of a value out of range, which run used to reject with NaN and no line (issue 8, defect 9)", async () => {
    const file = join(tmp, "range.yaml");
    writeFileSync(file, CASES["out of range"]!);
    const r = await cli("validate", file);
    expect(r.code).not.toBe(EXIT.ok);
    expect(r.stderr).toMatch(/range\.yaml:6:\d+ baseline\[0\]\.level\.value: 1e9999999999999999 is out of range/);
    expect(r.stderr).not.toMatch(/NaN|shapley/);
  });

  it("locates an unknown grid factor id and an overclaim at their lines (issue 8, defect 10)", async () => {
    const grid = join(tmp, "grid.yaml");
    writeFileSync(grid, CASES["unknown grid factor"]!);
    expect((await cli("validate", grid)).stderr).toMatch(/grid\.yaml:7:\d+ gridFactor\.id: unknown grid factor id "grid\.XX"/);
    const over = join(tmp, "over.yaml");
    writeFileSync(over, CASES.overclaim!);
    expect((await cli("validate", over)).stderr).toMatch(/over\.yaml:9:\d+ measures\[1\]\.penetration: measures swap and scrap together claim 1\.1/);
  });

  it("warns in a note that run --charts cannot plot values beyond float64, which the tables hold exactly", async () => {
    const file = join(tmp, "huge.yaml");
    writeFileSync(file, CASES["1e400"]!);
    const r = await cli("validate", file);
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toMatch(/note: run --charts will refuse this scenario: the [a-z -]+ chart cannot plot .*beyond float64/);
    const charts = await cli("run", file, "--out", join(tmp, "huge-out"), "--charts");
    expect(charts.code).toBe(EXIT.invalidInput);
    expect(charts.stderr).toMatch(/cannot plot/);
  });

  it("refuses a metric given twice on the command line, as run does", async () => {
    const file = join(tmp, "metric.yaml");
    writeFileSync(file, CASES.good!);
    const r = await cli("validate", file, "--metric", "AR6-GWP100", "--metric", "AR6-GWP100");
    expect(r.code).toBe(EXIT.usage);
    expect(r.code).toBe((await cli("run", file, "--metric", "AR6-GWP100", "--metric", "AR6-GWP100")).code);
  });
});
