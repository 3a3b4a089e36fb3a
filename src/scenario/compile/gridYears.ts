import type { FactorUse } from "../../accounting/computeEmissions.js";
import { type ElectricityFactor, electricityFactorsFromMix } from "../../accounting/electricityFactorsFromMix.js";
import type { MixTechnology } from "../../accounting/electricityMix.js";
import { type MixUpstreamMethane, mixUpstreamMethane } from "../../accounting/mixUpstreamMethane.js";
import { type Schedule, evaluateSchedule } from "../../activity/schedule.js";
import { resolveGridMix } from "./resolveGridMix.js";
import { plantInYear } from "./plantInYear.js";
import { CobenefitsError, InvalidInputError, type InputIssueInit } from "../../errors.js";
import { citationIssues, type FactorSet } from "../../factors/factorSet.js";
import type { GridFactorRow } from "../../factors/gridFactorRow.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";
import { nearestStrings } from "../../nearestStrings.js";
import type { Scenario } from "../scenario.js";
import { shareSumTolerance } from "./mixShareSum.js";
import { plantParticleNestingIssues } from "./plantParticleNesting.js";

/**
 * A scenario's `grid` resolved for each of its years: per year, a grid factor row per species
 * (from its series or from the mix), the fuel factor rows behind each mix value, and the species
 * the mix cannot give (a plant fuel without a factor), with the reason.
 * @category Scenario
 */
export interface GridYears {
  /** Per year (index as the scenario's years): the grid factor row of each species the grid gives. */
  readonly rows: readonly Partial<Record<Species, GridFactorRow>>[];
  /** Per year: the factor rows a mix value was computed from, per species. */
  readonly uses: readonly Partial<Record<Species, readonly FactorUse[]>>[];
  /** Species the mix cannot give, with the error that says why. */
  readonly missing: Partial<Record<Species, CobenefitsError>>;
  /** Per year: the upstream methane of the mix's plants' fuels per MWh delivered, by part; present when the scenario has a mix, `upstream` and CH4. */
  readonly upstream?: readonly (readonly MixUpstreamMethane[])[];
}

/**
 * The scenario's `grid` for each year: each series evaluated in each year, each year's mix (shares,
 * and the plants' efficiencies, removal efficiencies and losses where they are schedules) turned
 * into factors by {@link cobenefits!electricityFactorsFromMix}. A species given as a series takes it; the mix
 * gives the other species of the scenario.
 *
 * @param s - the validated scenario
 * @param years - the scenario's years
 * @param factors - its factor set (the plants' fuel factors and the citations)
 * @returns the rows per year, or undefined when the scenario has no `grid`
 * @throws {@link cobenefits!InvalidInputError} listing every problem (located under `grid`): an unknown citation, shares not summing to 1 in a year (exactly where every share is a written value, within the decimal rounding `shareSumTolerance` otherwise), a schedule with no value in a year, a negative value, a plant efficiency, removal efficiency or losses scheduled out of range in a year (at its path, naming the year), plants whose PM2.5 is controlled or overridden without BC, OC, PM10 or TSP stated (see `plantParticleNestingIssues`)
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { gridYears } from "./gridYears.js";
 * const source = { id: "EMEP-EEA-2019-1A1", table: "user-stated" };
 * const g = gridYears({ name: "demo", years: { start: 2025, end: 2026 }, species: ["CO2"], metrics: [], baseline: [], measures: [],
 *   grid: { country: "CN", definition: "demo", source, factors: { CO2: { unit: "t/MWh", level: { kind: "interp", points: [{ year: 2025, value: "0.6" }, { year: 2026, value: "0.5" }] } } } } },
 *   [2025, 2026], createFactorSet());
 * g?.rows.map((r) => r.CO2?.value); // ["0.6", "0.5"]
 * ```
 * @category Scenario
 */
export function gridYears(s: Scenario, years: readonly number[], factors: FactorSet): GridYears | undefined {
  const g = s.grid;
  if (g === undefined) return undefined;
  const issues: InputIssueInit[] = [...citationIssues(g.source.id, factors.citations.byId, ["grid", "source", "id"])];
  if (s.gridFactor !== undefined && s.species.includes("CO2") && (g.factors?.CO2 !== undefined || g.mix !== undefined)) {
    issues.push({ path: ["gridFactor"], message: "CO2 of electricity would come from both gridFactor and grid; give it in one (grid.factors.CO2 for a series)" });
  }
  const rows = years.map((): Partial<Record<Species, GridFactorRow>> => ({}));
  const uses = years.map((): Partial<Record<Species, readonly FactorUse[]>> => ({}));
  const missing: Partial<Record<Species, CobenefitsError>> = {};
  const upstream = s.upstream !== undefined && s.species.includes("CH4") && g.mix !== undefined ? years.map((): MixUpstreamMethane[] => []) : undefined;
  const base = { country: g.country, source: g.source } as const;
  for (const [sp, series] of Object.entries(g.factors ?? {}) as [Species, NonNullable<NonNullable<typeof g.factors>[Species]>][]) {
    if (!s.species.includes(sp)) {
      // a series for a species the scenario does not compute would be silently unused: say so at its key
      const nearest = nearestStrings(sp, s.species, 3);
      issues.push({ code: "unknown_reference", key: sp, nearest, path: ["grid", "factors", sp], message: `${sp} is not among the scenario's species (${s.species.join(", ")}): add it to species, or remove this series${nearest.length > 0 ? `; did you mean ${nearest.join(", ")}?` : ""}` });
      continue;
    }
    years.forEach((year, yi) => {
      const value = at(() => evaluateSchedule(series.level, year), ["grid", "factors", sp, "level"], year, issues);
      if (value === undefined) return;
      if (value.lt(0)) issues.push({ path: ["grid", "factors", sp, "level"], message: `the ${sp} grid factor is negative in ${year} (${value.toString()})` });
      rows[yi]![sp] = {
        ...base, id: `grid.${g.country}.${year}.series.${sp}`, year, value: value.toString(), unit: series.unit, quality: "userSupplied",
        definition: `${g.definition}: ${sp} in ${year} from the scenario's grid series (${series.level.kind} schedule)`,
      };
    });
  }
  const mix = g.mix === undefined ? undefined : resolveGridMix(g.mix, g.country, factors, issues);
  if (mix !== undefined) {
    const fromMix = s.species.filter((sp) => g.factors?.[sp] === undefined);
    issues.push(...plantParticleNestingIssues(mix.plants, fromMix, ["grid", "mix", "plants"]));
    if (issues.length > 0) throw new InvalidInputError("scenario", dedupe(issues));
    years.forEach((year, yi) => {
      const shares: Partial<Record<MixTechnology, DecimalString>> = {};
      for (const [tech, schedule] of Object.entries(mix.shares) as [MixTechnology, Schedule][]) {
        const v = at(() => evaluateSchedule(schedule, year), ["grid", "mix", "shares", tech], year, issues);
        if (v !== undefined) shares[tech] = v.toString() as DecimalString;
      }
      const total = Object.values(shares).reduce((sum: Dec, v) => sum.plus(v), new Dec(0));
      const tolerance = shareSumTolerance(Object.values(mix.shares) as Schedule[], year);
      if (total.minus(1).abs().gt(tolerance)) {
        const how = tolerance.isZero() ? "not exactly 1 (every share is a written value that year)" : `more than the decimal rounding (${tolerance.toString()}) away from 1`;
        issues.push({ path: ["grid", "mix", "shares"], message: `the shares sum to ${total.toString()} in ${year}, ${how}` });
        return;
      }
      const before = issues.length;
      const { plants, losses } = plantInYear(mix, year, issues);
      if (issues.length > before) return;
      const yearMix = { shares, plants, losses, lossesSource: mix.lossesSource };
      const options = { shareSumTolerance: tolerance.toString() as DecimalString };
      if (upstream !== undefined && s.upstream !== undefined) {
        try {
          upstream[yi] = mixUpstreamMethane(yearMix, s.upstream, factors, ["grid", "mix"]);
        } catch (e) {
          if (!(e instanceof CobenefitsError)) throw e;
          issues.push({ path: e.path.length > 0 ? e.path : ["grid", "mix"], message: `upstream methane of the plants' fuel: ${e.detail} (grid mix in ${year})` });
        }
      }
      const put = (sp: Species, f: ElectricityFactor) => {
        rows[yi]![sp] = { ...base, id: `grid.${g.country}.${year}.mix.${sp}`, year, value: f.value, unit: f.unit, quality: "derived", definition: `${g.definition}${mix.label}: ${f.derivation}` };
        uses[yi]![sp] = [...f.contributions.flatMap((c) => c.factors), ...mix.uses, ...(mix.speciesUses[sp] ?? [])];
      };
      // All species in one pass (the mix is validated once a year); species by species only when one fails.
      const pending = fromMix.filter((sp) => missing[sp] === undefined);
      try {
        if (pending.length > 1) {
          electricityFactorsFromMix(yearMix, pending, factors, ["grid", "mix"], options).forEach((f, i) => put(pending[i]!, f));
          return;
        }
      } catch (e) {
        if (!(e instanceof CobenefitsError)) throw e;
      }
      for (const sp of pending) {
        try {
          const [f] = electricityFactorsFromMix(yearMix, [sp], factors, ["grid", "mix"], options);
          put(sp, f!);
        } catch (e) {
          if (e instanceof InvalidInputError) {
            issues.push(...e.issues.map((i) => ({ ...i, message: `${i.message} (grid mix in ${year})` })));
            return;
          }
          if (!(e instanceof CobenefitsError) || (e.code !== "UNKNOWN_FACTOR" && e.code !== "MISSING_FACTOR")) throw e;
          missing[sp] = e;
        }
      }
    });
  }
  if (issues.length > 0) throw new InvalidInputError("scenario", dedupe(issues));
  // A species the mix cannot give in one year is not counted in any (never a partial series).
  for (const sp of Object.keys(missing) as Species[]) rows.forEach((r, yi) => { delete r[sp]; delete uses[yi]![sp]; });
  return { rows, uses, missing, ...(upstream === undefined ? {} : { upstream }) };
}

/** A schedule's value in a year; a year it has no value for is an issue at `path`. */
function at(value: () => Dec, path: readonly (string | number)[], year: number, issues: InputIssueInit[]): Dec | undefined {
  try {
    return value();
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    issues.push({ path, message: `${e.detail} (year ${year})` });
    return undefined;
  }
}

/** The same problem found in several years once. */
function dedupe(issues: readonly InputIssueInit[]): InputIssueInit[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${JSON.stringify(i.path)}|${i.message.replace(/ \((grid mix in |year )\d+\)$/, "")}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
