/**
 * A worked scenario for a northern Chinese city, 2026-2035: coal boiler replacement (gas, heat
 * pumps), bus and truck control (Euro VI, electric buses, scrappage, DPF), building retrofits,
 * household stove replacement, road dust control, heating-season curtailment of industry, and
 * flue-gas desulphurisation with its energy penalty.
 *
 * ILLUSTRATIVE INPUTS: the activity levels, penetrations, efficiencies and the three user factor
 * rows marked below are round, plausible numbers for teaching, not published statistics. Every
 * other factor is a cited built-in (EMEP/EEA 2019, IPCC 2006, MEE/NBS grid factor).
 */
import type { Scenario } from "cobenefits";

const heatingSeason = ["0.22", "0.18", "0.10", "0", "0", "0", "0", "0", "0", "0", "0.20", "0.30"];
const yearRound = ["0.09", "0.08", "0.09", "0.08", "0.08", "0.08", "0.08", "0.08", "0.08", "0.09", "0.08", "0.09"];
const ramp = (to: string, from = 2026, at = 2035) => ({ kind: "interp", points: [{ year: from, value: "0" }, { year: at, value: to }] }) as const;

const ILLUSTRATIVE = {
  id: "Illustrative-northern-city",
  authors: "cobenefits worked example",
  title: "ILLUSTRATIVE factors for the worked example (not published values; replace with local measurements)",
  publisher: "cobenefits",
  year: 2026,
  url: "https://example.org/cobenefits/illustrative",
};
const illustrative = (id: string, sector: string, fuel: string, pollutant: "PM10" | "PM2.5", value: string, unit: string, technology?: string) => ({
  id, sector, fuel, pollutant, value, unit, ...(technology === undefined ? {} : { technology }), source: { id: ILLUSTRATIVE.id, table: "worked example" }, quality: "userSupplied" as const,
});

export const NORTHERN_CITY: Scenario = {
  name: "Northern city clean-air plan 2026-2035 (illustrative)",
  years: { start: 2026, end: 2035 },
  species: ["PM2.5", "PM10", "BC", "SO2", "NOx", "CO2", "CH4", "N2O"],
  metrics: ["AR6-GWP100", "AR6-GWP100+Bond2013-GWP100"],
  baseline: [
    { id: "heating-boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "200" }, netCalorificValue: { value: "20.9", unit: "GJ/t" }, heatSegment: "public-buildings", monthlyProfile: heatingSeason },
    { id: "household-stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "interp", points: [{ year: 2026, value: "60" }, { year: 2035, value: "45" }] }, netCalorificValue: { value: "20.9", unit: "GJ/t" }, heatSegment: "rural-homes", monthlyProfile: heatingSeason },
    { id: "cement-kilns-fuel", sector: "1.A.2.f", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "300" }, netCalorificValue: { value: "20.9", unit: "GJ/t" }, monthlyProfile: yearRound },
    { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: "1.2e8" }, fuelConsumption: { value: "330", unit: "g/vkm" } },
    { id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm", level: { kind: "growth", base: { year: 2026, value: "3e8" }, rate: "0.03" }, fuelConsumption: { value: "250", unit: "g/vkm" } },
    { id: "road-dust", sector: "1.A.3.b.vii", fuel: "none", unit: "vkm", level: { kind: "constant", value: "5e9" } },
  ],
  measures: [
    { id: "boilers-to-gas", kind: "fuelSwitch", target: { activityIds: ["heating-boilers"] }, penetration: { kind: "interp", points: [{ year: 2026, value: "0" }, { year: 2030, value: "0.6" }, { year: 2035, value: "0.8" }] }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ" },
    { id: "boilers-to-heat-pumps", kind: "fuelSwitch", target: { activityIds: ["heating-boilers"] }, penetration: ramp("0.2"), to: { fuel: "electricity", technology: "air-source heat pump" }, efficiencyFrom: "0.7", efficiencyTo: "2.5", toUnit: "MWh" },
    { id: "bus-euro-vi", kind: "standardUpgrade", target: { activityIds: ["buses"] }, penetration: { kind: "interp", points: [{ year: 2026, value: "0" }, { year: 2030, value: "0.5" }, { year: 2035, value: "0.7" }] }, to: { technology: "Urban Buses Standard - Euro VI" } },
    { id: "e-buses", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: ramp("0.3"), electricityPerKm: { value: "1.3", unit: "kWh/vkm" }, technology: "Battery-electric bus" },
    { id: "truck-scrappage", kind: "scrappage", target: { activityIds: ["trucks"] }, penetration: ramp("0.5"), replacement: { technology: "Diesel 16 - 32 t - Euro VI" } },
    { id: "truck-dpf", kind: "dpfRetrofit", target: { technology: "Diesel 16 - 32 t - Euro III - 2000" }, penetration: ramp("0.6", 2026, 2030), removal: { "PM2.5": "0.9", PM10: "0.9", BC: "0.9" } },
    { id: "retrofit-public-buildings", kind: "buildingRetrofit", target: { heatSegment: "public-buildings" }, penetration: ramp("0.5"), demandReduction: "0.3" },
    { id: "improved-stoves", kind: "stoveReplacement", target: { activityIds: ["household-stoves"] }, penetration: ramp("0.7"), to: { technology: "improved coal stove" }, fuelSaving: "0.25" },
    { id: "road-dust-control", kind: "dustControl", target: { sector: "1.A.3.b.vii" }, penetration: ramp("1", 2026, 2028), removal: { PM10: "0.5", "PM2.5": "0.4" } },
    { id: "heating-season-curtailment", kind: "seasonalCurtailment", target: { activityIds: ["cement-kilns-fuel"] }, penetration: { kind: "constant", value: "1" }, months: [11, 12, 1, 2, 3], curtailment: "0.3" },
    { id: "kiln-fgd", kind: "controlDevice", target: { activityIds: ["cement-kilns-fuel"] }, penetration: ramp("1", 2026, 2029), removal: { SO2: "0.9", "PM2.5": "0.5", PM10: "0.5", BC: "0.5" }, energyPenalty: "0.015" },
  ],
  factors: {
    userCitations: [ILLUSTRATIVE],
    userTables: [
      {
        id: "northern-city-illustrative",
        title: "ILLUSTRATIVE factors of the worked example (not published)",
        rows: [
          illustrative("nc.dust.PM10", "1.A.3.b.vii", "none", "PM10", "0.4", "g/km"),
          illustrative("nc.dust.PM2.5", "1.A.3.b.vii", "none", "PM2.5", "0.1", "g/km"),
          illustrative("nc.stove.PM2.5", "1.A.4.b.i", "otherBituminousCoal", "PM2.5", "200", "g/GJ", "improved coal stove"),
        ],
      },
    ],
  },
  gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
  onMissingFactor: "omit",
};
