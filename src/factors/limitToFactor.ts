import { type ZodType, strictObject as object } from "zod";
import { InvalidInputError, type InputIssueInit, issueCodeOfZod } from "../errors.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { type Quantity, decimalStringSchema, quantitySchema } from "../units/quantity.js";
import { parseRatioUnit } from "../units/units.js";

/**
 * What {@link limitToFactor} needs: the limit, the O2 it refers to, and the fuel's specific dry
 * flue-gas volume with the O2 it is given at. Every O2 content is % by volume of dry gas.
 * @category Factors
 */
export interface LimitToFactorInput {
  /** The limit or measured concentration in dry flue gas, mass per normal volume, e.g. `{ value: "35", unit: "mg/Nm3" }`. */
  readonly concentration: Quantity;
  /** The O2 content the concentration refers to [%], e.g. `"6"` for coal boilers under China's standards. */
  readonly referenceO2: DecimalString;
  /** The fuel's specific dry flue-gas volume, normal volume per fuel energy, e.g. `{ value: "350", unit: "Nm3/GJ" }`, on the same heating-value basis as the factors it will sit beside (net for EMEP/EEA and IPCC). */
  readonly flueGasVolume: Quantity;
  /** The O2 content at which `flueGasVolume` is given [%]: `"0"` for a stoichiometric volume, or the reference O2 of the table it comes from. */
  readonly flueGasVolumeO2: DecimalString;
  /** The O2 content of dry air the O2 correction uses [%]; the standard the limit belongs to says which (e.g. 21, or 20.9). */
  readonly airO2: DecimalString;
}

const schema: ZodType<LimitToFactorInput> = object({
  concentration: quantitySchema,
  referenceO2: decimalStringSchema,
  flueGasVolume: quantitySchema,
  flueGasVolumeO2: decimalStringSchema,
  airO2: decimalStringSchema,
}) as ZodType<LimitToFactorInput>;

/** The problems of an input that passed the schema: units, signs and O2 contents. */
function inputProblems(input: LimitToFactorInput): InputIssueInit[] {
  const issues: InputIssueInit[] = [];
  const c = parseRatioUnit(input.concentration.unit, ["concentration", "unit"]);
  if (c.numerator.dimension !== "mass" || c.denominator.dimension !== "gasVolume") {
    issues.push({ path: ["concentration", "unit"], message: `expected mass per normal volume of flue gas, e.g. mg/Nm3, not "${input.concentration.unit}"` });
  }
  const v = parseRatioUnit(input.flueGasVolume.unit, ["flueGasVolume", "unit"]);
  if (v.numerator.dimension !== "gasVolume" || v.denominator.dimension !== "energy") {
    issues.push({ path: ["flueGasVolume", "unit"], message: `expected normal volume per fuel energy, e.g. Nm3/GJ, not "${input.flueGasVolume.unit}"` });
  }
  if (new Dec(input.concentration.value).lt(0)) issues.push({ code: "out_of_range", minimum: "0", path: ["concentration", "value"], message: "a concentration must not be negative" });
  if (new Dec(input.flueGasVolume.value).lte(0)) issues.push({ code: "out_of_range", minimum: "0", path: ["flueGasVolume", "value"], message: "a flue-gas volume must be positive" });
  const air = new Dec(input.airO2);
  if (air.lte(0) || air.gt(100)) issues.push({ code: "out_of_range", path: ["airO2"], message: "expected the O2 content of dry air in % by volume, e.g. 21" });
  for (const key of ["referenceO2", "flueGasVolumeO2"] as const) {
    const o2 = new Dec(input[key]);
    if (o2.lt(0) || o2.gte(air)) issues.push({ code: "out_of_range", minimum: "0", maximum: input.airO2, path: [key], message: `an O2 content must be at least 0 and below the O2 of air (${input.airO2}%)` });
  }
  return issues;
}

/**
 * Turns an emission limit (a concentration in dry flue gas at a reference O2 content) into an
 * emission factor per unit of fuel energy, through the fuel's specific dry flue-gas volume.
 *
 * Method: the dry flue-gas volume at the reference O2 is V_ref = V x (O2_air - O2_V) / (O2_air -
 * O2_ref) (more excess air, more flue gas for the same fuel); the factor is EF = C x V_ref. For a
 * limit of C mg/Nm3 and V in Nm3/GJ, EF [g/GJ] = C x V_ref / 1000. The O2 correction is the one
 * emission standards use to refer a measured concentration to the reference O2 (e.g. China's
 * GB 13223-2011 and the EU's large combustion plant rules); the O2 of air is the caller's
 * (the standard's) choice. Computed in decimals with one division, at the end: exact when the
 * quotient terminates within 40 significant digits, otherwise rounded half-even there.
 *
 * A limit is a ceiling: a plant that meets it emits at most this factor, often less. The flue-gas
 * volume depends on the fuel's composition; use a volume published for the fuel (or computed from
 * its analysis), on the same heating-value basis (net or gross) as the factors it replaces.
 *
 * @param input - concentration [mass/Nm3], reference O2 [%], flue-gas volume [Nm3/energy] and its O2 [%], O2 of dry air [%]
 * @returns the factor [g/GJ]
 * @throws {@link InvalidInputError} for a value that is not a decimal, a unit of the wrong
 *   dimension, a negative concentration, a volume that is not positive, or an O2 content that is
 *   negative or not below the O2 of air; {@link UnitError} (with its path) for a unit that does not parse
 * @example
 * ```ts
 * import { limitToFactor } from "cobenefits";
 * // 35 mg/Nm3 SO2 at 6% O2, with a (hypothetical) stoichiometric volume of 250 Nm3/GJ:
 * // V_ref = 250 x 21 / 15 = 350 Nm3/GJ, EF = 35 x 350 / 1000 = 12.25 g/GJ
 * const input = { concentration: { value: "35", unit: "mg/Nm3" }, referenceO2: "6", flueGasVolume: { value: "250", unit: "Nm3/GJ" }, flueGasVolumeO2: "0", airO2: "21" };
 * limitToFactor(input); // { value: "12.25", unit: "g/GJ" }
 * ```
 * @category Factors
 */
export function limitToFactor(input: LimitToFactorInput): Quantity {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidInputError("limit-to-factor conversion", parsed.error.issues.map((i) => ({ code: issueCodeOfZod(i), path: i.path.map(String), message: i.message })));
  }
  const issues = inputProblems(input);
  if (issues.length > 0) throw new InvalidInputError("limit-to-factor conversion", issues);
  const c = parseRatioUnit(input.concentration.unit);
  const v = parseRatioUnit(input.flueGasVolume.unit);
  const gramsPerGj = parseRatioUnit("g/GJ").toBase; // kg/J per g/GJ
  const air = new Dec(input.airO2);
  // kg/Nm3 x Nm3/J x (air - O2_V), over (air - O2_ref) and over kg/J per g/GJ: one division
  const numerator = new Dec(input.concentration.value).times(c.toBase).times(new Dec(input.flueGasVolume.value).times(v.toBase)).times(air.minus(input.flueGasVolumeO2));
  const value = numerator.div(air.minus(input.referenceO2).times(gramsPerGj));
  return { value: value.toString(), unit: "g/GJ" };
}
