import { type ZodType, literal, number, strictObject as object, string } from "zod";
import { provenanceShape, type Provenance } from "../citations/sourceRef.js";
import type { DecimalString } from "../units/decimal.js";
import { confidenceIntervalSchema, bracketsValue, type ConfidenceInterval } from "./factorRow.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * A published estimate of the methane a natural-gas supply chain loses, as a share of the gas it
 * handles: a reference value a user may cite when stating their own leakage rate, never a default.
 * @category Factors
 */
export interface GasLeakageEstimate extends Provenance {
  readonly id: string;
  /** ISO 3166-1 alpha-2 code of the country the estimate is for. */
  readonly country: string;
  /** The year the estimate describes. */
  readonly year: number;
  /** The rate as published [%], a decimal string. */
  readonly value: DecimalString;
  readonly unit: "%";
  /** What the rate is a share of, in the source's words, e.g. `gross U.S. gas production`. */
  readonly denominator: string;
  /** Which parts of the supply chain are counted. */
  readonly coverage: string;
  /** The 95% interval, where published for the rate itself. */
  readonly ci?: ConfidenceInterval;
  /** Always true: offered for reference, not applied unless the user states a rate. */
  readonly referenceOnly: true;
}

/**
 * Zod schema of a {@link GasLeakageEstimate}: a rate between 0 and 100%, an interval that brackets
 * it, and a `via` for a secondary value.
 * @category Factors
 */
export const gasLeakageEstimateSchema: ZodType<GasLeakageEstimate> = object({
  id: string().min(1),
  country: string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as US"),
  year: number().int().min(1990).max(2100),
  value: decimalWhere((d) => d.gte(0) && d.lte(100), "a rate is between 0 and 100%"),
  unit: literal("%"),
  denominator: string().min(1),
  coverage: string().min(1),
  ci: confidenceIntervalSchema.optional(),
  referenceOnly: literal(true),
  ...provenanceShape,
})
  .refine((r) => r.ci === undefined || bracketsValue(r.ci, r.value), { message: "the 95% interval must satisfy lower <= value <= upper", path: ["ci"] })
  .refine((r) => r.quality !== "secondary" || r.via !== undefined, { message: "a secondary value must name the publication it was read in (via)", path: ["via"] }) as ZodType<GasLeakageEstimate>;
