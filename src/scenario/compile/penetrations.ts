import { evaluateSchedule } from "../../activity/schedule.js";
import { InvalidInputError, type InputIssueInit, OverclaimedActivityError, StockUnitsError } from "../../errors.js";
import { Dec } from "../../units/decimal.js";
import { withScenarioPath } from "./compileChecks.js";
import type { LineagePlan } from "../plan.js";
import type { Scenario } from "../scenario.js";
import { unitsPenetration } from "./unitsPenetration.js";
import { MIN_EXACT_PENETRATION, belowExactPenetration } from "./minExactPenetration.js";

/**
 * Expands every measure's penetration schedule over the years, checking each value is within 0..1;
 * a measure stated in `units` of stock gets units / stock of its targeted rows (`unitsPenetration`).
 *
 * @param s - the scenario (its measures)
 * @param years - the years
 * @param deferred - when given, a measure in `units` whose target matches no baseline row gets a
 *   penetration of 0 and its `NO_STOCK` error is pushed here instead of thrown, so the caller can
 *   report first what keeps the rows from matching (a misspelt technology of a row, with did-you-mean)
 * @returns penetration per measure per year [-]
 * @throws {@link cobenefits!InvalidInputError} naming each measure whose penetration leaves 0..1 or has no value for a year
 * @throws {@link cobenefits!StockUnitsError} for a measure in `units` whose target has no stock, or less than the units
 * @example
 * ```ts
 * import { expandPenetrations } from "cobenefits/engine";
 * const m = { id: "m", kind: "scrappage", target: { sector: "1.A" }, replacement: null,
 *   penetration: { kind: "interp", points: [{ year: 2030, value: "0" }, { year: 2032, value: "1" }] } };
 * expandPenetrations({ measures: [m] } as never, [2030, 2031]).map((ys) => ys.map(String)); // [["0", "0.5"]]
 * ```
 * @category Scenario
 */
export function expandPenetrations(s: Pick<Scenario, "measures"> & Partial<Pick<Scenario, "baseline">>, years: readonly number[], deferred?: StockUnitsError[]): Dec[][] {
  const issues: InputIssueInit[] = [];
  const inUnits = (i: number): Dec[] => {
    try {
      return unitsPenetration({ baseline: s.baseline ?? [], measures: s.measures }, i, years).penetration;
    } catch (e) {
      if (deferred === undefined || !(e instanceof StockUnitsError && e.code === "NO_STOCK" && e.activityIds.length === 0)) throw e;
      deferred.push(e);
      return years.map(() => new Dec(0));
    }
  };
  const out = s.measures.map((m, i) =>
    m.penetration === undefined ? inUnits(i) : years.map((y) => {
      const p = withScenarioPath(["measures", i, "penetration"], `penetration of measure ${m.id}`, () => evaluateSchedule(m.penetration!, y));
      if (p.lt(0) || p.gt(1)) issues.push({ code: "out_of_range", minimum: "0", maximum: "1", path: ["measures", i, "penetration"], message: `penetration in ${y} is ${p.toString()}; it must be between 0 and 1` });
      else if (belowExactPenetration(p)) issues.push({ code: "out_of_range", minimum: MIN_EXACT_PENETRATION, path: ["measures", i, "penetration"], message: `penetration in ${y} is ${p.toString()}; a positive penetration below ${MIN_EXACT_PENETRATION} loses its reduction in the exact engine (blended factors keep 40 decimals); give 0 or at least ${MIN_EXACT_PENETRATION}` });
      return p;
    }),
  );
  if (issues.length > 0) throw new InvalidInputError("scenario", issues);
  return out;
}

/**
 * Checks that the moving measures acting on an activity row never claim more than the whole of it.
 *
 * @param l - the row's plan
 * @param pen - penetration per measure per year [-]
 * @param s - the scenario (for measure ids)
 * @param years - the years
 * @throws {@link cobenefits!OverclaimedActivityError} naming the measures, the row, the year and the claim, located
 *   at the `penetration` (or `units`) of the last of those measures in declared order; measures
 *   stated in units are told in units of the row's stock
 * @example
 * ```ts
 * import { checkClaims } from "cobenefits/engine";
 * checkClaims({ activityId: "a", amounts: [], measures: [], moving: [], templates: [] }, [], { measures: [] } as never, [2030]); // undefined
 * ```
 * @category Scenario
 */
export function checkClaims(l: LineagePlan, pen: readonly (readonly Dec[])[], s: Pick<Scenario, "measures">, years: readonly number[]): void {
  years.forEach((y, yi) => {
    const claimed = l.moving.reduce((sum, k) => sum.plus(pen[l.measures[k]!]![yi]!), new Dec(0));
    if (claimed.gt(1)) {
      // Located at the penetration of the last claiming measure in declared order: the one whose claim tips the sum over 1.
      const last = l.measures[l.moving[l.moving.length - 1]!]!;
      const claiming = l.moving.map((k) => s.measures[l.measures[k]!]!);
      const inUnits = claiming.filter((m) => m.penetration === undefined).length;
      // Measures stated in units are told in units of the row's stock: share x stock (exact).
      const units = inUnits > 0 && l.stock !== undefined
        ? { claimed: claimed.times(l.stock.counts[yi]!).toString(), stock: l.stock.counts[yi]!.toString(), unit: l.stock.unit, alsoPenetrations: inUnits < claiming.length }
        : undefined;
      throw new OverclaimedActivityError(claiming.map((m) => m.id), l.activityId, y, claimed.toString(), ["measures", last, s.measures[last]!.penetration === undefined ? "units" : "penetration"], units);
    }
  });
}
