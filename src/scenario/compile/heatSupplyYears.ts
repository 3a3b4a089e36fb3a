import { type Schedule, evaluateSchedule } from "../../activity/schedule.js";
import { CobenefitsError, type InputIssueInit } from "../../errors.js";
import { type HeatSupplySpec, heatSupplySpecSchema } from "../../factors/heat/heatSupplySpec.js";
import { Dec, type DecimalString } from "../../units/decimal.js";

/**
 * A scenario's `heatSupply` in each of its years: every value written as a schedule (the network
 * loss, a plant's share, a heat-only boiler's efficiency, a CHP plant's fuel, electricity and heat)
 * evaluated in the year, and each year's supply checked as a written one is
 * ({@link cobenefits!heatSupplySpecSchema}: a loss from 0 to below 1, a share from 0 to 1, an
 * efficiency above 0, a CHP quantity from 0 (its heat above 0), shares summing to 1 within the
 * decimal rounding of computed values (n x 10^-38 for n plants, as `shareSumTolerance`; shares
 * written as decimals are summed exactly by the scenario's schema), each CHP plant's allocation
 * made (`allocateChp`). A value
 * written as a decimal or a constant schedule is taken as written, so a supply without schedules
 * gives in every year exactly the supply written. Each bad value is reported once, at its path,
 * naming its first bad year.
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
  const found: InputIssueInit[] = [];
  const out = years.map((year) => {
    // every schedule in the supply evaluated (a CHP plant's values are not schedules, and its method has a kind too)
    const inYear = (v: unknown, path: readonly (string | number)[]): unknown => {
      if (typeof v !== "object" || v === null) return v;
      if (Array.isArray(v)) return v.map((x, i) => inYear(x, [...path, i]));
      if (!("kind" in v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, k === "chp" ? x : inYear(x, [...path, k])]));
      const s = v as Schedule;
      try {
        return s.kind === "constant" ? s.value : evaluateSchedule(s, year).toString();
      } catch (e) {
        if (!(e instanceof CobenefitsError)) throw e;
        found.push({ path, message: `${e.detail} (year ${year})` });
        return "0";
      }
    };
    const h = inYear(supply, ["heatSupply"]) as HeatSupplySpec;
    const r = heatSupplySpecSchema.safeParse(h);
    for (const i of r.error?.issues ?? []) {
      // shares computed from schedules may sum to 1 only within the decimal rounding (see shareSumTolerance); written ones were summed exactly by the scenario's schema
      if (i.path.length === 1 && h.plants.reduce((t, p) => t.plus(p.share), new Dec(-1)).abs().lte(new Dec(10).pow(2 - Dec.precision).times(h.plants.length))) continue;
      found.push({ path: ["heatSupply", ...(i.path as (string | number)[])], message: `${i.message} (year ${year})` });
    }
    return h;
  });
  const seen = new Set<string>();
  issues.push(...found.filter((i) => !seen.has(String(i.path)) && seen.add(String(i.path)))); // each value once, at its first bad year
  return out;
}
