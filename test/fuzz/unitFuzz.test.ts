import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileScenario, evaluateScenario } from "../../src/index.js";
import type { Scenario, ScenarioResult } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";
import { CITY_CITATION } from "../fixtures/cityTable.js";
import { fuzzParams, fuzzTimeout } from "./fuzzParams.js";
import { type Path } from "./mutate.js";
import { attempt, errorPaths, scenarioProblem } from "./promise.js";
import { type UnitCase, type UnitMeaning, isDimension, meaningOf, ratioCase, unitCase } from "./unitGrammar.js";

// Unit strings from the grammar of issue 8 in the three places a scenario writes units: the
// activity unit, the net calorific value, and a user factor table. A unit the strict grammar
// reads must give the same result as the same quantity in a plain unit (or be refused with a
// typed error at its field); anything else (a number, a parenthesis, a function or foreign
// name, a fractional power, the wrong dimension) must be refused with a typed error at its field.

const SPECIES = ["SO2", "PM2.5", "CO2"] as const;

/** Household anthracite stoves with a scrubber: the activity in `unit`, optionally with an NCV or a user SO2 factor. */
function stoves(o: { unit: string; value: string; ncv?: { value: string; unit: string; outsideIpccRange?: string }; so2Factor?: { value: string; unit: string } }): Scenario {
  return {
    name: "unit fuzz",
    years: { start: 2030, end: 2031 },
    species: [...SPECIES],
    metrics: ["AR6-GWP100"],
    baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: o.unit, level: { kind: "constant", value: o.value }, ...(o.ncv === undefined ? {} : { netCalorificValue: o.ncv }) }],
    measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, removal: { SO2: "0.9", "PM2.5": "0.5", BC: "0.5" } }],
    ...(o.so2Factor === undefined
      ? {}
      : {
          factors: {
            userCitations: [CITY_CITATION],
            userTables: [{ id: "city", title: "city", rows: [{ id: "city.so2", sector: "1.A.4.b.i", fuel: "anthracite", pollutant: "SO2", ...o.so2Factor, source: { id: CITY_CITATION.id, table: "T1" }, quality: "userSupplied" }] }],
          },
        }),
  } as Scenario;
}

/** Every decimal of two results within `rel` of each other (relative to the larger magnitude in the table). */
function closeResults(a: ScenarioResult, b: ScenarioResult, rel: string): string | undefined {
  const walk = (x: unknown, y: unknown, at: string): string | undefined => {
    if (typeof x === "string" && typeof y === "string" && x !== y && /^-?[\d.]+(e[-+]?\d+)?$/i.test(x) && /^-?[\d.]+(e[-+]?\d+)?$/i.test(y)) {
      const [dx, dy] = [new Dec(x), new Dec(y)];
      return dx.minus(dy).abs().lte(Dec.max(dx.abs(), dy.abs()).times(rel)) ? undefined : `${at}: ${x} vs ${y}`;
    }
    if (x === null || y === null || typeof x !== "object" || typeof y !== "object") return Object.is(x, y) ? undefined : `${at}: ${String(x)} vs ${String(y)}`;
    const keys = new Set([...Object.keys(x), ...Object.keys(y)]);
    for (const k of keys) {
      const d = walk((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k], `${at}.${k}`);
      if (d !== undefined) return d;
    }
    return undefined;
  };
  return walk({ ...a, name: "" }, { ...b, name: "" }, "result");
}

interface Field {
  readonly name: string;
  /** Where the unit is in the scenario. */
  readonly path: Path;
  /** The scenario with the unit under test. */
  readonly withUnit: (unit: string) => Scenario;
  /** Whether a meaning fits this field, and the same scenario written with a plain unit. */
  readonly fits: (m: UnitMeaning | "ambiguous" | undefined) => boolean;
  readonly plain: (m: UnitMeaning) => Scenario;
  /** Meanings this field may accept with a result of their own (no plain equivalent to compare with). */
  readonly free?: (m: UnitMeaning | "ambiguous" | undefined) => boolean;
  /** Must a unit this field reads be accepted (a plain name of the right dimension)? */
  readonly mustAccept: (u: UnitCase) => boolean;
}

const VALUE = "12.5";
const FIELDS: readonly Field[] = [
  {
    name: "activity unit",
    path: ["baseline", 0, "unit"],
    withUnit: (unit) => stoves({ unit, value: VALUE }),
    fits: (m) => isDimension(m, 1, 0) || isDimension(m, 0, 1),
    // mass in t (factor to kg / 1000), energy in GJ (factor to J / 1e9)
    plain: (m) => (m.mass === 1 ? stoves({ unit: "t", value: new Dec(VALUE).times(m.factor).div(1000).toString() }) : stoves({ unit: "GJ", value: new Dec(VALUE).times(m.factor).div(1e9).toString() })),
    mustAccept: (u) => u.required,
  },
  {
    name: "net calorific value unit",
    path: ["baseline", 0, "netCalorificValue", "unit"],
    withUnit: (unit) => stoves({ unit: "kt", value: VALUE, ncv: { value: "26.7", unit, outsideIpccRange: "unit fuzz: any energy per mass" } }),
    fits: (m) => isDimension(m, -1, 1),
    plain: (m) => stoves({ unit: "kt", value: VALUE, ncv: { value: new Dec("26.7").times(m.factor).div(1e6).toString(), unit: "MJ/kg", outsideIpccRange: "unit fuzz: any energy per mass" } }),
    mustAccept: (u) => ["GJ/t", "MJ/kg", "TJ/kt", "TJ/Gg", "GJ/kt"].includes(u.text),
  },
  {
    name: "user factor unit",
    path: ["factors", "userTables", 0, "rows", 0, "unit"],
    withUnit: (unit) => stoves({ unit: "TJ", value: VALUE, so2Factor: { value: "900", unit } }),
    fits: (m) => isDimension(m, 1, -1),
    // a mass per mass is a factor per unit of product (g/kg) or of fuel (g/kg fuel): a result of its own
    free: (m) => isDimension(m, 0, 0),
    plain: (m) => stoves({ unit: "TJ", value: VALUE, so2Factor: { value: new Dec("900").times(m.factor).times(1e12).toString(), unit: "g/GJ" } }),
    mustAccept: (u) => ["g/GJ", "kg/TJ", "t/TJ", "g/MJ", "kg/GJ", "t/PJ"].includes(u.text),
  },
];

const caseFor = (f: Field): fc.Arbitrary<UnitCase> => (f.name === "activity unit" ? unitCase : ratioCase);

describe.each(FIELDS)("a unit string in the $name", (field) => {
  it("is refused with a typed error at the field, or gives the result of the same quantity in a plain unit", () => {
    fc.assert(
      fc.property(caseFor(field), (u) => {
        const meaning = meaningOf(u.text);
        const scenario = field.withUnit(u.text);
        const outcome = scenarioProblem(scenario);
        expect(outcome.problem, `unit ${JSON.stringify(u.text)}`).toBeUndefined();
        const refused = outcome.plan === undefined;
        if (refused) {
          expect(field.mustAccept(u), `unit ${JSON.stringify(u.text)} must be accepted in the ${field.name}`).toBe(false);
          const e = attempt(() => compileScenario(scenario));
          expect(e.ok).toBe(false);
          const paths = errorPaths(e.ok ? undefined : e.error);
          // naming the field (issue 8: "a typed UnitError naming the field"), not only the row holding it
          const atField = paths.some((p) => isPrefix(field.path, p));
          expect(atField, `unit ${JSON.stringify(u.text)} refused at ${JSON.stringify(paths)}, not at ${JSON.stringify(field.path)}`).toBe(true);
          return;
        }
        if (meaning === "ambiguous" || field.free?.(meaning) === true) return; // either reading of a/b*c, as long as it is finite (checked above)
        expect(field.fits(meaning), `unit ${JSON.stringify(u.text)} accepted in the ${field.name}, but it ${meaning === undefined ? "is outside the unit grammar" : `has the wrong dimension (mass^${meaning.mass} energy^${meaning.energy})`}`).toBe(true);
        const plain = field.plain(meaning as UnitMeaning);
        const expected = evaluateScenario(compileScenario(plain));
        expect(closeResults(outcome.exact!, expected, "1e-20"), `unit ${JSON.stringify(u.text)} vs ${JSON.stringify(plain.baseline[0])} ${JSON.stringify(plain.factors?.userTables?.[0]?.rows[0]?.unit ?? "")}`).toBeUndefined();
      }),
      fuzzParams(150, undefined, 10_000),
    );
  }, fuzzTimeout(150, 10_000));
});

const isPrefix = (p: Path, q: Path) => p.length <= q.length && p.every((k, i) => k === q[i]);
