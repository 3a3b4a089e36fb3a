import { type ZodType, enum as zEnum, literal, strictObject as object, string } from "zod";
import { provenanceShape, type Provenance } from "../citations/sourceRef.js";
import { InvalidInputError } from "../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import type { Quantity } from "../units/quantity.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * A Tier 1 coal-mining CH4 emission factor: CH4 volume released per tonne of coal mined, for a
 * kind of mine and a stage, with the low, average and high values as published (those read).
 * @category Factors
 */
export interface CoalMineMethaneFactor extends Provenance {
  readonly id: string;
  readonly miningType: "underground" | "surface";
  /** `mining` (released as the coal and strata are broken) or `postMining` (handling, processing, transport). */
  readonly stage: "mining" | "postMining";
  readonly low?: DecimalString;
  readonly average?: DecimalString;
  readonly high?: DecimalString;
  /** Volume of CH4 per mass of coal, `m3/t`, at the conditions of the density that converts it. */
  readonly unit: "m3/t";
  /** When to use the low, average or high value, in the source's words. */
  readonly guidance?: string;
}

/**
 * The density of CH4 a method uses to turn volumes into masses, with the conditions it holds at.
 * @category Factors
 */
export interface MethaneDensity extends Provenance {
  readonly id: string;
  readonly value: DecimalString;
  readonly unit: "kg/m3";
  /** Temperature and pressure, e.g. `20 degC and 1 atm`. */
  readonly conditions: string;
}

const positive = decimalWhere((d) => d.gte(0), "must not be negative");

/**
 * Zod schema of a {@link CoalMineMethaneFactor}: at least one of low, average, high, in order
 * (low <= average <= high), and a `via` for a secondary value.
 * @category Factors
 */
export const coalMineMethaneFactorSchema: ZodType<CoalMineMethaneFactor> = object({
  id: string().min(1),
  miningType: zEnum(["underground", "surface"]),
  stage: zEnum(["mining", "postMining"]),
  low: positive.optional(),
  average: positive.optional(),
  high: positive.optional(),
  unit: literal("m3/t"),
  guidance: string().min(1).optional(),
  ...provenanceShape,
})
  .refine((r) => r.low !== undefined || r.average !== undefined || r.high !== undefined, { message: "give at least one of low, average, high", path: ["average"] })
  .refine(
    (r) => {
      const given = [r.low, r.average, r.high].filter((v): v is string => v !== undefined);
      if (!given.every(isDecimalString)) return true;
      return given.every((v, i) => i === 0 || new Dec(given[i - 1]!).lte(v));
    },
    { message: "expected low <= average <= high", path: ["average"] },
  )
  .refine((r) => r.quality !== "secondary" || r.via !== undefined, { message: "a secondary value must name the publication it was read in (via)", path: ["via"] }) as ZodType<CoalMineMethaneFactor>;

/**
 * Zod schema of a {@link MethaneDensity}.
 * @category Factors
 */
export const methaneDensitySchema: ZodType<MethaneDensity> = object({
  id: string().min(1),
  value: decimalWhere((d) => d.gt(0), "a density must be positive"),
  unit: literal("kg/m3"),
  conditions: string().min(1),
  ...provenanceShape,
}).refine((r) => r.quality !== "secondary" || r.via !== undefined, { message: "a secondary value must name the publication it was read in (via)", path: ["via"] }) as ZodType<MethaneDensity>;

/**
 * A coal-mining CH4 factor as a mass per tonne of coal: the chosen value of the factor (low,
 * average or high, as the method's guidance says for the mine; no default) times the density of CH4.
 *
 * Method: EF [kg CH4/t] = EF [m3/t] x density [kg/m3] (IPCC 2006 Vol. 2 ch. 4, Equation 4.1.7 and
 * its conversion factor, there in Gg per m3). Exact (a product of decimals).
 *
 * @param factor - the volume factor row [m3/t]
 * @param statistic - which of its values: `low`, `average` or `high`
 * @param density - the CH4 density row [kg/m3] the method names
 * @returns the factor [kg/t] (kg of CH4 per tonne of coal mined)
 * @throws {@link InvalidInputError} when the row has no value for `statistic`
 * @example
 * ```ts
 * import { coalMineMethaneFactor, listCoalMineMethaneFactors, listMethaneDensities } from "cobenefits";
 * const surface = listCoalMineMethaneFactors().find((r) => r.miningType === "surface" && r.stage === "mining")!;
 * coalMineMethaneFactor(surface, "average", listMethaneDensities()[0]!); // { value: "0.804", unit: "kg/t" }
 * ```
 * @category Factors
 */
export function coalMineMethaneFactor(factor: CoalMineMethaneFactor, statistic: "low" | "average" | "high", density: MethaneDensity): Quantity {
  const volume = factor[statistic];
  if (volume === undefined) {
    const given = (["low", "average", "high"] as const).filter((k) => factor[k] !== undefined);
    throw new InvalidInputError("coal-mine methane factor", [{ path: [statistic], message: `the row ${factor.id} has no ${statistic} value; it has: ${given.join(", ") || "none"}` }]);
  }
  return { value: new Dec(volume).times(density.value).toString(), unit: "kg/t" };
}
