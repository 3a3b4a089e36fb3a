import { type ZodType, array, strictObject as object, string, union } from "zod";
import { type SulphurContent, sulphurContentSchema } from "../factors/sulphurContent.js";
import { sulphurRetentionSchema } from "./activityRow.js";
import { type GivenNcv, addNcvRangeIssues, givenNcvSchema } from "../factors/ncvRangeIssues.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { decimalStringSchema, quantitySchema, type Quantity } from "../units/quantity.js";
import { type Schedule, scheduleSchema } from "./schedule.js";
import { type Intensity, type Stock, intensitySchema, stockActivityIssues, stockSchema } from "./stockActivity.js";

/**
 * One row of a baseline: an activity (sector, fuel, technology) whose level follows a schedule
 * over the years, in a stated unit.
 * @category Activity
 */
export interface BaselineActivity {
  readonly id: string;
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  /** Unit of the activity level, e.g. `t`, `TJ`, `vkm`, `MWh`. */
  readonly unit: string;
  /** Activity level per year [unit/yr]; or give `stock` and `intensity` instead (level = stock x intensity). */
  readonly level?: Schedule;
  /** The stock the activity is counted in, per year (households, vehicles, m2 of floor ...), with `intensity`, instead of `level`. */
  readonly stock?: Stock;
  /** The activity of one unit of stock per year, e.g. `4.5 t/household`, with `stock`. */
  readonly intensity?: Intensity;
  /** NCV of the fuel as burned: a value (`{ value: "5000", unit: "kcal/kg" }`; outside its fuel's IPCC 2006 Table 1.2 range only with `outsideIpccRange`, the reason) or a national table (`{ country: "CN" }`); see the scenario's `ncv` for the precedence. */
  readonly netCalorificValue?: GivenNcv | { readonly country: string };
  readonly fuelConsumption?: Quantity;
  /** Sulphur content of the fuel as burned; SO2 then comes from the sulphur mass balance (see {@link ActivityRow}). */
  readonly sulphurContent?: SulphurContent;
  /** Fraction of the sulphur retained in ash or product [-], 0 to 1; required with `sulphurContent`. */
  readonly sulphurRetention?: DecimalString;
  /** Share of the annual activity in each month, January first: 12 fractions summing to 1. Needed by seasonal measures. */
  readonly monthlyProfile?: readonly DecimalString[];
  /** The heat-demand segment this row supplies (e.g. `residential-pre2000`), targeted by building retrofits. */
  readonly heatSegment?: string;
}

/**
 * Zod schema of a {@link BaselineActivity}; a monthly profile has 12 non-negative shares summing
 * exactly to 1; the level is a `level` schedule, or a `stock` and an `intensity` whose units fit
 * (see {@link stockActivityIssues}).
 * @category Activity
 */
export const baselineActivitySchema: ZodType<BaselineActivity> = object({
  id: string().min(1),
  sector: string().regex(/^[0-9](\.[A-Za-z0-9]+)*$/, "expected an NFR/IPCC code such as 1.A.4.b.i"),
  fuel: string().min(1),
  technology: string().min(1).optional(),
  unit: string().min(1),
  level: scheduleSchema.optional(),
  stock: stockSchema.optional(),
  intensity: intensitySchema.optional(),
  netCalorificValue: union([
    givenNcvSchema,
    object({ country: string().min(1).describe("ISO 3166-1 alpha-2 code of a built-in national NCV table, e.g. CN") }),
  ]).optional(),
  fuelConsumption: quantitySchema.refine((q) => !isDecimalString(q.value) || new Dec(q.value).gt(0), { message: "a fuel consumption must be positive", path: ["value"] }).optional(),
  monthlyProfile: array(decimalStringSchema)
    .length(12, "a monthly profile has 12 shares, January first")
    .refine((m) => !m.every(isDecimalString) || (m.every((x) => new Dec(x).gte(0)) && m.reduce((s, x) => s.plus(x), new Dec(0)).eq(1)), "monthly shares must be non-negative and sum to exactly 1")
    .optional(),
  heatSegment: string().min(1).optional(),
  sulphurContent: sulphurContentSchema.optional(),
  sulphurRetention: sulphurRetentionSchema.optional(),
}).superRefine((row, ctx) => {
  for (const issue of stockActivityIssues(row)) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
}).refine((a) => a.sulphurContent === undefined || a.sulphurRetention !== undefined, { message: "give sulphurRetention (0 to 1; \"0\" if none is retained) with sulphurContent: there is no default", path: ["sulphurRetention"] })
  .refine((a) => a.sulphurRetention === undefined || a.sulphurContent !== undefined, { message: "sulphurRetention is used only with sulphurContent", path: ["sulphurRetention"] })
  .superRefine((a, ctx) => addNcvRangeIssues(a, ctx)) as ZodType<BaselineActivity>;
