import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { runCommandWith } from "../../src/cli/commands/run.js";
import { EXIT } from "../../src/cli/exitCodes.js";
import { loadChartStack } from "../../src/cli/renderSvg.js";
import { readScenarioInput } from "../../src/cli/scenarioInput.js";
import { terminalIo } from "../../src/cli/terminalIo.js";
import { parseCsv } from "../../src/report/csv.js";
import { tidyTableFromCsv } from "../../src/report/tidyTable.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-run-outputs-");
const SCENARIO = {
  name: "煤改电 Stoves", years: { start: 2030, end: 2032 }, species: ["SO2", "OC", "CO2"], metrics: ["AR6-GWP100"], onMissingFactor: "omit",
  baseline: [{ id: "煤炉", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [{ id: "fgd", label: "Flue gas desulphurisation at every household stove", kind: "controlDevice", target: { activityIds: ["煤炉"] }, penetration: { kind: "step", steps: [{ year: 2030, value: "0.5" }, { year: 2031, value: "1" }] }, removal: { SO2: "0.9" } }],
};
const file = join(tmp, "city.yaml");
writeFileSync(file, stringify(SCENARIO));

/** Runs `run` with the scenario piped into standard input. */
async function piped(text: string, ...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const command = runCommandWith({ stdin: { isTTY: false, read: () => Buffer.from(text) }, loadCharts: () => loadChartStack() });
  const code = await command.run(["-", ...args], terminalIo({ stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => err.push(t) } }));
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("run reads the scenario from standard input with -", () => {
  it("gives the same CSV as from the file, YAML or JSON, named stdin in messages", async () => {
    const fromFile = await cli("run", file, "--format", "csv", "--quiet");
    expect((await piped(stringify(SCENARIO), "--format", "csv", "--quiet")).stdout).toBe(fromFile.stdout);
    expect((await piped(JSON.stringify(SCENARIO, null, 1), "--format", "csv", "--quiet")).stdout).toBe(fromFile.stdout);
    await expect(piped(stringify({ ...SCENARIO, species: ["SO3"] }))).rejects.toThrow(/^stdin: 1 problem:\n {2}- stdin:\d+:\d+ species\[0\]/);
  });

  it("refuses - when nothing is piped in (a terminal), and a piped text over the size limit", () => {
    expect(() => readScenarioInput("-", { isTTY: true, read: () => Buffer.from("") })).toThrow(/nothing is piped in; e\.g\. cat city\.yaml \| cobenefits run -/);
    expect(() => readScenarioInput("-", { isTTY: false, read: () => Buffer.alloc(11) }, 10)).toThrow(/stdin: it has 11 bytes, more than the 10 bytes/);
  });
});

describe("run --quiet prints nothing on success", () => {
  it("no 'wrote N files', no missing-factor summary, no progress", async () => {
    const r = await cli("run", file, "--out", join(tmp, "quiet"), "--quiet", "--format", "csv");
    expect(r.code).toBe(EXIT.ok);
    expect(r.stderr).toBe("");
    const loud = await cli("run", file, "--out", join(tmp, "loud"), "--format", "csv");
    expect(loud.stderr).toMatch(/1 activity\/species pair has no emission factor/);
    expect(loud.stderr).toMatch(/wrote 14 files to/);
  });
});

describe("run --excel writes CSV for Excel, with a byte order mark", () => {
  it("on stdout and in every CSV file; the readers accept it", async () => {
    const r = await cli("run", file, "--format", "csv", "--excel", "--quiet", "--out", join(tmp, "excel"));
    expect(r.stdout.startsWith("\uFEFFyear,sector,")).toBe(true);
    for (const f of readdirSync(join(tmp, "excel")).filter((n) => n.endsWith(".csv"))) expect(readFileSync(join(tmp, "excel", f), "utf8").startsWith("\uFEFF"), f).toBe(true);
    expect(tidyTableFromCsv(r.stdout)).toEqual(tidyTableFromCsv(r.stdout.slice(1)));
    expect(parseCsv(readFileSync(join(tmp, "excel", "missing.csv"), "utf8"))[0]?.activityId).toBe("煤炉");
    // without --excel, no mark (pandas and R would keep it in the first column's name)
    expect((await cli("run", file, "--format", "csv", "--quiet")).stdout.startsWith("year,")).toBe(true);
  });
});

describe("run --year chooses the year of the table's emissions section", () => {
  it("shows that year, and refuses a year outside the scenario as a usage error", async () => {
    expect((await cli("run", file, "--year", "2030")).stdout).toMatch(/Emissions in 2030 \[t\/yr\]/);
    expect((await cli("run", file)).stdout).toMatch(/Emissions in 2032 \[t\/yr\]/);
    const bad = await cli("run", file, "--year", "2040");
    expect(bad.code).toBe(EXIT.usage);
    expect(bad.stderr).toBe('cobenefits run: --year must be a year of the scenario, 2030-2032; got "2040"\n');
  });
});

/** The text of one part of an xlsx file (a zip of XML files). */
const part = (xlsx: Uint8Array, name: string) => strFromU8(unzipSync(xlsx)[name]!);

describe("run --format xlsx writes a workbook", () => {
  it("needs --out, and writes result.xlsx beside the CSV files", async () => {
    expect((await cli("run", file, "--format", "xlsx")).code).toBe(EXIT.usage);
    const r = await cli("run", file, "--format", "xlsx", "--quiet", "--out", join(tmp, "xlsx"));
    expect(r.code).toBe(EXIT.ok);
    expect(r.stdout).toBe("");
    expect(readdirSync(join(tmp, "xlsx"))).toContain("result.xlsx");
  });

  it("has one sheet per table, a README first, numbers as numbers and units in the headers", () => {
    const xlsx = new Uint8Array(readFileSync(join(tmp, "xlsx", "result.xlsx")));
    const workbook = part(xlsx, "xl/workbook.xml");
    expect([...workbook.matchAll(/<sheet [^>]*name="([^"]+)"/g)].map((m) => m[1])).toEqual(["README", "summary", "emissions", "CO2e", "missing factors", "provenance"]);
    const strings = part(xlsx, "xl/sharedStrings.xml");
    expect(strings).toContain("baseline [t/yr]");
    expect(strings).toContain("European Environment Agency"); // the EMEP/EEA guidebook, cited on the README sheet
    expect(strings).toContain("Flue gas desulphurisation at every household stove");
    expect(strings).toContain("1.A.4.b.i");
    expect(strings).toContain("Residential: stationary");
    // the emissions sheet: numeric cells are numbers (no t="s"), e.g. the SO2 reduction of 2031
    const emissions = part(xlsx, "xl/worksheets/sheet3.xml");
    expect(emissions).toMatch(/<c r="A2"[^>]*><v>2030<\/v><\/c>/);
    expect(emissions).not.toMatch(/<f>/); // no formula anywhere
  });
});
