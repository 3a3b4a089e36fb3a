import { describe, expect, it } from "vitest";
import { UnknownUnitError, conversionFactor, parseRatioUnit, parseUnit } from "../../src/index.js";
import { ratioUnitSchema } from "../../src/units/unitSchema.js";
import { thrown } from "../fixtures/thrown.js";

describe("the count units of a stock", () => {
  it("count machines (construction or farm machinery) and sites, each exactly 1 of a dimension of its own", () => {
    expect(parseUnit("machine")).toMatchObject({ dimension: "machine", toBase: expect.anything() });
    expect(parseUnit("machine").toBase.toString()).toBe("1");
    expect(parseUnit("machines").dimension).toBe("machine");
    expect(parseUnit("site").dimension).toBe("site");
    expect(parseRatioUnit("t/machine").denominator.dimension).toBe("machine");
  });

  it("never convert a machine into a vehicle", () => {
    expect(() => conversionFactor("machine", "vehicle")).toThrow(/different dimensions/);
  });

  it("are suggested first for a misspelt count word, not a symbol such as Mtce or MWh", () => {
    expect(thrown(() => parseUnit("machin"), UnknownUnitError).nearest[0]).toBe("machine");
    expect(thrown(() => parseUnit("vehicel"), UnknownUnitError).nearest[0]).toBe("vehicle");
    expect(thrown(() => parseUnit("housholds"), UnknownUnitError).nearest[0]).toBe("households");
    // a symbol is still matched among symbols
    expect(thrown(() => parseUnit("Kwh"), UnknownUnitError).nearest[0]).toBe("kWh");
  });
});

describe("unit messages", () => {
  it("tell a percentage word to write %, not suggest person", () => {
    const e = thrown(() => parseUnit("percent"), UnknownUnitError);
    expect(e.nearest).toEqual(["%"]);
    expect(e.message).toContain("not a unit; a share is written as a fraction");
  });

  it("tell a hectare to write the area in m2, 1 ha = 10,000 m2 (SI Brochure Table 8), in a ratio too", () => {
    for (const name of ["ha", "hectare", "hectares"]) {
      const e = thrown(() => parseUnit(name, ["baseline", 0, "unit"]), UnknownUnitError);
      expect([e.nearest, e.path]).toEqual([["m2", "km2"], ["baseline", 0, "unit"]]);
      expect(e.message).toContain("1 ha = 10,000 m2");
    }
    expect(thrown(() => parseRatioUnit("kg/ha"), UnknownUnitError).nearest).toEqual(["m2", "km2"]);
    // what it suggests is a unit, and 1 km2 is 100 ha = 1,000,000 m2
    expect(conversionFactor("km2", "m2").toString()).toBe("1000000");
  });

  it("tell a ger (and a yurt or home) to count households or stoves, never suggesting g", () => {
    const ger = thrown(() => parseUnit("ger"), UnknownUnitError);
    expect(ger.nearest).toEqual(["household", "stove"]);
    expect(ger.message).toContain("counted as a household, or by its stove");
    expect(thrown(() => parseUnit("gers"), UnknownUnitError).nearest).toEqual(["households", "stoves"]);
    expect(thrown(() => parseRatioUnit("t/yurt"), UnknownUnitError).nearest).toEqual(["household", "stove"]);
    for (const n of ger.nearest) expect(parseUnit(n).dimension).toBe(n);
  });

  it("tell a single unit in a ratio field that it lacks the unit after /, with the field's example", () => {
    const perUnit = ratioUnitSchema("a mass per unit of stock, e.g. kg/vehicle or t/household");
    expect(perUnit.safeParse("kg").error?.issues[0]?.message).toBe('"kg" is one unit, with nothing after /; expected a mass per unit of stock, e.g. kg/vehicle or t/household');
    expect(perUnit.safeParse("kg/vehicle").success).toBe(true);
    // an unknown name in a ratio field still gets "did you mean"
    expect(perUnit.safeParse("kgg").error?.issues[0]?.message).toContain("did you mean");
  });
});
