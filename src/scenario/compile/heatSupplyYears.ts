import type { Schedule } from "../../activity/schedule.js";
import type { InputIssueInit } from "../../errors.js";
import type { HeatPlant, HeatSupplySpec } from "../../factors/heat/heatSupplySpec.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { shareSumTolerance } from "./mixShareSum.js";
import { valueInYear } from "./valueInYear.js";

type Written = DecimalString | Schedule;

/**
 * A scenario's `heatSupply` in each of its years: every value written as a schedule (the network
 * loss, a plant's share, a heat-only boiler's efficiency, a CHP plant's fuel, electricity and heat)
 * evaluated in the year and range-checked (a loss from 0 to below 1, a share from 0 to 1, an
 * efficiency above 0, a CHP quantity from 0); where some share is a schedule, the shares of each
 * year sum to 1 (exactly where every share is a written value that year, within the decimal
 * rounding of `shareSumTolerance` otherwise). A value written as a decimal or a constant schedule
 * is taken as written, so a supply without schedules gives in every year exactly the supply
 * written. Each bad value is reported once, at its path, naming its first bad year.
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
export function heatSupplyYears(supply: HeatSupplySpec<Written>, years: readonly number[], issues: InputIssueInit[]): HeatSupplySpec[] {
  const found: InputIssueInit[] = [];
  const scheduledShares = supply.plants.some((p) => typeof p.share !== "string");
  const out = years.map((year): HeatSupplySpec => {
    const v = (s: Written, path: readonly (string | number)[], what: string, open: boolean, max: "1" | "below1" | undefined) =>
      valueInYear(s, year, ["heatSupply", ...path], what, open, max, found);
    const plants = supply.plants.map((p, i): HeatPlant => {
      const at = ["plants", i];
      const quantity = (q: { readonly value: Written; readonly unit: string }, field: string) =>
        ({ value: v(q.value, [...at, "chp", field, "value"], `CHP plant ${p.id}'s ${field}`, false, undefined), unit: q.unit });
      const { share, heatOnly, chp, ...rest } = p;
      return {
        ...rest,
        share: v(share, [...at, "share"], `plant ${p.id}'s share`, false, "1"),
        ...(heatOnly === undefined ? {} : { heatOnly: { ...heatOnly, efficiency: v(heatOnly.efficiency, [...at, "heatOnly", "efficiency"], `heat plant ${p.id}'s efficiency`, true, undefined) } }),
        ...(chp === undefined ? {} : { chp: { ...chp, fuel: quantity(chp.fuel, "fuel"), electricity: quantity(chp.electricity, "electricity"), heat: quantity(chp.heat, "heat") } }),
      };
    });
    if (scheduledShares) {
      const total = plants.reduce((sum, p) => sum.plus(p.share), new Dec(0));
      const tolerance = shareSumTolerance(supply.plants.map((p) => (typeof p.share === "string" ? { kind: "constant", value: p.share } : p.share)), year);
      if (total.minus(1).abs().gt(tolerance)) {
        const how = tolerance.isZero() ? "not exactly 1 (every share is a written value that year)" : `more than the decimal rounding (${tolerance.toString()}) away from 1`;
        found.push({ path: ["heatSupply", "plants"], message: `the plants' shares sum to ${total.toString()}, ${how} (year ${year})` });
      }
    }
    return { networkLoss: { ...supply.networkLoss, value: v(supply.networkLoss.value, ["networkLoss", "value"], "the heat network's loss", false, "below1") }, plants };
  });
  issues.push(...firstPerPath(found));
  return out;
}

/** One problem per value: the first (the earliest year's) at each path. */
function firstPerPath(issues: readonly InputIssueInit[]): InputIssueInit[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = JSON.stringify(i.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
