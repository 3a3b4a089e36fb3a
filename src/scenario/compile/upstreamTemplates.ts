import { upstreamMethane } from "../../accounting/upstreamMethane.js";
import type { InputIssueInit } from "../../errors.js";
import type { CitationRegistry } from "../../citations/registry.js";
import { citationIssues } from "../../factors/factorSet.js";
import { UPSTREAM_SECTORS } from "../../factors/upstream/upstreamSpec.js";
import { coalMinePresetIssues } from "../../factors/upstream/coalMinePreset.js";
import { Dec } from "../../units/decimal.js";
import type { TemplatePlan } from "../plan.js";
import type { Species } from "../../units/species.js";
import type { FactorUse } from "../../accounting/computeEmissions.js";
import type { ConversionStep } from "../../accounting/toFactorBasis.js";
import { heatUpstreamMethane } from "./heatUpstreamMethane.js";
import type { Scenario } from "../scenario.js";
import type { CandidateTemplate } from "./candidateTemplate.js";
import type { CompileContext } from "./compileContext.js";
import { baselineRowField, withScenarioPath } from "./compileChecks.js";

/**
 * The up-front problems of a scenario's `upstream`: CH4 must be among the species (upstream
 * methane is reported as CH4), and every parameter's `source.id` must be a known citation (built-in
 * or the scenario's `factors.userCitations`).
 *
 * @param s - the validated scenario
 * @param citations - the citations its factor set knows
 * @returns every problem, with its path (none without `upstream`)
 * @example
 * ```ts
 * import { builtinCitationRegistry } from "cobenefits";
 * import { upstreamIssues } from "./upstreamTemplates.js";
 * const upstream = { naturalGas: { leakageRate: { value: "0.01", source: { id: "IPCC2006-V2-Ch2", table: "T" } }, methaneContent: { value: "1", unit: "kg/kg", source: { id: "IPCC2006-V2-Ch2", table: "T" } } } };
 * upstreamIssues({ name: "d", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [], baseline: [], measures: [], upstream }, builtinCitationRegistry()).map((i) => i.path); // [["species"]]
 * ```
 * @category Scenario
 */
export function upstreamIssues(s: Scenario, citations: CitationRegistry): InputIssueInit[] {
  const u = s.upstream;
  if (u === undefined) return [];
  const issues: InputIssueInit[] = [];
  if (!s.species.includes("CH4")) issues.push({ code: "custom", path: ["species"], message: "upstream methane is reported as CH4: add CH4 to species, or remove upstream" });
  const cited: [readonly (string | number)[], string | undefined][] = [
    [["upstream", "naturalGas", "leakageRate"], u.naturalGas?.leakageRate.source.id],
    [["upstream", "naturalGas", "methaneContent"], u.naturalGas?.methaneContent.source.id],
    [["upstream", "coal", "methanePerTonne"], u.coal === undefined || "builtin" in u.coal.methanePerTonne ? undefined : u.coal.methanePerTonne.source.id],
    [["upstream", "coal", "methaneDensity"], u.coal?.methaneDensity?.source.id],
  ];
  for (const [path, id] of cited) if (id !== undefined) issues.push(...citationIssues(id, citations.byId, [...path, "source", "id"]));
  if (u.coal !== undefined && "builtin" in u.coal.methanePerTonne) issues.push(...coalMinePresetIssues(u.coal.methanePerTonne, ["upstream", "coal", "methanePerTonne"]));
  return issues;
}

/**
 * The upstream templates of an activity row under the scenario's opt-in `upstream` scope: for
 * each template (the row itself and each share a moving measure makes) whose fuel falls under a
 * stated part (natural gas, coal; see `upstreamPartOf`), a twin in scope `upstream` with the same
 * fuel, share and conversion, under the sector of fugitive emissions of its part
 * (`UPSTREAM_SECTORS`: 1.B.1.a coal mining, 1.B.2.b natural gas), whose only coefficient is CH4 per unit of activity
 * (`upstreamMethane`; other species 0, and not reported for the scope). Upstream methane follows
 * the fuel used, so each modify measure acts on the twin with its factor on activity (a retrofit
 * saving 30% of the gas saves 30% of the leakage; a filter saves none).
 *
 * @param row - the baseline activity row
 * @param rowIndex - its index in `baseline`
 * @param candidates - its templates before coefficients (same order as `templates`)
 * @param templates - its template plans, from `templatePlans`
 * @param localMeasures - the global index of each of the row's local measures
 * @param cx - the compile context
 * @returns the upstream twins (none without `upstream`)
 * @throws {@link cobenefits!InvalidInputError} or {@link cobenefits!InvalidMeasureError} when an activity cannot be brought to gas delivered or coal mass (no NCV)
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { templatePlans } from "./templatePlans.js";
 * import { upstreamTemplates } from "./upstreamTemplates.js";
 * import { toDec } from "cobenefits";
 * const src = { id: "Utility-2025", table: "Table 2" };
 * const cx = compileContext({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CH4"], metrics: [], baseline: [], measures: [],
 *   factors: { userCitations: [{ id: "Utility-2025", authors: "City Gas Co.", title: "Annual report 2025", publisher: "City Gas Co.", year: 2025, url: "https://example.org/report-2025" }] },
 *   upstream: { coal: { methanePerTonne: { value: "10", unit: "kg/t", source: src } } } });
 * const row = { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t" } as never;
 * const candidates = [{ template: { activityId: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", scope: "direct" as const }, conversion: toDec("1"), createdBy: -1 }];
 * const { templates } = templatePlans(row, 0, candidates, [[]], [], cx);
 * upstreamTemplates(row, 0, candidates, templates, [], cx)[0]?.coef.map(String); // ["0.01"]
 * ```
 * @category Scenario
 */
export function upstreamTemplates(
  row: Scenario["baseline"][number],
  rowIndex: number,
  candidates: readonly CandidateTemplate[],
  templates: readonly TemplatePlan[],
  localMeasures: readonly number[],
  cx: CompileContext,
): TemplatePlan[] {
  const spec = cx.scenario.upstream;
  if (spec === undefined) return [];
  const species = cx.scenario.species;
  return candidates.flatMap((candidate, ti): TemplatePlan[] => {
    const t = candidate.template;
    if (t.scope === "indirect" && cx.grid?.upstream !== undefined) return yearTwins(templates[ti]!, candidate.conversion.isZero(), cx.grid.upstream.map((y) => y.map((u) => ({ ...u, ch4: u.ch4PerMWh }))), species);
    if (t.scope === "indirectHeat" && cx.heat !== undefined) {
      const heat = cx.heat;
      const years = withScenarioPath(["heatSupply"], `upstream methane of the heat plants' fuels for activity ${row.id}`, () => heat.map((h) => heatUpstreamMethane(t.unit, h, spec, cx.factors)));
      return yearTwins(templates[ti]!, candidate.conversion.isZero(), years, species);
    }
    const createdBy = candidate.createdBy >= 0 ? localMeasures[candidate.createdBy]! : -1;
    const activity = {
      id: t.activityId, sector: t.sector, fuel: t.fuel, activityLevel: { value: "1", unit: t.unit },
      ...(t.netCalorificValue === undefined ? {} : { netCalorificValue: t.netCalorificValue }),
      ...(t.netCalorificValueFrom === undefined ? {} : { netCalorificValueFrom: t.netCalorificValueFrom }),
      ...(t.fuelConsumption === undefined ? {} : { fuelConsumption: t.fuelConsumption }),
    };
    const compute = () => upstreamMethane(activity, spec, cx.factors, ["activities", 0]);
    const by = createdBy >= 0 ? cx.scenario.measures[createdBy]! : undefined;
    const hit = by === undefined
      ? withScenarioPath(["baseline", rowIndex], `upstream methane of activity ${row.id}`, compute, undefined, baselineRowField)
      : withScenarioPath(["measures", createdBy], `upstream methane of activity ${row.id} as measure ${by.id} makes it`, compute, by.id);
    if (hit === undefined) return [];
    return twins(templates[ti]!, candidate.conversion.isZero(), [{ part: hit.part, values: cx.years.map(() => hit.ch4), factors: hit.factors, conversions: hit.conversions }], species);
  });
}

/**
 * The upstream twins of an electricity template on a grid mix, or of district heat on a heat
 * supply: one per part (coal mining, gas supply) whose fuels the plants burn in some year, with the
 * CH4 per unit of activity of each year (0 in a year no plant burns a fuel of that part).
 */
function yearTwins(plan: TemplatePlan, removed: boolean, upstream: readonly (readonly { readonly part: "naturalGas" | "coal"; readonly ch4: Dec; readonly factors: readonly FactorUse[] }[])[], species: readonly Species[]): TemplatePlan[] {
  const parts = [...new Set(upstream.flatMap((year) => year.map((u) => u.part)))];
  return twins(plan, removed, parts.map((part) => {
    const perYear = upstream.map((year) => year.find((u) => u.part === part));
    return { part, values: perYear.map((u) => u?.ch4 ?? new Dec(0)), factors: perYear.flatMap((u) => u?.factors ?? []) };
  }), species);
}

/** Upstream twins of a template: one per part, CH4 per unit of its activity in each year; other species 0. */
function twins(plan: TemplatePlan, removed: boolean, parts: readonly { readonly part: "naturalGas" | "coal"; readonly values: readonly Dec[]; readonly factors: readonly FactorUse[]; readonly conversions?: readonly ConversionStep[] }[], species: readonly Species[]): TemplatePlan[] {
  const { coefByYear: _byYear, ...base } = plan;
  return parts.map(({ part, values: given, factors, conversions = [] }): TemplatePlan => {
    const values = given.map((v) => (removed ? new Dec(0) : v));
    const uses = [...new Map(factors.map((f) => [f.rowId + f.value, f])).values()];
    const varies = values.some((v) => !v.eq(values[0]!));
    return {
      ...base,
      sector: UPSTREAM_SECTORS[part],
      scope: "upstream",
      coef: species.map((s) => (s === "CH4" ? values[0]! : new Dec(0))),
      ...(varies ? { coefByYear: species.map((s) => (s === "CH4" ? values : values.map(() => new Dec(0)))) } : {}),
      provenance: species.map((s) => (s === "CH4" ? uses : [])),
      conversions: species.map((s) => (s === "CH4" ? conversions : [])),
      modifiers: plan.modifiers.map((m) => ({ local: m.local, factors: species.map(() => m.activity), activity: m.activity })),
    };
  });
}
