import { type ZodType, strictObject as object, string } from "zod";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { type Quantity, quantitySchema } from "../units/quantity.js";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { type SulphurContent, sulphurContentSchema } from "../factors/sulphurContent.js";
import { type GivenNcv, addNcvRangeIssues, givenNcvSchema } from "../factors/ncvRangeIssues.js";
import { decimalWhere } from "../units/decimalWhere.js";

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
  /** NCV of the fuel as burned (energy per mass or per Nm3); overrides table values, e.g. for local coal. Outside its fuel's IPCC 2006 Table 1.2 range only with `outsideIpccRange` (the reason). */
  readonly netCalorificValue?: GivenNcv;
  /** Fuel consumed per vehicle-km (mass per vkm, e.g. `{ value: "240", unit: "g/vkm" }`), to use per-fuel factors with vehicle-km activity. */
  readonly fuelConsumption?: Quantity;
  /** The national table row the NCV was taken from (set by the scenario engine when a country is selected), for the provenance. */
  readonly netCalorificValueFrom?: { readonly id: string; readonly source: SourceRef };
  /** Sulphur content of the fuel as burned (`{ value: "0.8", unit: "%" }`, `{ value: "10", unit: "ppm" }`, `{ standard: "JP-diesel" }`): SO2 then comes from the sulphur mass balance per fuel mass, not from a table. */
  readonly sulphurContent?: SulphurContent;
  /** Fraction of the sulphur retained in ash or product [-], 0 to 1; required with `sulphurContent` (no default: say "0" if none). */
  readonly sulphurRetention?: DecimalString;
}

/**
 * Zod schema of a sulphur retention: a decimal fraction from 0 to 1 [-].
 * @category Activity
 */
export const sulphurRetentionSchema = decimalWhere((d) => d.gte(0) && d.lte(1), "expected a fraction between 0 and 1");

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
  netCalorificValue: givenNcvSchema.optional(),
  fuelConsumption: quantitySchema.refine((q) => !isDecimalString(q.value) || new Dec(q.value).gt(0), { message: "fuel consumption must be positive", path: ["value"] }).optional(),
  netCalorificValueFrom: object({ id: string().min(1), source: sourceRefSchema }).optional(),
  sulphurContent: sulphurContentSchema.optional(),
  sulphurRetention: sulphurRetentionSchema.optional(),
}).refine((a) => a.sulphurContent === undefined || a.sulphurRetention !== undefined, { message: "give sulphurRetention (0 to 1; \"0\" if none is retained) with sulphurContent: there is no default", path: ["sulphurRetention"] })
  .refine((a) => a.sulphurRetention === undefined || a.sulphurContent !== undefined, { message: "sulphurRetention is used only with sulphurContent", path: ["sulphurRetention"] })
  .superRefine((a, ctx) => addNcvRangeIssues(a, ctx)) as ZodType<ActivityRow>;
