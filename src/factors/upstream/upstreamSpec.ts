import { type ZodType, strictObject as object, union } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import { Dec, type DecimalString, isDecimalString } from "../../units/decimal.js";
import { ratioUnitSchema } from "../../units/unitSchema.js";
import { parseRatioUnit } from "../../units/units.js";
import { fuelGroupsOf } from "../fuels.js";
import { type CoalMinePreset, coalMinePresetSchema } from "./coalMinePreset.js";
import { decimalWhere } from "../../units/decimalWhere.js";

/**
 * A number the user states for the upstream scope, with its unit where it has one and the
 * publication it comes from (a citation id in the registry, built-in or the scenario's own).
 * @category Factors
 */
export interface CitedValue {
  readonly value: DecimalString;
  readonly source: SourceRef;
}

/**
 * {@link CitedValue} with a unit.
 * @category Factors
 */
export interface CitedQuantity extends CitedValue {
  readonly unit: string;
}

/**
 * The opt-in upstream methane scope of a scenario. Nothing in it has a default: each number is the
 * user's, cited. Both parts are optional and independent; a fuel whose part is absent gets no
 * upstream emissions.
 *
 * - `naturalGas` (fuels of the `gaseousFuels` group): CH4 [t] = `leakageRate` x gas delivered x
 *   `methaneContent`. `leakageRate` [kg/kg] is the mass of natural gas emitted to the air along
 *   production, processing, transmission and distribution per mass of gas delivered to the final
 *   user (for leaked and delivered gas of one composition, the same number as a volume fraction at
 *   one reference condition). `methaneContent` is the CH4 in the delivered gas: a mass fraction
 *   (`kg/kg`), per normal cubic metre (`kg/Nm3`) or per unit of energy on the net calorific basis
 *   (`kg/GJ`); the gas delivered is the activity brought to that unit's denominator by the
 *   engine's conversion (its NCV, else the factor set's NCV for the fuel).
 * - `coal` (fuels of the `hardCoal` and `brownCoal` groups: the mined coals; briquettes and patent
 *   fuel are not covered): CH4 [t] = coal used [t] x `methanePerTonne`, taking the coal an activity
 *   uses as the coal mined for it (state the factor per tonne of coal used when the coal is washed).
 *   `methanePerTonne` is CH4 per mass of coal, as mass (`kg/t`) or as volume (`m3/t`, as IPCC 2006
 *   Vol. 2 ch. 4 gives it); a volume needs `methaneDensity` (mass per volume, e.g. `kg/m3`, at the
 *   conditions the volume is stated at).
 * @category Factors
 */
export interface UpstreamSpec {
  readonly naturalGas?: { readonly leakageRate: CitedValue; readonly methaneContent: CitedQuantity };
  /** `methanePerTonne` stated and cited, or named from the built-in IPCC 2006 rows ({@link CoalMinePreset}: kind of mine, stage and statistic, all required, with the density; then no `methaneDensity`). */
  readonly coal?: { readonly methanePerTonne: CitedQuantity | CoalMinePreset; readonly methaneDensity?: CitedQuantity };
}

const nonNegative = (what: string) => decimalWhere((d) => d.gte(0), `${what} must not be negative`);
const fraction = (what: string) => decimalWhere((d) => d.gte(0) && d.lte(1), `${what} is a fraction from 0 to 1`);

/**
 * Zod schema of an {@link UpstreamSpec} (a scenario's `upstream`).
 * @category Factors
 */
export const upstreamSpecSchema: ZodType<UpstreamSpec> = object({
  naturalGas: object({
    leakageRate: object({
      value: fraction("a leakage rate"),
      source: sourceRefSchema,
    }).describe("mass of natural gas emitted to the air from production to delivery per mass of gas delivered to the final user [kg/kg], cited"),
    methaneContent: object({
      value: nonNegative("a methane content"),
      unit: ratioUnitSchema("CH4 mass per mass (kg/kg), per normal volume (kg/Nm3) or per energy (kg/GJ) of delivered gas", (r) => r.numerator.dimension === "mass" && ["mass", "gasVolume", "energy"].includes(r.denominator.dimension)),
      source: sourceRefSchema,
    }).refine((c) => !isDecimalString(c.value) || !isMassFraction(c.unit) || new Dec(c.value).times(parseRatioUnit(c.unit).toBase).lte(1), { message: "a methane mass fraction must not exceed 1", path: ["value"] })
      .describe("CH4 in the delivered gas: mass fraction (kg/kg), per normal cubic metre (kg/Nm3) or per energy on the net calorific basis (kg/GJ), cited"),
  }).optional().describe("natural-gas supply leakage (fuels of the gaseousFuels group)"),
  coal: object({
    methanePerTonne: union([coalMinePresetSchema, object({
      value: nonNegative("a methane emission per tonne"),
      unit: ratioUnitSchema("CH4 mass (kg/t) or volume (m3/t) per mass of coal", (r) => r.denominator.dimension === "mass" && (r.numerator.dimension === "mass" || r.numerator.dimension === "volume")),
      source: sourceRefSchema,
    })]).describe("CH4 per tonne of coal used (taken as coal mined): mass (kg/t) or volume (m3/t, with methaneDensity), cited; or built-in IPCC 2006 rows ({ builtin: [{ miningType, stage, statistic }], density })"),
    methaneDensity: object({
      value: nonNegative("a density").refine((v) => !isDecimalString(v) || !new Dec(v).isZero(), "a density must be positive"),
      unit: ratioUnitSchema("mass per volume, e.g. kg/m3", (r) => r.numerator.dimension === "mass" && r.denominator.dimension === "volume"),
      source: sourceRefSchema,
    }).optional().describe("density of CH4 at the conditions methanePerTonne's volume is stated at; needed with a volume (m3/t)"),
  }).refine((c) => !("builtin" in c.methanePerTonne) || c.methaneDensity === undefined, { message: "built-in rows name their density (methanePerTonne.density); remove methaneDensity", path: ["methaneDensity"] })
    .refine((c) => "builtin" in c.methanePerTonne || !isVolume(c.methanePerTonne.unit) || c.methaneDensity !== undefined, { message: "a methane volume per tonne (e.g. m3/t) needs methaneDensity (e.g. kg/m3) to become a mass", path: ["methaneDensity"] })
    .optional().describe("coal-mine methane per tonne of coal (fuels of the hardCoal and brownCoal groups)"),
}).describe("opt-in upstream methane scope: natural-gas supply leakage and coal-mine methane, each stated and cited by the user") as ZodType<UpstreamSpec>;

function isMassFraction(unit: string): boolean {
  try {
    return parseRatioUnit(unit).denominator.dimension === "mass";
  } catch {
    return false; // the unit's own schema reports it
  }
}

function isVolume(unit: string): boolean {
  try {
    return parseRatioUnit(unit).numerator.dimension === "volume";
  } catch {
    return false; // the unit's own schema reports it
  }
}

/**
 * The sector under which each part's upstream methane is reported (scope `upstream`), as the
 * IPCC 2006 Guidelines (Vol. 2 ch. 4) and the NFR file fugitive emissions: coal-mine methane under
 * 1.B.1.a (coal mining and handling), natural-gas supply leakage under 1.B.2.b (natural gas). So a
 * coal-to-gas switch shows the avoided coal-mine methane and the added gas-supply methane apart.
 * @category Factors
 */
export const UPSTREAM_SECTORS: Readonly<Record<"naturalGas" | "coal", string>> = Object.freeze({ naturalGas: "1.B.2.b", coal: "1.B.1.a" });

/**
 * Which part of an upstream spec a fuel falls under: `naturalGas` for fuels of the `gaseousFuels`
 * group, `coal` for those of the `hardCoal` and `brownCoal` groups (the mined coals), else none.
 *
 * @param fuel - a fuel id
 * @returns `naturalGas`, `coal` or undefined
 * @example
 * ```ts
 * import { upstreamPartOf } from "cobenefits";
 * [upstreamPartOf("naturalGas"), upstreamPartOf("lignite"), upstreamPartOf("patentFuel")]; // ["naturalGas", "coal", undefined]
 * ```
 * @category Factors
 */
export function upstreamPartOf(fuel: string): "naturalGas" | "coal" | undefined {
  const groups = fuelGroupsOf(fuel);
  if (groups.includes("gaseousFuels")) return "naturalGas";
  if (groups.includes("hardCoal") || groups.includes("brownCoal")) return "coal";
  return undefined;
}
