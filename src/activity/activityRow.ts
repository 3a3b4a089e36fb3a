import { type ZodType, strictObject as object, string } from "zod";
import { Dec, isDecimalString } from "../units/decimal.js";
import { type Quantity, quantitySchema } from "../units/quantity.js";

/**
 * What is burned, driven or consumed in one sector, with its amount and unit.
 * @category Activity
 */
export interface ActivityRow {
  /** Stable id, used in results and error paths. */
  readonly id: string;
  /** NFR/IPCC code, e.g. `1.A.4.a.i` (commercial/institutional boilers), `1.A.3.b.vi` ... */
  readonly sector: string;
  /** Fuel id (see {@link listFuels}). */
  readonly fuel: string;
  /** Technology, vehicle segment and emission standard as the factor tables name it. */
  readonly technology?: string;
  /** Amount of activity per year, e.g. `{ value: "120000", unit: "t" }` of coal, `{ value: "3.2e8", unit: "vkm" }`. */
  readonly activityLevel: Quantity;
  /** NCV of the fuel as burned (energy per mass or per Nm3); overrides table values, e.g. for local coal. */
  readonly netCalorificValue?: Quantity;
  /** Fuel consumed per vehicle-km (mass per vkm, e.g. `{ value: "240", unit: "g/vkm" }`), to use per-fuel factors with vehicle-km activity. */
  readonly fuelConsumption?: Quantity;
}

/**
 * Zod schema of an {@link ActivityRow}: the activity level must be a non-negative finite decimal.
 * @category Activity
 */
export const activityRowSchema: ZodType<ActivityRow> = object({
  id: string().min(1, "expected a non-empty id"),
  sector: string().regex(/^[0-9](\.[A-Za-z0-9]+)*$/, "expected an NFR/IPCC code such as 1.A.4.b.i"),
  fuel: string().min(1, "expected a fuel id (see listFuels())"),
  technology: string().min(1).optional(),
  activityLevel: quantitySchema.refine((q) => !isDecimalString(q.value) || new Dec(q.value).gte(0), {
    message: "activity must not be negative",
    path: ["value"],
  }),
  netCalorificValue: quantitySchema.refine((q) => !isDecimalString(q.value) || new Dec(q.value).gt(0), { message: "NCV must be positive", path: ["value"] }).optional(),
  fuelConsumption: quantitySchema.refine((q) => !isDecimalString(q.value) || new Dec(q.value).gt(0), { message: "fuel consumption must be positive", path: ["value"] }).optional(),
}) as ZodType<ActivityRow>;
