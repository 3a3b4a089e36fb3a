import { NumericOverflowError } from "../../errors.js";
import type { Dec } from "../../units/decimal.js";

/**
 * A decimal as the float64 number a chart plots. Charts are the one output that needs floats;
 * a value beyond float64's range (about 1.8e308) would be plotted as Infinity, so it is refused
 * instead: the tables (decimal strings) hold such values exactly.
 *
 * @param value - the exact value [t/yr, or t CO2e/yr]
 * @param where - the chart and the point, for the message
 * @returns the nearest float64
 * @throws {@link cobenefits!NumericOverflowError} when the value does not fit in a float64
 * @example
 * ```ts
 * import { toDec } from "cobenefits";
 * import { chartNumber } from "./chartNumber.js";
 * chartNumber(toDec("1234.5"), { chart: "trajectories", species: "PM2.5", year: 2030 }); // 1234.5
 * ```
 * @category Report
 */
export function chartNumber(value: Dec, where: { readonly chart: string; readonly species?: string; readonly year?: number; readonly measure?: string }): number {
  const n = value.toNumber();
  if (Number.isFinite(n)) return n;
  const at = [where.measure === undefined ? "" : `measure ${where.measure}`, where.species ?? "", where.year === undefined ? "" : String(where.year)].filter((s) => s !== "").join(", ");
  throw new NumericOverflowError(
    `the ${where.chart} chart cannot plot ${value.toSignificantDigits(6).toString()}${at === "" ? "" : ` (${at})`}: it is beyond float64's range; the tables hold it exactly`,
    { ...(where.species === undefined ? {} : { species: where.species }), ...(where.year === undefined ? {} : { year: where.year }) },
  );
}
