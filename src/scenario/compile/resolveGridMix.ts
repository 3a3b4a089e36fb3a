import type { FactorUse } from "../../accounting/computeEmissions.js";
import type { MixTechnology, PlantSpec } from "../../accounting/electricityMix.js";
import type { Schedule } from "../../activity/schedule.js";
import type { InputIssueInit } from "../../errors.js";
import type { FactorSet } from "../../factors/factorSet.js";
import type { Species } from "../../units/species.js";
import { resolveBuiltinShares } from "../builtinMixShares.js";
import type { GridMix } from "../gridSeries.js";
import { type GridPlantSpec, type ResolvedGridPlant, resolveGridPlant } from "../gridPlantSpec.js";

/**
 * A scenario's grid mix with its presets applied: shares as schedules, plants as the accounting
 * layer prices them, and the provenance the presets add.
 * @category Scenario
 */
export interface ResolvedGridMix {
  readonly shares: Partial<Record<MixTechnology, Schedule>>;
  readonly plants: Partial<Record<MixTechnology, PlantSpec>>;
  /** Per technology: the plant values given as schedules (see `plantInYear`). */
  readonly schedules: Partial<Record<MixTechnology, NonNullable<ResolvedGridPlant["schedules"]>>>;
  readonly losses: GridMix["losses"];
  readonly lossesSource: GridMix["lossesSource"];
  /** Provenance of every species: the built-in mix and split, the built-in efficiency rows. */
  readonly uses: readonly FactorUse[];
  /** Provenance of a species a limit preset gives. */
  readonly speciesUses: Partial<Record<Species, readonly FactorUse[]>>;
  /** Appended to the grid's definition, e.g. ` (built-in mix mix.JP.FY2019.ANRE (JP national FY2019))`; empty without one. */
  readonly label: string;
}

/**
 * The grid mix of a scenario with its built-in mix (`shares: { builtin }`, constant over the years)
 * and its plants' presets (built-in efficiencies, emission-limit presets) resolved; the problems
 * are appended to `issues`, located under `grid.mix`.
 *
 * @param mix - the scenario's `grid.mix`
 * @param country - the grid's country
 * @param factors - the factor set (its citations)
 * @param issues - where the problems go
 * @returns the resolved mix (valid only when no issue was added)
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { resolveGridMix } from "./resolveGridMix.js";
 * const src = { id: "EMEP-EEA-2019-1A1", table: "user-stated" };
 * const issues = [];
 * const r = resolveGridMix({ shares: { builtin: "mix.KR.2020.KEPCO", split: { renewable: { hydro: "1" }, other: { gas: "1" }, source: src } },
 *   plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: src }, gas: { fuel: "naturalGas", efficiency: "0.5", efficiencySource: src } },
 *   losses: "0", lossesSource: src }, "KR", createFactorSet(), issues);
 * r.shares.gas; // { kind: "constant", value: "0.286" }
 * ```
 * @category Scenario
 */
export function resolveGridMix(mix: GridMix, country: string, factors: FactorSet, issues: InputIssueInit[]): ResolvedGridMix {
  const uses: FactorUse[] = [];
  const speciesUses: Partial<Record<Species, FactorUse[]>> = {};
  let shares: Partial<Record<MixTechnology, Schedule>>;
  let label = "";
  if ("builtin" in mix.shares) {
    const r = resolveBuiltinShares(mix.shares, country, factors, ["grid", "mix", "shares"]);
    issues.push(...r.issues);
    uses.push(...r.uses);
    label = ` (${r.label})`;
    shares = Object.fromEntries(Object.entries(r.shares).map(([t, v]) => [t, { kind: "constant", value: v }]));
  } else shares = mix.shares as Partial<Record<MixTechnology, Schedule>>;
  const plants: Partial<Record<MixTechnology, PlantSpec>> = {};
  const schedules: ResolvedGridMix["schedules"] = {};
  for (const [tech, spec] of Object.entries(mix.plants) as [MixTechnology, GridPlantSpec][]) {
    const r = resolveGridPlant(tech, spec, factors, ["grid", "mix", "plants", tech]);
    issues.push(...r.issues);
    uses.push(...r.uses);
    for (const [sp, u] of Object.entries(r.speciesUses) as [Species, readonly FactorUse[]][]) speciesUses[sp] = [...(speciesUses[sp] ?? []), ...u];
    plants[tech] = r.plant;
    if (r.schedules !== undefined) schedules[tech] = r.schedules;
  }
  return { shares, plants, schedules, losses: mix.losses, lossesSource: mix.lossesSource, uses, speciesUses, label };
}
