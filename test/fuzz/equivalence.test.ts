import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import type { BaselineActivity, Scenario, ScenarioResult, Schedule } from "../../src/index.js";
import { compileScenarioFile } from "../../src/files.js";
import { Dec } from "../../src/units/decimal.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";
import { scenarioArbitrary } from "../scenario/randomScenario.js";
import { toFileText } from "./arbitraries.js";
import { fuzzParams, fuzzTimeout } from "./fuzzParams.js";
import { type Path, getAt, updateAt } from "./mutate.js";
import { attempt, errorProblem, scenarioProblem } from "./promise.js";

// Equivalent inputs give equal results: the same activity in t or kt, GJ or MJ, MWh or GJ; the
// species or the measures listed in another order. And a list entry given twice is an error at
// its path, never a silently multiplied result.

const evaluate = (s: Scenario): ScenarioResult => {
  const r = scenarioProblem(s);
  expect(r.problem).toBeUndefined();
  return r.exact!;
};

/** The schedule with every value multiplied by `k` (exactly). */
function scaled(level: Schedule, k: string): Schedule {
  const x = (v: string) => new Dec(v).times(k).toString();
  switch (level.kind) {
    case "constant":
      return { ...level, value: x(level.value) };
    case "interp":
      return { ...level, points: level.points.map((p) => ({ ...p, value: x(p.value) })) };
    case "growth":
      return { ...level, base: { ...level.base, value: x(level.base.value) } };
    default:
      return level;
  }
}

/** The scenario with rows in unit `from` rewritten in unit `to`, their levels multiplied by `k`. */
function rewritten(s: Scenario, from: string, to: string, k: string): Scenario {
  return { ...s, baseline: s.baseline.map((b): BaselineActivity => (b.unit === from && b.level !== undefined ? { ...b, unit: to, level: scaled(b.level, k) } : b)) };
}

const withoutName = (r: ScenarioResult) => ({ ...r, name: "" });

describe("the same activity in another unit", () => {
  // 1 kt = 1000 t, 1 GJ = 1000 MJ, 1 TJ = 1000 GJ (SI prefixes); 1 MWh = 3.6 GJ (3600 s x 1 MW).
  const cases = [
    { from: "kt", to: "t", k: "1000", what: "kt as 1000 t" },
    { from: "GJ", to: "MJ", k: "1000", what: "GJ as 1000 MJ" },
    { from: "TJ", to: "GJ", k: "1000", what: "TJ as 1000 GJ" },
  ];
  it.each(cases)("gives exactly the same results: $what", ({ from, to, k }) => {
    fc.assert(
      fc.property(scenarioArbitrary.filter((s) => s.baseline.some((b) => b.unit === from)), (s) => {
        expect(withoutName(evaluate(rewritten(s, from, to, k)))).toEqual(withoutName(evaluate(s)));
      }),
      fuzzParams(30, undefined, 10_000),
    );
  }, fuzzTimeout(30, 10_000));

  it("gives exactly the same results for x MWh and 3.6x GJ", () => {
    fc.assert(
      fc.property(scenarioArbitrary.filter((s) => s.baseline.some((b) => b.unit === "GJ")), (s) => {
        const inMwh = { ...s, baseline: s.baseline.map((b) => (b.unit === "GJ" ? { ...b, unit: "MWh" } : b)) };
        expect(withoutName(evaluate(rewritten(s, "GJ", "GJ", "3.6")))).toEqual(withoutName(evaluate(inMwh)));
      }),
      fuzzParams(30, undefined, 10_000),
    );
  }, fuzzTimeout(30, 10_000));
});

/** Rows of a table keyed by their key columns, so that two results can be compared whatever their order. */
function keyed(rows: readonly object[], keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((r) => [keys.map((k) => String((r as Record<string, unknown>)[k])).join("|"), { ...r, speciesIncluded: undefined, airPollutantReductions: undefined }]));
}

describe("the same scenario listed in another order", () => {
  it("gives the same per-species results whatever the order of the species", () => {
    fc.assert(
      fc.property(scenarioArbitrary.chain((s) => fc.shuffledSubarray([...s.species], { minLength: s.species.length, maxLength: s.species.length }).map((species) => [s, { ...s, species }] as const)), ([a, b]) => {
        const [ra, rb] = [evaluate(a), evaluate(b)];
        expect(keyed(rb.emissions, ["year", "sector", "scope", "species"])).toEqual(keyed(ra.emissions, ["year", "sector", "scope", "species"]));
        expect(keyed(rb.attribution, ["year", "measure", "species"])).toEqual(keyed(ra.attribution, ["year", "measure", "species"]));
        expect(keyed(rb.co2e, ["metric", "year"])).toEqual(keyed(ra.co2e, ["metric", "year"]));
        expect(keyed(rb.co2eAttribution, ["metric", "year", "measure"])).toEqual(keyed(ra.co2eAttribution, ["metric", "year", "measure"]));
        expect(rb.co2e.map((c) => [...c.speciesIncluded].sort())).toEqual(ra.co2e.map((c) => [...c.speciesIncluded].sort()));
      }),
      fuzzParams(30, undefined, 10_000),
    );
  }, fuzzTimeout(30, 10_000));

  it("gives the same emissions and Shapley shares whatever the order of the measures", () => {
    fc.assert(
      fc.property(scenarioArbitrary.chain((s) => fc.shuffledSubarray([...s.measures], { minLength: s.measures.length, maxLength: s.measures.length }).map((measures) => [s, { ...s, measures }] as const)), ([a, b]) => {
        const [ra, rb] = [evaluate(a), evaluate(b)];
        expect(rb.emissions).toEqual(ra.emissions);
        expect(rb.co2e).toEqual(ra.co2e);
        const shapley = (r: ScenarioResult) => new Map(r.attribution.map((x) => [`${x.year}|${x.measure}|${x.species}`, new Dec(x.shapley)]));
        const [sa, sb] = [shapley(ra), shapley(rb)];
        const scale = ra.emissions.reduce((m, e) => Dec.max(m, new Dec(e.baseline).abs(), new Dec(e.scenario).abs()), new Dec(1));
        for (const [k, v] of sa) expect(sb.get(k)!.minus(v).abs().lte(scale.times("1e-20")), `${k}: ${v} vs ${sb.get(k)}`).toBe(true);
      }),
      fuzzParams(30, undefined, 10_000),
    );
  }, fuzzTimeout(30, 10_000));
});

/** A scenario with a user table and citation, so that their ids can be repeated too. */
const withTables = scenarioArbitrary.map((s): Scenario => ({ ...s, metrics: ["AR6-GWP100", "AR5-GWP100"], factors: { userCitations: [CITY_CITATION], userTables: [CITY_TABLE] } }));
const LISTS: readonly Path[] = [["species"], ["metrics"], ["baseline"], ["measures"], ["factors", "userTables"], ["factors", "userCitations"]];

/** The scenario with entry `i` of the list at `list` repeated right after it. */
function repeated(s: Scenario, list: Path, n: number): { scenario: Scenario; at: Path } {
  const xs = getAt(s, list) as unknown[];
  const i = n % xs.length;
  return { scenario: updateAt(s, list, () => [...xs.slice(0, i + 1), xs[i], ...xs.slice(i + 1)]) as Scenario, at: [...list, i + 1] };
}

const pathsOfError = (e: unknown): Path[] => (e as { issues?: { path: Path }[] }).issues?.map((i) => i.path) ?? [(e as { path: Path }).path];
const startsWith = (p: Path, q: Path) => q.every((k, i) => p[i] === k);

describe("an entry listed twice (species, metric, activity, measure, user table, citation)", () => {
  it("is an error at the repeated entry, from code and from a file, with its line", () => {
    fc.assert(
      fc.property(withTables, fc.constantFrom(...LISTS), fc.nat(), fc.constantFrom("yaml" as const, "json" as const), (s, list, n, format) => {
        fc.pre((getAt(s, list) as unknown[]).length > 0);
        const { scenario, at } = repeated(s, list, n);
        const fromCode = attempt(() => compileScenario(scenario));
        expect(fromCode.ok, `${JSON.stringify(at)} repeated: no error`).toBe(false);
        if (fromCode.ok) return;
        expect(errorProblem(fromCode.error)).toBeUndefined();
        const paths = pathsOfError(fromCode.error);
        expect(paths.some((p) => startsWith(p, at)), `${JSON.stringify(at)} repeated, error at ${JSON.stringify(paths)}`).toBe(true);
        const text = toFileText(scenario, { format, bom: false, anchors: false, plainNumbers: false, crlf: false });
        const fromFile = attempt(() => compileScenarioFile(text, { fileName: `twice.${format}` }));
        expect(fromFile.ok).toBe(false);
        if (fromFile.ok) return;
        expect(errorProblem(fromFile.error)).toBeUndefined();
        const issues = (fromFile.error as { issues: { path: Path; line?: number }[] }).issues;
        expect(issues.some((i) => startsWith(i.path, at) && i.line !== undefined && i.line > 1), `file issues ${JSON.stringify(issues)}`).toBe(true);
      }),
      fuzzParams(40, undefined, 10_000),
    );
  }, fuzzTimeout(40, 10_000));
});
