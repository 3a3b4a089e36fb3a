import { compileScenario, type Scenario } from "../../src/index.js";

const cite = { id: "City-2025", authors: "City EPB", title: "Uncertainty tests (illustrative)", publisher: "City EPB", year: 2025, url: "https://example.org" };

/** A factor row of the test table: sector 1.A.4 (so it reaches both rows), anthracite, per GJ. */
export const factorRow = (pollutant: string, value: string, ci?: { lower: string; upper: string }) => ({
  id: `city.${pollutant}`, sector: "1.A.4", fuel: "anthracite", pollutant, value, unit: "g/GJ", ...(ci === undefined ? {} : { ci }), source: { id: cite.id, table: "T1" }, quality: "userSupplied",
});

/**
 * Two coal rows (stoves, boilers) that share the city's PM2.5 and SO2 factor rows, two devices on
 * them, 2030-2031. Intervals: PM2.5 100 g/GJ (50 to 200, skewed), SO2 500 g/GJ (400 to 600, symmetric).
 */
export function fixtureScenario(rows = [factorRow("PM2.5", "100", { lower: "50", upper: "200" }), factorRow("SO2", "500", { lower: "400", upper: "600" })]): Scenario {
  return {
    name: "uncertainty fixture", years: { start: 2030, end: 2031 }, species: ["PM2.5", "SO2"], metrics: [],
    factors: { userTables: [{ id: "city", title: "City factors", rows }], userCitations: [cite] },
    baseline: [
      { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } },
      { id: "boilers", sector: "1.A.4.a.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "300" } },
    ],
    measures: [
      { id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "interp", points: [{ year: 2030, value: "0.4" }, { year: 2031, value: "0.8" }] }, removal: { SO2: "0.9" } },
      { id: "bag-filter", kind: "controlDevice", target: { sector: "1.A.4" }, penetration: { kind: "constant", value: "0.5" }, removal: { "PM2.5": "0.6" } },
    ],
  } as unknown as Scenario;
}

export const fixturePlan = (rows?: Parameters<typeof fixtureScenario>[0]) => compileScenario(fixtureScenario(rows));
