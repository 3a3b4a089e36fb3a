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

  it("tell a single unit in a ratio field that it lacks the unit after /, with the field's example", () => {
    const perUnit = ratioUnitSchema("a mass per unit of stock, e.g. kg/vehicle or t/household");
    expect(perUnit.safeParse("kg").error?.issues[0]?.message).toBe('"kg" is one unit, with nothing after /; expected a mass per unit of stock, e.g. kg/vehicle or t/household');
    expect(perUnit.safeParse("kg/vehicle").success).toBe(true);
    // an unknown name in a ratio field still gets "did you mean"
    expect(perUnit.safeParse("kgg").error?.issues[0]?.message).toContain("did you mean");
  });
});
