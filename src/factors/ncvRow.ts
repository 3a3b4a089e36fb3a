import { type ZodType, enum as zEnum, object, string } from "zod";
import type { DecimalString } from "../units/decimal.js";
import { sourceRefSchema } from "../citations/sourceRef.js";
import { decimalStringSchema } from "../units/quantity.js";
import { type ConfidenceInterval, QUALITY, type Quality, type SourceRef } from "./factorRow.js";

/**
 * A net calorific value (NCV) of a fuel, used to bring fuel mass onto an energy basis.
 * @category Factors
 */
export interface NcvRow {
  readonly id: string;
  /** Fuel id (see {@link listFuels}). */
  readonly fuel: string;
  readonly value: DecimalString;
  /** Energy per mass, e.g. `TJ/Gg` (numerically equal to GJ/t and MJ/kg). */
  readonly unit: string;
  readonly ci?: ConfidenceInterval;
  readonly source: SourceRef;
  readonly quality: Quality;
  readonly via?: string;
  readonly note?: string;
}

/**
 * Zod schema of an {@link NcvRow}.
 * @category Factors
 */
export const ncvRowSchema: ZodType<NcvRow> = object({
  id: string().min(1),
  fuel: string().min(1),
  value: decimalStringSchema,
  unit: string().regex(/^\S+\/\S+$/, "expected energy per mass, e.g. TJ/Gg"),
  ci: object({ lower: decimalStringSchema, upper: decimalStringSchema }).optional(),
  source: sourceRefSchema,
  quality: zEnum(QUALITY),
  via: string().min(1).optional(),
  note: string().min(1).optional(),
}) as ZodType<NcvRow>;
