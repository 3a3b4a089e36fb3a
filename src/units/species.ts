import { SpeciesConversionError } from "../errors.js";
import { Dec, parseDecimal } from "./decimal.js";

/**
 * Every species cobenefits accounts for, as a closed list. The mass basis of each is fixed
 * (see {@link SPECIES_INFO}): SO2 stands for all SOx expressed as SO2, NOx for NO + NO2 expressed
 * as NO2, CO2 is fossil CO2 and `CO2-biogenic` is CO2 from biomass carbon, reported apart.
 * @category Units
 */
export const SPECIES = [
  "PM2.5",
  "PM10",
  "TSP",
  "BC",
  "OC",
  "SO2",
  "NOx",
  "NMVOC",
  "CO",
  "NH3",
  "CO2",
  "CO2-biogenic",
  "CH4",
  "N2O",
] as const;

/**
 * A species id (chemical name as data: `"PM2.5"`, `"SO2"`, `"CO2-biogenic"` ...).
 * @category Units
 */
export type Species = (typeof SPECIES)[number];

/**
 * What a species is and how its mass is counted.
 * @category Units
 */
export interface SpeciesInfo {
  readonly id: Species;
  readonly name: string;
  /** How the mass is counted, e.g. "as NO2". */
  readonly massBasis: string;
  /** `airPollutant`, `greenhouseGas`, or `climateForcer` (short-lived, no IPCC GWP: BC, OC). */
  readonly role: "airPollutant" | "greenhouseGas" | "climateForcer";
}

/**
 * The mass basis and role of every species.
 * @category Units
 */
export const SPECIES_INFO: Readonly<Record<Species, SpeciesInfo>> = {
  "PM2.5": { id: "PM2.5", name: "Fine particulate matter (aerodynamic diameter <= 2.5 um)", massBasis: "total particle mass", role: "airPollutant" },
  PM10: { id: "PM10", name: "Particulate matter (aerodynamic diameter <= 10 um)", massBasis: "total particle mass", role: "airPollutant" },
  TSP: { id: "TSP", name: "Total suspended particulate", massBasis: "total particle mass", role: "airPollutant" },
  BC: { id: "BC", name: "Black carbon", massBasis: "mass of elemental/black carbon", role: "climateForcer" },
  OC: { id: "OC", name: "Organic carbon", massBasis: "mass of carbon in organic particulate matter (not organic matter)", role: "climateForcer" },
  SO2: { id: "SO2", name: "Sulphur oxides", massBasis: "all SOx as SO2", role: "airPollutant" },
  NOx: { id: "NOx", name: "Nitrogen oxides", massBasis: "NO + NO2 as NO2", role: "airPollutant" },
  NMVOC: { id: "NMVOC", name: "Non-methane volatile organic compounds", massBasis: "total mass of the compounds", role: "airPollutant" },
  CO: { id: "CO", name: "Carbon monoxide", massBasis: "as CO", role: "airPollutant" },
  NH3: { id: "NH3", name: "Ammonia", massBasis: "as NH3", role: "airPollutant" },
  CO2: { id: "CO2", name: "Carbon dioxide (fossil)", massBasis: "as CO2", role: "greenhouseGas" },
  "CO2-biogenic": { id: "CO2-biogenic", name: "Carbon dioxide from biomass carbon", massBasis: "as CO2", role: "greenhouseGas" },
  CH4: { id: "CH4", name: "Methane", massBasis: "as CH4", role: "greenhouseGas" },
  N2O: { id: "N2O", name: "Nitrous oxide", massBasis: "as N2O", role: "greenhouseGas" },
};

/**
 * Whether a string is a known species id.
 * @param text - candidate id
 * @returns true for one of {@link SPECIES}
 * @example
 * ```ts
 * import { isSpecies } from "cobenefits";
 * isSpecies("PM2.5"); // true
 * isSpecies("PM25");  // false
 * ```
 * @category Units
 */
export function isSpecies(text: string): text is Species {
  return (SPECIES as readonly string[]).includes(text);
}

/** Conventional standard atomic weights [g/mol], IUPAC (Prohaska et al. 2022, Table 3 abridged values). */
const ATOMIC_WEIGHT = { H: "1.008", C: "12.011", N: "14.007", O: "15.999", S: "32.06" } as const;

function molar(parts: Partial<Record<keyof typeof ATOMIC_WEIGHT, number>>): Dec {
  let sum = new Dec(0);
  for (const [el, n] of Object.entries(parts)) sum = sum.plus(new Dec(ATOMIC_WEIGHT[el as keyof typeof ATOMIC_WEIGHT]).times(n));
  return sum;
}

/**
 * An explicit rule to re-express a species' mass on an element basis (e.g. NOx as NO2 -> as N).
 * @category Units
 */
export interface SpeciesBasisRule {
  readonly from: Species;
  readonly to: "C" | "N" | "S";
  /** Mass ratio element/compound, from IUPAC conventional atomic weights. */
  readonly ratio: Dec;
  readonly description: string;
}

const RULES: readonly SpeciesBasisRule[] = [
  { from: "CO2", to: "C", ratio: molar({ C: 1 }).div(molar({ C: 1, O: 2 })), description: "CO2 -> C: 12.011/44.009" },
  { from: "CO2-biogenic", to: "C", ratio: molar({ C: 1 }).div(molar({ C: 1, O: 2 })), description: "CO2 -> C: 12.011/44.009" },
  { from: "CH4", to: "C", ratio: molar({ C: 1 }).div(molar({ C: 1, H: 4 })), description: "CH4 -> C: 12.011/16.043" },
  { from: "CO", to: "C", ratio: molar({ C: 1 }).div(molar({ C: 1, O: 1 })), description: "CO -> C: 12.011/28.010" },
  { from: "NOx", to: "N", ratio: molar({ N: 1 }).div(molar({ N: 1, O: 2 })), description: "NOx (as NO2) -> N: 14.007/46.005" },
  { from: "N2O", to: "N", ratio: molar({ N: 2 }).div(molar({ N: 2, O: 1 })), description: "N2O -> N: 28.014/44.013" },
  { from: "NH3", to: "N", ratio: molar({ N: 1 }).div(molar({ N: 1, H: 3 })), description: "NH3 -> N: 14.007/17.031" },
  { from: "SO2", to: "S", ratio: molar({ S: 1 }).div(molar({ S: 1, O: 2 })), description: "SO2 -> S: 32.06/64.058" },
];

/**
 * Lists the explicit element-basis rules (the only way to change a species' mass basis).
 * @returns the rules, with their mass ratios
 * @example
 * ```ts
 * import { listSpeciesBasisRules } from "cobenefits";
 * listSpeciesBasisRules().map((r) => `${r.from}->${r.to}`); // ["CO2->C", ...]
 * ```
 * @category Units
 */
export function listSpeciesBasisRules(): readonly SpeciesBasisRule[] {
  return RULES;
}

/**
 * Re-expresses a mass of a species on an element basis through an explicit rule
 * (molar-mass ratio, IUPAC conventional atomic weights).
 *
 * @param mass - mass of the species [any mass unit; the result is in the same unit]
 * @param from - the species
 * @param to - the element basis: `"C"`, `"N"` or `"S"`
 * @returns the element mass [same unit as `mass`]
 * @throws {@link SpeciesConversionError} when no rule converts `from` to `to`
 * @throws {@link InvalidInputError} when the mass is not a finite decimal
 * @example
 * ```ts
 * import { toElementBasis } from "cobenefits";
 * toElementBasis("46.005", "NOx", "N").toFixed(3); // "14.007"
 * ```
 * @category Units
 */
export function toElementBasis(mass: string | Dec, from: Species, to: "C" | "N" | "S"): Dec {
  const rule = RULES.find((r) => r.from === from && r.to === to);
  if (rule === undefined) {
    throw new SpeciesConversionError(from, to, RULES.map((r) => `${r.from}->${r.to}`));
  }
  return parseDecimal(mass, "mass").times(rule.ratio);
}
