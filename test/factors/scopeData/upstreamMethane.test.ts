import { describe, expect, it } from "vitest";
import {
  InvalidInputError, builtinCitationRegistry, coalMineMethaneFactor, coalMineMethaneFactorSchema, gasLeakageEstimateSchema, listCoalMineMethaneFactors,
  listGasLeakageEstimates, listMethaneDensities, methaneDensitySchema,
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

  it("keep the surface-mining average, 1.2 m3/t, and the CH4 density, 0.67 kg/m3 at 20 degC and 1 atm", () => {
    // IPCC 2006 Vol 2 ch 4, Equation 4.1.7 and its conversion factor (0.67 x 10^-6 Gg/m3), read in a reproduction of section 4.1.4
    expect([surface.average, surface.low, surface.high]).toEqual(["1.2", undefined, undefined]);
    expect([density.value, density.conditions]).toEqual(["0.67", "20 degC and 1 atm"]);
  });

  it("refuse a factor whose values are out of order, or that has none", () => {
    expect(coalMineMethaneFactorSchema.safeParse({ ...surface, low: "2", high: "0.3" }).success).toBe(false);
    const { average: _average, ...none } = surface;
    expect(coalMineMethaneFactorSchema.safeParse(none).success).toBe(false);
  });
});

describe("coalMineMethaneFactor", () => {
  it("turns m3/t into kg/t with the density: 1.2 x 0.67 = 0.804 kg CH4 per tonne of surface-mined coal", () => {
    expect(coalMineMethaneFactor(surface, "average", density)).toEqual({ value: "0.804", unit: "kg/t" });
  });

  it("refuses a statistic the row does not have, naming those it has", () => {
    const e = thrown(() => coalMineMethaneFactor(surface, "high", density), InvalidInputError);
    expect(e.issues[0]?.message).toContain("it has: average");
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
