import { compileScenario, evaluateScenario, type Scenario } from "../../src/index.js";
import type { ImpactsSection } from "../../src/impacts.js";

/**
 * A SYNTHETIC test fixture, not data: two measures on 100 TJ/yr of anthracite in household stoves
 * (built-in EMEP/EEA 2019 and IPCC 2006 factors), and an impacts section whose population,
 * breathing rate, baseline concentration and baseline deaths are round numbers chosen for
 * arithmetic that can be checked by hand. The source ids say so.
 */
export const SYNTHETIC = { id: "synthetic-test-fixture", table: "none: round numbers for testing, not data" } as const;

/** The citation the synthetic rows point to, for `computeImpacts(result, impacts, [SYNTHETIC_CITATION])`. */
export const SYNTHETIC_CITATION = {
  id: SYNTHETIC.id, authors: "cobenefits tests (not a publication)", title: "Synthetic round numbers for testing", publisher: "cobenefits test suite", year: 2026, url: "https://example.invalid/synthetic-test-fixture",
} as const;

export const STOVES_SCENARIO: Scenario = {
  name: "stoves",
  years: { start: 2030, end: 2031 },
  species: ["PM2.5", "SO2", "NOx"],
  metrics: [],
  baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
  measures: [
    { id: "fewer-stoves", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "TJ", penetration: { kind: "constant", value: "0.4" } },
    { id: "filters", kind: "controlDevice", target: { activityIds: ["stoves"] }, removal: { "PM2.5": "0.5", SO2: "0.3" }, penetration: { kind: "constant", value: "0.5" } },
  ] as unknown as Scenario["measures"],
};

export function stovesResult() {
  return evaluateScenario(compileScenario(STOVES_SCENARIO));
}

export const EXPOSURE: NonNullable<ImpactsSection["exposure"]> = {
  population: { values: [{ year: 2030, value: "1000000" }], unit: "person", source: SYNTHETIC },
  scopes: ["direct"],
  breathingRate: { value: "10", unit: "m3/person/day", source: SYNTHETIC },
  primary: { species: "PM2.5", routes: [{ sector: "1.A.4", intakeFraction: "Humbert2011-urban-ground" }] },
  secondary: { model: "TM5-FASST", sourceRegion: "MON", receptorRegion: "MON" },
};

export const HEALTH: NonNullable<ImpactsSection["health"]> = {
  baselineConcentration: { values: [{ year: 2030, value: "60" }], unit: "ug/m3", source: SYNTHETIC },
  baselineDeaths: ["ihd", "stroke", "copd", "lc"].map((endpoint) => ({ endpoint: endpoint as "ihd", values: [{ year: 2030, value: "1000" }], unit: "death/yr" as const, source: SYNTHETIC })),
  functions: ["GEMM-Burnett2018-with-China", "GEMM-Burnett2018-without-China"],
};
