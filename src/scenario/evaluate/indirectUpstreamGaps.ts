import type { Species } from "../../units/species.js";
import type { Plan } from "../plan.js";
import type { UncountedSpecies } from "./scenarioResult.js";

/**
 * The upstream methane a measure moves but the plan does not count: with the scenario's opt-in
 * `upstream` scope on, the coal and gas burnt at the power and heat plants that supply indirect
 * electricity and district heat (`heatSupply`) also carry coal-mine methane and gas leakage. The
 * plan counts it where the plants' fuels are known: electricity on a generation mix (`grid.mix`)
 * and district heat (`heatSupply`); not for electricity priced by a `gridFactor` or a
 * `grid.factors` series. A
 * measure that changes the use of indirect electricity or heat (a moving measure taking or making
 * it; a modifying measure changing the fuel it uses, factor on activity not 1) therefore has
 * `CH4` uncounted in scope `upstream`, `of` the indirect scope. An end-of-pipe device (activity
 * factor 1) changes no upstream methane and has no such gap; without `upstream` there is none.
 *
 * @param plan - the compiled plan
 * @param measureIndex - the measure's index in `plan.measures`
 * @param species - the species that matter (e.g. those a trade-off flag reads); nothing without CH4
 * @returns CH4 (scope `upstream`) once per indirect scope the measure acts on, `indirect` before `indirectHeat`
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { indirectUpstreamGaps } from "cobenefits/engine";
 * const src = { id: "Utility-2025", table: "Table 2" };
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2", "CH4"], metrics: [],
 *   factors: { userCitations: [{ id: "Utility-2025", authors: "City Power Co.", title: "Annual report 2025", publisher: "City Power Co.", year: 2025, url: "https://example.org/report-2025" }] },
 *   upstream: { coal: { methanePerTonne: { value: "10", unit: "kg/t", source: src } } },
 *   gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" }, onMissingFactor: "omit",
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", netCalorificValue: { value: "25", unit: "GJ/t" }, level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "heat-pumps", kind: "fuelSwitch", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, to: { fuel: "electricity" }, efficiencyFrom: "0.6", efficiencyTo: "3", toUnit: "MWh" }] });
 * indirectUpstreamGaps(plan, 0, ["SO2", "CO2", "CH4"]); // [{ species: "CH4", scope: "upstream", of: "indirect" }]
 * ```
 * @category Scenario
 */
export function indirectUpstreamGaps(plan: Plan, measureIndex: number, species: readonly Species[]): UncountedSpecies[] {
  if (plan.scenario.upstream === undefined || !species.includes("CH4") || !plan.species.includes("CH4")) return [];
  const scopes = new Set<"indirect" | "indirectHeat">();
  // On a generation mix the plants' fuels are known and their upstream methane is counted.
  const electricityCounted = plan.scenario.grid?.mix !== undefined;
  // The heat plants of a heatSupply are stated, so their fuels' upstream methane is counted too.
  const heatCounted = plan.scenario.heatSupply !== undefined;
  const moves = plan.measures[measureIndex]!.phase === "move";
  for (const l of plan.lineages) {
    const k = l.measures.indexOf(measureIndex);
    if (k < 0) continue;
    for (const t of l.templates) {
      const scope = t.scope;
      if (scope !== "indirect" && scope !== "indirectHeat") continue;
      if (scope === "indirect" ? electricityCounted : heatCounted) continue;
      const modifier = t.modifiers.find((m) => m.local === k);
      const touched = moves ? t.createdBy < 0 || t.createdBy === k : modifier !== undefined && !modifier.activity.eq(1);
      if (touched) scopes.add(scope);
    }
  }
  return (["indirect", "indirectHeat"] as const).filter((s) => scopes.has(s)).map((of) => ({ species: "CH4" as const, scope: "upstream" as const, of }));
}
