import { type ZodType, strictObject as object, string } from "zod";
import type { DecimalString } from "../units/decimal.js";
import { ratioUnitSchema } from "../units/unitSchema.js";
import { FUELS } from "./fuels.js";
import { outsideIpccRangeSchema } from "./ncvRangeIssues.js";
import { type Provenance, provenanceShape } from "../citations/sourceRef.js";
import { type ConfidenceInterval, bracketsValue, confidenceIntervalSchema } from "./factorRow.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * A net calorific value (NCV) of a fuel, used to bring fuel mass onto an energy basis.
 * @category Factors
 */
export interface NcvRow extends Provenance {
  readonly id: string;
  /** Fuel id (see {@link listFuels}). */
  readonly fuel: string;
  readonly value: DecimalString;
  /** Energy per mass, e.g. `TJ/Gg` (numerically equal to GJ/t and MJ/kg). */
  readonly unit: string;
  readonly ci?: ConfidenceInterval;
  /** A user's row outside its fuel's IPCC 2006 Table 1.2 range: why (required then; shown in provenance). */
  readonly outsideIpccRange?: string;
}

const energyPerAmount = ratioUnitSchema(
  "energy per mass or per Nm3, e.g. TJ/Gg, GJ/t, kcal/kg, MJ/Nm3",
  (u) => u.numerator.dimension === "energy" && (u.denominator.dimension === "mass" || u.denominator.dimension === "gasVolume"),
);

/**
 * Zod schema of an {@link NcvRow}: a positive energy per mass (or per Nm3) of a catalogued fuel.
 * @category Factors
 */
export const ncvRowSchema: ZodType<NcvRow> = object({
  id: string().min(1),
  fuel: string().refine((f) => FUELS.some((x) => x.id === f), "expected a fuel id (see listFuels())"),
  value: decimalWhere((d) => d.gt(0), "a calorific value must be positive"),
  unit: energyPerAmount,
  ci: confidenceIntervalSchema.optional(),
  outsideIpccRange: outsideIpccRangeSchema.optional(),
  ...provenanceShape,
})
  .refine((r) => r.ci === undefined || bracketsValue(r.ci, r.value), { message: "the 95% interval must satisfy lower <= value <= upper", path: ["ci"] }) as ZodType<NcvRow>;
