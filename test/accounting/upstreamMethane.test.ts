import { describe, expect, it } from "vitest";
import { BasisConversionError, createFactorSet, upstreamMethane, upstreamPartOf, upstreamSpecSchema, UPSTREAM_SECTORS } from "../../src/index.js";

// Every parameter here is a user's stated value (the upstream scope has no defaults); expected
// values are hand-computed from them. The one built-in number used is the natural-gas NCV of the
// factor set, 48.0 TJ/Gg (IPCC 2006 Vol. 2 ch. 1 Table 1.2), where an activity in energy is
// brought to gas mass.
const src = { id: "Utility-2025", table: "Table 2" };
const set = createFactorSet();
const gasSpec = (content: { value: string; unit: string }) => ({ naturalGas: { leakageRate: { value: "0.01", source: src }, methaneContent: { ...content, source: src } } });
const gas = (value: string, unit: string, extra: object = {}) => ({ id: "boilers", sector: "1.A.4.a.i", fuel: "naturalGas", activityLevel: { value, unit }, ...extra });
const coal = (value: string, unit: string, fuel = "anthracite") => ({ id: "stoves", sector: "1.A.4.b.i", fuel, activityLevel: { value, unit }, netCalorificValue: { value: "25", unit: "GJ/t" } });

describe("upstreamMethane for natural gas: leakage rate x gas delivered x methane content", () => {
  it("brings gas in energy to mass through the NCV: 96 TJ / 48 GJ/t = 2000 t, x 1% x 0.9 kg/kg = 18 t CH4", () => {
    const hit = upstreamMethane(gas("96", "TJ"), gasSpec({ value: "0.9", unit: "kg/kg" }), set)!;
    expect(hit.part).toBe("naturalGas");
    expect(hit.ch4.toString()).toBe("18");
    expect(hit.conversions[0]?.description).toContain("energy to fuel mass with NCV 48");
    expect(hit.factors.map((f) => [f.rowId, f.value, f.unit, f.quality])).toEqual([
      ["upstream.naturalGas.leakageRate", "0.01", "kg/kg", "userSupplied"],
      ["upstream.naturalGas.methaneContent", "0.9", "kg/kg", "userSupplied"],
    ]);
    expect(hit.factors[0]?.derivation).toBe("upstream CH4 = leakage rate 0.01 kg/kg x gas delivered 2000000 kg x methane content 0.9 kg/kg = 18 t");
  });

  it("takes a methane content per energy without any NCV: 1000 GJ x 1% x 18 kg/GJ = 0.18 t", () => {
    const hit = upstreamMethane(gas("1000", "GJ"), gasSpec({ value: "18", unit: "kg/GJ" }), set)!;
    expect(hit.ch4.toString()).toBe("0.18");
    expect(hit.conversions).toEqual([]);
  });

  it("takes gas in Nm3 with a methane content per Nm3: 1,000,000 Nm3 x 1% x 0.65 kg/Nm3 = 6.5 t", () => {
    expect(upstreamMethane(gas("1", "MNm3"), gasSpec({ value: "0.65", unit: "kg/Nm3" }), set)!.ch4.toString()).toBe("6.5");
  });

  it("refuses gas in Nm3 against a content per mass when no mass NCV can bridge them, rather than guess a density", () => {
    expect(() => upstreamMethane(gas("1", "MNm3", { netCalorificValue: { value: "36", unit: "MJ/Nm3" } }), gasSpec({ value: "0.9", unit: "kg/kg" }), set)).toThrow(BasisConversionError);
  });
});

describe("upstreamMethane for coal: coal mass x methane per tonne", () => {
  const perTonne = (value: string, unit: string, density?: { value: string; unit: string }) => ({
    coal: { methanePerTonne: { value, unit, source: src }, ...(density === undefined ? {} : { methaneDensity: { ...density, source: src } }) },
  });

  it("takes a mass per tonne: 1000 t x 10 kg/t = 10 t CH4", () => {
    expect(upstreamMethane(coal("1000", "t"), perTonne("10", "kg/t"), set)!.ch4.toString()).toBe("10");
  });

  it("turns a volume per tonne into mass with the stated density: 1000 t x 18 m3/t x 0.67 kg/m3 = 12.06 t", () => {
    const hit = upstreamMethane(coal("1000", "t"), perTonne("18", "m3/t", { value: "0.67", unit: "kg/m3" }), set)!;
    expect(hit.ch4.toString()).toBe("12.06");
    expect(hit.factors.map((f) => f.rowId)).toEqual(["upstream.coal.methanePerTonne", "upstream.coal.methaneDensity"]);
    expect(hit.factors[0]?.derivation).toBe("upstream CH4 = coal 1000 t x methane 18 m3/t x density 0.67 kg/m3 = 12.06 t");
  });

  it("brings coal in energy to mass through the activity's NCV: 25 TJ / 25 GJ/t = 1000 t", () => {
    expect(upstreamMethane(coal("25", "TJ"), perTonne("10", "kg/t"), set)!.ch4.toString()).toBe("10");
  });

  it("covers the mined coals (hard and brown coal groups) and nothing else", () => {
    expect(upstreamMethane(coal("1000", "t", "lignite"), perTonne("1", "kg/t"), set)?.ch4.toString()).toBe("1");
    expect(upstreamMethane(coal("1000", "t", "patentFuel"), perTonne("1", "kg/t"), set)).toBeUndefined();
    expect(upstreamMethane(coal("1000", "t"), gasSpec({ value: "1", unit: "kg/kg" }), set)).toBeUndefined();
    expect(["naturalGas", "anthracite", "cokingCoal", "otherBituminousCoal", "subBituminousCoal", "lignite", "lpg", "wood", "electricity"].map(upstreamPartOf)).toEqual(["naturalGas", "coal", "coal", "coal", "coal", "coal", undefined, undefined, undefined]);
  });

  it("reports coal-mine methane under 1.B.1.a and gas supply leakage under 1.B.2.b (IPCC 2006 Vol. 2 ch. 4 fugitive emissions)", () => {
    expect(UPSTREAM_SECTORS).toEqual({ naturalGas: "1.B.2.b", coal: "1.B.1.a" });
  });
});

describe("upstreamSpecSchema", () => {
  const issues = (spec: unknown) => upstreamSpecSchema.safeParse(spec).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it("refuses a volume per tonne without a density", () => {
    expect(issues({ coal: { methanePerTonne: { value: "18", unit: "m3/t", source: src } } })).toEqual([["coal.methaneDensity", "a methane volume per tonne (e.g. m3/t) needs methaneDensity (e.g. kg/m3) to become a mass"]]);
  });

  it("refuses a leakage rate outside 0..1, a mass fraction above 1 and a content in a unit of the wrong kind", () => {
    expect(issues({ naturalGas: { ...gasSpec({ value: "0.9", unit: "kg/kg" }).naturalGas, leakageRate: { value: "1.5", source: src } } })).toEqual([["naturalGas.leakageRate.value", "a leakage rate is a fraction from 0 to 1"]]);
    expect(issues(gasSpec({ value: "1200", unit: "g/kg" }))).toEqual([["naturalGas.methaneContent.value", "a methane mass fraction must not exceed 1"]]);
    expect(issues(gasSpec({ value: "1", unit: "m3/m3" })).map(([p]) => p)).toEqual(["naturalGas.methaneContent.unit"]);
  });

  it("refuses a field it does not know, and accepts either part alone", () => {
    expect(issues({ naturalGas: { ...gasSpec({ value: "1", unit: "kg/kg" }).naturalGas, leakage: "0.01" } }).map(([p]) => p)).toEqual(["naturalGas"]);
    expect(issues(gasSpec({ value: "1", unit: "kg/kg" }))).toEqual([]);
    expect(issues({ coal: { methanePerTonne: { value: "10", unit: "kg/t", source: src } } })).toEqual([]);
  });
});
