import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { FUEL_SULPHUR_STANDARDS, InvalidInputError, builtinCitationRegistry, computeEmissions, createFactorSet, so2PerFuelMass, sulphurMassFraction } from "../../src/index.js";
import { Dec } from "../../src/units/decimal.js";
import { thrown } from "../fixtures/thrown.js";

describe("sulphur content", () => {
  it("reads %, ppm by mass and mass ratios exactly as mass fractions", () => {
    expect(sulphurMassFraction({ value: "0.8", unit: "%" }, "otherBituminousCoal").fraction.toString()).toBe("0.008");
    expect(sulphurMassFraction({ value: "10", unit: "ppm" }, "gasDieselOil").fraction.toString()).toBe("0.00001");
    expect(sulphurMassFraction({ value: "10", unit: "mg/kg" }, "gasDieselOil").fraction.toString()).toBe("0.00001");
    expect(sulphurMassFraction({ value: "8", unit: "kg/t" }, "lignite").fraction.toString()).toBe("0.008");
  });

  it("reads a fuel standard's limit by id, with its citation: JP-diesel is 0.001 mass% = 10 mg/kg", () => {
    // Ministry of the Environment, Japan (2006): permissible limit of sulfur in diesel oil 0.001% by weight
    const s = sulphurMassFraction({ standard: "JP-diesel" }, "gasDieselOil");
    expect(s.fraction.toString()).toBe("0.00001");
    expect(s.source?.id).toBe("MOEJ-2006-FuelSulphur");
    expect(s.text).toMatch(/a maximum/);
  });

  it("reads Korea's low-sulphur fuel oil limits: heavy fuel oil in Seoul at most 0.3% (3000 mg/kg)", () => {
    // Ministry of Environment, Korea, Mandatory Use of Low Sulfur Fuel: heavy fuel 0.3% or less in Seoul and 57 other local governments
    expect(sulphurMassFraction({ standard: "KR-fuelOil-heavy-0.3" }, "residualFuelOil").fraction.toString()).toBe("0.003");
    expect(sulphurMassFraction({ standard: "KR-fuelOil-diesel" }, "gasDieselOil").fraction.toString()).toBe("0.001");
  });

  it("has every standard citing a registered publication, secondary ones naming what was read", () => {
    const registry = builtinCitationRegistry();
    for (const s of FUEL_SULPHUR_STANDARDS) {
      expect(registry.byId.has(s.source.id)).toBe(true);
      if (s.quality === "secondary") expect(s.via).toBeDefined();
    }
  });

  it("refuses an unknown standard with the nearest ids, a standard for another fuel, a unit that is no mass fraction and more than 100%", () => {
    const unknown = thrown(() => sulphurMassFraction({ standard: "JP-diesl" }, "gasDieselOil", ["baseline", 0, "sulphurContent"]), InvalidInputError);
    expect(unknown.issues[0]).toMatchObject({ code: "unknown_reference", key: "JP-diesl", path: ["baseline", 0, "sulphurContent", "standard"] });
    expect(unknown.issues[0]?.nearest?.[0]).toBe("JP-diesel");
    expect(thrown(() => sulphurMassFraction({ standard: "JP-diesel" }, "motorGasoline"), InvalidInputError).message).toMatch(/for fuel gasDieselOil/);
    expect(thrown(() => sulphurMassFraction({ value: "1", unit: "g/GJ" }, "lignite"), InvalidInputError).message).toMatch(/mass fraction/);
    expect(thrown(() => sulphurMassFraction({ value: "120", unit: "%" }, "lignite"), InvalidInputError).issues[0]?.code).toBe("out_of_range");
  });

  it("refuses a standard on a row outside the sector group it applies to, naming the standard's scope", () => {
    // Korea's low-sulphur fuel system covers fuel oil used as fuel (boilers, heating), not road fuel (data-sources.md); China V / Japan limits are for road fuel
    const road = thrown(() => sulphurMassFraction({ standard: "KR-fuelOil-diesel" }, "gasDieselOil", ["baseline", 2, "sulphurContent"], "1.A.3.b.iii"), InvalidInputError);
    expect(road.issues[0]).toMatchObject({ key: "KR-fuelOil-diesel", path: ["baseline", 2, "sulphurContent", "standard"] });
    expect(road.message).toMatch(/applies to fuel oil used as fuel in boilers and heating, not road fuel/);
    expect(road.message).toMatch(/sector 1\.A\.3\.b\.iii/);
    expect(road.message).toMatch(/CN-V-diesel, JP-diesel/);
    expect(thrown(() => sulphurMassFraction({ standard: "JP-diesel" }, "gasDieselOil", [], "1.A.4.a.i"), InvalidInputError).message).toMatch(/applies to road vehicle fuel \(sectors 1\.A\.3\.b\)/);
    expect(sulphurMassFraction({ standard: "KR-fuelOil-diesel" }, "gasDieselOil", [], "1.A.4.a.i").fraction.toString()).toBe("0.001");
    expect(sulphurMassFraction({ standard: "JP-diesel" }, "gasDieselOil", [], "1.A.3.b.iii").fraction.toString()).toBe("0.00001");
  });

  it("refuses KR-fuelOil-diesel on a road diesel activity in computeEmissions instead of giving 100x the SO2", () => {
    const e = thrown(() => computeEmissions(
      [{ id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", activityLevel: { value: "1000", unit: "t" }, sulphurContent: { standard: "KR-fuelOil-diesel" }, sulphurRetention: "0" }],
      { factors: createFactorSet(), species: ["SO2"] },
    ), InvalidInputError);
    expect(e.issues[0]?.path).toEqual(["activities", 0, "sulphurContent", "standard"]);
  });

  it("gives SO2 per fuel mass as 2 x S x (1 - r) with M(SO2)/M(S) = 64.058/32.06: 10 ppm diesel emits 0.019981 g SO2/kg", () => {
    // 0.00001 x 1.998066126 x 1000 g/kg = 0.01998066 g/kg (IUPAC 2021 conventional atomic weights)
    expect(so2PerFuelMass("0.00001", "0").times(1000).toFixed(8)).toBe("0.01998066");
  });

  it("replaces the table SO2 factor in computeEmissions, visibly: 100 t of 0.5% S lignite, none retained, emit 0.99903 t SO2", () => {
    // 100 t x 0.005 x 64.058/32.06 = 0.999033 t (mass balance by hand)
    const inv = computeEmissions(
      [{ id: "plant", sector: "1.A.1.a", fuel: "lignite", activityLevel: { value: "100", unit: "t" }, sulphurContent: { value: "0.5", unit: "%" }, sulphurRetention: "0" }],
      { factors: createFactorSet(), species: ["SO2"] },
    );
    const row = inv.rows[0]!;
    expect(new Dec(row.value).toFixed(6)).toBe("0.999033");
    expect(row.rule).toMatch(/^derived from sulphur content 0.5 % and retention 0/);
    expect(row.factors[0]).toMatchObject({ tableId: "sulphurMassBalance", unit: "g/kg fuel", quality: "derived" });
    expect(row.conversions).toEqual([]); // tonnes are already fuel mass: no NCV
  });

  it("is linear in S and in the share not retained (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100000 }), fc.integer({ min: 0, max: 1000 }), (sPpm, rPermille) => {
        const s = new Dec(sPpm).div(1e6);
        const r = new Dec(rPermille).div(1000);
        const expected = s.times("64.058").div("32.06").times(new Dec(1).minus(r));
        expect(so2PerFuelMass(s, r).minus(expected).abs().lte(expected.times("1e-35"))).toBe(true);
      }),
    );
  });
});
