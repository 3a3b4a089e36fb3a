import { compileScenario, type Scenario } from "../../src/index.js";
import type { PortfolioCostModel } from "../../src/optimise.js";

/**
 * SYNTHETIC TEST FIXTURES, not data: the costs below are made-up round numbers to exercise the
 * optimiser; no cost in them is cited or meant to describe a real measure.
 */
export const SYNTHETIC = "synthetic test units (not data)";

const ZERO = { kind: "constant", value: "0" } as const;

/**
 * Household coal stoves (100 TJ/yr of anthracite) with three measures that overlap on them: two
 * control devices (multiplied together where both act; the scrubber raises CO2 by 5%, a made-up
 * energy penalty) and a switch to heat pumps that moves a share to the grid. The grid has a CO2 factor only, so
 * the electricity's PM2.5 and SO2 are omitted (`onMissingFactor: "omit"`): a test case, not a study.
 */
export function stovesScenario(years = { start: 2030, end: 2030 }): Scenario {
  return {
    name: "synthetic stoves", years, species: ["PM2.5", "SO2", "CO2"], metrics: ["AR6-GWP100"], onMissingFactor: "omit",
    baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
    measures: [
      { id: "filter", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ZERO, removal: { "PM2.5": "0.8", SO2: "0.1" } },
      { id: "scrubber", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: ZERO, removal: { "PM2.5": "0.3", SO2: "0.9", CO2: "-0.05" } },
      { id: "heat-pumps", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: ZERO, to: { fuel: "electricity" }, efficiencyFrom: "0.5", efficiencyTo: "2.5", toUnit: "MWh" },
    ],
    gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
  };
}

export const stovesPlan = (years?: { start: number; end: number }) => compileScenario(stovesScenario(years));

/** Synthetic linear costs: `perUnit[m]` for each unit of penetration of measure m, each year. */
export function linearCosts(perUnit: Readonly<Record<string, number>>): PortfolioCostModel {
  return { currency: SYNTHETIC, annualisedCosts: (p) => Object.fromEntries(Object.entries(perUnit).map(([m, c]) => [m, c * (p[m] ?? 0)])) };
}

/** Synthetic convex costs: `perUnit[m] x p^2` (rising marginal cost). */
export function quadraticCosts(perUnit: Readonly<Record<string, number>>): PortfolioCostModel {
  return { currency: SYNTHETIC, annualisedCosts: (p) => Object.fromEntries(Object.entries(perUnit).map(([m, c]) => [m, c * (p[m] ?? 0) ** 2])) };
}
