import { describe, expect, it } from "vitest";
import { SpeciesConversionError } from "../../src/errors.js";
import { SPECIES, SPECIES_INFO, isSpecies, listSpeciesBasisRules, toElementBasis } from "../../src/units/species.js";

describe("species", () => {
  it("is a closed list covering the air pollutants and greenhouse gases of the brief", () => {
    for (const s of ["PM2.5", "PM10", "TSP", "BC", "OC", "SO2", "NOx", "NMVOC", "CO", "NH3", "CO2", "CO2-biogenic", "CH4", "N2O"]) {
      expect(isSpecies(s)).toBe(true);
    }
    expect(isSpecies("SOx")).toBe(false);
    expect(isSpecies("pm25")).toBe(false);
  });

  it("documents the mass basis of every species", () => {
    for (const s of SPECIES) expect(SPECIES_INFO[s].massBasis.length).toBeGreaterThan(0);
    expect(SPECIES_INFO.NOx.massBasis).toBe("NO + NO2 as NO2");
    expect(SPECIES_INFO.SO2.massBasis).toBe("all SOx as SO2");
  });

  it("keeps fossil and biogenic CO2 apart", () => {
    expect(SPECIES_INFO.CO2.name).toContain("fossil");
    expect(SPECIES_INFO["CO2-biogenic"].name).toContain("biomass");
  });

  it("re-expresses NOx as N only through the explicit molar-mass rule", () => {
    // IUPAC 2021 conventional atomic weights: N 14.007, O 15.999 -> NO2 46.005
    expect(toElementBasis("46.005", "NOx", "N").toFixed(6)).toBe("14.007000");
  });

  it("re-expresses CH4 as C with 12.011/16.043", () => {
    expect(toElementBasis("16.043", "CH4", "C").toFixed(6)).toBe("12.011000");
  });

  it("refuses a conversion that has no rule, listing the rules that exist", () => {
    try {
      toElementBasis("1", "PM2.5", "C");
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SpeciesConversionError);
      expect((e as SpeciesConversionError).available).toContain("NOx->N");
    }
    expect(listSpeciesBasisRules().length).toBe(8);
  });
});
