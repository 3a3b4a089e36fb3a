import { describe, expect, it } from "vitest";
import {
  InvalidInputError, builtinCitationRegistry, coalMineMethaneFactor, coalMineMethaneFactorSchema, gasLeakageEstimateSchema, listCoalMineMethaneFactors,
  gasSupplyMethaneFactorSchema, listGasLeakageEstimates, listGasSupplyMethaneFactors, listMethaneDensities, methaneDensitySchema,
} from "../../../src/index.js";
import { thrown } from "../../fixtures/thrown.js";

const registry = builtinCitationRegistry().byId;
const surface = listCoalMineMethaneFactors().find((r) => r.miningType === "surface" && r.stage === "mining")!;
const density = listMethaneDensities()[0]!;

describe("the IPCC 2006 coal-mining CH4 data", () => {
  it("pass their schemas and cite the registry", () => {
    expect(listCoalMineMethaneFactors().filter((r) => !coalMineMethaneFactorSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    expect(listMethaneDensities().filter((r) => !methaneDensitySchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    expect([...listCoalMineMethaneFactors(), ...listMethaneDensities()].filter((r) => !registry.has(r.source.id)).map((r) => r.id)).toEqual([]);
  });

  it("keep the low, average and high factors of the four kinds of mine and stage", () => {
    // IPCC 2006 Vol 2 ch 4, Equations 4.1.3, 4.1.4, 4.1.7, 4.1.8, as transcribed in the AMEE data set (surface average also in a reproduction of section 4.1.4)
    expect(listCoalMineMethaneFactors().map((r) => [r.miningType, r.stage, r.low, r.average, r.high])).toEqual([
      ["underground", "mining", "10", "18", "25"],
      ["underground", "postMining", "0.9", "2.5", "4.0"],
      ["surface", "mining", "0.3", "1.2", "2.0"],
      ["surface", "postMining", "0", "0.1", "0.2"],
    ]);
  });

  it("keep the CH4 density the equations convert with, 0.67 kg/m3 at 20 degC and 1 atm", () => {
    // IPCC 2006 Vol 2 ch 4, conversion factor 0.67 x 10^-6 Gg/m3, read in a reproduction of section 4.1.4
    expect([density.value, density.conditions]).toEqual(["0.67", "20 degC and 1 atm"]);
  });

  it("refuse a factor whose values are out of order, or that has none", () => {
    expect(coalMineMethaneFactorSchema.safeParse({ ...surface, low: "2", high: "0.3" }).success).toBe(false);
    const { average: _average, low: _low, high: _high, ...none } = surface;
    expect(coalMineMethaneFactorSchema.safeParse(none).success).toBe(false);
  });
});

describe("coalMineMethaneFactor", () => {
  it("turns m3/t into kg/t with the density: 1.2 x 0.67 = 0.804 kg CH4 per tonne of surface-mined coal", () => {
    expect(coalMineMethaneFactor(surface, "average", density)).toEqual({ value: "0.804", unit: "kg/t" });
  });

  it("gives 18 x 0.67 = 12.06 kg CH4 per tonne for the underground average", () => {
    const underground = listCoalMineMethaneFactors().find((r) => r.miningType === "underground" && r.stage === "mining")!;
    expect(coalMineMethaneFactor(underground, "average", density).value).toBe("12.06");
  });

  it("refuses a statistic the row does not have, naming those it has", () => {
    const { high: _high, low: _low, ...onlyAverage } = surface;
    const e = thrown(() => coalMineMethaneFactor(onlyAverage, "high", density), InvalidInputError);
    expect(e.issues[0]?.message).toContain("it has: average");
  });
});

describe("the IPCC 2006 gas supply-chain CH4 factors", () => {
  const rows = listGasSupplyMethaneFactors();

  it("pass their schema, with unique ids, citing the IPCC chapter", () => {
    expect(rows.filter((r) => !gasSupplyMethaneFactorSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.source.id))).toEqual(new Set(["IPCC2006-V2-Ch4"]));
  });

  it("cover production, transmission, storage and distribution for developed and developing countries", () => {
    for (const segment of ["production", "transmission", "storage", "distribution"]) {
      expect(rows.filter((r) => r.segment === segment).map((r) => r.countryGroup).sort(), segment).toContain("developed");
      expect(rows.filter((r) => r.segment === segment).map((r) => r.countryGroup), segment).toContain("developing");
    }
  });

  it("keep the published values and ranges", () => {
    // IPCC 2006 Vol 2 Tables 4.2.4 and 4.2.5 as transcribed by AMEE: gas production fugitive 3.8E-04 to 2.3E-03 (developed); distribution 1.1E-03 (developed), 1.1E-03 to 2.5E-03 (developing)
    const find = (id: string) => rows.find((r) => r.id === id)!;
    expect([find("ipcc2006.gas-supply.production.fugitive.developed").low, find("ipcc2006.gas-supply.production.fugitive.developed").high]).toEqual(["0.00038", "0.0023"]);
    expect(find("ipcc2006.gas-supply.distribution.all.developed").value).toBe("0.0011");
    expect([find("ipcc2006.gas-supply.distribution.all.developing").low, find("ipcc2006.gas-supply.distribution.all.developing").high]).toEqual(["0.0011", "0.0025"]);
  });

  it("refuse a row with both one value and a range, or a range out of order", () => {
    const r = rows.find((x) => x.value !== undefined)!;
    expect(gasSupplyMethaneFactorSchema.safeParse({ ...r, low: "0", high: "1" }).success).toBe(false);
    const range = rows.find((x) => x.low !== undefined)!;
    expect(gasSupplyMethaneFactorSchema.safeParse({ ...range, low: range.high, high: range.low }).success).toBe(false);
  });
});

describe("the natural-gas leakage estimates", () => {
  const rows = listGasLeakageEstimates();

  it("pass their schema, cite the registry, and are for reference only", () => {
    expect(rows.filter((r) => !gasLeakageEstimateSchema.safeParse(r).success).map((r) => r.id)).toEqual([]);
    expect(rows.filter((r) => !registry.has(r.source.id)).map((r) => r.id)).toEqual([]);
    expect(rows.every((r) => r.referenceOnly)).toBe(true);
  });

  it("keep Alvarez et al. 2018: 2.3% of gross U.S. gas production in 2015", () => {
    // Alvarez et al. 2018, Science 361:186, abstract
    expect(rows.map((r) => [r.country, r.year, r.value, r.unit])).toEqual([["US", 2015, "2.3", "%"]]);
  });

  it("refuse a rate above 100% and an interval that does not bracket the rate", () => {
    const r = rows[0]!;
    expect(gasLeakageEstimateSchema.safeParse({ ...r, value: "230" }).success).toBe(false);
    expect(gasLeakageEstimateSchema.safeParse({ ...r, ci: { lower: "2.5", upper: "3" } }).success).toBe(false);
  });
});
