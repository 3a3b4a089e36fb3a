import { describe, expect, it } from "vitest";
import { factorRowSchema } from "../../src/factors/factorRow.js";
import { ncvRowSchema } from "../../src/factors/ncvRow.js";
import { energyPerVkmSchema, energyUnitSchema } from "../../src/measures/fractionSchemas.js";

// Issue 8: a refused unit is a typed error at its field with "did you mean" from the registry,
// in every field that takes a unit, not a generic "expected a unit" message.
const message = (r: { success: boolean; error?: { issues: readonly { message: string; path: readonly PropertyKey[] }[] } }) => r.error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("\n") ?? "";

describe("unit fields", () => {
  it("name the prefixed unit a scaled fuel-switch unit meant (1000GJ -> TJ)", () => {
    expect(message(energyUnitSchema.safeParse("1000GJ"))).toMatch(/did you mean "TJ"/);
    expect(message(energyUnitSchema.safeParse("t"))).toMatch(/expected an energy unit/);
  });

  it("name the field of an electric vehicle's energy per km (value or unit)", () => {
    expect(message(energyPerVkmSchema.safeParse({ value: "1.3", unit: "kWh/1000vkm" }))).toMatch(/^unit: .*did you mean "kWh\/kvkm"/);
    expect(message(energyPerVkmSchema.safeParse({ value: "-1.3", unit: "kWh/vkm" }))).toMatch(/^value: /);
  });

  it("suggest a unit for an NCV and a user factor row", () => {
    const ncv = ncvRowSchema.safeParse({ id: "n", fuel: "otherBituminousCoal", value: "20", unit: "GJ/1000t", source: { id: "x" }, quality: "userSupplied" });
    expect(message(ncv)).toMatch(/unit: .*did you mean "GJ\/kt"/);
    const row = factorRowSchema.safeParse({ id: "r", sector: "1.A.4.a.i", fuel: "naturalGas", pollutant: "SO2", value: "1", unit: "1000g/GJ", source: { id: "x" }, quality: "userSupplied" });
    expect(message(row)).toMatch(/unit: .*did you mean "kg"/);
  });

  it("stay a typed error for prototype names", () => {
    expect(message(energyUnitSchema.safeParse("constructor"))).toMatch(/unknown unit "constructor"/);
    expect(message(energyUnitSchema.safeParse("__proto__"))).toMatch(/unknown unit "__proto__"/);
  });
});
