import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, UnitDimensionError, UnitSyntaxError, UnknownUnitError } from "../../src/errors.js";
import { Dec, isDecimalString, toDec } from "../../src/units/decimal.js";
import { convertQuantity } from "../../src/units/quantity.js";
import { UNIT_NAMES } from "../../src/units/unitRegistry.js";
import { conversionFactor, listUnits, parseRatioUnit, parseUnit } from "../../src/units/units.js";

describe("units", () => {
  it("registers tce as 7000 kcal(IT) = 29.3076 GJ, the tonne of coal equivalent of Chinese statistics", () => {
    expect(conversionFactor("tce", "GJ").toString()).toBe("29.3076");
    expect(conversionFactor("Mtce", "PJ").toString()).toBe("29.3076");
  });

  it("registers toe as 41.868 GJ (IEA definition)", () => {
    expect(conversionFactor("toe", "GJ").toString()).toBe("41.868");
    expect(conversionFactor("Mtoe", "PJ").toString()).toBe("41.868");
  });

  it("converts the masses and energies the field uses exactly", () => {
    expect(conversionFactor("kt", "t").toString()).toBe("1000");
    expect(conversionFactor("Mt", "kt").toString()).toBe("1000");
    expect(conversionFactor("Gg", "t").toString()).toBe("1000");
    expect(conversionFactor("MWh", "GJ").toString()).toBe("3.6");
    expect(conversionFactor("TJ", "GJ").toString()).toBe("1000");
    expect(conversionFactor("PJ", "TJ").toString()).toBe("1000");
  });

  it("reads vehicle-km as its own dimension, never as km", () => {
    expect(parseUnit("vehicle-km").dimension).toBe("vehicleDistance");
    expect(conversionFactor("vehicle-km", "vkm").toString()).toBe("1");
    expect(() => conversionFactor("km", "vkm")).toThrow(UnitDimensionError);
  });

  it("reads Nm3 as a dimension of its own, never as geometric m3", () => {
    expect(parseUnit("Nm3").dimension).toBe("gasVolume");
    expect(conversionFactor("MNm3", "Nm3").toString()).toBe("1000000");
    expect(() => conversionFactor("Nm3", "m3")).toThrow(UnitDimensionError);
  });

  it("refuses a conversion across dimensions with an error naming both units", () => {
    try {
      conversionFactor("t", "GJ");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(UnitDimensionError);
      const err = e as UnitDimensionError;
      expect([err.from, err.to]).toEqual(["t", "GJ"]);
      expect(err.message).toContain('"t" is mass');
      expect(err.message).toContain('"GJ" is energy');
    }
  });

  it("refuses unknown units and compound units where a simple one is expected", () => {
    expect(() => parseUnit("tonnes of coal")).toThrow(UnitSyntaxError);
    expect(() => parseUnit("furlong2")).toThrow(UnknownUnitError);
    expect(() => parseUnit("g/GJ")).toThrow(UnknownUnitError);
  });

  it("parses ratio units to base units (TJ/Gg is 1e6 J/kg)", () => {
    expect(parseRatioUnit("TJ/Gg").toBase.toString()).toBe("1000000");
    expect(parseRatioUnit("GJ/t").toBase.toString()).toBe("1000000");
    expect(parseRatioUnit("MJ/Nm3").numerator.dimension).toBe("energy");
  });

  it("lists the registered units with their definitions", () => {
    expect(listUnits().find((u) => u.name === "tce")?.definition).toBe("29.3076 GJ");
    expect(listUnits().find((u) => u.name === "kcal")?.definition).toBe("4186.8 J");
  });

  it("lists every accepted name once, each parsing to the dimension it is listed with", () => {
    expect(new Set(UNIT_NAMES).size).toBe(UNIT_NAMES.length);
    expect(listUnits().map((u) => u.name)).toEqual(UNIT_NAMES);
    for (const u of listUnits()) expect(parseUnit(u.name).dimension).toBe(u.dimension);
  });

  it("lists no foreign or ambiguous unit", () => {
    const names = new Set(listUnits().map((u) => u.name));
    for (const n of ["lb", "BTU", "cup", "year", "ton", "cal", "L", "h", "s"]) expect(names.has(n)).toBe(false);
  });

  it("converts a quantity without changing the input", () => {
    const q = { value: "2.5", unit: "kt" };
    expect(convertQuantity(q, "t")).toEqual({ value: "2500", unit: "t" });
    expect(q).toEqual({ value: "2.5", unit: "kt" });
  });

  it("round-trips any decimal through any pair of mass units exactly (property)", () => {
    const units = ["g", "kg", "t", "kt", "Mt", "Gg"];
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(...units), fc.constantFrom(...units), (n, a, b) => {
        const there = convertQuantity({ value: String(n), unit: a }, b);
        const back = convertQuantity(there, a);
        expect(new Dec(back.value).eq(n)).toBe(true);
      }),
    );
  });
});

describe("decimal strings", () => {
  it("accepts plain decimals and rejects NaN, Infinity, hex and blanks", () => {
    for (const ok of ["0", "-46", "0.0021", "1e3", "1.5E-3", ".5"]) expect(isDecimalString(ok)).toBe(true);
    for (const bad of ["NaN", "Infinity", "0x10", "", " 1", "1,5"]) expect(isDecimalString(bad)).toBe(false);
  });

  it("adds 0.1 and 0.2 exactly", () => {
    expect(toDec("0.1").plus(toDec(0.2)).toString()).toBe("0.3");
  });

  it("uses a private decimal configuration that does not follow the global Decimal", async () => {
    const { default: GlobalDecimal } = await import("decimal.js");
    const before = GlobalDecimal.precision;
    GlobalDecimal.set({ precision: 5 });
    try {
      expect(new Dec(1).div(3).toString().length).toBeGreaterThan(30);
    } finally {
      GlobalDecimal.set({ precision: before });
    }
  });

  it("refuses non-finite numbers", () => {
    expect(() => toDec(Number.NaN)).toThrow(InvalidInputError);
    expect(() => toDec(Number.POSITIVE_INFINITY)).toThrow(InvalidInputError);
    expect(() => toDec("abc")).toThrow(/expected a finite decimal/);
  });
});
