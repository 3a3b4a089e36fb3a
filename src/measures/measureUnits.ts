import { type ZodType, strictObject as object } from "zod";
import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import { STOCK_UNITS, isStockUnit } from "../activity/stockActivity.js";
import { unitSchema } from "../units/unitSchema.js";

/**
 * A measure stated in units of stock instead of a penetration: how many units (households,
 * vehicles, buildings, stoves, devices, machines, m2 of floor, km of road) it has treated by each year, cumulatively
 * (replace 100,000 stoves, scrap 21,986 vehicles, retrofit 375 buildings, fit 77 devices). At
 * compile time it becomes the penetration units / stock of the baseline rows it targets, exactly,
 * in every year.
 * @category Measures
 */
export interface MeasureUnits {
  /** The stock's unit (a count such as `vehicle`, an area such as `m2`, or a length such as `km` of road); the targeted rows' stock must be of its dimension. */
  readonly unit: string;
  /** Units treated by each year, cumulative [unit]. */
  readonly level: Schedule;
}

/**
 * Zod schema of {@link MeasureUnits}: a count or area unit and a schedule.
 * @category Measures
 */
export const measureUnitsSchema: ZodType<MeasureUnits> = object({
  unit: unitSchema(STOCK_UNITS, isStockUnit),
  level: scheduleSchema,
}) as ZodType<MeasureUnits>;
