import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { EXIT } from "../../src/cli/exitCodes.js";
import { progressReporter } from "../../src/cli/progress.js";
import { terminalIo } from "../../src/cli/terminalIo.js";
import { tidyTableFromCsv, tidyTableFromJson } from "../../src/report/tidyTable.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-cli-");

// A scenario file written as the docs describe it (docs/scenario-file-reference.md).
const SCENARIO = {
  name: "Stoves with a scrubber", years: { start: 2030, end: 2031 }, species: ["SO2", "PM2.5", "CO2", "CH4", "N2O"], metrics: [],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9", "PM2.5": "0.5", BC: "0.5" }, energyPenalty: "0.01" }],
};
const file = join(tmp, "city.yaml");
writeFileSync(file, `# yaml-language-server: $schema=../schema/scenario.schema.json\n${stringify(SCENARIO)}`);

describe("cobenefits run", () => {
  it("prints a table of reductions by measure, with CO2e only under the metrics named", async () => {
    const none = await cli("run", file);
    expect(none.code).toBe(EXIT.ok);
    expect(none.stdout).toMatch(/metrics: none named \(no CO2e\)/);
    const named = await cli("run", file, "--metric", "AR6-GWP100", "--metric", "AR5-GWP100");
    expect(named.stdout).toMatch(/CO2e AR6-GWP100\s+CO2e AR5-GWP100/);
    expect(named.stdout).toMatch(/trade-off: pollutants down, CO2e up/); // flags in words (issue 14)
    expect(named.stdout).not.toMatch(/airPollutantsDownCo2eUp/);
  });

  it("writes the tidy table as CSV and JSON that read back, and the same rows to stdout", async () => {
    const csv = await cli("run", file, "--format", "csv", "--out", join(tmp, "out"));
    const json = await cli("run", file, "--format", "json");
    expect(tidyTableFromCsv(csv.stdout)).toEqual((JSON.parse(json.stdout) as { emissions: unknown }).emissions);
    expect(tidyTableFromCsv(readFileSync(join(tmp, "out", "emissions.csv"), "utf8"))).toEqual(tidyTableFromJson(readFileSync(join(tmp, "out", "emissions.json"), "utf8")));
    expect(readdirSync(join(tmp, "out")).sort()).toEqual(["co2e.csv", "co2e.json", "emissions.csv", "emissions.json", "energy.csv", "energy.json", "lifetime.csv", "lifetime.json", "missing.csv", "provenance.csv", "provenance.json", "result.json", "summary.csv", "summary.json"]);
    expect(csv.stderr).toMatch(/wrote 14 files/);
    expect(readFileSync(join(tmp, "out", "missing.csv"), "utf8")).toBe("activityId,sector,fuel,technology,species,reason\n");
    const parsed = JSON.parse(json.stdout) as { attribution: { measure: string; sequential: string }[] };
    expect(parsed.attribution.map((a) => a.measure)).toContain("fgd");
  });

  it("renders the four charts to SVG with --charts", async () => {
    const r = await cli("run", file, "--metric", "AR6-GWP100", "--out", join(tmp, "charts"), "--charts", "--quiet");
    expect(r.code).toBe(EXIT.ok);
    const charts = readdirSync(join(tmp, "charts", "charts")).sort();
    expect(charts).toEqual(["co-benefit-quadrant-AR6-GWP100.svg", "co-benefit-quadrant-AR6-GWP100.vl.json", "reductions-by-measure.svg", "reductions-by-measure.vl.json", "reductions-by-year.svg", "reductions-by-year.vl.json", "trajectories.svg", "trajectories.vl.json"]);
    const svg = readFileSync(join(tmp, "charts", "charts", "co-benefit-quadrant-AR6-GWP100.svg"), "utf8");
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).toContain(">fgd<");
  });

  it("exits 1 with every problem and its line for an invalid file", async () => {
    const bad = join(tmp, "bad.yaml");
    writeFileSync(bad, stringify({ ...SCENARIO, species: ["SO2", "PM25"], baseline: [{ ...SCENARIO.baseline[0], colour: "black" }] }));
    const r = await cli("run", bad);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ species\[1\]: unknown species "PM25"; did you mean "PM2\.5"\?/);
    expect(r.stderr).toMatch(/bad\.yaml:\d+:\d+ baseline\[0\]: unknown key "colour"/);
  });

  it("exits 1 for an unknown metric, naming the near ones and blaming --metric, not the file", async () => {
    const r = await cli("run", file, "--metric", "AR6-GWP-100");
    expect(r.code).toBe(EXIT.invalidInput);
    expect(r.stderr).toMatch(/AR6-GWP100/);
    expect(r.stderr).toMatch(/city\.yaml metrics\[0\]: \(--metric\)/);
  });

  it("checks its own options before computing: a metric twice, a quadrant species not computed", async () => {
    const twice = await cli("run", file, "--metric", "AR6-GWP100", "--metric", "AR6-GWP100");
    expect(twice.code).toBe(EXIT.usage);
    const so3 = await cli("run", file, "--metric", "AR6-GWP100", "--quadrant-species", "SO3", "--out", join(tmp, "so3"), "--charts");
    expect(so3.code).toBe(EXIT.usage);
    expect(so3.stdout).toBe("");
    expect(so3.stderr).toMatch(/air pollutant the scenario computes: SO2, PM2\.5/);
  });

  it("lists what had no factor under the table, so its zeros are not read as measured", async () => {
    const omit = join(tmp, "omit.yaml");
    writeFileSync(omit, stringify({ ...SCENARIO, species: ["SO2", "OC"], onMissingFactor: "omit", measures: [] }));
    const r = await cli("run", omit);
    expect(r.stdout).toMatch(/No factor, so not counted/);
    expect(r.stdout).toMatch(/stoves \(1\.A\.4\.b\.i Residential: stationary \/ anthracite\): OC/); // the sector's name beside its code
    // and summed up on stderr, whatever the format (issue 14: `--format csv` hid them)
    const csv = await cli("run", omit, "--format", "csv");
    expect(csv.stderr).toBe("cobenefits: 1 activity/species pair has no emission factor and is not counted (the rows are marked complete = false):\n  OC: stoves\n");
    expect(csv.stdout.split("\n").filter((l) => l.includes(",OC,")).every((l) => l.endsWith(",false"))).toBe(true);
    expect((await cli("run", omit, "--format", "csv", "--quiet")).stderr).toBe("");
  });

  it("exits 2 for usage errors and 3 for files it cannot read", async () => {
    expect((await cli("run", file, "--format", "xlsx")).code).toBe(EXIT.usage);
    expect((await cli("run", file, "--colour")).code).toBe(EXIT.usage);
    expect((await cli("run", file, "--charts")).stderr).toMatch(/--charts needs --out/);
    expect((await cli("frobnicate")).code).toBe(EXIT.usage);
    expect((await cli()).code).toBe(EXIT.usage);
    const missing = await cli("run", join(tmp, "nope.yaml"));
    expect(missing.code).toBe(EXIT.io);
    expect(missing.stderr).toMatch(/cannot read .*nope\.yaml: no such file/);
  });
});

describe("cobenefits validate, factors, metrics, schema", () => {
  it("validate says what the scenario holds, or lists its problems", async () => {
    const ok = await cli("validate", file);
    expect(ok.code).toBe(EXIT.ok);
    expect(ok.stdout).toMatch(/valid\. "Stoves with a scrubber", 2030-2031, 1 activities, 1 measures/);
  });

  it("factors filters the built-in rows and shows one with its citation", async () => {
    // EMEP/EEA 2019 1.A.4 Table 3-3: anthracite SO2 900 g/GJ
    const list = await cli("factors", "--sector", "1.A.4.b.i", "--fuel", "anthracite", "--species", "SO2");
    expect(list.code).toBe(EXIT.ok);
    const rows = list.stdout.trim().split("\n");
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row).toMatch(/\tSO2 /);
    expect(list.stdout).toMatch(/SO2 900 g\/GJ/);
    const id = rows.find((r) => r.includes("SO2 900 g/GJ"))!.split("\t")[0]!;
    const shown = await cli("factors", "show", id);
    expect(shown.stdout).toMatch(/citation: .*EMEP\/EEA air pollutant emission inventory guidebook 2019/);
    const json = JSON.parse((await cli("factors", "show", id, "--json")).stdout) as { row: { value: string }; tableId: string };
    expect(json.row.value).toBe("900");
    expect((await cli("factors", "show", "no-such-row")).code).toBe(EXIT.invalidInput);
    expect((await cli("factors", "--species", "PM25")).code).toBe(EXIT.usage);
    const table = await cli("factors", "--table", "emep-eea-2019-tier1-1A5");
    expect(table.code).toBe(EXIT.usage);
    expect(table.stderr).toMatch(/nearest: emep-eea-2019-tier1-1A/);
    expect((await cli("factors", "--tables")).stdout).toMatch(/^emep-eea-2019-tier1-1A4\t/m);
    expect((await cli("factors", "--fuel", "coal")).code).toBe(EXIT.usage);
  });

  it("factors lists the residential stove technologies' BC shares with their tables", async () => {
    // EMEP/EEA 2019 1.A.4 Tables 3-14 (coal stoves) and 3-19 (advanced coal stoves): BC 6.4 % of PM2.5 (2 to 26)
    const list = await cli("factors", "--sector", "1.A.4.b.i", "--species", "BC");
    expect(list.code).toBe(EXIT.ok);
    expect(list.stdout).toMatch(/solidFuels \/ Stoves\tBC 6\.4 % of PM2\.5 \[2-26\]\tEMEP-EEA-2019-1A4 Table 3-14/);
    expect(list.stdout).toMatch(/Advanced coal combustion techniques <1MWth - Advanced stove\tBC 6\.4 % of PM2\.5 \[2-26\]\tEMEP-EEA-2019-1A4 Table 3-19/);
    expect(list.stdout).toMatch(/wood \/ Pellet stoves and boilers\tBC 15 % of PM2\.5/);
  });

  it("metrics lists the sets and shows one set's values with their sources", async () => {
    const list = await cli("metrics");
    expect(list.stdout).toMatch(/^AR6-GWP100\t/m);
    // IPCC AR6 WG1 Table 7.SM.7: CH4 GWP100 27.9, N2O 273
    const one = await cli("metrics", "AR6-GWP100");
    expect(one.stdout).toMatch(/^  CH4\t27\.9 kg CO2-eq\/kg\t.*Table 7\.SM\.7/m);
    expect(one.stdout).toMatch(/^  N2O\t273 kg CO2-eq\/kg/m);
    expect((await cli("metrics", "GWP-unknown")).code).toBe(EXIT.invalidInput);
  });

  it("schema prints the JSON Schema shipped in the package", async () => {
    const r = await cli("schema");
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(new URL("../../schema/scenario.schema.json", import.meta.url), "utf8")));
  });

  it("--help lists the commands and exit codes; every command has --help", async () => {
    const help = await cli("--help");
    expect(help.stdout).toMatch(/run\s+evaluate a scenario file/);
    expect(help.stdout).toMatch(/2 usage/);
    for (const c of ["run", "validate", "factors", "metrics", "schema"]) expect((await cli(c, "--help")).code).toBe(EXIT.ok);
  });
});

describe("the progress indicator", () => {
  const stream = (isTTY: boolean) => {
    const lines: string[] = [];
    return { lines, s: { isTTY, write: (t: string) => (lines.push(t), true) } as unknown as NodeJS.WriteStream };
  };

  it("stays silent during the first second, then reports on stderr", () => {
    let t = 0;
    const { lines, s } = stream(false);
    const p = progressReporter(s, false, () => t);
    p.stage("evaluating", 1, 10);
    expect(lines).toEqual([]);
    t = 1500;
    p.stage("evaluating", 5, 10);
    expect(lines).toEqual(["cobenefits: evaluating 5/10 (1.5 s)\n"]);
    t = 1600;
    p.stage("evaluating", 6, 10); // less than a second after the last line: not repeated off a terminal
    expect(lines).toHaveLength(1);
  });

  it("on a terminal rewrites its line with its own control codes, the text made safe", () => {
    const lines: string[] = [];
    const io = terminalIo({ stdout: { write: () => true }, stderr: { isTTY: true, write: (t: string) => lines.push(t) } });
    let t = 0;
    const p = progressReporter(io.stderr, false, () => t);
    t = 1500;
    p.stage("rendering \x1b[31mred");
    p.end();
    expect(lines).toEqual(["\r\x1b[2K", "cobenefits: rendering \\u001b[31mred (1.5 s)", "\r\x1b[2K"]);
  });

  it("says nothing with --quiet", () => {
    const { lines, s } = stream(true);
    const p = progressReporter(s, true, () => 5000);
    p.stage("evaluating", 5, 10);
    expect(lines).toEqual([]);
  });
});
