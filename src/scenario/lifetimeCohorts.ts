import { InvalidMeasureError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import type { Plan } from "./plan.js";

/**
 * The units a measure with a `lifetime` installs: per scenario year, the share of its target
 * installed that year [-] (as a penetration), and its lifetime [yr].
 * @category Scenario
 */
export interface LifetimeCohorts {
  readonly measure: string;
  /** Years each installed unit keeps saving [yr]. */
  readonly lifetime: number;
  /** Installed in each scenario year [-], index as `plan.years`: the penetration not already met by units still within their lifetime. */
  readonly installed: readonly Dec[];
}

/**
 * The installations of each measure that states a `lifetime`, read off its penetration: units
 * installed in year y serve `lifetime` years (y to y + lifetime - 1); in each scenario year the
 * penetration is met first by the units still in service, and the rest is installed that year
 * (so expired units are replaced while the penetration asks for them). Penetration before the
 * first scenario year is taken as none: what is in place in the first year is installed then.
 *
 * @param plan - a compiled plan (its measures' penetrations per year)
 * @returns per measure (index as `plan.measures`) its cohorts, or `undefined` when it states no lifetime
 * @throws {@link index!InvalidMeasureError} (`LIFETIME_PENETRATION_FALLS`, at the measure's
 *   `penetration`) when a penetration falls below the units still in service: they would be
 *   retired before the end of their lifetime, which the method does not count
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { lifetimeCohorts } from "cobenefits/engine";
 * const plan = compileScenario({ name: "demo", years: { start: 2026, end: 2028 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, lifetime: 2, removal: { SO2: "0.9" },
 *     penetration: { kind: "step", steps: [{ year: 2026, value: "0.2" }, { year: 2027, value: "0.5" }] } }] });
 * lifetimeCohorts(plan)[0]?.installed.map(String); // ["0.2", "0.3", "0.2"]
 * ```
 * @category Scenario
 */
export function lifetimeCohorts(plan: Pick<Plan, "years" | "measures">): (LifetimeCohorts | undefined)[] {
  return plan.measures.map((m, mi) => {
    const lifetime = m.measure.lifetime;
    if (lifetime === undefined) return undefined;
    const installed: Dec[] = [];
    plan.years.forEach((year, yi) => {
      const serving = installed.reduce((s, x, j) => (j + lifetime > yi ? s.plus(x) : s), new Dec(0));
      const p = m.penetration[yi]!;
      if (p.lt(serving)) {
        throw new InvalidMeasureError(
          "LIFETIME_PENETRATION_FALLS",
          `measure ${m.measure.id} has a lifetime of ${lifetime} years, but its penetration in ${year} (${p.toString()}) is below the units installed earlier and still within their lifetime (${serving.toString()}); units retired early are not counted: give a penetration that does not fall below them, or no lifetime`,
          ["measures", mi, "penetration"],
          m.measure.id,
        );
      }
      installed.push(p.minus(serving));
    });
    return { measure: m.measure.id, lifetime, installed };
  });
}
