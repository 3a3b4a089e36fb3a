import { type ZodType, array, enum as zEnum, strictObject as object, string } from "zod";
import { QUALITY, type Quality, type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { SPECIES, type Species } from "../units/species.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { parseFactorUnit } from "./factorUnit.js";
import { CobenefitsError } from "../errors.js";

export { QUALITY, type Quality, type SourceRef } from "../citations/sourceRef.js";

/**
 * A 95% confidence interval as published.
 * @category Factors
 */
export interface ConfidenceInterval {
  readonly lower: DecimalString;
  readonly upper: DecimalString;
}

/**
 * Flags for rows that are odd as published; kept as published, never silently "fixed".
 * `pmOrderAsPublished`: the row's PM2.5/PM10/TSP values do not satisfy PM2.5 <= PM10 <= TSP in the source.
 * `intervalAsPublished`: the row's 95% interval is odd as published (e.g. a bound equal to the value where its table's other rows are far apart).
 * `outOfLineAsPublished`: the value is far out of line with its neighbours in the source (e.g. ten times the classes before and after it); its note says with which.
 * @category Factors
 */
export const ROW_FLAGS = ["pmOrderAsPublished", "intervalAsPublished", "outOfLineAsPublished"] as const;

/**
 * One emission factor, with its citation.
 * @category Factors
 */
export interface FactorRow {
  /** Stable id, unique across all tables. */
  readonly id: string;
  /** NFR/IPCC sector code as published, e.g. `1.A.4.b.i`; a row applies to its sector and all its sub-sectors. */
  readonly sector: string;
  /** Fuel id (see {@link listFuels}) or fuel group (see {@link FUEL_GROUPS}). */
  readonly fuel: string;
  /** Technology, vehicle segment and emission standard, as the table names it. */
  readonly technology?: string;
  readonly pollutant: Species;
  /** The value as published, a decimal string. */
  readonly value: DecimalString;
  /** The unit as published, e.g. `g/GJ`, `kg/TJ`, `g/kg fuel`, `g/km`, `% of PM2.5`. */
  readonly unit: string;
  /** 95% confidence interval, where published. */
  readonly ci?: ConfidenceInterval;
  readonly source: SourceRef;
  readonly quality: Quality;
  /** The secondary publication or data set through which the value was read, when not primary. */
  readonly via?: string;
  /** What is odd or worth knowing about the row as published. */
  readonly note?: string;
  readonly flags?: readonly (typeof ROW_FLAGS)[number][];
}

/**
 * A table of emission factors from one source.
 * @category Factors
 */
export interface FactorTable {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly FactorRow[];
}

/**
 * Zod schema of a {@link ConfidenceInterval}.
 * @category Factors
 */
export const confidenceIntervalSchema = object({ lower: decimalStringSchema, upper: decimalStringSchema });

/**
 * Whether an interval brackets a value (lower <= value <= upper); true when a part is not a decimal
 * (the decimal checks report that).
 *
 * @param ci - the interval
 * @param value - the value
 * @returns true when lower <= value <= upper
 * @example
 * ```ts
 * import { bracketsValue } from "cobenefits";
 * bracketsValue({ lower: "72", upper: "480" }, "398"); // true
 * ```
 * @category Factors
 */
export function bracketsValue(ci: ConfidenceInterval, value: DecimalString): boolean {
  if (![value, ci.lower, ci.upper].every(isDecimalString)) return true;
  return new Dec(ci.lower).lte(value) && new Dec(value).lte(ci.upper);
}

const NFR = /^[0-9](\.[A-Za-z0-9]+(-[A-Za-z0-9]+)?)*$/;

/**
 * Zod schema of a {@link FactorRow}. Checks the value and interval are decimals, the interval
 * is ordered and brackets the value, and the unit parses.
 * @category Factors
 */
export const factorRowSchema: ZodType<FactorRow> = object({
  id: string().min(1),
  sector: string().regex(NFR, "expected an NFR/IPCC code such as 1.A.4.b.i"),
  fuel: string().min(1),
  technology: string().min(1).optional(),
  pollutant: zEnum(SPECIES),
  value: decimalStringSchema,
  unit: string().superRefine((u, ctx) => {
    try {
      parseFactorUnit(u);
    } catch (e) {
      if (!(e instanceof CobenefitsError)) throw e;
      // the unit error's own words (a number in front, "did you mean"), then what the field takes
      ctx.addIssue({ code: "custom", message: `${e.detail}; a factor unit is e.g. g/GJ, kg/TJ, g/kg fuel, g/km, t/MWh or % of PM2.5` });
    }
  }),
  ci: confidenceIntervalSchema.optional(),
  source: sourceRefSchema,
  quality: zEnum(QUALITY),
  via: string().min(1).optional(),
  note: string().min(1).optional(),
  flags: array(zEnum(ROW_FLAGS)).optional(),
})
  .refine((r) => r.ci === undefined || bracketsValue(r.ci, r.value), {
    message: "the 95% interval must satisfy lower <= value <= upper",
    path: ["ci"],
  })
  .refine((r) => !isDecimalString(r.value) || new Dec(r.value).gte(0), { message: "an emission factor must not be negative", path: ["value"] })
  .refine(
    (r) => {
      const share = /^(%|fraction) of /.exec(r.unit);
      if (share === null) return true;
      if (r.pollutant !== "BC" && r.pollutant !== "OC") return false;
      return !isDecimalString(r.value) || new Dec(r.value).lte(share[1] === "%" ? 100 : 1);
    },
    { message: "only BC and OC may be given as a share of PM, and a share is at most 100% (or 1)", path: ["unit"] },
  )
  .refine((r) => r.quality !== "secondary" || r.via !== undefined, {
    message: "a secondary value must name the publication it was read in (via)",
    path: ["via"],
  }) as ZodType<FactorRow>;
