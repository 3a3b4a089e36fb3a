import { compileScenario, createFactorSet, evaluateScenario, lookupFactor, toDec, type Dec, type Scenario, type Species } from "../../src/index.js";

/**
 * Published coal-replacement figures (Beijing, 2015-2018) reproduced with the built-in EMEP/EEA
 * 2019 Tier 1 rows: the coal a programme replaced is a baseline row, replaced in full (penetration
 * 1) by electricity or natural gas, and the scenario's reduction is compared with the published
 * one. See docs/validation.md for every case, its publication and its verdict.
 */

/**
 * China's raw-coal NCV as the scenario selects it from the built-in national table
 * (`netCalorificValue: { country: "CN" }`, row CN.GBT2589.otherBituminousCoal.NCV: GB/T 2589,
 * Appendix A, 5000 kcal/kg = 20.934 GJ/t). Earlier versions of this page passed 20.908 GJ/t (the
 * table's kJ/kg column) by hand; docs/data-sources.md says why that value is not built in.
 */
export const CHINA_RAW_COAL_NCV = { country: "CN" } as const;

export interface CoalReplacement {
  /** Sector of the coal replaced: 1.A.4.b.i household stoves, 1.A.4.a.i heating boilers. */
  readonly sector: "1.A.4.b.i" | "1.A.4.a.i";
  /** Coal replaced [t/yr], as published. */
  readonly coal: string;
  /** What replaced it. Gas is taken at equal fuel energy (the publications give no efficiencies). */
  readonly to: "electricity" | "naturalGas";
  /** Net calorific value of the coal: China's built-in national value (`{ country: "CN" }`, 20.934 GJ/t); without it, the built-in IPCC 2006 default (other bituminous coal, 25.8 GJ/t). */
  readonly ncv?: typeof CHINA_RAW_COAL_NCV;
}

export interface Reproduced {
  /** The scenario's reduction [t/yr]. */
  readonly reduction: Dec;
  /** The coal's own emissions in the baseline [t/yr] (the gross reduction before what the replacement emits). */
  readonly coalEmissions: Dec;
  /** The built-in coal factor used, with its published 95% interval. */
  readonly factor: { readonly id: string; readonly value: string; readonly unit: string; readonly ci?: { readonly lower: string; readonly upper: string } };
}

/** The scenario of a coal replacement: one baseline row, one fuel switch of all of it. */
export function coalReplacementScenario(c: CoalReplacement, species: readonly Species[]): Scenario {
  return {
    name: `validation: ${c.coal} t coal (${c.sector}) to ${c.to}`,
    years: { start: 2020, end: 2020 },
    species: [...species],
    metrics: [],
    baseline: [
      { id: "coal", sector: c.sector, fuel: "otherBituminousCoal", unit: "t", level: { kind: "constant", value: c.coal }, ...(c.ncv === undefined ? {} : { netCalorificValue: c.ncv }) },
    ],
    measures: [
      {
        id: "replace-coal",
        kind: "fuelSwitch",
        target: { activityIds: ["coal"] },
        penetration: { kind: "constant", value: "1" },
        to: { fuel: c.to },
        efficiencyFrom: "1",
        efficiencyTo: "1",
        toUnit: c.to === "electricity" ? "MWh" : "GJ",
      },
    ],
    gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
    // electricity has only a CO2 grid factor: the power plants' pollutants are listed as missing, never counted as zero
    onMissingFactor: "omit",
  };
}

/** Runs the scenario and returns the reduction of one species with the coal factor behind it. */
export function reproduce(c: CoalReplacement, species: Species): Reproduced {
  const result = evaluateScenario(compileScenario(coalReplacementScenario(c, [species])));
  const direct = result.emissions.filter((r) => r.species === species && r.scope === "direct");
  const reduction = result.emissions.filter((r) => r.species === species).reduce((s, r) => s.plus(r.reduction), toDec("0"));
  const coalEmissions = direct.reduce((s, r) => s.plus(r.baseline), toDec("0"));
  const { row } = lookupFactor(createFactorSet(), { sector: c.sector, fuel: "otherBituminousCoal", pollutant: species });
  return { reduction, coalEmissions, factor: { id: row.id, value: row.value, unit: row.unit, ...(row.ci === undefined ? {} : { ci: row.ci }) } };
}

/**
 * The tolerance band of a published reduction [t/yr]: the coal factor at the lower bound of its
 * published 95% interval with China's built-in raw-coal NCV (5000 kcal/kg = 20.934 GJ/t), to the factor at its upper
 * bound with the IPCC default NCV (25.8 GJ/t). What replaced the coal keeps its central factors
 * (its emissions are small against the coal's, except NOx from gas: see docs/validation.md).
 */
export function toleranceBand(c: Omit<CoalReplacement, "ncv">, species: Species): { readonly central: Dec; readonly low: Dec; readonly high: Dec; readonly factor: Reproduced["factor"] } {
  const central = reproduce(c, species);
  const china = reproduce({ ...c, ncv: CHINA_RAW_COAL_NCV }, species);
  const ci = central.factor.ci;
  if (ci === undefined) throw new Error(`${central.factor.id} has no published 95% interval`);
  // the coal's emissions scale with its factor: swap the central value for a bound
  const at = (r: Reproduced, bound: string) => r.reduction.minus(r.coalEmissions).plus(r.coalEmissions.times(bound).div(r.factor.value));
  return { central: central.reduction, low: at(china, ci.lower), high: at(central, ci.upper), factor: central.factor };
}
