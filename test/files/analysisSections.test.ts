import { describe, expect, it } from "vitest";
import { ANALYSIS_SECTION_KEYS, parseScenarioFile, scenarioJsonSchema } from "../../src/files.js";
import { ANALYSIS_SECTIONS } from "../../src/files/analysisSections.js";
import { ScenarioFileError } from "../../src/errors.js";
import { thrown } from "../fixtures/thrown.js";

const BASE = [
  "name: demo",
  "years: { start: 2030, end: 2031 }",
  "species: [SO2]",
  "metrics: []",
  "baseline:",
  "  - { id: stoves, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: 100 } }",
  "measures: []",
];

describe("analysis sections in a scenario file", () => {
  it.each([...ANALYSIS_SECTION_KEYS])("a %s section that is not a section is refused at its own line, never ignored", (key) => {
    const text = [...BASE, `${key}: not a section`].join("\n");
    const e = thrown(() => parseScenarioFile(text, { fileName: "demo.yaml" }));
    expect(e).toBeInstanceOf(ScenarioFileError);
    const issues = (e as ScenarioFileError).issues.filter((i) => i.path[0] === key);
    expect(issues.length).toBeGreaterThan(0);
    expect(issues.every((i) => i.line === 8)).toBe(true);
    if (ANALYSIS_SECTIONS[key] === undefined) expect(issues[0]!.message).toContain("not supported");
  });

  it("a file without analysis sections reads as before, and the editors' schema lists exactly the supported sections", () => {
    expect(parseScenarioFile(BASE.join("\n"), { fileName: "demo.yaml" }).name).toBe("demo");
    const properties = scenarioJsonSchema().properties as Record<string, unknown>;
    for (const key of ANALYSIS_SECTION_KEYS) expect(key in properties).toBe(ANALYSIS_SECTIONS[key] !== undefined);
  });
});
