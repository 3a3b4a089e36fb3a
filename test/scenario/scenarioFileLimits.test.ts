import { describe, expect, it } from "vitest";
import { ScenarioFileError } from "../../src/errors.js";
import { compileScenarioFile, MAX_SCENARIO_FILE_BYTES, MAX_SCENARIO_FILE_DEPTH, MAX_SCENARIO_FILE_NODES, parseScenarioFile } from "../../src/files.js";
import { thrown } from "../fixtures/thrown.js";

const HEAD = ["name: city", "years: { start: 2030, end: 2031 }", "species: [SO2]", "metrics: []"];
const ROW = (i: number, level: string) => `  - { id: stoves${i}, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: ${level} }`;

/** The error a file is refused with (a typed ScenarioFileError, nothing else). */
const refusal = (text: string, fileName = "city.yaml"): ScenarioFileError => thrown(() => compileScenarioFile(text, { fileName }), ScenarioFileError);

describe("scenario files and YAML aliases", () => {
  it("accept one anchor used 150 times: a city whose activity rows share one level profile", () => {
    const yaml = [...HEAD, "baseline:", ROW(0, "&level { kind: interp, points: [{ year: 2030, value: 100 }, { year: 2031, value: 0.10 }] }"), ...Array.from({ length: 150 }, (_, i) => ROW(i + 1, "*level")), "measures: []"].join("\n");
    const s = parseScenarioFile(yaml, { fileName: "city.yaml" });
    expect(s.baseline).toHaveLength(151);
    expect(s.baseline[150]?.level).toEqual({ kind: "interp", points: [{ year: 2030, value: "100" }, { year: 2031, value: "0.10" }] });
    expect(compileScenarioFile(yaml, { fileName: "city.yaml" }).scenario.baseline).toHaveLength(151);
  });

  it("refuse an alias bomb with a typed error at the alias that expands the file past the limit", () => {
    const lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"];
    for (let i = 1; i < 9; i++) lines.push(`${"abcdefghi"[i]}: &${"abcdefghi"[i]} [${Array(10).fill(`*${"abcdefghi"[i - 1]}`).join(", ")}]`);
    const e = refusal(lines.join("\n"));
    expect(e.code).toBe("SCENARIO_FILE_TOO_COMPLEX");
    expect(e.issues[0]).toMatchObject({ path: ["f", 0], line: 6, column: 8 }); // *e: 111,111 values a use
    expect(e.issues[0]?.message).toMatch(new RegExp(`alias \\*e .*more than ${MAX_SCENARIO_FILE_NODES} values`));
  });

  it("refuse an alias that names no anchor before it, and one inside the node it names", () => {
    expect(refusal("a: *later\nb: &later 1\n").issues[0]).toMatchObject({ line: 1, column: 4, message: expect.stringMatching(/names no anchor &later before it/) });
    expect(refusal("a: &loop [1, *loop]\n").issues[0]).toMatchObject({ line: 1, column: 14, message: expect.stringMatching(/inside the node it names/) });
    expect(refusal("a: *later\n").code).toBe("SCENARIO_FILE_SYNTAX");
  });

  it("refuse a key that is a list or mapping", () => {
    expect(refusal("? [a, b]\n: 1\n").issues[0]).toMatchObject({ line: 1, column: 3, message: expect.stringMatching(/a key must be a plain value/) });
  });
});

describe("scenario file size and nesting", () => {
  it(`refuse a file over ${MAX_SCENARIO_FILE_BYTES} bytes of UTF-8 before parsing it, naming the limit and the size`, () => {
    const name = "é".repeat(MAX_SCENARIO_FILE_BYTES / 2); // 2 bytes each in UTF-8, 1 UTF-16 unit
    const e = refusal(`name: ${name}\n`);
    expect(e.code).toBe("SCENARIO_FILE_TOO_LARGE");
    expect(e.issues[0]?.message).toBe(`the file is ${MAX_SCENARIO_FILE_BYTES + 7} bytes; a scenario file may be at most ${MAX_SCENARIO_FILE_BYTES} bytes (MAX_SCENARIO_FILE_BYTES, 10 MiB)`);
    expect(refusal(`{"name": "${"x".repeat(MAX_SCENARIO_FILE_BYTES)}"}`, "city.json").code).toBe("SCENARIO_FILE_TOO_LARGE");
    expect(() => parseScenarioFile(`name: ${"é".repeat(MAX_SCENARIO_FILE_BYTES / 2 - 3)}`, { fileName: "city.yaml" })).toThrow(/at most 2000 characters/); // at the limit: read
  });

  it("refuse nesting deeper than the limit with a typed error at its line, even 100,000 deep", () => {
    const deep = 100_000;
    const cases: [string, string, { line: number; column: number }][] = [
      [`a: ${"[".repeat(deep)}${"]".repeat(deep)}`, "a.yaml", { line: 1, column: 3 + MAX_SCENARIO_FILE_DEPTH }],
      [`a:\n${"- ".repeat(deep / 10)}x`, "a.yaml", { line: 2, column: 2 * MAX_SCENARIO_FILE_DEPTH - 1 }],
      [Array.from({ length: 100 }, (_, i) => `${" ".repeat(i)}k:`).join("\n"), "a.yaml", { line: MAX_SCENARIO_FILE_DEPTH + 1, column: MAX_SCENARIO_FILE_DEPTH + 1 }],
      [`${'{"a":'.repeat(deep)}1${"}".repeat(deep)}`, "a.json", { line: 1, column: 5 * MAX_SCENARIO_FILE_DEPTH + 1 }],
      [`${"[".repeat(deep)}${"]".repeat(deep)}`, "a.json", { line: 1, column: MAX_SCENARIO_FILE_DEPTH + 1 }],
    ];
    for (const [text, file, at] of cases) expect(refusal(text, file), `${file}: ${text.slice(0, 12)}`).toMatchObject({ code: "SCENARIO_FILE_TOO_COMPLEX", issues: [at] });
  });

  it(`read nesting up to ${MAX_SCENARIO_FILE_DEPTH} levels, and count levels through aliases`, () => {
    const nested = (n: number) => `${"[".repeat(n)}${"]".repeat(n)}`;
    expect(refusal(`x: ${nested(MAX_SCENARIO_FILE_DEPTH - 1)}`).issues.map((i) => i.message)).toContain('unknown key "x" (a misspelt field is never ignored; see https://unpkg.com/cobenefits@0.1.0/docs/scenario-file-reference.md)');
    const e = refusal(`a: &a ${nested(40)}\nb: [*a]\nc: [[[[[[[[[[[[[[[[[[[[[[[[*a]]]]]]]]]]]]]]]]]]]]]]]]\n`);
    expect(e.issues[0]).toMatchObject({ line: 3, message: expect.stringMatching(/with the alias \*a expanded, lists and mappings nest more than 64 deep/) });
  });
});
