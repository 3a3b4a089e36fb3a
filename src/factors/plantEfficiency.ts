import { type ZodType, enum as zEnum, number, strictObject as object, string } from "zod";
import { provenanceShape, type Provenance } from "../citations/sourceRef.js";
import { InvalidInputError } from "../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { GENERATION_TECHNOLOGIES, type GenerationTechnology } from "./generationMix.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * How a plant statistic counts electricity: `supply` (net of the plants' own use, 供电), `generation`
 * (gross, at the generator terminals, 发电), or `notConfirmed` (the source as read does not say).
 * @category Factors
 */
export const PLANT_EFFICIENCY_BASES = ["supply", "generation", "notConfirmed"] as const;

/**
 * A published average efficiency of a kind of power plant, or its fuel consumption rate, for one
 * country and year: what turns a fuel's factor per unit of energy into a factor per MWh.
 * @category Factors
 */
export interface PlantEfficiencyRow extends Provenance {
  readonly id: string;
  /** ISO 3166-1 alpha-2 code. */
  readonly country: string;
  /** The year the data describe. */
  readonly year: number;
  readonly technology: GenerationTechnology;
  /** `coalConsumptionRate` (fuel per electricity, in `gce/kWh`: grams of standard coal equivalent) or `efficiency` (in `%`). */
  readonly quantity: "coalConsumptionRate" | "efficiency";
  /** The figure as published, a decimal string. */
  readonly value: DecimalString;
  readonly unit: "gce/kWh" | "%";
  readonly basis: (typeof PLANT_EFFICIENCY_BASES)[number];
  /** Which plants the figure averages over, as the source says (size threshold, fuel ...). */
  readonly coverage: string;
}

/**
 * Zod schema of a {@link PlantEfficiencyRow}: a positive value, the unit that goes with the
 * quantity (an efficiency at most 100%), and a `via` for a secondary value.
 * @category Factors
 */
export const plantEfficiencyRowSchema: ZodType<PlantEfficiencyRow> = object({
  id: string().min(1),
  country: string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as CN"),
  year: number().int().min(1990).max(2100),
  technology: zEnum(GENERATION_TECHNOLOGIES),
  quantity: zEnum(["coalConsumptionRate", "efficiency"]),
  value: decimalWhere((d) => d.gt(0), "must be positive"),
  unit: zEnum(["gce/kWh", "%"]),
  basis: zEnum(PLANT_EFFICIENCY_BASES),
  coverage: string().min(1),
  ...provenanceShape,
})
  .refine((r) => (r.quantity === "efficiency") === (r.unit === "%"), { message: "an efficiency is in %, a coal consumption rate in gce/kWh", path: ["unit"] })
  .refine((r) => r.unit !== "%" || !isDecimalString(r.value) || new Dec(r.value).lte(100), { message: "an efficiency is at most 100%", path: ["value"] })
  .refine((r) => r.quality !== "secondary" || r.via !== undefined, { message: "a secondary value must name the publication it was read in (via)", path: ["via"] }) as ZodType<PlantEfficiencyRow>;

/**
 * The efficiency of power plants from their coal consumption rate: the energy of a kWh of
 * electricity over the energy of the coal burned for it.
 *
 * Method: efficiency = 3.6 MJ / (rate [g/kWh] / 1000 x energy of the coal equivalent [MJ/kg]) =
 * 3600 / (rate x energy). The energy of a kilogram of coal equivalent is a convention (China's
 * standard coal, 标准煤, is conventionally 7000 kcal per kg; which calorie and which rounding is the
 * caller's choice): no default. The efficiency has the basis of the rate (supply or generation) and
 * of the coal equivalent's heating value.
 * Computed in decimals, to 40 significant digits.
 *
 * @param rate - the coal consumption rate [gce/kWh], e.g. `"305.5"`
 * @param coalEquivalentEnergy - the energy of one kilogram of the coal equivalent [MJ/kg], e.g. `"29.3076"`
 * @returns the efficiency as a fraction [-]
 * @throws {@link InvalidInputError} for an argument that is not a positive decimal string, or a result above 1
 * @example
 * ```ts
 * import { efficiencyFromCoalRate } from "cobenefits";
 * efficiencyFromCoalRate("300", "30"); // "0.4"
 * ```
 * @category Factors
 */
export function efficiencyFromCoalRate(rate: DecimalString, coalEquivalentEnergy: DecimalString): DecimalString {
  const issues = (
    [
      ["rate", rate],
      ["coalEquivalentEnergy", coalEquivalentEnergy],
    ] as const
  ).flatMap(([name, v]) => (isDecimalString(v) && new Dec(v).gt(0) ? [] : [{ code: "out_of_range" as const, minimum: "0", path: [name], message: `expected a positive decimal string, not ${JSON.stringify(v)}` }]));
  if (issues.length > 0) throw new InvalidInputError("efficiency from coal consumption rate", issues);
  const efficiency = new Dec(3600).div(new Dec(rate).times(coalEquivalentEnergy));
  if (efficiency.gt(1)) {
    throw new InvalidInputError("efficiency from coal consumption rate", [
      { code: "out_of_range", maximum: "1", path: ["rate"], message: `a rate of ${rate} gce/kWh at ${coalEquivalentEnergy} MJ/kg gives an efficiency above 1 (${efficiency.toSignificantDigits(4).toString()}); check the units` },
    ]);
  }
  return efficiency.toString();
}
