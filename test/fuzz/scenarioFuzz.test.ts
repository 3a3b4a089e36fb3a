import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateScenario } from "../../src/index.js";
import type { Scenario } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { mutatedFile, mutatedScenario, toFileText, validScenario, fileStyle } from "./arbitraries.js";
import { fuzzParams, fuzzTimeout } from "./fuzzParams.js";
import { attempt, errorProblem, evaluationProblem, pathOutsideInput, polluted, scenarioProblem } from "./promise.js";

// The promise for any scenario, from code and from a file: a typed error with a path (and a
// line, for files), or a result with no NaN or Infinity in which exact and fast agree.

/** Longest a single compile and evaluation may take [ms] (a hang or a quadratic blow-up shows as this). */
const SLOW_MS = 5_000;

function timed<T>(f: () => T): { value: T; ms: number } {
  const t = performance.now();
  const value = f();
  return { value, ms: performance.now() - t };
}

const show = (x: unknown) => {
  const s = JSON.stringify(x, (_, v: unknown) => (typeof v === "string" && v.length > 80 ? `${v.slice(0, 40)}...(${v.length} chars)` : typeof v === "number" && !Number.isFinite(v) ? String(v) : v));
  return s.length > 600 ? `${s.slice(0, 600)}...` : s;
};

describe("a mutated scenario given from code", () => {
  it("gives a typed error with a path or a finite result that fast and exact agree on, and leaves the input unchanged", () => {
    fc.assert(
      fc.property(mutatedScenario, ({ mutated, mutation }) => {
        const { value, ms } = timed(() => scenarioProblem(mutated));
        expect(value.problem, `mutation ${show(mutation)}`).toBeUndefined();
        expect(ms, `mutation ${show(mutation)} took ${ms.toFixed(0)} ms`).toBeLessThan(SLOW_MS);
      }),
      fuzzParams(120, undefined, 15_000),
    );
  }, fuzzTimeout(120, 15_000));
});

describe("a mutated scenario read from a YAML or JSON file", () => {
  it("gives a typed error with a path or a line, or a finite result that fast and exact agree on", () => {
    fc.assert(
      fc.property(mutatedFile, ({ text, style, mutation, mutated }) => {
        const { value: compiled, ms } = timed(() => attempt(() => compileScenarioFile(text, { fileName: `fuzz.${style.format}` })));
        const context = `mutation ${show(mutation)}, style ${JSON.stringify(style)}`;
        expect(polluted(), context).toBe(false);
        if (!compiled.ok) expect(errorProblem(compiled.error) ?? pathOutsideInput(compiled.error, mutated), context).toBeUndefined();
        else expect(evaluationProblem(compiled.value).problem, context).toBeUndefined();
        expect(ms, `${context} took ${ms.toFixed(0)} ms`).toBeLessThan(SLOW_MS);
      }),
      fuzzParams(120, undefined, 15_000),
    );
  }, fuzzTimeout(120, 15_000));

  it("reads a valid scenario in any style (YAML or JSON, BOM, CRLF, anchors, plain numbers) to the same result as from code", () => {
    fc.assert(
      fc.property(validScenario, fileStyle, (scenario, style) => {
        const fromCode = scenarioProblem(scenario);
        expect(fromCode.problem).toBeUndefined();
        const text = toFileText(scenario, style);
        const fromFile = attempt(() => compileScenarioFile(text, { fileName: `fuzz.${style.format}` }));
        expect(fromFile.ok ? undefined : String(fromFile.error), `style ${JSON.stringify(style)}`).toBeUndefined();
        if (fromFile.ok) expect(evaluateScenario(fromFile.value)).toEqual(fromCode.exact);
      }),
      fuzzParams(40, undefined, 15_000),
    );
  }, fuzzTimeout(40, 15_000));
});

/** A decimal of any magnitude: 1-999 with 0-3 decimals, times 10^-400 .. 10^400. */
const anyMagnitude = fc.tuple(fc.integer({ min: 1, max: 999_999 }), fc.integer({ min: -400, max: 400 })).map(([m, e]) => `${m / 1000}e${e}`);

/** Every activity level of the scenario replaced by values of any magnitude. */
const extremeLevels = fc.tuple(validScenario, fc.infiniteStream(anyMagnitude)).map(([s, values]) => {
  const next = () => values.next().value as string;
  const level = (l: NonNullable<Scenario["baseline"][number]["level"]>) =>
    l.kind === "constant" ? { ...l, value: next() } : l.kind === "interp" ? { ...l, points: l.points.map((p) => ({ ...p, value: next() })) } : l.kind === "growth" ? { ...l, base: { ...l.base, value: next() } } : l;
  return { ...s, baseline: s.baseline.map((b) => ({ ...b, ...(b.level === undefined ? {} : { level: level(b.level) }) })) } as Scenario;
});

describe("activity levels of any magnitude (1e-400 to 1e400)", () => {
  it("give a typed error at the value, or a finite result that fast and exact agree on (or a typed overflow from the fast path)", () => {
    fc.assert(
      fc.property(extremeLevels, (s) => {
        const { problem } = scenarioProblem(s);
        expect(problem).toBeUndefined();
      }),
      fuzzParams(60, undefined, 15_000),
    );
  }, fuzzTimeout(60, 15_000));
});
