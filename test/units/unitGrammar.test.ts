import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CobenefitsError, UnitError, UnitSyntaxError, UnknownUnitError } from "../../src/errors.js";
import { Dec } from "../../src/units/decimal.js";
import { readUnitExpression } from "../../src/units/unitGrammar.js";
import { conversionFactor, listUnits, parseRatioUnit, parseUnit } from "../../src/units/units.js";
import { thrown } from "../fixtures/thrown.js";

/** The error a call throws (fails the test when it throws nothing). */

describe("the strict unit grammar refuses what mathjs read leniently (issue 8, defect 1)", () => {
  it.each(["1000t", "2t", "0.5kt", "1e3t", "1000*t", "1000 t", "10kt"])("refuses a number in front of a unit: %s", (text) => {
    const e = thrown(() => parseUnit(text, ["baseline", 0, "unit"]));
    expect(e).toBeInstanceOf(UnitSyntaxError);
    expect((e as UnitSyntaxError).path).toEqual(["baseline", 0, "unit"]);
    expect((e as UnitSyntaxError).position).toBe(0);
    expect((e as UnitSyntaxError).message).toContain("in front of a unit");
    expect((e as UnitSyntaxError).message).toContain("listUnits()");
  });

  it("names the prefixed unit a scaled unit equals (1000t is kt), and none when there is none (2t)", () => {
    expect((thrown(() => parseUnit("1000t")) as UnitError).nearest[0]).toBe("kt");
    expect((thrown(() => parseUnit("1e3t")) as UnitError).nearest[0]).toBe("kt");
    expect((thrown(() => parseUnit("1000*t")) as UnitError).nearest[0]).toBe("kt");
    expect((thrown(() => parseUnit("1000 vkm")) as UnitError).nearest).toEqual(["kvkm"]);
    expect((thrown(() => parseUnit("2t")) as UnitError).nearest).toEqual([]);
    expect((thrown(() => parseUnit("0.5kt")) as UnitError).nearest).toEqual([]);
  });

  it("refuses a number in an NCV unit (GJ/1000t) and in a factor unit (1000g/GJ), pointing at it", () => {
    const ncv = thrown(() => parseRatioUnit("GJ/1000t", ["netCalorificValue", "unit"])) as UnitSyntaxError;
    expect(ncv).toBeInstanceOf(UnitSyntaxError);
    expect([ncv.position, ncv.nearest[0], ncv.path]).toEqual([3, "GJ/kt", ["netCalorificValue", "unit"]]);
    const factor = thrown(() => parseRatioUnit("1000g/GJ")) as UnitSyntaxError;
    expect([factor.position, factor.nearest[0]]).toEqual([0, "kg/GJ"]);
  });

  it.each(["(kt)", "kt^1", "kt^0", "kt^-1", "kg^0.5*kg^0.5", "kt^0.5", "kt^(1)", "sqrt(kt)", "kt^", "^kt", "kt/", "/kt", "kt//t", "g/kg/kg", "g/kg.t", "t t", "kt;t", "kt,t", "t-1", "t+t", "=1+1", "-0", "m\u00b2", "kt\u001b[31m", "", " "])(
    "refuses text outside the grammar: %j",
    (text) => {
      expect(() => parseUnit(text)).toThrow(UnitSyntaxError);
      expect(() => parseRatioUnit(`GJ/${text}`)).toThrow(UnitError);
    },
  );

  it.each(["lb", "BTU", "cup", "year", "yr", "h", "cal", "L", "ton", "tons", "Kt", "KT", "gj", "mwh", "e", "pi", "NaN", "Infinity", "kkg", "kkt", "Mkg"])("refuses a name the registry does not have: %s", (text) => {
    const e = thrown(() => parseUnit(text, ["u"]));
    expect(e).toBeInstanceOf(UnknownUnitError);
    expect((e as UnknownUnitError).code).toBe("UNKNOWN_UNIT");
    expect((e as UnknownUnitError).path).toEqual(["u"]);
  });

  it("refuses the ambiguous ton, and names t and kt", () => {
    const e = thrown(() => parseUnit("ton")) as UnknownUnitError;
    expect(e.message).toContain("ambiguous");
    expect(e.nearest).toEqual(["t", "kt"]);
  });

  it("refuses a time unit, saying an activity level is already per year", () => {
    expect((thrown(() => parseUnit("year")) as UnknownUnitError).message).toContain("already an amount per year");
  });

  it("refuses text longer than 100 characters at once, even 20 MB of it", () => {
    expect(() => parseUnit("k".repeat(101))).toThrow(UnitSyntaxError);
    const start = Date.now();
    const e = thrown(() => parseUnit("t".repeat(20_000_000))) as UnitSyntaxError;
    expect(Date.now() - start).toBeLessThan(1000);
    expect(e).toBeInstanceOf(UnitSyntaxError);
    expect(e.message.length).toBeLessThan(400);
  });

  it("escapes control characters in its message", () => {
    const e = thrown(() => parseUnit("kt\u001b[31m")) as UnitError;
    expect(e.message).not.toContain("\u001b");
    expect(e.message).toContain("\\u001b");
    expect(e.unit).toBe("kt\u001b[31m");
  });
});

describe("names that are object properties are units like any other (issue 8, defect 3)", () => {
  const names = ["constructor", "__proto__", "toString", "valueOf", "hasOwnProperty", "prototype", "isPrototypeOf", "__defineGetter__"];

  it.each(names)("refuses %s with a typed error and nearest names, never a TypeError", (name) => {
    const e = thrown(() => parseUnit(name, ["activities", 0, "activityLevel", "unit"]));
    expect(e).toBeInstanceOf(UnknownUnitError);
    expect((e as UnknownUnitError).nearest.length).toBeGreaterThan(0);
    expect((e as UnknownUnitError).path).toEqual(["activities", 0, "activityLevel", "unit"]);
  });

  it.each(names)("refuses %s in a ratio (NCV %s/t) and in a conversion", (name) => {
    expect(() => parseRatioUnit(`${name}/t`)).toThrow(UnknownUnitError);
    expect(() => parseRatioUnit(`GJ/${name}`)).toThrow(UnknownUnitError);
    expect(() => conversionFactor("t", name)).toThrow(UnknownUnitError);
  });
});

describe("did you mean", () => {
  it.each([
    ["tones", "tonnes"],
    ["kwh", "kWh"],
    ["Kt", "kt"],
    ["gj", "GJ"],
    ["MWH", "MWh"],
    ["tco", "tce"],
    ["Nm^3", "Nm3"],
    ["vehicle-kms", "vehicle-km"],
  ])("suggests a registered name for %s: %s", (written, meant) => {
    const e = thrown(() => parseUnit(written)) as UnknownUnitError;
    expect(e.nearest).toContain(meant);
    expect(e.message).toContain(`did you mean`);
  });
});

describe("the units East Asian energy statistics use", () => {
  it("reads kcal, Mcal and Gcal as the International Table calorie, 4.1868 J exactly", () => {
    expect(conversionFactor("kcal", "J").toString()).toBe("4186.8");
    expect(conversionFactor("Mcal", "MJ").toString()).toBe("4.1868");
    expect(conversionFactor("Gcal", "GJ").toString()).toBe("4.1868");
  });

  it("uses the same calorie as tce (7000 kcal/kg) and toe (10^7 kcal)", () => {
    expect(conversionFactor("tce", "kcal").toString()).toBe("7000000");
    expect(conversionFactor("kgce", "kcal").toString()).toBe("7000");
    expect(conversionFactor("toe", "kcal").toString()).toBe("10000000");
  });

  it("reads a coal heating value in kcal/kg: 5000 kcal/kg = 20.934 GJ/t", () => {
    const perKg = new Dec("5000").times(parseRatioUnit("kcal/kg").toBase);
    expect(perKg.div(parseRatioUnit("GJ/t").toBase).toString()).toBe("20.934");
    expect(parseRatioUnit("kcal/kg").numerator.dimension).toBe("energy");
  });
});

describe("what the grammar accepts", () => {
  it.each([
    ["m2", "area", "1"],
    ["m^2", "area", "1"],
    ["km2", "area", "1000000"],
    ["km^2", "area", "1000000"],
    ["m3", "volume", "1"],
    ["m.m", "area", "1"],
    ["km*m", "area", "1000"],
    [" kt ", "mass", "1000000"],
    ["tonnes", "mass", "1000"],
    ["vehicle km", "vehicleDistance", "1"],
    ["Gt", "mass", "1000000000000"],
  ])("reads %j as %s with factor %s", (text, dimension, toBase) => {
    const u = parseUnit(text);
    expect([u.dimension, u.toBase.toString()]).toEqual([dimension, toBase]);
  });

  it("reads spaces around /, and aliases in a ratio", () => {
    expect(parseRatioUnit("g / GJ").toBase.toString()).toBe("0.000000000001");
    expect(parseRatioUnit("g/vehicle km").denominator.dimension).toBe("vehicleDistance");
    expect(parseRatioUnit("kWh/vehicle-km").toBase.toString()).toBe("3600000");
  });

  it("returns the terms as written, with their powers", () => {
    const e = readUnitExpression("km2.m/Nm3");
    expect(e.numerator.map((t) => [t.unit.name, t.power])).toEqual([["km", 2], ["m", 1]]);
    expect([e.numeratorText, e.denominator?.text]).toEqual(["km2.m", "Nm3"]);
  });

  // Golden factors of the mathjs-based parser this grammar replaced (computed with it on
  // 2026-11-30): every unit that was valid and is still accepted keeps its exact factor.
  const BEFORE: Readonly<Record<string, string>> = {
    g: "0.001", mg: "0.000001", kg: "1", Mg: "1000", Gg: "1000000", Tg: "1000000000", t: "1000", kt: "1000000", Mt: "1000000000",
    Gt: "1000000000000", J: "1", kJ: "1000", MJ: "1000000", GJ: "1000000000", TJ: "1000000000000", PJ: "1000000000000000",
    EJ: "1000000000000000000", Wh: "3600", kWh: "3600000", MWh: "3600000000", GWh: "3600000000000", TWh: "3600000000000000",
    toe: "41868000000", ktoe: "41868000000000", Mtoe: "41868000000000000", tce: "29307600000", ktce: "29307600000000",
    Mtce: "29307600000000000", kgce: "29307600", vkm: "1", kvkm: "1000", Nm3: "1", kNm3: "1000", MNm3: "1000000", m: "1",
    km: "1000", tonne: "1000", tonnes: "1000", "vehicle-km": "1", "veh-km": "1", "vehicle km": "1", m2: "1", m3: "1",
    km2: "1000000", "m^2": "1", "m^3": "1", "km^2": "1000000",
  };
  it("keeps the exact factor of every unit that was valid before", () => {
    for (const [text, toBase] of Object.entries(BEFORE)) expect([text, parseUnit(text).toBase.toString()]).toEqual([text, toBase]);
  });
});

// Names of one term each, with their factor to base units, straight from the registry.
const NAMES = listUnits().map((u) => u.name);
const LENGTHS = ["m", "km"];
const writePower = (name: string, p: number): fc.Arbitrary<string> =>
  p === 1 ? fc.constant(name) : /[0-9]$/.test(name) ? fc.constant(`${name}^${p}`) : fc.constantFrom(`${name}^${p}`, `${name}${p}`);
const space = fc.constantFrom("", " ");

describe("properties of the grammar", () => {
  it("reads any ratio built from the grammar, with the factor the product of its parts' factors", () => {
    const term = fc.oneof(
      fc.constantFrom(...NAMES).chain((n) => writePower(n, 1).map((text) => ({ text, factor: parseUnit(n).toBase }))),
      fc.tuple(fc.constantFrom(...LENGTHS), fc.constantFrom(2, 3)).chain(([n, p]) => writePower(n, p).map((text) => ({ text, factor: parseUnit(n).toBase.pow(p) }))),
    );
    fc.assert(
      fc.property(term, term, space, space, (a, b, s1, s2) => {
        const r = parseRatioUnit(`${a.text}${s1}/${s2}${b.text}`);
        expect(r.toBase.eq(a.factor.div(b.factor))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("reads any product of lengths as an area or a volume, with the product of the factors", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LENGTHS), { minLength: 2, maxLength: 3 }), fc.constantFrom(".", "*", " * ", " . "), (names, op) => {
        const u = parseUnit(names.join(op));
        expect(u.dimension).toBe(names.length === 2 ? "area" : "volume");
        expect(u.toBase.eq(names.reduce((f, n) => f.times(parseUnit(n).toBase), new Dec(1)))).toBe(true);
      }),
    );
  });

  it("is unit invariant: a quantity in kX is 1000 times the same quantity in X, for every prefixed X", () => {
    const pairs = NAMES.filter((n) => n.startsWith("k") && NAMES.includes(n.slice(1)));
    expect(pairs).toEqual(expect.arrayContaining(["kg", "kt", "kJ", "kWh", "ktoe", "ktce", "kvkm", "kNm3", "km"]));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.integer({ min: -1e9, max: 1e9 }), (k, x) => {
        expect(new Dec(x).times(conversionFactor(k, k.slice(1))).eq(new Dec(x).times(1000))).toBe(true);
        expect(conversionFactor(k.slice(1), k).times(1000).eq(1)).toBe(true);
      }),
    );
  });

  it("either reads any text or refuses it with a CobenefitsError, never another error", () => {
    const alphabet = fc.constantFrom(..."tkgJWhcalMGTPEvmN3 2^./*-+()e_0189\u00b2\u001b%,;".split(""));
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: alphabet, maxLength: 12 }),
      fc.tuple(fc.constantFrom(...NAMES), fc.string({ unit: alphabet, maxLength: 3 }), fc.constantFrom(...NAMES)).map(([a, s, b]) => `${a}${s}${b}`),
    );
    fc.assert(
      fc.property(text, (t) => {
        for (const f of [() => parseUnit(t), () => parseRatioUnit(t), () => conversionFactor(t, "t")]) {
          try {
            f();
          } catch (e) {
            expect(e).toBeInstanceOf(CobenefitsError);
          }
        }
      }),
      { numRuns: 500 },
    );
  });
});
