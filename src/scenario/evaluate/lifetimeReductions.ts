import { Dec, type DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import { lifetimeCohorts } from "../lifetimeCohorts.js";
import type { Plan } from "../plan.js";
import type { ScenarioResult } from "./scenarioResult.js";
import { EMISSION_PLACES } from "./scenarioSums.js";

/**
 * The method of {@link lifetimeReductions}, as the outputs state it.
 * @example
 * ```ts
 * import { LIFETIME_METHOD } from "cobenefits";
 * LIFETIME_METHOD.startsWith("Units installed"); // true
 * ```
 * @category Scenario
 */
export const LIFETIME_METHOD =
  "Units installed in year y save for `lifetime` years (y to y + lifetime - 1). A measure stated in `units` of stock is counted in units: the units it states for a year are the units in service that year (a change in the targeted stock installs nothing); a measure stated as a penetration is counted in shares of its target. Each year what is stated is met first by units still in service, the rest is installed that year (expired units are replaced while the measure asks for them); nothing is taken as in service before the first scenario year. Within the scenario's years the annual reduction is the measure's Shapley share as evaluated. After its last year (basis heldAtLastYear) each unit still in service saves what a unit saved in the last evaluated year: annual = last year's share x in service / last year's units (or penetration), with activity, factors, the grid and the other measures held at the last year. Cumulative = sum of the annual reductions from the first scenario year.";

/**
 * What every lifetime row says about the units of one measure in one year, whatever it reduces.
 * @category Scenario
 */
export interface LifetimeYear {
  readonly measure: string;
  /** The measure's lifetime [yr]. */
  readonly lifetime: number;
  readonly year: number;
  /** Installed this year [countUnit] (0 after the scenario's last year): units of stock for a measure stated in `units`, else a share of the target. */
  readonly installed: DecimalString;
  /** Installed units still within their lifetime [countUnit]. */
  readonly inService: DecimalString;
  /** The unit of `installed` and `inService`: the measure's unit of stock (e.g. `household`), or `share` [-] for a measure stated as a penetration. */
  readonly countUnit: string;
  /** `evaluated`: a scenario year, as evaluated; `heldAtLastYear`: after the scenario, at the last year's saving per unit. */
  readonly basis: "evaluated" | "heldAtLastYear";
  /** Reduction in this year [t/yr or t CO2-eq/yr]; negative when emissions rise. */
  readonly annual: DecimalString;
  /** Sum of `annual` from the first scenario year to this one [t or t CO2-eq]. */
  readonly cumulative: DecimalString;
}

/**
 * One year of the reductions of the units a measure installs over their lifetime, for one species
 * [t/yr, t].
 * @category Scenario
 */
export interface LifetimeRow extends LifetimeYear {
  readonly species: Species;
  readonly unit: "t";
}

/**
 * One year of a measure's lifetime reductions in CO2e under one named metric [t CO2-eq/yr, t CO2-eq].
 * @category Scenario
 */
export interface LifetimeCo2eRow extends LifetimeYear {
  readonly metric: string;
  readonly unit: "t CO2-eq";
}

/**
 * Lifetime reductions of the measures that state a `lifetime`, with the method as text.
 * @category Scenario
 */
export interface LifetimeReductions {
  /** {@link LIFETIME_METHOD}: the method and its assumptions, stated with every output. */
  readonly method: string;
  readonly rows: readonly LifetimeRow[];
  readonly co2e: readonly LifetimeCo2eRow[];
}

const round = (d: Dec) => d.toDecimalPlaces(EMISSION_PLACES, Dec.ROUND_HALF_EVEN);

/**
 * Annual and cumulative reductions of each measure that states a `lifetime`, over the lifetime of
 * the units it installs, independent of the scenario's horizon: a 30-year boiler replacement
 * evaluated over 5 years is followed until its last units retire. Per species and in CO2e under
 * each named metric. Measures without a `lifetime` have no rows.
 *
 * Method ({@link LIFETIME_METHOD}): the cohorts of {@link lifetimeCohorts}; within the scenario's
 * years the annual reduction is the measure's Shapley share (from `result.attribution` and
 * `result.co2eAttribution`); after the last year r_last x inService_t / stated_last (units of
 * stock for a measure stated in `units`, else its penetration), rounded half even
 * to {@link cobenefits/engine!EMISSION_PLACES} decimals; cumulative sums are exact.
 *
 * @param plan - the plan the result was evaluated from
 * @param result - from {@link evaluateScenario} of that plan
 * @returns the method and the rows, by measure (declared order), then year, then species or metric [t/yr, t; t CO2-eq]
 * @throws {@link LifetimeFallsError} (`LIFETIME_PENETRATION_FALLS`) as {@link cobenefits/engine!lifetimeCohorts}
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario, lifetimeReductions } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2026, end: 2027 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, lifetime: 3, removal: { SO2: "0.9" },
 *     penetration: { kind: "step", steps: [{ year: 2026, value: "0.5" }, { year: 2027, value: "1" }] } }] });
 * // SO2 900 g/GJ x 100 TJ = 90 t/yr; 2026: 0.5 x 0.9 x 90 = 40.5 t; 2027: 81 t;
 * // 2028: both cohorts in service, 81 t; 2029: the 2027 cohort only, 40.5 t.
 * const rows = lifetimeReductions(plan, evaluateScenario(plan)).rows;
 * rows.map((r) => [r.year, r.basis, r.annual, r.cumulative]); // [[2026, "evaluated", "40.5", "40.5"], [2027, "evaluated", "81", "121.5"], [2028, "heldAtLastYear", "81", "202.5"], [2029, "heldAtLastYear", "40.5", "243"]]
 * ```
 * @category Scenario
 */
export function lifetimeReductions(plan: Plan, result: ScenarioResult): LifetimeReductions {
  const rows: LifetimeRow[] = [];
  const co2e: LifetimeCo2eRow[] = [];
  const Y = plan.years.length;
  const first = plan.years[0]!;
  lifetimeCohorts(plan).forEach((cohorts) => {
    if (cohorts === undefined) return;
    const { measure, lifetime, installed, stated } = cohorts;
    const countUnit = cohorts.unit ?? "share";
    const lastInstall = installed.reduce((last, x, j) => (x.gt(0) ? j : last), -1);
    const span = Math.max(Y, lastInstall + lifetime);
    const inService = Array.from({ length: span }, (_, t) => installed.reduce((s, x, j) => (j <= t && j + lifetime > t ? s.plus(x) : s), new Dec(0)));
    const statedLast = stated[Y - 1]!;
    /** The annual reductions of one series (species or metric), given its evaluated shares per scenario year. */
    const series = (evaluated: readonly Dec[]) => {
      let cumulative = new Dec(0);
      return inService.map((serving, t) => {
        const held = t >= Y;
        const annual = !held ? evaluated[t]! : serving.isZero() || statedLast.isZero() ? new Dec(0) : round(evaluated[Y - 1]!.times(serving).div(statedLast));
        cumulative = cumulative.plus(annual);
        const common = { measure, lifetime, year: first + t, installed: (installed[t] ?? new Dec(0)).toString(), inService: serving.toString(), countUnit, basis: held ? "heldAtLastYear" as const : "evaluated" as const };
        return { common, annual: annual.toString(), cumulative: cumulative.toString() };
      });
    };
    const shapleyOf = <R extends { readonly year: number; readonly measure: string; readonly shapley: DecimalString }>(all: readonly R[], keep: (r: R) => boolean) => {
      const byYear = new Map(all.filter((r) => r.measure === measure && keep(r)).map((r) => [r.year, new Dec(r.shapley)]));
      return plan.years.map((y) => byYear.get(y) ?? new Dec(0));
    };
    const perSpecies = plan.species.map((species) => ({ species, rows: series(shapleyOf(result.attribution, (r) => r.species === species)) }));
    const perMetric = result.metrics.map((metric) => ({ metric, rows: series(shapleyOf(result.co2eAttribution, (r) => r.metric === metric)) }));
    for (let t = 0; t < span; t++) {
      for (const s of perSpecies) rows.push({ ...s.rows[t]!.common, species: s.species, annual: s.rows[t]!.annual, cumulative: s.rows[t]!.cumulative, unit: "t" });
      for (const m of perMetric) co2e.push({ ...m.rows[t]!.common, metric: m.metric, annual: m.rows[t]!.annual, cumulative: m.rows[t]!.cumulative, unit: "t CO2-eq" });
    }
  });
  return { method: LIFETIME_METHOD, rows, co2e };
}
