/**
 * A worked scenario for a northern Chinese city, 2026-2035: coal boiler replacement (gas, heat
 * pumps), bus and truck control (Euro VI, electric buses, scrappage, DPF), building retrofits,
 * household stove replacement, road dust control, heating-season curtailment of industry, and
 * flue-gas desulphurisation with its energy penalty.
 *
 * ILLUSTRATIVE INPUTS: the activity levels, household counts, penetrations, efficiencies and the
 * road inputs of the road-dust equation are round, plausible numbers for teaching, not published
 * statistics. Every factor is a cited built-in (EMEP/EEA 2019, including the 1.A.4 Tier 2 stove
 * technologies; IPCC 2006; MEE/NBS grid factor) or derived from a cited equation (road dust, US
 * EPA AP-42 13.2.1); no factor is typed in by hand.
 */
import type { Scenario } from "cobenefits";

const heatingSeason = ["0.22", "0.18", "0.10", "0", "0", "0", "0", "0", "0", "0", "0.20", "0.30"];
const yearRound = ["0.09", "0.08", "0.09", "0.08", "0.08", "0.08", "0.08", "0.08", "0.08", "0.09", "0.08", "0.09"];
const ramp = (to: string, from = 2026, at = 2035) => ({ kind: "interp", points: [{ year: from, value: "0" }, { year: at, value: to }] }) as const;

export const NORTHERN_CITY: Scenario = {
  name: "Northern city clean-air plan 2026-2035 (illustrative)",
  years: { start: 2026, end: 2035 },
  species: ["PM2.5", "PM10", "BC", "SO2", "NOx", "CO2", "CH4", "N2O"],
  metrics: ["AR6-GWP100", "AR6-GWP100+Bond2013-GWP100"],
  baseline: [
    { id: "heating-boilers", sector: "1.A.4.a.i", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "200" }, netCalorificValue: { value: "20.9", unit: "GJ/t" }, heatSegment: "public-buildings", monthlyProfile: heatingSeason },
    // 20,000 households falling to 15,000, each burning 3 t of coal a year: 60 kt to 45 kt, in the
    // built-in EMEP/EEA 2019 1.A.4.b.i Tier 2 technology `Stoves` (Table 3-14)
    { id: "household-stoves", sector: "1.A.4.b.i", fuel: "otherBituminousCoal", technology: "Stoves", unit: "kt", stock: { unit: "household", level: { kind: "interp", points: [{ year: 2026, value: "20000" }, { year: 2035, value: "15000" }] } }, intensity: { value: "3", unit: "t/household" }, netCalorificValue: { value: "20.9", unit: "GJ/t" }, heatSegment: "rural-homes", monthlyProfile: heatingSeason },
    { id: "cement-kilns-fuel", sector: "1.A.2.f", fuel: "otherBituminousCoal", unit: "kt", level: { kind: "constant", value: "300" }, netCalorificValue: { value: "20.9", unit: "GJ/t" }, monthlyProfile: yearRound },
    { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: "1.2e8" }, fuelConsumption: { value: "330", unit: "g/vkm" } },
    { id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm", level: { kind: "growth", base: { year: 2026, value: "3e8" }, rate: "0.03" }, fuelConsumption: { value: "250", unit: "g/vkm" } },
    // priced with the road dust rows derived below (factors.roadDust)
    { id: "road-dust", sector: "1.A.3.b.vii", fuel: "none", technology: "paved city roads", unit: "vkm", level: { kind: "constant", value: "5e9" } },
  ],
  measures: [
    { id: "boilers-to-gas", kind: "fuelSwitch", target: { activityIds: ["heating-boilers"] }, penetration: { kind: "interp", points: [{ year: 2026, value: "0" }, { year: 2030, value: "0.6" }, { year: 2035, value: "0.8" }] }, to: { fuel: "naturalGas" }, efficiencyFrom: "0.7", efficiencyTo: "0.9", toUnit: "GJ", lifetime: 20 },
    { id: "boilers-to-heat-pumps", kind: "fuelSwitch", target: { activityIds: ["heating-boilers"] }, penetration: ramp("0.2"), to: { fuel: "electricity", technology: "air-source heat pump" }, efficiencyFrom: "0.7", efficiencyTo: "2.5", toUnit: "MWh" },
    { id: "bus-euro-vi", kind: "standardUpgrade", target: { activityIds: ["buses"] }, penetration: { kind: "interp", points: [{ year: 2026, value: "0" }, { year: 2030, value: "0.5" }, { year: 2035, value: "0.7" }] }, to: { technology: "Urban Buses Standard - Euro VI" } },
    { id: "e-buses", kind: "electricVehicle", target: { activityIds: ["buses"] }, penetration: ramp("0.3"), electricityPerKm: { value: "1.3", unit: "kWh/vkm" }, technology: "Battery-electric bus" },
    { id: "truck-scrappage", kind: "scrappage", target: { activityIds: ["trucks"] }, penetration: ramp("0.5"), replacement: { technology: "Diesel 16 - 32 t - Euro VI" } },
    { id: "truck-dpf", kind: "dpfRetrofit", target: { technology: "Diesel 16 - 32 t - Euro III - 2000" }, penetration: ramp("0.6", 2026, 2030), removal: { "PM2.5": "0.9", PM10: "0.9", BC: "0.9" } },
    { id: "retrofit-public-buildings", kind: "buildingRetrofit", target: { heatSegment: "public-buildings" }, penetration: ramp("0.5"), demandReduction: "0.3" },
    // 10,500 advanced stoves by 2035 (0.7 of the 15,000 households), both stove technologies built in (Tables 3-14 and 3-19)
    { id: "improved-stoves", kind: "stoveReplacement", target: { activityIds: ["household-stoves"] }, units: { unit: "household", level: { kind: "interp", points: [{ year: 2026, value: "0" }, { year: 2035, value: "10500" }] } }, to: { technology: "Advanced coal combustion techniques <1MWth - Advanced stove" }, fuelSaving: "0.25", lifetime: 10 },
    // sweeping and washing that halve the silt loading (2 to 1 g/m2): 1 - 0.5^0.91 (AP-42 13.2.1 Equation 1, pavedRoadDustRemoval)
    { id: "road-dust-control", kind: "dustControl", target: { sector: "1.A.3.b.vii" }, penetration: ramp("1", 2026, 2028), removal: { PM10: "0.467815", "PM2.5": "0.467815" } },
    { id: "heating-season-curtailment", kind: "seasonalCurtailment", target: { activityIds: ["cement-kilns-fuel"] }, penetration: { kind: "constant", value: "1" }, months: [11, 12, 1, 2, 3], curtailment: "0.3" },
    { id: "kiln-fgd", kind: "controlDevice", target: { activityIds: ["cement-kilns-fuel"] }, penetration: ramp("1", 2026, 2029), removal: { SO2: "0.9", "PM2.5": "0.5", PM10: "0.5", BC: "0.5" }, energyPenalty: "0.015" },
  ],
  factors: {
    // paved-road dust factors derived with the US EPA AP-42 13.2.1 equation from illustrative road inputs
    roadDust: [{ road: "paved", technology: "paved city roads", siltLoading: "2", meanVehicleWeight: "3", wetDays: "70" }],
  },
  gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
  onMissingFactor: "omit",
};
