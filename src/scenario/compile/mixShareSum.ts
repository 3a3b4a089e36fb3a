import type { Schedule } from "../../activity/schedule.js";
import { Dec } from "../../units/decimal.js";

/**
 * Whether a schedule's value in a year is one of its written values (no arithmetic): a constant;
 * a step schedule; an interp schedule at one of its points or outside them (flat); a growth
 * schedule in its base year.
 *
 * @param schedule - the schedule
 * @param year - the year
 * @returns true when the value in that year is a written decimal, exactly
 * @example
 * ```ts
 * import { isWrittenValue } from "./mixShareSum.js";
 * isWrittenValue({ kind: "interp", points: [{ year: 2015, value: "0.8" }, { year: 2022, value: "0.7" }] }, 2016); // false
 * ```
 * @category Scenario
 */
export function isWrittenValue(schedule: Schedule, year: number): boolean {
  switch (schedule.kind) {
    case "constant":
    case "step":
      return true;
    case "interp": {
      const pts = schedule.points;
      return year <= pts[0]!.year || year >= pts[pts.length - 1]!.year || pts.some((p) => p.year === year);
    }
    case "growth":
      return year === schedule.base.year;
  }
}

/**
 * The largest difference from 1 accepted for the sum of a year's mix shares [-]: 0 when every
 * share is a written value in that year (the sum must be exactly 1), otherwise
 * `n x 10^(2 - precision)` with n the number of shares and precision the significant digits of
 * the exact decimals (40): n x 10^-38.
 *
 * Method: an interpolated or grown share is computed in decimals of 40 significant digits; each
 * of its operations (a division, an addition; a power and a product for growth) rounds by at most
 * half a unit in its 40th significant digit, and for a share from 0 to 1 that is at most
 * 5 x 10^-40 (power: one unit relative, 10^-39), and each addition of the sum rounds by at most
 * 5 x 10^-40 (5 x 10^-39 for a partial sum at 1 or above). Shares of sevenths (interp over 7
 * years) that sum to 1 mathematically thus sum to 1 - 10^-40 in decimals. The bound, 10^-38 per
 * share, is above every such rounding and far below any meaningful share; nothing is
 * renormalised: the shares are used as computed.
 *
 * @param shares - the share schedules of the mix, per technology
 * @param year - the year
 * @returns the tolerance [-] as a decimal
 * @example
 * ```ts
 * import { shareSumTolerance } from "./mixShareSum.js";
 * const coal = { kind: "interp" as const, points: [{ year: 2015, value: "0.8" }, { year: 2022, value: "0.7" }] };
 * const hydro = { kind: "constant" as const, value: "0.2" };
 * shareSumTolerance([coal, hydro], 2016).toString(); // "2e-38"
 * shareSumTolerance([coal, hydro], 2015).toString(); // "0"
 * ```
 * @category Scenario
 */
export function shareSumTolerance(shares: readonly Schedule[], year: number): Dec {
  if (shares.every((s) => isWrittenValue(s, year))) return new Dec(0);
  return new Dec(10).pow(2 - Dec.precision).times(shares.length);
}
