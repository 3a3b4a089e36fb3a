import { type ZodType, array, discriminatedUnion, literal, number, strictObject as object } from "zod";
import { ScheduleRangeError } from "../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";

/**
 * A value per year as plain data, in the functions LEAP users know:
 * `constant`; `step` (each value holds from its year until the next step: LEAP's Step);
 * `interp` (linear between points, flat beyond the first and last: LEAP's Interp);
 * `growth` (compound growth from a base year: LEAP's Growth).
 * @category Activity
 */
export type Schedule =
  | { readonly kind: "constant"; readonly value: DecimalString }
  | { readonly kind: "step"; readonly steps: readonly { readonly year: number; readonly value: DecimalString }[] }
  | { readonly kind: "interp"; readonly points: readonly { readonly year: number; readonly value: DecimalString }[] }
  | { readonly kind: "growth"; readonly base: { readonly year: number; readonly value: DecimalString }; readonly rate: DecimalString };

const year = number().int().min(1900).max(2200);
const point = object({ year, value: decimalStringSchema });
const ascending = (pts: readonly { year: number }[]) => pts.every((p, i) => i === 0 || p.year > (pts[i - 1]?.year ?? -Infinity));

/**
 * Zod schema of a {@link Schedule}: points in strictly ascending years; a growth rate above -1.
 * @category Activity
 */
export const scheduleSchema: ZodType<Schedule> = discriminatedUnion("kind", [
  object({ kind: literal("constant"), value: decimalStringSchema }),
  object({ kind: literal("step"), steps: array(point).min(1).refine(ascending, "steps must be in strictly ascending years") }),
  object({ kind: literal("interp"), points: array(point).min(1).refine(ascending, "points must be in strictly ascending years") }),
  object({
    kind: literal("growth"),
    base: point,
    rate: decimalStringSchema.refine((r) => !isDecimalString(r) || new Dec(r).gt(-1), "a growth rate must be above -1 (e.g. 0.03 for +3%/yr)"),
  }),
]) as ZodType<Schedule>;

/**
 * The value of a schedule in a year, exactly.
 *
 * Method: constant; step: the value of the last step at or before the year; interp: linear
 * interpolation between the two surrounding points, the first/last value outside them;
 * growth: base x (1 + rate)^(year - base year), also backwards for earlier years.
 *
 * @param schedule - the schedule (validated by {@link scheduleSchema})
 * @param at - the year
 * @returns the value in the schedule's own unit
 * @throws {@link ScheduleRangeError} for a step schedule asked for a year before its first step
 * @example
 * ```ts
 * import { evaluateSchedule } from "cobenefits";
 * evaluateSchedule({ kind: "interp", points: [{ year: 2025, value: "0" }, { year: 2030, value: "1" }] }, 2027).toString(); // "0.4"
 * evaluateSchedule({ kind: "growth", base: { year: 2025, value: "100" }, rate: "0.1" }, 2027).toString(); // "121"
 * ```
 * @category Activity
 */
export function evaluateSchedule(schedule: Schedule, at: number): Dec {
  switch (schedule.kind) {
    case "constant":
      return new Dec(schedule.value);
    case "step": {
      const hit = [...schedule.steps].reverse().find((s) => s.year <= at);
      if (hit === undefined) {
        throw new ScheduleRangeError(at, schedule.steps[0]?.year ?? at);
      }
      return new Dec(hit.value);
    }
    case "interp": {
      const pts = schedule.points;
      const first = pts[0]!;
      const last = pts[pts.length - 1]!;
      if (at <= first.year) return new Dec(first.value);
      if (at >= last.year) return new Dec(last.value);
      const i = pts.findIndex((p) => p.year > at);
      const a = pts[i - 1]!;
      const b = pts[i]!;
      return new Dec(a.value).plus(new Dec(b.value).minus(a.value).times(at - a.year).div(b.year - a.year));
    }
    case "growth":
      return new Dec(schedule.base.value).times(new Dec(1).plus(schedule.rate).pow(at - schedule.base.year));
  }
}
