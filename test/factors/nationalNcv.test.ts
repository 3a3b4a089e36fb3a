import { describe, expect, it } from "vitest";
import { InvalidInputError, NCV_COUNTRIES, builtinCitationRegistry, listNationalNcv, lookupNationalNcv, ncvRowSchema, parseRatioUnit } from "../../src/index.js";
import { thrown } from "../fixtures/thrown.js";

describe("national net calorific values", () => {
  it("give China's raw coal as published, 5000 kcal/kg, which is 20.934 GJ/t exactly with the International Table calorie", () => {
    // GB/T 2589 Appendix A (各种能源折标准煤参考系数), 原煤 平均低位发热量 5000 kcal/kg; 5000 x 4.1868 J = 20 934 J/g
    const row = lookupNationalNcv("CN", "otherBituminousCoal");
    expect(row).toMatchObject({ country: "CN", product: "原煤 (raw coal)", basis: "net", value: "5000", unit: "kcal/kg", quality: "secondary" });
    const gjPerT = parseRatioUnit(row.unit).toBase.times(row.value).div(1e6); // J/kg -> GJ/t
    expect(gjPerT.toString()).toBe("20.934");
  });

  it("agree with the table's coefficient to coal equivalent: raw coal 5000/7000 = 0.7143 kgce/kg as published (rounded)", () => {
    // same table, column 折标准煤系数: 原煤 0.7143 kgce/kg; 1 kgce = 7000 kcal
    expect((5000 / 7000).toFixed(4)).toBe("0.7143");
    expect(lookupNationalNcv("CN", "lignite").value).toBe("5000");
  });

  it("give the oil products of the same table: gasoline 10300, diesel 10200, fuel oil 10000 kcal/kg", () => {
    expect(["motorGasoline", "gasDieselOil", "residualFuelOil"].map((f) => lookupNationalNcv("CN", f).value)).toEqual(["10300", "10200", "10000"]);
  });

  it("are valid NCV rows, net, each citing a registered publication and naming the reproduction read (via)", () => {
    const registry = builtinCitationRegistry();
    for (const row of listNationalNcv("CN")) {
      const { country, product, basis, ...ncv } = row;
      expect([country, product.length > 0, basis]).toEqual(["CN", true, "net"]);
      expect(ncvRowSchema.safeParse(ncv).success).toBe(true);
      expect(registry.byId.has(row.source.id)).toBe(true);
      expect(row.via).toMatch(/huatuo6/);
    }
  });

  it("refuse a fuel the national table does not list, naming the fuels it lists and how to choose a fallback", () => {
    const e = thrown(() => lookupNationalNcv("CN", "cokingCoal", ["baseline", 0, "fuel"]), InvalidInputError);
    expect(e.issues[0]).toMatchObject({ code: "unknown_reference", key: "cokingCoal", path: ["baseline", 0, "fuel"] });
    expect(e.issues[0]?.message).toMatch(/otherFuels: "ipcc2006"/);
    expect(e.issues[0]?.nearest?.length).toBeGreaterThan(0);
  });

  it("refuse a country without a table, with the nearest; Japan's are gross values and are never used as NCVs", () => {
    expect(NCV_COUNTRIES).toEqual(["CN"]);
    const typo = thrown(() => listNationalNcv("CNN", ["ncv", "country"]), InvalidInputError);
    expect(typo.issues[0]).toMatchObject({ code: "unknown_reference", key: "CNN", nearest: ["CN"], path: ["ncv", "country"] });
    expect(thrown(() => listNationalNcv("JP"), InvalidInputError).message).toMatch(/gross calorific values/);
    expect(thrown(() => listNationalNcv("KR"), InvalidInputError).message).toMatch(/could not be read/);
  });
});
