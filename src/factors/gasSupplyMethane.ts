import { type ZodType, enum as zEnum, literal, strictObject as object, string } from "zod";
import { provenanceShape, type Provenance } from "../citations/sourceRef.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * A Tier 1 CH4 factor of a segment of the natural-gas supply chain (IPCC 2006 Vol. 2 ch. 4,
 * Tables 4.2.4 and 4.2.5): Gg of CH4 per 10^6 m3 of gas, for developed or developing countries,
 * as one value or as the published range. Offered for reference: an upstream scope applies a
 * factor only when the user chooses it.
 * @category Factors
 */
export interface GasSupplyMethaneFactor extends Provenance {
  readonly id: string;
  readonly segment: "production" | "transmission" | "storage" | "distribution";
  /** `fugitive` (leaks), `venting`, `flaring` (CH4 left by flares), or `all` where the table does not split them. */
  readonly emission: "fugitive" | "venting" | "flaring" | "all";
  /** The IPCC's two sets of defaults: `developed` (Table 4.2.4) or `developing` countries and economies in transition (Table 4.2.5). */
  readonly countryGroup: "developed" | "developing";
  /** The one published value, where the table gives one. */
  readonly value?: DecimalString;
  /** The published range, where the table gives one. */
  readonly low?: DecimalString;
  readonly high?: DecimalString;
  /** Gg of CH4 per 10^6 m3 of gas (numerically equal to kg/m3). */
  readonly unit: "Gg/10^6 m3";
}

const nonNegative = decimalWhere((d) => d.gte(0), "must not be negative");

/**
 * Zod schema of a {@link GasSupplyMethaneFactor}: either one value, or a range with low <= high,
 * and a `via` for a secondary value.
 * @category Factors
 */
export const gasSupplyMethaneFactorSchema: ZodType<GasSupplyMethaneFactor> = object({
  id: string().min(1),
  segment: zEnum(["production", "transmission", "storage", "distribution"]),
  emission: zEnum(["fugitive", "venting", "flaring", "all"]),
  countryGroup: zEnum(["developed", "developing"]),
  value: nonNegative.optional(),
  low: nonNegative.optional(),
  high: nonNegative.optional(),
  unit: literal("Gg/10^6 m3"),
  ...provenanceShape,
})
  .refine((r) => (r.value !== undefined) !== (r.low !== undefined && r.high !== undefined) && (r.low === undefined) === (r.high === undefined), {
    message: "give either one value or a range (low and high)",
    path: ["value"],
  })
  .refine((r) => r.low === undefined || r.high === undefined || !isDecimalString(r.low) || !isDecimalString(r.high) || new Dec(r.low).lte(r.high), { message: "expected low <= high", path: ["low"] })
  .refine((r) => r.quality !== "secondary" || r.via !== undefined, { message: "a secondary value must name the publication it was read in (via)", path: ["via"] }) as ZodType<GasSupplyMethaneFactor>;
