import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActivityRow } from "../../src/activity/activityRow.js";
import { computeEmissions } from "../../src/accounting/computeEmissions.js";
import { BasisConversionError, InvalidInputError, UnknownFuelError, UnknownSectorError } from "../../src/errors.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import type { GridFactorRow } from "../../src/factors/gridFactorRow.js";
import { Dec } from "../../src/units/decimal.js";
import { CITY_CITATION, CITY_TABLE } from "../fixtures/cityTable.js";

// All factors here are the illustrative user rows of test/fixtures/cityTable.ts; the arithmetic is checked by hand.
const set = createFactorSet({
  userTables: [CITY_TABLE],
  userCitations: [CITY_CITATION],
  userNcv: [{ id: "city.ncv.coal", fuel: "otherBituminousCoal", value: "20", unit: "GJ/t", source: { id: CITY_CITATION.id, table: "Table 1" }, quality: "userSupplied" }],
  builtinTables: [],
});
const boilers: ActivityRow = { id: "boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "1000", unit: "TJ" } };
const total = (inv: ReturnType<typeof computeEmissions>, s: string, scope = "direct") => inv.totals.find((t) => t.species === s && t.scope === scope)?.value;

describe("computeEmissions", () => {
  it("multiplies energy activity by a g/GJ factor: 1000 TJ x 50 g/GJ = 50 t", () => {
    const inv = computeEmissions([boilers], { factors: set, species: ["PM2.5"] });
    expect(total(inv, "PM2.5")).toBe("50");
    expect(inv.rows[0]?.factors[0]).toMatchObject({ rowId: "city.1A4ai.coal.PM2.5", layer: "user", source: { id: CITY_CITATION.id } });
  });

  it("derives BC and OC as shares of PM2.5: 10% and 0.2 of 50 t", () => {
    const inv = computeEmissions([boilers], { factors: set, species: ["BC", "OC"] });
    expect(total(inv, "BC")).toBe("5");
    expect(total(inv, "OC")).toBe("10");
    expect(inv.rows[0]?.factors.map((f) => f.rowId)).toEqual(["city.1A4ai.coal.BC", "city.1A4ai.coal.PM2.5"]);
  });

  it("brings energy onto a per-fuel-mass factor through the NCV: 1000 TJ / 20 GJ/t = 50 kt; x 2 g/kg = 100 t", () => {
    const inv = computeEmissions([boilers], { factors: set, species: ["NOx"] });
    expect(total(inv, "NOx")).toBe("100");
    expect(inv.rows[0]?.conversions[0]?.description).toContain("energy to fuel mass with NCV 20 GJ/t");
  });

  it("prefers the NCV given with the activity (local coal) over the table's", () => {
    const inv = computeEmissions([{ ...boilers, netCalorificValue: { value: "25", unit: "MJ/kg" } }], { factors: set, species: ["NOx"] });
    expect(total(inv, "NOx")).toBe("80"); // 1e6 GJ / 25 GJ/t = 40 kt = 4e7 kg x 2 g/kg = 80 t
  });

  it("brings fuel mass onto an energy factor: 50 kt x 20 GJ/t x 50 g/GJ = 50 t", () => {
    const inv = computeEmissions([{ ...boilers, activityLevel: { value: "50", unit: "kt" } }], { factors: set, species: ["PM2.5"] });
    expect(total(inv, "PM2.5")).toBe("50");
  });

  it("multiplies vehicle-km by g/km: 1e6 vkm x 5.5 g/km = 5.5 t", () => {
    const bus: ActivityRow = { id: "bus", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "City bus Euro IV", activityLevel: { value: "1e6", unit: "vehicle-km" } };
    expect(total(computeEmissions([bus], { factors: set, species: ["NOx"] }), "NOx")).toBe("5.5");
  });

  it("reports biogenic fuels' fossil CO2 as zero by an explicit rule", () => {
    const wood: ActivityRow = { id: "stoves", sector: "1.A.4.b.i", fuel: "wood", activityLevel: { value: "10", unit: "TJ" } };
    const inv = computeEmissions([wood], { factors: set, species: ["CO2"] });
    expect(total(inv, "CO2")).toBe("0");
    expect(inv.rows[0]?.rule).toContain("biogenic");
  });

  it("prices electricity with the grid factor given, as an indirect emission", () => {
    const grid: GridFactorRow = { id: "g", country: "CN", year: 2022, value: "0.5", unit: "t/MWh", definition: "illustrative", source: { id: CITY_CITATION.id, table: "T" }, quality: "userSupplied" };
    const heatPumps: ActivityRow = { id: "hp", sector: "1.A.4.b.i", fuel: "electricity", activityLevel: { value: "2", unit: "GWh" } };
    const inv = computeEmissions([heatPumps], { factors: set, species: ["CO2"], gridFactor: grid });
    expect(total(inv, "CO2", "indirect")).toBe("1000");
    expect(total(inv, "CO2", "direct")).toBe("0");
    expect(inv.rows[0]?.indirect).toBe(true);
  });

  it("lists a missing factor when asked to omit, never as a silent zero", () => {
    const inv = computeEmissions([boilers], { factors: set, species: ["PM2.5", "SO2"], onMissingFactor: "omit" });
    expect(inv.rows.map((r) => r.species)).toEqual(["PM2.5"]);
    expect(inv.missing).toMatchObject([{ activityId: "boilers", species: "SO2" }]);
  });

  it("rejects negative and non-numeric activity, naming every bad field", () => {
    try {
      computeEmissions(
        [
          { ...boilers, activityLevel: { value: "-5", unit: "TJ" } },
          { ...boilers, id: "b2", activityLevel: { value: "NaN", unit: "TJ" } },
        ],
        { factors: set, species: ["PM2.5", "PM1" as never] },
      );
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).issues.map((i) => i.path.join("."))).toEqual([
        "activities.0.activityLevel.value",
        "activities.1.activityLevel.value",
        "species.1",
      ]);
    }
  });

  it("rejects an unknown fuel and an unknown sector with the nearest valid ids", () => {
    expect(() => computeEmissions([{ ...boilers, fuel: "bituminousCoal" }], { factors: set, species: ["PM2.5"] })).toThrow(UnknownFuelError);
    expect(() => computeEmissions([{ ...boilers, sector: "1.A.4.a.ii" }], { factors: set, species: ["PM2.5"] })).toThrow(UnknownSectorError);
    expect(() => computeEmissions([{ ...boilers, sector: "1.A.4.a.ii" }], { factors: set, species: ["PM2.5"] })).toThrow(/1\.A\.4\.a\.i/);
  });

  it("rejects an activity unit that cannot meet the factor's basis, naming the field", () => {
    try {
      computeEmissions([{ ...boilers, activityLevel: { value: "5", unit: "m2" } }], { factors: set, species: ["PM2.5"] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(BasisConversionError);
      expect((e as BasisConversionError).path).toEqual(["activities", 0, "activityLevel", "unit"]);
    }
    const bus: ActivityRow = { id: "bus", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", activityLevel: { value: "1", unit: "vkm" } };
    expect(() => computeEmissions([bus], { factors: set, species: ["NOx"] })).toThrow(/fuelConsumption/);
  });

  it("does not change its input", () => {
    const input = [structuredClone(boilers)];
    const copy = structuredClone(input);
    computeEmissions(input, { factors: set, species: ["PM2.5", "BC", "NOx"] });
    expect(input).toEqual(copy);
  });
});

describe("computeEmissions invariants (properties)", () => {
  const amount = fc.bigInt({ min: 0n, max: 10n ** 15n }).map(String);
  const species = ["PM2.5", "BC", "OC", "NOx"] as const;

  it("is linear in activity: k times the activity gives k times every emission", () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 0, max: 10_000 }), (a, k) => {
        const one = computeEmissions([{ ...boilers, activityLevel: { value: a, unit: "GJ" } }], { factors: set, species: [...species] });
        const many = computeEmissions([{ ...boilers, activityLevel: { value: new Dec(a).times(k).toString(), unit: "GJ" } }], { factors: set, species: [...species] });
        one.totals.forEach((t, i) => expect(new Dec(many.totals[i]!.value).eq(new Dec(t.value).times(k))).toBe(true));
      }),
    );
  });

  it("gives the same emissions for the same activity in GJ, TJ, PJ, MWh, toe, tce, or kt of coal (via its NCV)", () => {
    const units = ["GJ", "TJ", "PJ", "MWh", "toe", "tce", "kt"] as const;
    fc.assert(
      fc.property(amount, fc.constantFrom(...units), (gj, unit) => {
        const inGj = computeEmissions([{ ...boilers, activityLevel: { value: gj, unit: "GJ" } }], { factors: set, species: [...species] });
        const value = new Dec(gj).div(unitToGj[unit]!);
        const other = computeEmissions([{ ...boilers, activityLevel: { value: value.toString(), unit } }], { factors: set, species: [...species] });
        inGj.totals.forEach((t, i) => {
          const a = new Dec(t.value);
          const b = new Dec(other.totals[i]!.value);
          expect(a.minus(b).abs().lte(a.abs().times("1e-30"))).toBe(true);
        });
      }),
    );
  });

  it("never gives a negative emission", () => {
    fc.assert(
      fc.property(amount, (a) => {
        const inv = computeEmissions([{ ...boilers, activityLevel: { value: a, unit: "TJ" } }], { factors: set, species: [...species] });
        for (const r of inv.rows) expect(new Dec(r.value).gte(0)).toBe(true);
      }),
    );
  });
});

// GJ per unit; kt of coal is 20 000 GJ through the test NCV of 20 GJ/t.
const unitToGj: Record<string, string> = { GJ: "1", TJ: "1000", PJ: "1000000", MWh: "3.6", toe: "41.868", tce: "29.3076", kt: "20000" };
