import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { computeEmissions } from "../../src/accounting/computeEmissions.js";
import { InvalidInputError } from "../../src/errors.js";
import { createFactorSet } from "../../src/factors/factorSet.js";
import { factorRowSchema } from "../../src/factors/factorRow.js";
import { so2FactorFromSulphur } from "../../src/factors/so2FactorFromSulphur.js";
import { Dec } from "../../src/units/decimal.js";

const base = {
  id: "city.coal.SO2",
  sector: "1.A.4.b.i",
  fuel: "otherBituminousCoal",
  sulphurContent: "0.01",
  sulphurRetention: "0",
  netCalorificValue: { value: "20", unit: "GJ/t" },
  source: { id: "IUPAC-2021-AtomicWeights", table: "Table 3" },
};

describe("so2FactorFromSulphur", () => {
  it("gives S x (64.058/32.06) x (1 - r) / NCV: 1% S, no retention, 20 GJ/t -> 999.03 g/GJ", () => {
    // 0.01 kg S/kg x 1.998066 kg SO2/kg S / 0.020 GJ/kg x 1000 g/kg = 999.033 g/GJ (IUPAC 2021 atomic weights)
    const row = so2FactorFromSulphur(base);
    expect(new Dec(row.value).toFixed(3)).toBe("999.033");
    expect(row).toMatchObject({ pollutant: "SO2", unit: "g/GJ", quality: "derived" });
    expect(factorRowSchema.safeParse(row).success).toBe(true);
  });

  it("scales with retention: 10% retained gives 90% of the factor", () => {
    const none = new Dec(so2FactorFromSulphur(base).value);
    const tenth = new Dec(so2FactorFromSulphur({ ...base, sulphurRetention: "0.1" }).value);
    expect(tenth.div(none).toFixed(20)).toBe("0.90000000000000000000");
  });

  it("is proportional to sulphur content and inversely proportional to NCV (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100 }), fc.integer({ min: 5, max: 35 }), (sPermille, ncv) => {
        const row = so2FactorFromSulphur({ ...base, sulphurContent: new Dec(sPermille).div(1000).toString(), netCalorificValue: { value: String(ncv), unit: "MJ/kg" } });
        const expected = new Dec(sPermille).div(1000).times(new Dec("64.058").div("32.06")).times(1000).div(new Dec(ncv).div(1000));
        expect(new Dec(row.value).minus(expected).abs().lt("1e-30")).toBe(true);
      }),
    );
  });

  it("feeds accounting as a user row: 100 kt of 1% S coal at 20 GJ/t emits 1998.07 t SO2", () => {
    const row = so2FactorFromSulphur(base);
    const set = createFactorSet({ userTables: [{ id: "city", title: "city", rows: [row] }], builtinTables: [] });
    const inv = computeEmissions(
      [{ id: "stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", activityLevel: { value: "100", unit: "kt" }, netCalorificValue: { value: "20", unit: "GJ/t" } }],
      { factors: set, species: ["SO2"] },
    );
    // mass balance directly: 1e5 t x 0.01 x 1.998066 = 1998.066 t
    expect(new Dec(inv.totals[0]!.value).toFixed(3)).toBe("1998.066");
  });

  it("rejects fractions outside 0..1 and an NCV that is not energy per mass", () => {
    expect(() => so2FactorFromSulphur({ ...base, sulphurContent: "1.2" })).toThrow(InvalidInputError);
    expect(() => so2FactorFromSulphur({ ...base, sulphurRetention: "-0.1" })).toThrow(InvalidInputError);
    expect(() => so2FactorFromSulphur({ ...base, netCalorificValue: { value: "20", unit: "t/GJ" } })).toThrow(/energy per mass/);
  });
});
