import { compileScenario, evaluateScenario } from "../../src/index.js";
import type { Scenario } from "../../src/scenario/scenario.js";
import type { Measure } from "../../src/measures/registry.js";
import { Dec } from "../../src/units/decimal.js";

export const ALL = { kind: "constant", value: "1" } as const;
export const HALF = { kind: "constant", value: "0.5" } as const;
export const pen = (v: string) => ({ kind: "constant", value: v }) as const;

/** 100 TJ/yr of anthracite in household stoves (EMEP/EEA 2019 1.A.4 Table 3-3; IPCC 2006 Tables 1.4, 2.5). */
export const STOVES = { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" }, heatSegment: "old-flats" } as const;
/** 1e7 vkm/yr of Euro IV diesel urban buses at 300 g fuel/vkm (EMEP/EEA 2019 Tier 2 Tables 3-23/3-24). */
export const BUSES = { id: "buses", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Urban Buses Standard - Euro IV - 2005", unit: "vkm", level: { kind: "constant", value: "1e7" }, fuelConsumption: { value: "300", unit: "g/vkm" } } as const;

/** Runs a one-year scenario and returns a reader of its results. */
export function run(baseline: Scenario["baseline"], measures: readonly Measure[], extra: Partial<Scenario> = {}) {
  const scenario: Scenario = {
    name: "test",
    years: { start: 2030, end: 2030 },
    species: ["PM2.5", "BC", "SO2", "NOx", "NH3", "CO2", "CH4", "N2O"],
    metrics: ["AR6-GWP100"],
    baseline,
    measures,
    gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
    onMissingFactor: "omit",
    ...extra,
  };
  const r = evaluateScenario(compileScenario(scenario));
  const sum = (species: string, field: "baseline" | "scenario" | "reduction", scope?: string) =>
    r.emissions.filter((e) => e.species === species && (scope === undefined || e.scope === scope)).reduce((s, e) => s.plus(e[field]), new Dec(0));
  return {
    result: r,
    scenario: (s: string, scope?: string) => sum(s, "scenario", scope).toString(),
    baseline: (s: string) => sum(s, "baseline").toString(),
    reduction: (s: string) => sum(s, "reduction").toString(),
    shapley: (measure: string, s: string) => r.attribution.find((a) => a.measure === measure && a.species === s)!.shapley,
  };
}
