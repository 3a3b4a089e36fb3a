import { type ZodType, strictObject as object, string } from "zod";
import { DECIMAL_PATTERN, type DecimalString, decimalStringProblem, parseDecimal } from "./decimal.js";
import { conversionFactor } from "./units.js";

/**
 * A number with its unit, as plain serialisable data. The value is a decimal string.
 * @category Units
 */
export interface Quantity {
  readonly value: DecimalString;
  readonly unit: string;
}

/**
 * Zod schema of a decimal string (finite; no NaN, Infinity or spaces), in the range decimal
 * arithmetic holds exactly (`decimalStringProblem`: 0, or 1e-100000 to 1e100001 in magnitude).
 * @category Units
 */
export const decimalStringSchema = string()
  .regex(DECIMAL_PATTERN, { message: 'expected a decimal number written as a string, e.g. "12.5" or "1e3"' })
  .superRefine((text, ctx) => {
    if (!DECIMAL_PATTERN.test(text)) return; // the pattern's own message says it
    const problem = decimalStringProblem(text);
    if (problem !== undefined) ctx.addIssue({ code: "custom", message: problem });
  });

/**
 * Zod schema of a {@link Quantity}.
 * @category Units
 */
export const quantitySchema: ZodType<Quantity> = object({
  value: decimalStringSchema,
  unit: string().min(1, "expected a unit such as t, TJ, MWh or vkm"),
});

/**
 * Converts a quantity to another unit of the same dimension, exactly.
 *
 * @param quantity - the quantity to convert
 * @param to - the target unit
 * @returns a new quantity in `to` (the input is not changed)
 * @throws {@link UnitDimensionError} across dimensions
 * @throws {@link UnknownUnitError} for an unknown unit
 * @throws {@link InvalidInputError} when the value is not a finite decimal
 * @example
 * ```ts
 * import { convertQuantity } from "cobenefits";
 * convertQuantity({ value: "2.5", unit: "kt" }, "t"); // { value: "2500", unit: "t" }
 * ```
 * @category Units
 */
export function convertQuantity(quantity: Quantity, to: string): Quantity {
  const value = parseDecimal(quantity.value, "value");
  const factor = conversionFactor(quantity.unit, to);
  return { value: value.times(factor).toString(), unit: to };
}
