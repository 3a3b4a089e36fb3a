import { unknown } from "zod";
import { type Schedule, evaluateSchedule } from "../../activity/schedule.js";
import { CobenefitsError, type InputIssueInit } from "../../errors.js";
import { type HeatSupplySpec, heatSupplySchemaOf } from "../../factors/heat/heatSupplySpec.js";
import { Dec, type DecimalString } from "../../units/decimal.js";

/**
 * A scenario's `heatSupply` in each of its years: every value written as a schedule (the network
 * loss, a plant's share, a heat-only boiler's efficiency) evaluated in the year, and each year's
 * supply checked as a written one is ({@link cobenefits!heatSupplySpecSchema}'s rules, through
 * the same schema builder: a loss from 0 to below 1, a share from 0 to 1, an efficiency above 0, a
 * CHP plant's heat above 0), with the shares summing to 1 within the decimal rounding of computed
 * values (n x 10^-38 for n plants, as `shareSumTolerance`; shares written as decimals are summed
 * exactly by the scenario's schema). A value written as a decimal or a constant schedule is taken
 * as written, so a supply without schedules gives in every year exactly the supply written. Each
 * bad value is reported once, at its path, naming its first bad year.
 *
 * @param supply - the scenario's heat supply, as validated by its schema
 * @param years - the scenario's years
 * @param issues - where the problems go, located under `heatSupply`
 * @returns one heat supply per year (index as `years`), its values decimals; valid only when no issue was added
 * @example
 * ```ts
 * import { heatSupplyYears } from "./heatSupplyYears.js";
 * const src = { id: "X", table: "T" };
 * const supply = { networkLoss: { value: { kind: "interp", points: [{ year: 2020, value: "0.2" }, { year: 2030, value: "0.1" }] }, source: src },
 *   plants: [{ id: "hob", share: "1", sector: "1.A.1.a", fuel: "naturalGas", heatOnly: { efficiency: "0.9", source: src } }] } as const;
 * heatSupplyYears(supply, [2020, 2025], []).map((h) => h.networkLoss.value); // ["0.2", "0.15"]
 * ```
 * @category Scenario
 */
export function heatSupplyYears(supply: HeatSupplySpec<DecimalString | Schedule>, years: readonly number[], issues: InputIssueInit[]): HeatSupplySpec[] {
  let year = 0;
  // each year's supply is the plain one, each schedule evaluated in the year before its range is checked
  const schema = heatSupplySchemaOf((d) => unknown().transform((v, ctx) => {
    if (typeof v !== "object") return v;
    const s = v as Schedule;
    try {
      return s.kind === "constant" ? s.value : evaluateSchedule(s, year).toString();
    } catch (e) {
      if (!(e instanceof CobenefitsError)) throw e;
      ctx.addIssue({ code: "custom", message: e.detail });
      return v;
    }
  }).pipe(d), new Dec("1e-38").times(supply.plants.length)); // n x 10^-38: the rounding bound of shareSumTolerance (40-digit decimals)
  const found: InputIssueInit[] = [];
  const out = years.map((y) => {
    year = y;
    const r = schema.safeParse(supply);
    for (const i of r.error?.issues ?? []) found.push({ path: ["heatSupply", ...(i.path as (string | number)[])], message: `${i.message} (year ${y})` });
    return r.data as HeatSupplySpec;
  });
  const seen = new Set<string>();
  issues.push(...found.filter((i) => !seen.has(String(i.path)) && seen.add(String(i.path)))); // each value once, at its first bad year
  return out;
}
