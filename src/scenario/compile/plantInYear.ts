import type { ElectricityMix, MixTechnology, PlantSpec } from "../../accounting/electricityMix.js";
import { type Schedule, evaluateSchedule } from "../../activity/schedule.js";
import { CobenefitsError, type InputIssueInit } from "../../errors.js";
import type { DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import type { ResolvedGridMix } from "./resolveGridMix.js";

/**
 * A grid mix's plants and losses in one year: each value given as a schedule (a plant's
 * `efficiency`, its `removal` efficiencies, the mix's `losses`) evaluated in that year and checked
 * (an efficiency above 0 and at most 1, a removal efficiency from 0 to 1, losses from 0 to below 1).
 * A value written as a number or a constant schedule is taken as written, so such a mix gives in
 * every year exactly what it gave before schedules were allowed.
 *
 * @param mix - the resolved mix (see `resolveGridMix`)
 * @param year - the year
 * @param issues - where the problems go, at the schedule's path under `grid.mix` and naming the year (`... (year 2030)`)
 * @returns the plants and losses [-] of that year (valid only when no issue was added)
 * @example
 * ```ts
 * import { plantInYear } from "./plantInYear.js";
 * const src = { id: "G", table: "T" };
 * const eff = { kind: "interp", points: [{ year: 2020, value: "0.38" }, { year: 2030, value: "0.42" }] } as const;
 * const mix = { shares: {}, uses: [], speciesUses: {}, label: "", losses: "0.05", lossesSource: src,
 *   plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.38", efficiencySource: src } }, schedules: { coal: { efficiency: eff } } };
 * plantInYear(mix, 2025, []).plants.coal?.efficiency; // "0.4"
 * ```
 * @category Scenario
 */
export function plantInYear(mix: ResolvedGridMix, year: number, issues: InputIssueInit[]): Pick<ElectricityMix, "plants" | "losses"> {
  const value = (s: Schedule | DecimalString, path: readonly (string | number)[], what: string, open: boolean, below1: boolean): DecimalString => {
    if (typeof s === "string") return s;
    try {
      const v = evaluateSchedule(s, year);
      if (v.lt(0) || (open && v.isZero()) || v.gt(1) || (below1 && v.eq(1))) {
        issues.push({ path, message: `${what} is ${v.toString()}; it must be ${open ? "above 0" : "from 0"} and ${below1 ? "below 1" : "at most 1"} in every year (year ${year})` });
      }
      return s.kind === "constant" ? s.value : (v.toString() as DecimalString);
    } catch (e) {
      if (!(e instanceof CobenefitsError)) throw e;
      issues.push({ path, message: `${e.detail} (year ${year})` });
      return "0";
    }
  };
  const at = ["grid", "mix"];
  const plants: Partial<Record<MixTechnology, PlantSpec>> = { ...mix.plants };
  for (const [tech, s] of Object.entries(mix.schedules) as [MixTechnology, NonNullable<ResolvedGridMix["schedules"][MixTechnology]>][]) {
    const plant = mix.plants[tech]!;
    const p = [...at, "plants", tech];
    const removal = { ...plant.removal };
    for (const [sp, r] of Object.entries(s.removal ?? {}) as [Species, Schedule][]) removal[sp] = value(r, [...p, "removal", sp], `the ${tech} plants' ${sp} removal efficiency`, false, false);
    plants[tech] = {
      ...plant,
      ...(s.efficiency === undefined ? {} : { efficiency: value(s.efficiency, [...p, "efficiency"], `the ${tech} plants' efficiency`, true, false) }),
      ...(s.removal === undefined ? {} : { removal }),
    };
  }
  return { plants, losses: value(mix.losses, [...at, "losses"], "the grid's T&D loss share", false, true) };
}
