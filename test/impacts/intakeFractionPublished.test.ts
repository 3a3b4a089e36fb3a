import { describe, expect, it } from "vitest";
import { BUILTIN_INTAKE_FRACTIONS, computeExposure, type ExposureSection } from "../../src/impacts.js";
import { Dec } from "../../src/units/decimal.js";
import { SYNTHETIC, stovesResult } from "./fixtures.js";

/*
 * Checks of the exposure step against intake-fraction figures printed in publications, read in
 * their abstracts (the tables and supplements could not be read here):
 * - Apte J.S., Bombrun E., Marshall J.D., Nazaroff W.W. 2012, Global intraurban intake fractions for
 *   primary air pollutants from vehicles and other distributed sources, EST 46:3415, abstract: "For
 *   conserved primary pollutants, population-weighted median, mean, and interquartile range iF values
 *   are 26, 39, and 14-52 ppm, respectively, where 1 ppm signifies 1 g inhaled/t emitted."
 * - Fantke P. et al. 2017, Characterizing aggregated exposure to primary particulate matter:
 *   recommended intake fractions for indoor and outdoor sources, EST 51:9089, abstract: population
 *   intake fractions from urban and rural outdoor sources have "population weighted means across
 *   3646 cities and 16 subcontinental regions of, respectively, 39 ppm (95% confidence interval:
 *   4.3-160 ppm) and 2 ppm (95% confidence interval: 0.2-6.3 ppm)".
 */

const APTE_2012 = { median: "26", mean: "39", iqr: ["14", "52"] } as const;
const FANTKE_2017 = { urban: { mean: "39", ci: ["4.3", "160"] }, rural: { mean: "2", ci: ["0.2", "6.3"] } } as const;

const builtIn = (name: string) => new Dec(BUILTIN_INTAKE_FRACTIONS.find((f) => f.name === name)!.value);

describe("intake fractions against Apte et al. 2012 and Fantke et al. 2017 (abstracts)", () => {
  it("uses Apte et al.'s unit: a city with the population-weighted median iF of 26 ppm inhales 26 g of every tonne of PM2.5 a measure stops emitting, computed back from the exposure step's dC", () => {
    const result = stovesResult();
    const population = "1000000";
    const breathingRate = "13";
    const section: ExposureSection = {
      population: { values: [{ year: 2030, value: population }], unit: "person", source: SYNTHETIC },
      scopes: ["direct"],
      breathingRate: { value: breathingRate, unit: "m3/person/day", source: SYNTHETIC },
      primary: { species: "PM2.5", routes: [{ sector: "1.A.4", intakeFraction: { name: "Apte2012-median", value: APTE_2012.median, unit: "ppm", setting: "outdoor", source: { id: "Apte2012-iF-cities", table: "abstract: population-weighted median intraurban iF" } } }] },
    };
    const exposure = computeExposure(result, section);
    for (const row of exposure.rows.filter((r) => r.year === 2030)) {
      const dE = result.attributionBySector.filter((a) => a.year === 2030 && a.measure === row.measure && a.species === "PM2.5" && a.scope === "direct").reduce((s, a) => s.plus(a.shapley), new Dec(0));
      expect(dE.isPositive()).toBe(true);
      // inhaled [g/yr] = dC [ug/m3] x BR [m3/person/day] x 365 [day/yr] x P [person] x 1e-6 [g/ug]
      const inhaledGrams = new Dec(row.primary).times(breathingRate).times(365).times(population).times("1e-6");
      // "1 ppm signifies 1 g inhaled/t emitted": 26 g per tonne, to the 12 decimals dC is kept to
      expect(inhaledGrams.div(dE).toDecimalPlaces(6).toString()).toBe(APTE_2012.median);
    }
  });

  it("has its urban ground-level archetype (Humbert et al. 2011, 44 ppm) inside Apte et al.'s interquartile range of 3646 cities (14-52 ppm) and Fantke et al.'s urban 95% interval (4.3-160 ppm), above both population-weighted means (39 ppm)", () => {
    const urban = builtIn("Humbert2011-urban-ground");
    expect(urban.greaterThanOrEqualTo(APTE_2012.iqr[0]) && urban.lessThanOrEqualTo(APTE_2012.iqr[1])).toBe(true);
    expect(urban.greaterThanOrEqualTo(FANTKE_2017.urban.ci[0]) && urban.lessThanOrEqualTo(FANTKE_2017.urban.ci[1])).toBe(true);
    expect(urban.div(APTE_2012.mean).toDecimalPlaces(3).toString()).toBe("1.128"); // 13 % above the mean of the cities
    expect(urban.div(APTE_2012.median).toDecimalPlaces(3).toString()).toBe("1.692"); // 69 % above their median
  });

  it("has its rural ground-level archetype (3.8 ppm) inside Fantke et al.'s rural 95% interval (0.2-6.3 ppm), about twice its population-weighted mean (2 ppm)", () => {
    const rural = builtIn("Humbert2011-rural-ground");
    expect(rural.greaterThanOrEqualTo(FANTKE_2017.rural.ci[0]) && rural.lessThanOrEqualTo(FANTKE_2017.rural.ci[1])).toBe(true);
    expect(rural.div(FANTKE_2017.rural.mean).toString()).toBe("1.9");
  });
});
