import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidInputError, allocateChp, toDec, type ChpAllocationMethod } from "../../src/index.js";

// A hand-worked plant (issue 11, item 4): 200 GJ of fuel (given as 0.2 TJ) make 60 GJ of
// electricity and 100 GJ of heat (given as 100,000 MJ). Each method by hand:
//   energy:               heat share 100 / (60 + 100) = 0.625              -> heat 125, electricity 75
//   exergy, 280 K / 350 K: Carnot 1 - 280/350 = 0.2; 100 x 0.2 = 20; 20 / (60 + 20) = 0.25 -> 50, 150
//   efficiency, eH 0.8, eE 0.48: 100/0.8 = 125, 60/0.48 = 125; 125 / 250 = 0.5 -> 100, 100
//   fixed heat efficiency 0.8: 100/0.8 = 125 GJ to heat, the rest 75 to electricity
// The methods are those of the GHG Protocol CHP allocation guidance (WRI/WBCSD 2006: efficiency,
// energy content, work potential) and the residual (fixed heat efficiency) approach.
const plant = { fuel: { value: "0.2", unit: "TJ" }, electricity: { value: "60", unit: "GJ" }, heat: { value: "100000", unit: "MJ" } };
const split = (method: ChpAllocationMethod) => {
  const a = allocateChp({ ...plant, method });
  return [a.fuelToHeat.value, a.fuelToElectricity.value, a.heatShare];
};

describe("allocateChp splits a CHP plant's fuel by the method the user names", () => {
  it("by the energy of the outputs", () => {
    expect(split({ kind: "energy" })).toEqual(["125", "75", "0.625"]);
  });

  it("by exergy, heat weighed by its Carnot factor", () => {
    expect(split({ kind: "exergy", ambientTemperature: "280", heatTemperature: "350" })).toEqual(["50", "150", "0.25"]);
  });

  it("by the efficiency method, with stated reference efficiencies of separate production", () => {
    expect(split({ kind: "efficiency", referenceHeatEfficiency: "0.8", referenceElectricEfficiency: "0.48" })).toEqual(["100", "100", "0.5"]);
  });

  it("by a fixed heat efficiency, electricity taking the rest", () => {
    expect(split({ kind: "fixedHeatEfficiency", heatEfficiency: "0.8" })).toEqual(["125", "75", "0.625"]);
  });

  it("says which method and inputs it used, for provenance", () => {
    expect(allocateChp({ ...plant, method: { kind: "exergy", ambientTemperature: "280", heatTemperature: "350" } }).method).toBe("exergy (work potential): heat x Carnot factor 1 - 280 K / 350 K");
  });

  it("always gives heat and electricity that sum exactly to the fuel, with a heat share from 0 to 1", () => {
    const methods = fc.oneof(
      fc.constant<ChpAllocationMethod>({ kind: "energy" }),
      fc.tuple(fc.integer({ min: 250, max: 320 }), fc.integer({ min: 1, max: 300 })).map(([t0, dt]): ChpAllocationMethod => ({ kind: "exergy", ambientTemperature: String(t0), heatTemperature: String(t0 + dt) })),
      fc.tuple(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 1, max: 100 })).map(([h, e]): ChpAllocationMethod => ({ kind: "efficiency", referenceHeatEfficiency: String(h / 100), referenceElectricEfficiency: String(e / 100) })),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), fc.integer({ min: 0, max: 10 ** 6 }), methods, (fuel, e, h, method) => {
        fc.pre(e + h > 0);
        const a = allocateChp({ fuel: { value: String(fuel), unit: "GJ" }, electricity: { value: String(e), unit: "GJ" }, heat: { value: String(h), unit: "GJ" }, method });
        expect(toDec(a.fuelToHeat.value).plus(a.fuelToElectricity.value).eq(fuel)).toBe(true);
        expect(toDec(a.heatShare).gte(0) && toDec(a.heatShare).lte(1)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});

describe("allocateChp refuses, with the path", () => {
  const paths = (input: unknown) => {
    try {
      allocateChp(input as never);
    } catch (e) {
      if (e instanceof InvalidInputError) return e.issues.map((i) => i.path.join("."));
      throw e;
    }
    return [];
  };

  it("no method: there is no default", () => {
    expect(paths(plant)).toEqual(["method"]);
  });

  it("a heat temperature not above the ambient one", () => {
    expect(paths({ ...plant, method: { kind: "exergy", ambientTemperature: "300", heatTemperature: "300" } })).toEqual(["method.heatTemperature"]);
  });

  it("a fixed heat efficiency that leaves electricity negative fuel", () => {
    expect(paths({ ...plant, method: { kind: "fixedHeatEfficiency", heatEfficiency: "0.4" } })).toEqual(["method.heatEfficiency"]);
  });

  it("a plant with no output, and an output that is not energy", () => {
    expect(paths({ ...plant, electricity: { value: "0", unit: "GJ" }, heat: { value: "0", unit: "GJ" }, method: { kind: "energy" } })).toEqual(["heat"]);
    expect(paths({ ...plant, heat: { value: "1", unit: "t" }, method: { kind: "energy" } })).toEqual(["heat.unit"]);
  });
});
