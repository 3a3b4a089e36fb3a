import { bignumberDependencies, create, createUnitDependencies, unitDependencies } from "mathjs";
import { describe, expect, it } from "vitest";
import { Dec } from "../../src/units/decimal.js";
import { conversionFactor, parseRatioUnit, parseUnit } from "../../src/units/units.js";
import { UnitDimensionError } from "../../src/errors.js";
import { UNIT_REGISTRY } from "../../src/units/unitRegistry.js";

// The strict unit grammar computes every factor exactly from the registry. mathjs's unit algebra
// is the independent oracle: SI units (g, t, J, Wh, m and their prefixes) are mathjs's own
// definitions; the units mathjs lacks are defined to it from their published definitions
// (toe = 10^7 kcal_IT, IEA; tce = 7000 kcal_IT/kg, GB/T 2589; cal_IT = 4.1868 J, ISO 80000-5),
// written here, not read from the registry.
const math = create({ unitDependencies: unitDependencies!, createUnitDependencies: createUnitDependencies!, bignumberDependencies: bignumberDependencies! }, { number: "BigNumber", precision: 64 });
math.createUnit("vkm");
math.createUnit("Nm3");
math.createUnit("kt", { definition: "1000 t" });
math.createUnit("Mt", { definition: "1e6 t" });
math.createUnit("Gt", { definition: "1e9 t" });
math.createUnit("kcal", { definition: "4186.8 J" });
math.createUnit("Mcal", { definition: "1000 kcal" });
math.createUnit("Gcal", { definition: "1e6 kcal" });
math.createUnit("toe", { definition: "1e7 kcal" });
math.createUnit("ktoe", { definition: "1000 toe" });
math.createUnit("Mtoe", { definition: "1e6 toe" });
math.createUnit("tce", { definition: "7e6 kcal" });
math.createUnit("kgce", { definition: "0.001 tce" });
math.createUnit("ktce", { definition: "1000 tce" });
math.createUnit("Mtce", { definition: "1e6 tce" });
math.createUnit("kvkm", { definition: "1000 vkm" });
math.createUnit("Mvkm", { definition: "1e6 vkm" });
math.createUnit("kNm3", { definition: "1000 Nm3" });
math.createUnit("MNm3", { definition: "1e6 Nm3" });
// Counts of a stock are base units of their own, like vkm (written out, not read from the registry).
const COUNTS = ["household", "vehicle", "building", "stove", "device", "boiler", "person", "machine", "site"] as const;
for (const c of COUNTS) math.createUnit(c);
const BASE = { mass: "kg", energy: "J", vehicleDistance: "vkm", gasVolume: "Nm3", length: "m", ...Object.fromEntries(COUNTS.map((c) => [c, c])) } as Record<string, string>;
const ALIAS: Record<string, string> = { tonne: "t", tonnes: "t", "vehicle-km": "vkm", "veh-km": "vkm", "vehicle km": "vkm", ...Object.fromEntries(COUNTS.map((c) => [`${c}s`, c])) };

const byMathjs = (expression: string, base: string) => new Dec((math.unit(math.bignumber(1), expression).toNumeric(base) as unknown as { toString(): string }).toString());

describe("the unit registry against mathjs's unit algebra", () => {
  it("gives every registered name the factor mathjs computes from its definition", () => {
    const disagreements = [...UNIT_REGISTRY.values()]
      .filter((u) => !parseUnit(u.name).toBase.equals(byMathjs(ALIAS[u.name] ?? u.name, BASE[u.quantity]!)))
      .map((u) => `${u.name}: registry ${parseUnit(u.name).toBase.toString()}, mathjs ${byMathjs(ALIAS[u.name] ?? u.name, BASE[u.quantity]!).toString()}`);
    expect(disagreements).toEqual([]);
  });

  it("agrees on products, powers and ratios (km2, m^3, kcal/kg, g/GJ, kWh/vkm)", () => {
    expect(parseUnit("km2").toBase.equals(byMathjs("km^2", "m^2"))).toBe(true);
    expect(parseUnit("m^3").toBase.equals(byMathjs("m^3", "m^3"))).toBe(true);
    expect(parseRatioUnit("kcal/kg").toBase.equals(byMathjs("kcal/kg", "J/kg"))).toBe(true);
    expect(parseRatioUnit("g/GJ").toBase.equals(byMathjs("g/GJ", "kg/J"))).toBe(true);
    expect(parseRatioUnit("kWh/vkm").toBase.equals(byMathjs("kWh/vkm", "J/vkm"))).toBe(true);
    expect(parseRatioUnit("kg/household").toBase.equals(byMathjs("kg/household", "kg/household"))).toBe(true);
    expect(parseRatioUnit("GJ/m2").toBase.equals(byMathjs("GJ/m^2", "J/m^2"))).toBe(true);
  });

  it("keeps counts apart: a household is no vehicle, and neither is a pure number", () => {
    expect(parseUnit("households").dimension).toBe("household");
    expect(parseRatioUnit("t/household").denominator.dimension).toBe("household");
    expect(() => conversionFactor("household", "vehicle")).toThrow(UnitDimensionError);
    expect(() => conversionFactor("stove", "device")).toThrow(UnitDimensionError);
    expect(() => parseUnit("household.vehicle")).toThrow(/not one of/);
  });
});
