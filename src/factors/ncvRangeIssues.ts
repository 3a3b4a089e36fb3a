import { type ZodType, type RefinementCtx, strictObject as object, string } from "zod";
import type { InputIssue } from "../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { parseRatioUnit } from "../units/units.js";
import { IPCC2006_NCV } from "./tables/ipcc2006Ncv.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * Zod schema of the acknowledgement that an NCV lies outside the IPCC 2006 Table 1.2 range of its
 * fuel: the reason, in words (e.g. `"washed Mongolian lignite, laboratory report 2023-114"`).
 * @category Factors
 */
export const outsideIpccRangeSchema: ZodType<string> = string().min(1, "say why the NCV lies outside the IPCC 2006 Table 1.2 range").max(2000);

/**
 * An NCV as given by a user, with its optional acknowledgement of lying outside the IPCC range.
 * @category Factors
 */
export interface GivenNcv {
  readonly value: DecimalString;
  readonly unit: string;
  /** Why the value lies outside the IPCC 2006 Table 1.2 lower-upper range of its fuel; shown in provenance. */
  readonly outsideIpccRange?: string | undefined;
}

/**
 * Zod schema of a {@link GivenNcv}: a positive value, a unit, and the optional acknowledgement.
 * @category Factors
 */
export const givenNcvSchema: ZodType<GivenNcv> = object({
  value: decimalWhere((d) => d.gt(0), "an NCV must be positive"),
  unit: string().min(1, "expected an energy per mass or per Nm3, e.g. GJ/t or kcal/kg"),
  outsideIpccRange: outsideIpccRangeSchema.optional(),
}) as ZodType<GivenNcv>;

/**
 * Adds the {@link ncvRangeIssues} of a row's own NCV to a zod refinement, with their codes.
 *
 * @param row - a row with a fuel and maybe an NCV given as a value
 * @param ctx - the zod refinement context
 * @example
 * ```ts
 * import { object, string, unknown } from "zod";
 * import { addNcvRangeIssues } from "./ncvRangeIssues.js";
 * const s = object({ fuel: string(), netCalorificValue: unknown() }).superRefine((r, ctx) => addNcvRangeIssues(r as never, ctx));
 * s.safeParse({ fuel: "lignite", netCalorificValue: { value: "5000", unit: "GJ/t" } }).success; // false
 * ```
 * @category Factors
 */
export function addNcvRangeIssues(row: { readonly fuel: string; readonly netCalorificValue?: GivenNcv | { readonly country: string } | undefined }, ctx: RefinementCtx): void {
  const ncv = row.netCalorificValue;
  if (ncv === undefined || !("value" in ncv) || typeof row.fuel !== "string") return;
  for (const { path, message, ...fields } of ncvRangeIssues(row.fuel, ncv, ["netCalorificValue"])) {
    ctx.addIssue({ code: "custom", path: [...path], message, params: { issueCode: fields.code, ...fields } });
  }
}

/**
 * The problems of a user's net calorific value against the IPCC 2006 Guidelines, Vol. 2, Table 1.2
 * lower and upper values of its fuel (the built-in NCV row's `ci`): a value below the lower or above
 * the upper value (compared exactly after converting both to J/kg) is refused, naming the range and
 * the table, unless it says why in `outsideIpccRange`. Fuels whose built-in row has no range, and NCVs per Nm3 (Table 1.2 is per mass),
 * are not checked. A unit or value that does not parse is left to the schema's own checks.
 *
 * @param fuel - the fuel id
 * @param ncv - the NCV as given [energy/mass]
 * @param path - where the NCV was given (issues point at its `value` or `outsideIpccRange`)
 * @returns the issues, empty when the value is within the range or acknowledged
 * @example
 * ```ts
 * import { ncvRangeIssues } from "cobenefits";
 * ncvRangeIssues("lignite", { value: "5000", unit: "GJ/t" }, ["netCalorificValue"])[0]?.message.slice(0, 42); // "5000 GJ/t is outside the lower-upper range"
 * ncvRangeIssues("lignite", { value: "3500", unit: "kcal/kg" }, []).length; // 0 (14.65 GJ/t)
 * ```
 * @category Factors
 */
export function ncvRangeIssues(fuel: string, ncv: GivenNcv, path: readonly (string | number)[]): InputIssue[] {
  const row = IPCC2006_NCV.find((r) => r.fuel === fuel);
  if (row?.ci === undefined || !isDecimalString(ncv.value)) return [];
  let given: Dec;
  try {
    const u = parseRatioUnit(ncv.unit);
    if (u.numerator.dimension !== "energy" || u.denominator.dimension !== "mass") return [];
    given = new Dec(ncv.value).times(u.toBase);
  } catch {
    return []; // the unit's own check reports it
  }
  const perTable = parseRatioUnit(row.unit).toBase;
  const lower = new Dec(row.ci.lower).times(perTable);
  const upper = new Dec(row.ci.upper).times(perTable);
  const outside = given.lt(lower) || given.gt(upper);
  const range = `${row.ci.lower}-${row.ci.upper} ${row.unit} (GJ/t)`;
  if (outside && ncv.outsideIpccRange === undefined) {
    const inGjPerT = given.div(perTable).toSignificantDigits(4).toString();
    return [{
      code: "out_of_range", minimum: row.ci.lower, maximum: row.ci.upper, path: [...path, "value"],
      message: `${ncv.value} ${ncv.unit} is outside the lower-upper range of ${fuel} in IPCC 2006 Vol. 2 Table 1.2, ${range}: it is ${inGjPerT} GJ/t; check the value and its unit (a kcal/kg figure given as GJ/t?), or, if the fuel really is so, say why in outsideIpccRange`,
    }];
  }
  return [];
}
