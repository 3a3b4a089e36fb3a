import { describe, expect, it } from "vitest";
import { ScenarioFileError } from "../../src/errors.js";
import { compileScenarioFile, MAX_SCENARIO_FILE_NODES, parseScenarioFile } from "../../src/files.js";
import { thrown } from "../fixtures/thrown.js";

const HEAD = ["name: city", "years: { start: 2030, end: 2031 }", "species: [SO2]", "metrics: []"];

/** The error a file is refused with (a typed ScenarioFileError, nothing else). */
const refusal = (text: string, fileName = "city.yaml"): ScenarioFileError => thrown(() => compileScenarioFile(text, { fileName }), ScenarioFileError);

describe("scenario files with many keys", () => {
  // The YAML library's own duplicate-key check is quadratic (32,000 keys took 17 s, 100,000 more
  // than 120 s; 50,000 would take about 40 s); these take about a second each, and the generous
  // timeout fails only a quadratic check, not a slow machine.
  const keys = (n: number, sep: string) => Array.from({ length: n }, (_, i) => `k${i}${sep}`);

  it("find a repeated key among 50,000 in linear time, at the repeat's line and column", { timeout: 20_000 }, () => {
    const yaml = [...HEAD, ...keys(50_000, ": 1"), "k17: 2"].join("\n");
    expect(refusal(yaml).issues[0]).toMatchObject({ path: ["k17"], line: 50_005, column: 1, message: 'Map keys must be unique: "k17" is already a key of this mapping (line 22)' });
    const json = `{\n${keys(50_000, '": 1,\n').map((k) => `"${k}`).join("")}"k17": 2\n}`;
    expect(refusal(json, "city.json").issues[0]).toMatchObject({ path: ["k17"], line: 50_002, column: 1, message: 'Map keys must be unique: "k17" is already a key of this object (line 19)' });
  });

  it("refuse 100,000 keys (200,001 values) with a typed error, in linear time", { timeout: 20_000 }, () => {
    const e = refusal([...HEAD, ...keys(100_000, ": 1")].join("\n"));
    expect(e.code).toBe("SCENARIO_FILE_TOO_COMPLEX");
    expect(e.issues[0]?.message).toMatch(`more than ${MAX_SCENARIO_FILE_NODES} values`);
  });

  it("refuse millions of tiny values before building a tree (no memory exhaustion)", { timeout: 20_000 }, () => {
    const e = refusal(`${HEAD.join("\n")}\nx: [${"1,".repeat(5_000_000)}1]\n`);
    expect(e).toMatchObject({ code: "SCENARIO_FILE_TOO_COMPLEX" });
    expect(e.issues[0]?.line).toBe(5);
    expect(refusal(`[${"1,".repeat(5_000_000)}1]`, "city.json").code).toBe("SCENARIO_FILE_TOO_COMPLEX");
  });
});

describe("an unknown key is located at the key itself (found by a review)", () => {
  it("points at the key's line and column in YAML and in JSON, not at its value", () => {
    const yamlText = "name: x\nyears: { start: 2026, end: 2026 }\nspecies: [SO2]\nmetrics: []\nbaseline: []\nmeasures: []\nextra:\n  a: 1\n";
    const jsonText = '{\n "name": "x",\n "years": { "start": 2026, "end": 2026 },\n "species": ["SO2"], "metrics": [], "baseline": [], "measures": [],\n "extra": { "a": 1 }\n}\n';
    for (const [text, fileName, at] of [[yamlText, "k.yaml", { line: 7, column: 1 }], [jsonText, "k.json", { line: 5, column: 2 }]] as const) {
      let issues: ScenarioFileError["issues"] = [];
      try {
        parseScenarioFile(text, { fileName });
      } catch (e) {
        issues = (e as ScenarioFileError).issues;
      }
      const unknown = issues.find((i) => i.message.startsWith('unknown key "extra"'));
      expect([fileName, unknown?.line, unknown?.column]).toEqual([fileName, at.line, at.column]);
    }
  });
});
