import fc from "fast-check";
import { Dec } from "../../src/units/decimal.js";

// Unit strings for fuzzing, and an oracle of what they mean, independent of src/units.
//
// The promise (issue 8): a unit is a name from the unit registry with an optional SI prefix,
// `/` and `.` or `*` between names, and integer powers; a number, a parenthesis, a function name
// or any other token is a typed error naming the field. The oracle below reads the strict
// grammar with its own table of names (mass in kg, energy in J, each cited) and says, for any
// generated string, either "must be refused" or "means this dimension and this exact factor".
// A unit the oracle understands may still be refused (the registry may lack a rare prefixed name
// such as `Gt` or `PWh`), but when it is accepted its result must equal the result of the same
// quantity written in a plain unit.

/** Exponents of mass and energy, and the exact factor to kg^m J^e. */
export interface UnitMeaning {
  readonly mass: number;
  readonly energy: number;
  readonly factor: Dec;
}

/** SI prefixes (BIPM SI Brochure, 9th ed., Table 7). */
const PREFIX: Readonly<Record<string, string>> = { "": "1", m: "1e-3", k: "1e3", M: "1e6", G: "1e9", T: "1e12", P: "1e15" };

/**
 * Base names with their meaning. Gram and joule: SI. Tonne: 1000 kg (SI Brochure Table 8).
 * Watt-hour: 3600 J. Calorie: the International Table calorie, 4.1868 J (the one Chinese energy
 * statistics use: 1 kgce = 7000 kcal = 29.3076 MJ, GB/T 2589). toe: 41.868 GJ (IEA, 10^7 kcal);
 * tce: 29.3076 GJ (GB/T 2589).
 */
const BASES: Readonly<Record<string, { readonly mass: number; readonly energy: number; readonly factor: string; readonly prefixes: readonly string[] }>> = {
  g: { mass: 1, energy: 0, factor: "1e-3", prefixes: ["m", "", "k", "M", "G"] },
  t: { mass: 1, energy: 0, factor: "1e3", prefixes: ["", "k", "M", "G"] },
  J: { mass: 0, energy: 1, factor: "1", prefixes: ["", "k", "M", "G", "T", "P"] },
  Wh: { mass: 0, energy: 1, factor: "3600", prefixes: ["", "k", "M", "G", "T"] },
  cal: { mass: 0, energy: 1, factor: "4.1868", prefixes: ["", "k", "M", "G"] },
  toe: { mass: 0, energy: 1, factor: "41.868e9", prefixes: ["", "k", "M"] },
  tce: { mass: 0, energy: 1, factor: "29.3076e9", prefixes: ["", "k", "M"] },
};

/** Every name the oracle knows: prefix + base, plus the spelt-out tonne. */
export const KNOWN_UNITS: ReadonlyMap<string, UnitMeaning> = new Map([
  ...Object.entries(BASES).flatMap(([base, b]) =>
    b.prefixes.map((p) => [`${p}${base}`, { mass: b.mass, energy: b.energy, factor: new Dec(b.factor).times(PREFIX[p]!) }] as const),
  ),
  ["kgce", { mass: 0, energy: 1, factor: new Dec("29.3076e6") }],
  ["tonne", { mass: 1, energy: 0, factor: new Dec(1000) }],
  ["tonnes", { mass: 1, energy: 0, factor: new Dec(1000) }],
]);

/** Names a scenario may always use (they are in the docs and the examples): accepted, always. */
export const REQUIRED_UNITS = ["t", "kt", "Mt", "kg", "g", "Gg", "GJ", "MJ", "TJ", "PJ", "kWh", "MWh", "GWh", "toe", "ktoe", "Mtoe", "tce", "ktce", "Mtce"] as const;

/**
 * Names and tokens no registry has (or that a lenient parser reads as something else): each must be
 * refused wherever it is written. From issue 8: mathjs's grammar accepts `lb`, `BTU`, `cup`, `year`,
 * and a lookup on a plain object crashed on `constructor`, `__proto__`, `toString` ...
 */
export const FOREIGN_NAMES = ["lb", "BTU", "cup", "year", "ton", "tons", "constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype", "sqrt", "e", "pi", "NaN", "Infinity", "Kt", "KT", "gj", "mwh"] as const;

/** Whole unit strings that must be refused, from issue 8 and its neighbours. */
export const REFUSED_UNIT_STRINGS = [
  "1000t", "2t", "0.5kt", "1e3t", "1000*t", "1000 t", "10kt", "(kt)", "kt^0.5", "kg^0.5*kg^0.5", "sqrt(kt)", "kt^(1)", "kt^1.0", "kt^", "^kt", "kt/",
  "/kt", "kt//t", "", " ", "\u0000", "kt\u001b[31m", "=1+1", "1e9999999999999999", "-0", "NaN", "Infinity", "0x10", "1_000", "kt;t", "kt,t", "t t", "k t", "t-1", "t+t",
  ...FOREIGN_NAMES,
] as const;

const known = fc.constantFrom(...KNOWN_UNITS.keys());
const required = fc.constantFrom(...REQUIRED_UNITS);
const foreign = fc.constantFrom(...FOREIGN_NAMES);

const TERM = /^([A-Za-z_]+)(?:\^(-?\d+))?$/;

function termMeaning(text: string): UnitMeaning | undefined {
  const m = TERM.exec(text.trim());
  const base = m === null ? undefined : KNOWN_UNITS.get(m[1]!);
  if (m === null || base === undefined) return undefined;
  const p = m[2] === undefined ? 1 : Number(m[2]);
  return { mass: base.mass * p, energy: base.energy * p, factor: base.factor.pow(p) };
}

const times = (a: UnitMeaning, b: UnitMeaning, sign: 1 | -1): UnitMeaning => ({
  mass: a.mass + sign * b.mass,
  energy: a.energy + sign * b.energy,
  factor: sign === 1 ? a.factor.times(b.factor) : a.factor.div(b.factor),
});

/**
 * What a unit string means under the strict grammar: `term ((*|.) term)* (/ term)?` with
 * term = known name with an optional integer power; `undefined` when it is outside the grammar
 * (it must be refused); spaces around a term are allowed (read as without them, or refused); `"ambiguous"` for more than one term after `/` ("a/b*c" may be read as
 * (a/b)*c or a/(b*c): either reading, or a refusal, is allowed).
 */
export function meaningOf(text: string): UnitMeaning | "ambiguous" | undefined {
  const parts = text.split("/");
  if (parts.length > 2) return undefined;
  const num = parts[0]!.split(/[*.]/).map(termMeaning);
  const den = parts.length === 2 ? parts[1]!.split(/[*.]/).map(termMeaning) : [];
  if (num.includes(undefined) || den.includes(undefined)) return undefined;
  if (den.length > 1) return "ambiguous";
  const n = (num as UnitMeaning[]).reduce((a, b) => times(a, b, 1));
  return den.length === 0 ? n : times(n, den[0]!, -1);
}

/** Terms: names with optional powers, and tokens outside the grammar. */
const term: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(required, known) },
  { weight: 2, arbitrary: fc.tuple(fc.oneof(required, known), fc.integer({ min: -2, max: 3 })).map(([name, p]) => `${name}^${p}`) },
  { weight: 1, arbitrary: foreign },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom("1000", "2", "0.5", "1e3", "10", "0", "-1", "1e400"), fc.constantFrom("", "*", " "), fc.oneof(required, known)).map(([n, op, name]) => `${n}${op}${name}`) },
  { weight: 1, arbitrary: fc.oneof(required, known).map((name) => `(${name})`) },
  { weight: 1, arbitrary: fc.tuple(fc.oneof(required, known), fc.constantFrom("^0.5", "^1.5", "^-0.5", "^a", "^", "^ 2", " ")).map(([n, p]) => `${n}${p}`) },
);

/** A generated unit string; `required` for a plain required name (it must be accepted where its dimension fits). */
export interface UnitCase {
  readonly text: string;
  readonly required: boolean;
}

/**
 * Unit strings from the grammar, valid and not: terms joined by `*` or `.`, then optionally `/`
 * and one or two terms, plus the literal refused strings of issue 8.
 */
export const unitCase: fc.Arbitrary<UnitCase> = fc.oneof(
  { weight: 3, arbitrary: required.map((text): UnitCase => ({ text, required: true })) },
  {
    weight: 6,
    arbitrary: fc
      .tuple(term, fc.array(fc.tuple(fc.constantFrom("*", "."), term), { maxLength: 2 }), fc.option(fc.array(term, { minLength: 1, maxLength: 2 }), { nil: undefined }))
      .map(([first, rest, den]): UnitCase => ({ text: `${first}${rest.map(([op, t]) => `${op}${t}`).join("")}${den === undefined ? "" : `/${den.join("*")}`}`, required: false })),
  },
  { weight: 2, arbitrary: fc.constantFrom(...REFUSED_UNIT_STRINGS).map((text): UnitCase => ({ text, required: false })) },
);

/** Ratio units (an energy per mass, a mass per energy ...): two unit strings with `/` between. */
export const ratioCase: fc.Arbitrary<UnitCase> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fc.oneof(required, known, term), fc.oneof(required, known, term)).map(([a, b]): UnitCase => ({ text: `${a}/${b}`, required: false })) },
  { weight: 2, arbitrary: unitCase },
  { weight: 1, arbitrary: fc.constantFrom("GJ/t", "MJ/kg", "TJ/kt", "TJ/Gg", "GJ/kt", "g/GJ", "kg/TJ", "t/TJ", "g/MJ", "kg/GJ", "t/PJ", "GJ/1000t", "1000g/GJ", "g/(GJ)", "g/GJ^1", "kcal/kg", "g/kcal", "constructor/t", "g/constructor", "g/__proto__", "GJ/t/t", "GJ/", "/t").map((text): UnitCase => ({ text, required: false })) },
);

/** A meaning of exactly this dimension (mass^m energy^e)? */
export const isDimension = (u: UnitMeaning | "ambiguous" | undefined, mass: number, energy: number): u is UnitMeaning => u !== undefined && u !== "ambiguous" && u.mass === mass && u.energy === energy;
