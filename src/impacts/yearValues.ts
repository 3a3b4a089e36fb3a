import { type ZodType, array, number, strictObject as object } from "zod";
import { decimalStringSchema } from "../units/quantity.js";
import type { DecimalString } from "../units/decimal.js";

/**
 * A value per year, e.g. a population or a baseline death count: `[{ year: 2025, value: "1.7e6" }]`.
 * Years between two given years take the earlier one's value (a step series); a year before the
 * first given year is an error, so that no value is extrapolated silently.
 * @category Impacts
 */
export type YearValues = readonly { readonly year: number; readonly value: DecimalString }[];

/**
 * Zod schema of {@link YearValues}: at least one row, years ascending and each once, values
 * non-negative decimal strings.
 *
 * @example
 * ```ts
 * import { yearValuesSchema } from "cobenefits/impacts";
 * yearValuesSchema.safeParse([{ year: 2025, value: "1" }, { year: 2025, value: "2" }]).success; // false
 * ```
 * @category Impacts
 */
export const yearValuesSchema: ZodType<YearValues> = array(
  object({ year: number().int().min(1900).max(2300), value: decimalStringSchema.refine((v) => !v.trim().startsWith("-"), "must not be negative") }),
).min(1).superRefine((rows, ctx) => {
  rows.forEach((r, i) => {
    const prev = rows[i - 1];
    if (prev !== undefined && r.year <= prev.year) ctx.addIssue({ code: "custom", path: [i, "year"], message: `years must ascend, each once: ${r.year} follows ${prev.year}` });
  });
}) as ZodType<YearValues>;

/**
 * The value of a {@link YearValues} series in a year: the last row at or before it.
 *
 * @param series - the series
 * @param year - the year
 * @returns the value, or undefined when the year is before the first row
 * @example
 * ```ts
 * import { valueInYear } from "cobenefits/impacts";
 * valueInYear([{ year: 2020, value: "5" }, { year: 2030, value: "7" }], 2025); // "5"
 * ```
 * @category Impacts
 */
export function valueInYear(series: YearValues, year: number): DecimalString | undefined {
  let found: DecimalString | undefined;
  for (const r of series) if (r.year <= year) found = r.value;
  return found;
}
