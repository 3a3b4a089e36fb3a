import { LifetimeFallsError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import type { Plan } from "./plan.js";

/**
 * The units a measure with a `lifetime` installs: per scenario year, what it installs that year
 * and its lifetime [yr]. Counted in units of stock (e.g. `household`) when the measure is stated
 * in `units`, else as shares of its target [-] read off its penetration.
 * @category Scenario
 */
export interface LifetimeCohorts {
  readonly measure: string;
  /** Years each installed unit keeps saving [yr]. */
  readonly lifetime: number;
  /** The unit `installed` and `stated` are counted in (e.g. `household`); `null` for shares of the target [-]. */
  readonly unit: string | null;
  /** What the measure states in service each scenario year [unit or -], index as `plan.years`: its units, or its penetration. */
  readonly stated: readonly Dec[];
  /** Installed in each scenario year [unit or -], index as `plan.years`: what is stated in service and not already met by units still within their lifetime. */
  readonly installed: readonly Dec[];
}

/** A decimal rounded for a message (6 significant digits); the error's fields keep it exact. */
const forReading = (d: Dec) => d.toSignificantDigits(6, Dec.ROUND_HALF_EVEN).toString();

/**
 * The installations of each measure that states a `lifetime`. A measure stated in `units` of
 * stock is counted in units: the units it states for a year are the units in service that year,
 * so a change in the targeted stock installs nothing. Otherwise installations are shares of the
 * target, read off its penetration. Units installed in year y serve `lifetime` years (y to
 * y + lifetime - 1); in each scenario year what is stated is met first by the units still in
 * service, and the rest is installed that year (so expired units are replaced while the measure
 * asks for them). Nothing is taken as in service before the first scenario year: what is in
 * place in the first year is installed then.
 *
 * @param plan - a compiled plan (its measures' units or penetrations per year)
 * @returns per measure (index as `plan.measures`) its cohorts, or `undefined` when it states no lifetime
 * @throws {@link cobenefits!LifetimeFallsError} (`LIFETIME_PENETRATION_FALLS`, at the measure's `units`
 *   when it gives them, else its `penetration`) when what it states falls below the units still in
 *   service: they would be retired before the end of their lifetime, which the method does not count
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
    const unit = m.units?.unit ?? null;
    const stated = m.units?.counts ?? m.penetration;
    const installed: Dec[] = [];
    plan.years.forEach((year, yi) => {
      const serving = installed.reduce((s, x, j) => (j + lifetime > yi ? s.plus(x) : s), new Dec(0));
      const asked = stated[yi]!;
      if (asked.lt(serving)) {
        const what = unit === null ? `its penetration in ${year} (${forReading(asked)})` : `its units in ${year} (${forReading(asked)} ${unit})`;
        const earlier = unit === null ? `the share installed earlier and still within its lifetime (${forReading(serving)})` : `the ${forReading(serving)} ${unit} installed earlier and still within their lifetime`;
        throw new LifetimeFallsError(
          `measure ${m.measure.id} has a lifetime of ${lifetime} years, but ${what} ${unit === null ? "falls" : "fall"} below ${earlier}; units retired early are not counted: give ${unit === null ? "a penetration that does" : "units that do"} not fall below them, or no lifetime`,
          ["measures", mi, unit === null ? "penetration" : "units"],
          { measureId: m.measure.id, year, stated: asked.toString(), inService: serving.toString(), unit },
        );
      }
      installed.push(asked.minus(serving));
    });
    return { measure: m.measure.id, lifetime, unit, stated, installed };
  });
}
