import type { BaselineActivity } from "../src/activity/baselineActivity.js";
import type { Measure } from "../src/measures/registry.js";
import type { Scenario } from "../src/scenario/scenario.js";
import { seededRandom } from "../src/attribution/seededRandom.js";
import type { Species } from "../src/units/species.js";

// A synthetic northern-city clean-air plan of the size a city team builds: 20 districts x 10
// activity rows (heating boilers, household stoves, buses and coaches) = 200 rows, 10 measures,
// 2025-2035 (11 years), 12 species, two metrics. Levels are drawn from a fixed seed, so every run
// builds the same scenario.

export const CITY_SPECIES: readonly Species[] = ["PM2.5", "PM10", "BC", "OC", "SO2", "NOx", "NMVOC", "CO", "NH3", "CO2", "CH4", "N2O"];
const HEATING_PROFILE = ["0.2", "0.15", "0.1", "0.03", "0", "0", "0", "0", "0", "0.05", "0.17", "0.3"];
const FLAT_PROFILE = Array.from({ length: 12 }, (_, i) => (i < 4 ? "0.09" : "0.08"));

/** Rows of one district, with the range of their 2025 level. */
const DISTRICT_ROWS: readonly (Omit<BaselineActivity, "id" | "level"> & { readonly name: string; readonly range: readonly [number, number] })[] = [
  { name: "boilers-coal", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", range: [5, 40], netCalorificValue: { value: "20.9", unit: "GJ/t" }, monthlyProfile: HEATING_PROFILE, heatSegment: "public-buildings" },
  { name: "boilers-gas", sector: "1.A.4.a.i", fuel: "naturalGas", unit: "TJ", range: [100, 900], monthlyProfile: HEATING_PROFILE, heatSegment: "public-buildings" },
  { name: "boilers-oil", sector: "1.A.4.a.i", fuel: "gasDieselOil", unit: "TJ", range: [10, 80], monthlyProfile: HEATING_PROFILE },
  { name: "stoves-coal", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", range: [50, 400], monthlyProfile: HEATING_PROFILE, heatSegment: "residential-pre2000" },
  { name: "stoves-lignite", sector: "1.A.4.b.i", fuel: "lignite", unit: "kt", range: [1, 10], monthlyProfile: HEATING_PROFILE, heatSegment: "residential-pre2000" },
  { name: "stoves-wood", sector: "1.A.4.b.i", fuel: "wood", unit: "kt", range: [1, 8], monthlyProfile: HEATING_PROFILE, heatSegment: "residential-pre2000" },
  ...(
    [
      ["buses-euro-iii", "Urban Buses Standard - Euro III - 2000"],
      ["buses-euro-iv", "Urban Buses Standard - Euro IV - 2005"],
      ["buses-euro-vi", "Urban Buses Standard - Euro VI"],
      ["coaches-euro-iii", "Coaches Standard - Euro III - 2000"],
    ] as const
  ).map(([name, technology]) => ({
    name, sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology, unit: "vkm", range: [2e6, 2e7] as const,
    fuelConsumption: { value: "300", unit: "g/vkm" }, monthlyProfile: FLAT_PROFILE,
  })),
];

const ramp = (from: string, to: string) => ({ kind: "interp" as const, points: [{ year: 2025, value: from }, { year: 2035, value: to }] });

const MEASURES: readonly Measure[] = [
  { id: "boilers-to-gas", kind: "fuelSwitch", target: { sector: "1.A.4.a.i", fuel: "hardCoal" }, penetration: ramp("0", "0.6"), to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" },
  { id: "stoves-to-heat-pumps", kind: "fuelSwitch", target: { sector: "1.A.4.b.i", fuel: "hardCoal" }, penetration: ramp("0", "0.4"), to: { fuel: "electricity" }, efficiencyFrom: "0.5", efficiencyTo: "3", toUnit: "MWh" },
  { id: "boiler-filters-fgd", kind: "controlDevice", target: { sector: "1.A.4.a.i", fuel: "hardCoal" }, penetration: ramp("0.2", "0.9"), removal: { "PM2.5": "0.99", PM10: "0.99", BC: "0.99", OC: "0.99", SO2: "0.9", NH3: "-0.1" }, energyPenalty: "0.01" },
  { id: "low-nox-burners", kind: "controlDevice", target: { sector: "1.A.4.a.i", fuel: "naturalGas" }, penetration: ramp("0", "0.7"), removal: { NOx: "0.4" } },
  { id: "retrofit-pre2000", kind: "buildingRetrofit", target: { heatSegment: "residential-pre2000" }, penetration: ramp("0", "0.5"), demandReduction: "0.35" },
  { id: "heating-season-limits", kind: "seasonalCurtailment", target: { sector: "1.A.4.a.i" }, penetration: { kind: "constant", value: "1" }, months: [11, 12, 1, 2, 3], curtailment: "0.1" },
  { id: "euro-iv-to-vi", kind: "standardUpgrade", target: { technology: "Urban Buses Standard - Euro IV - 2005" }, penetration: ramp("0", "0.5"), to: { technology: "Urban Buses Standard - Euro VI" } },
  { id: "scrap-euro-iii", kind: "scrappage", target: { technology: "Urban Buses Standard - Euro III - 2000" }, penetration: ramp("0", "0.6"), replacement: { technology: "Urban Buses Standard - Euro VI" } },
  { id: "electric-buses", kind: "electricVehicle", target: { sector: "1.A.3.b.iii" }, penetration: ramp("0", "0.35"), electricityPerKm: { value: "1.3", unit: "kWh/vkm" }, technology: "Battery-electric bus" },
  { id: "bus-dpf", kind: "dpfRetrofit", target: { sector: "1.A.3.b.iii" }, penetration: ramp("0.1", "0.6"), removal: { "PM2.5": "0.9", PM10: "0.9", BC: "0.9", OC: "0.9" } },
];

// A filter that removes PM2.5 at some efficiency says so for its parts (BC, OC) and for PM10 too.
function withParticleParts(removal: Record<string, string>): Record<string, string> {
  const pm = removal["PM2.5"];
  return pm === undefined ? removal : { BC: pm, OC: pm, PM10: pm, ...removal };
}

/**
 * The city scenario (about 200 rows, 10 measures, 11 years), or with `everyMeasureEverywhere` a
 * stress variant in which every row carries 10 control devices (2^10 combinations per row).
 */
export function cityScenario(options: { readonly seed?: number; readonly everyMeasureEverywhere?: boolean } = {}): Scenario {
  const random = seededRandom(options.seed ?? 2025);
  const baseline: BaselineActivity[] = [];
  for (let d = 1; d <= 20; d++) {
    for (const { name, range, ...row } of DISTRICT_ROWS) {
      const value = (range[0] + random() * (range[1] - range[0])).toFixed(2);
      const rate = (random() * 0.06 - 0.03).toFixed(3);
      baseline.push({ ...row, id: `district-${d}-${name}`, level: { kind: "growth", base: { year: 2025, value }, rate } });
    }
  }
  const measures: Measure[] = options.everyMeasureEverywhere
    ? Array.from({ length: 10 }, (_, i): Measure => ({
        id: `device-${i}`, kind: "controlDevice", target: { sector: "1" }, penetration: ramp("0", (0.5 + i / 20).toFixed(2)),
        removal: withParticleParts({ [CITY_SPECIES[i]!]: "0.5", [CITY_SPECIES[(i + 5) % 12]!]: "0.3" }), energyPenalty: "0.005",
      }))
    : [...MEASURES];
  return {
    name: options.everyMeasureEverywhere ? "city stress" : "city", years: { start: 2025, end: 2035 }, species: CITY_SPECIES, metrics: ["AR6-GWP100", "AR6-GWP100+Bond2013-GWP100"],
    baseline, measures, gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" }, onMissingFactor: "omit",
  };
}
