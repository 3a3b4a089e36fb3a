import type { Species } from "../../units/species.js";
import type { Plan } from "../plan.js";
import type { UncountedSpecies } from "./scenarioResult.js";
import type { EmissionScope } from "../../factors/scopeOfFuel.js";

/**
 * The species a measure's effect cannot be fully counted for, with the scope where the factor is
 * missing: for a moving measure, a species without a factor on the activity it takes (the baseline
 * template) or on the activity it makes; for a modifying measure, a species without a factor on an
 * activity it changes for that species (a species it leaves unchanged, factor 1, is counted: its
 * change is exactly zero). Only with `onMissingFactor: "omit"` can a plan have such gaps.
 *
 * @param plan - the compiled plan
 * @param measureIndex - the measure's index in `plan.measures`
 * @param species - the species that matter (e.g. those a trade-off flag reads)
 * @returns each (species, scope) once, in the order of `plan.species`, direct before indirect
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { uncountedSpecies } from "cobenefits/engine";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: [], onMissingFactor: "omit",
 *   gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "heat-pumps", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, to: { fuel: "electricity" }, efficiencyFrom: "0.6", efficiencyTo: "3", toUnit: "MWh" }] });
 * uncountedSpecies(plan, 0, ["SO2", "CO2"]); // [{ species: "SO2", scope: "indirect" }]
 * ```
 * @category Scenario
 */
export function uncountedSpecies(plan: Plan, measureIndex: number, species: readonly Species[]): UncountedSpecies[] {
  const gaps = new Set<string>();
  const moves = plan.measures[measureIndex]!.phase === "move";
  for (const l of plan.lineages) {
    const k = l.measures.indexOf(measureIndex);
    if (k < 0) continue;
    for (const t of l.templates) {
      const modifier = t.modifiers.find((m) => m.local === k);
      const touched = moves ? t.createdBy < 0 || t.createdBy === k : modifier !== undefined;
      if (!touched) continue;
      plan.species.forEach((sp, si) => {
        if (!species.includes(sp) || t.coef[si] !== null) return;
        if (!moves && modifier!.factors[si]!.eq(1)) return;
        gaps.add(`${si}|${t.scope}`);
      });
    }
  }
  return [...gaps]
    .map((g) => g.split("|") as [string, EmissionScope])
    .sort((a, b) => Number(a[0]) - Number(b[0]) || a[1].localeCompare(b[1]))
    .map(([si, scope]) => ({ species: plan.species[Number(si)]!, scope }));
}
