import { describe, expect, it } from "vitest";
import { ratioUnitSchema, unitSchema } from "../../src/units/unitSchema.js";

describe("unit schemas for fields that hold a unit", () => {
  const energy = unitSchema("an energy unit such as GJ or MWh", (u) => u.dimension === "energy");
  const ncv = ratioUnitSchema("energy per mass, e.g. GJ/t", (r) => r.numerator.dimension === "energy" && r.denominator.dimension === "mass");

  it("accepts a unit of the kind the field takes", () => {
    expect(energy.safeParse("Gcal").success).toBe(true);
    expect(ncv.safeParse("kcal/kg").success).toBe(true);
  });

  it("refuses a number in front of a unit with the unit error's words and its suggestion", () => {
    const issue = energy.safeParse("1000GJ").error?.issues[0];
    expect(issue?.message).toContain("in front of a unit");
    expect(issue?.message).toContain('did you mean "TJ"');
    expect(ncv.safeParse("GJ/1000t").error?.issues[0]?.message).toContain('did you mean "GJ/kt"');
  });

  it("refuses a name that is an object property with a typed issue, never a crash", () => {
    for (const u of ["constructor", "__proto__", "toString"]) expect(energy.safeParse(u).error?.issues[0]?.message).toContain("unknown unit");
    expect(ncv.safeParse("constructor/t").success).toBe(false);
  });

  it("refuses a unit of the wrong kind, saying what the field takes", () => {
    expect(energy.safeParse("t").error?.issues[0]?.message).toBe('expected an energy unit such as GJ or MWh, got "t"');
    expect(ncv.safeParse("t/GJ").error?.issues[0]?.message).toBe('expected energy per mass, e.g. GJ/t, got "t/GJ"');
  });

  it("refuses what is not text", () => {
    expect(energy.safeParse(42).success).toBe(false);
  });
});
