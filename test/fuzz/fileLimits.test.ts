import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import type { Scenario } from "../../src/index.js";
import { MAX_SCENARIO_FILE_BYTES, ScenarioFileError, compileScenarioFile } from "../../src/files.js";
import { toFileText, validScenario } from "./arbitraries.js";
import { fuzzParams, fuzzTimeout } from "./fuzzParams.js";
import { attempt, errorProblem } from "./promise.js";

// The file reader at its limits: anchors used many times, alias bombs, many keys, deep nesting,
// oversized input, and syntax errors at a known place. Each gives the result of the same data
// from code, or a typed error with a line, quickly.

/** Runs `f` and says how long it took [ms]. */
function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

/** A typed file error (every issue with a line or a path), else what is wrong. */
function fileErrorProblem(e: unknown): string | undefined {
  if (!(e instanceof ScenarioFileError)) return errorProblem(e) ?? `not a ScenarioFileError: ${String(e)}`;
  return errorProblem(e);
}

/** `n` activity rows sharing one level object (and so one YAML anchor with n - 1 aliases). */
function sharedLevel(n: number): Scenario {
  const level = { kind: "constant" as const, value: "12.5" };
  return {
    name: "anchors",
    years: { start: 2030, end: 2030 },
    species: ["SO2"],
    metrics: [],
    baseline: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level })),
    measures: [],
  };
}

describe("YAML anchors and aliases", () => {
  it("reads a valid file that uses one anchor any number of times (1-300) as the same data from code, or refuses it with a line", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 300 }), (n) => {
        const s = sharedLevel(n);
        const text = stringify(s, { aliasDuplicateObjects: true });
        expect(text.includes("*a1") || n === 1).toBe(true);
        const { value: fromFile, ms } = timed(() => attempt(() => compileScenarioFile(text, { fileName: "anchors.yaml" })));
        expect(ms).toBeLessThan(3_000);
        if (!fromFile.ok) {
          expect(fileErrorProblem(fromFile.error), `${n} uses of one anchor`).toBeUndefined();
          return;
        }
        expect(evaluateScenario(fromFile.value)).toEqual(evaluateScenario(compileScenario(s)));
      }),
      fuzzParams(8, 60, 15_000, true),
    );
  }, fuzzTimeout(8, 15_000, 60));

  it("stops an alias bomb (each level aliasing the one below several times) with a typed error with a line, quickly", () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 30 }), fc.integer({ min: 2, max: 12 }), (depth, width) => {
        const lines = ["name: bomb", "years: { start: 2030, end: 2030 }", "species: [SO2]", "metrics: []", "measures: []", 'l0: &l0 ["lol"]'];
        for (let d = 1; d <= depth; d++) lines.push(`l${d}: &l${d} [${Array.from({ length: width }, () => `*l${d - 1}`).join(", ")}]`);
        lines.push(`baseline: [{ id: a, sector: 1.A.4.b.i, fuel: anthracite, unit: TJ, level: { kind: constant, value: "1" }, technology: *l${depth} }]`);
        const { value: r, ms } = timed(() => attempt(() => compileScenarioFile(lines.join("\n"), { fileName: "bomb.yaml" })));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(fileErrorProblem(r.error)).toBeUndefined();
        expect(ms, `alias bomb ${depth} deep, ${width} wide`).toBeLessThan(3_000);
      }),
      fuzzParams(10, 100, 15_000, true),
    );
  }, fuzzTimeout(10, 15_000, 100));
});

describe("many keys and deep nesting", () => {
  const base = sharedLevel(1);

  it("reads a mapping of up to 30,000 keys in linear time, and finds a repeated key at its line", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000, max: 30_000 }), fc.double({ min: 0, max: 1, noNaN: true }), fc.boolean(), fc.constantFrom("yaml" as const, "json" as const), (n, where, repeat, format) => {
        const keys = Array.from({ length: n }, (_, i) => `k${i}`);
        const dup = Math.min(n - 1, Math.floor(where * n));
        if (repeat) keys.push(keys[dup]!);
        // the keys go where a scenario has a free-form list (citations are validated later): one citation object
        const body = keys.map((k, i) => (format === "json" ? `"${k}": ${i}` : `    ${k}: ${i}`));
        const head = toFileText({ ...base, factors: { userCitations: [] } }, { format, bom: false, anchors: false, plainNumbers: false, crlf: false });
        const text =
          format === "json"
            ? head.replace(/"userCitations": \[\]/, `"userCitations": [{\n${body.join(",\n")}\n}]`)
            : head.replace(/userCitations: \[\]\n/, `userCitations:\n  - \n${body.join("\n")}\n`);
        expect(text.length).toBeGreaterThan(n * 4);
        const r = attempt(() => compileScenarioFile(text, { fileName: `keys.${format}` }));
        expect(r.ok).toBe(false); // unknown citation fields or a repeated key
        if (r.ok) return;
        expect(fileErrorProblem(r.error)).toBeUndefined();
        if (repeat) {
          const marker = format === "json" ? `"${keys[dup]}":` : `${keys[dup]}:`;
          const lineOfRepeat = text.split("\n").reduce((found, l, i) => (l.trimStart().startsWith(marker) ? i + 1 : found), 0);
          const issues = (r.error as ScenarioFileError).issues;
          expect(issues.map((i) => i.line), `repeated key ${keys[dup]} at line ${lineOfRepeat}: ${JSON.stringify(issues.slice(0, 3))}`).toContain(lineOfRepeat);
        }
      }),
      // and first, always, 5,000 unknown keys in a citation, where a quadratic step showed (under vitest: 2,500 keys
      // 0.9 s, 5,000 keys 2.5 s, 10,000 keys 9 s; reading 30,000 keys alone takes 0.7 s)
      { ...fuzzParams<[number, number, boolean, "yaml" | "json"]>(6, 30, 20_000, true), examples: [[5_000, 0.5, false, "yaml"]] },
    );
  }, fuzzTimeout(6, 20_000, 30));

  it("reads 4x as many keys in well under 16x the time (linear, not quadratic), measured against itself", () => {
    // A ratio of two sizes under the same load, not an absolute time: a loaded machine slows both
    // (the best of five runs each, so one stall of a shared machine does not decide it).
    // Linear gives about 4x; a quadratic step (as once found: 2,500 keys 0.9 s, 10,000 keys 9 s) gives 16x.
    const head = toFileText({ ...base, factors: { userCitations: [] } }, { format: "yaml", bom: false, anchors: false, plainNumbers: false, crlf: false });
    const fileOf = (n: number) => head.replace(/userCitations: \[\]\n/, `userCitations:\n  - \n${Array.from({ length: n }, (_, i) => `    k${i}: ${i}`).join("\n")}\n`);
    const best = (text: string) => Math.min(...[0, 1, 2, 3, 4].map(() => timed(() => attempt(() => compileScenarioFile(text, { fileName: "keys.yaml" }))).ms));
    const small = fileOf(5_000);
    const large = fileOf(20_000);
    best(small); // warm-up
    const ratio = best(large) / best(small);
    expect(ratio, `20,000 keys took ${ratio.toFixed(1)}x the time of 5,000`).toBeLessThan(12);
  }, 180_000);

  it("refuses nesting of any depth (up to 20,000) with a typed error, never a stack overflow", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20_000 }), fc.constantFrom("yaml" as const, "json" as const), fc.boolean(), (depth, format, lists) => {
        const [open, close] = lists ? ["[", "]"] : format === "json" ? ['{"a":', "}"] : ["{a: ", "}"];
        const nested = `${open.repeat(depth)}1${close.repeat(depth)}`;
        const text = format === "json" ? `{"name": "deep", "description": ${nested}}` : `name: deep\ndescription: ${nested}\n`;
        const { value: r, ms } = timed(() => attempt(() => compileScenarioFile(text, { fileName: `deep.${format}` })));
        expect(r.ok).toBe(false);
        if (!r.ok) expect(fileErrorProblem(r.error), `depth ${depth} (${format}, ${lists ? "lists" : "maps"})`).toBeUndefined();
        expect(ms).toBeLessThan(3_000);
      }),
      fuzzParams(12, 100, 15_000, true),
    );
  }, fuzzTimeout(12, 15_000, 100));
});

describe("input size", () => {
  it("refuses a file over the size limit (in UTF-8 bytes) with a typed error before parsing it", () => {
    for (const [what, text] of [
      ["ASCII", `name: big\ndescription: "${"x".repeat(MAX_SCENARIO_FILE_BYTES)}"\n`],
      ["3-byte characters", `name: big\ndescription: "${"€".repeat(Math.ceil(MAX_SCENARIO_FILE_BYTES / 3) + 1)}"\n`],
    ] as const) {
      const { value: r, ms } = timed(() => attempt(() => compileScenarioFile(text, { fileName: "big.yaml" })));
      expect(r.ok, what).toBe(false);
      if (!r.ok) expect(fileErrorProblem(r.error), what).toBeUndefined();
      expect(ms, what).toBeLessThan(2_000);
    }
  }, 30_000);
});

describe("a syntax error at a known place", () => {
  it("is reported at its line and column in JSON (a stray character outside a string)", () => {
    fc.assert(
      fc.property(validScenario, fc.double({ min: 0, max: 1, noNaN: true }), fc.constantFrom("@", "#", "}", "]", ",", ":", "'", "x"), fc.boolean(), (s, where, junk, crlf) => {
        const text = toFileText(s, { format: "json", bom: false, anchors: false, plainNumbers: false, crlf });
        const at = Math.floor(where * text.length);
        const bad = text.slice(0, at) + junk + text.slice(at);
        const r = attempt(() => compileScenarioFile(bad, { fileName: "bad.json" }));
        if (r.ok) return; // inside a string: still valid
        expect(fileErrorProblem(r.error)).toBeUndefined();
        if ((r.error as ScenarioFileError).code !== "SCENARIO_FILE_SYNTAX") return; // valid JSON, now an invalid scenario
        const before = text.slice(0, at).split(/\r?\n/);
        const line = before.length;
        const issue = (r.error as ScenarioFileError).issues[0]!;
        // a stray character is seen where it is; a closing bracket or comma may be seen a token later, on the same or a later line
        expect(issue.line, `${JSON.stringify(junk)} at line ${line}, column ${before[before.length - 1]!.length + 1}: ${JSON.stringify(issue)}`).toBeGreaterThanOrEqual(line);
        expect(issue.line! - line, `${JSON.stringify(junk)} at line ${line}: ${JSON.stringify(issue)}`).toBeLessThanOrEqual(2);
      }),
      fuzzParams(60, undefined, 10_000),
    );
  }, fuzzTimeout(60, 10_000));
});
