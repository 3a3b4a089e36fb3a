import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { EXIT } from "../../src/cli/exitCodes.js";
import { parseCsv } from "../../src/report/csv.js";
import { tidyTableFromCsv } from "../../src/report/tidyTable.js";
import { cli, tempFolder } from "./runCli.js";

const tmp = tempFolder("cobenefits-hostile-");

// What a terminal would act on: escape, bell, carriage return, C1 controls, bidi overrides.
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const LINK = "\x1b]8;;http://evil.test\x07click\x1b]8;;\x07";
const NAME = `${LINK} \x1b[2J\x9b31m city \u202Eevil`;
const FORMULA = '=HYPERLINK("http://evil.test","x")';

// JSON is YAML: the escapes are written as JSON escapes, so the file itself holds none.
const scenario = (unit = "TJ") => JSON.stringify({
  name: NAME, years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit, level: { kind: "constant", value: "100" } }],
  measures: [
    { id: FORMULA, kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9" }, label: "-1+1" },
    { id: "=1+1", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.5" }, energyPenalty: "0.1" },
  ],
});
const file = join(tmp, "hostile.json");
writeFileSync(file, scenario());

describe("untrusted strings on the terminal", () => {
  it("run shows escape sequences in the name and ids as visible text, never raw", async () => {
    const r = await cli("run", file);
    expect(r.code).toBe(EXIT.ok);
    expect(UNSAFE.test(r.stdout + r.stderr)).toBe(false);
    expect(r.stdout).toContain("\\u001b]8;;http://evil.test\\u0007click");
    expect(r.stdout).toContain("\\u009b31m");
    expect(r.stdout).toContain("\\u202eevil");
  });

  it("validate's summary line is made safe too", async () => {
    const r = await cli("validate", file);
    expect(r.code).toBe(EXIT.ok);
    expect(UNSAFE.test(r.stdout)).toBe(false);
    expect(r.stdout).toContain("\\u001b[2J");
  });

  it("an error message quoting a hostile unit carries no escape sequence", async () => {
    const bad = join(tmp, "bad-unit.json");
    writeFileSync(bad, scenario(`\x1b]8;;http://evil.test\x07TJ`));
    const r = await cli("run", bad);
    expect(r.code).toBe(EXIT.invalidInput);
    expect(UNSAFE.test(r.stderr)).toBe(false);
    expect(r.stderr).toContain("\\u001b]8;;");
  });

  it("a file name with escape sequences is shown safely in a read error", async () => {
    const r = await cli("run", join(tmp, "\x1b[31mmissing.yaml"));
    expect(r.code).toBe(EXIT.io);
    expect(UNSAFE.test(r.stderr)).toBe(false);
    expect(r.stderr).toContain("\\u001b[31mmissing.yaml");
  });

  it("--format json on stdout is still JSON holding the exact strings", async () => {
    const r = await cli("run", file, "--format", "json");
    expect(UNSAFE.test(r.stdout)).toBe(false);
    const parsed = JSON.parse(r.stdout) as { name: string; summary: { measure: string }[] };
    expect(parsed.name).toBe(NAME);
    expect(parsed.summary.map((s) => s.measure)).toEqual([FORMULA, "=1+1"]);
  });
});

describe("untrusted strings in spreadsheets", () => {
  it("emissions.csv and summary.csv start formula-like ids with ' and read back to the exact ids; numbers stay numbers", async () => {
    const out = join(tmp, "out");
    const r = await cli("run", file, "--out", out, "--format", "csv", "--quiet");
    expect(r.code).toBe(EXIT.ok);
    const emissions = readFileSync(join(out, "emissions.csv"), "utf8");
    expect(emissions).toContain(`,"'=HYPERLINK(""http://evil.test"",""x"")",`);
    expect(emissions).toContain(",'=1+1,");
    expect(emissions).toMatch(/,-\d/); // the energy penalty's negative CO2 reduction is written as a number
    expect(emissions).not.toMatch(/(^|,)"?[=+@]/m);
    expect(tidyTableFromCsv(emissions).map((row) => row.measure)).toContain(FORMULA);
    expect(r.stdout).toBe(emissions);
    const summary = readFileSync(join(out, "summary.csv"), "utf8");
    expect(summary).not.toMatch(/(^|,)"?[=+@-][^0-9]/m);
    expect(parseCsv(summary).map((row) => [row.measure, row.label])).toEqual([[FORMULA, "-1+1"], ["=1+1", ""]]);
  });
});
