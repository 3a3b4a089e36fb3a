import { Dec } from "../units/decimal.js";
import { reportedInScope } from "../scenario/evaluate/emissionGroups.js";
import type { ScenarioResult, UncountedSpecies } from "../scenario/evaluate/scenarioResult.js";
import type { CoBenefitSummaryRow } from "./coBenefitSummary.js";
import { formatDecimal } from "./formatTable.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid as grid } from "./textGrid.js";

/**
 * The lines of the text table that say why a measure is flagged `incomplete`: per measure and
 * metric, the species not counted and the scope where they are missing: `SO2 (indirect)` (no
 * factor), `CH4 (upstream of indirect)` (the plants' upstream methane), `CO2 (not computed)` (a gas
 * the metric weighs that is not among the scenario's species).
 *
 * @param summary - from {@link coBenefitSummary}
 * @param labels - the words (default English)
 * @returns one line per incomplete measure and metric (none when no flag is incomplete)
 * @example
 * ```ts
 * import { incompleteLines } from "./scopeSection.js";
 * incompleteLines([{ measure: "heat-pumps", kind: "fuelSwitch", label: null, firstYear: 2030, lastYear: 2030, reductions: [],
 *   co2e: [{ metric: "AR6-GWP100", shapley: "1", standalone: "1", unit: "t CO2-eq", flags: ["incomplete"], incomplete: [{ species: "SO2", scope: "indirect" }] }] }]);
 * // ["  heat-pumps (AR6-GWP100): incomplete, not counted: SO2 (indirect); no co-benefit or trade-off is claimed"]
 * ```
 * @category Report
 */
export function incompleteLines(summary: readonly CoBenefitSummaryRow[], labels: ReportLabels = ENGLISH_LABELS): string[] {
  return summary.flatMap((s) => s.co2e.filter((c) => c.incomplete !== undefined && c.incomplete.length > 0).map((c) =>
    `  ${labels.table.incompleteLine(s.measure, c.metric, c.incomplete!.map((g) => uncountedLabel(g, labels)).join(", "))}`));
}

/** One uncounted species as the text table names it: `SO2 (indirect)`, `CH4 (upstream of indirect)`, `CO2 (not computed)`. */
function uncountedLabel(g: UncountedSpecies, labels: ReportLabels): string {
  if (g.scope === "all") return `${g.species} (${labels.table.notComputed})`;
  const scope = labels.scopesShort[g.scope];
  return g.of === undefined ? `${g.species} (${scope})` : `${g.species} (${labels.table.scopeOf(scope, labels.scopesShort[g.of])})`;
}

type Scope = ScenarioResult["attributionBySector"][number]["scope"];
const SCOPE_ORDER: readonly Scope[] = ["direct", "indirect", "indirectHeat", "upstream"];

/**
 * The scope split of the measures' reductions for the text table, one step away from the net
 * figures: per measure and scope (direct, indirect, indirectHeat, upstream), the Shapley shares
 * summed over the sectors and years [t]. Shown whenever some row lies in a scope other than
 * direct. A species not reported in a scope (upstream carries CH4 only, see `reportedInScope`)
 * gets an empty cell, not a zero.
 *
 * @param result - from {@link evaluateScenario}
 * @param first - first year of the period
 * @param last - last year of the period
 * @param labels - the words (default English)
 * @param width - the terminal's width to wrap to [columns] (default none)
 * @returns the section's lines, ending with an empty line; none when every row is direct
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { scopeSection } from "./scopeSection.js";
 * const r = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] }));
 * scopeSection(r, 2030, 2030); // []
 * ```
 * @category Report
 */
export function scopeSection(result: ScenarioResult, first: number, last: number, labels: ReportLabels = ENGLISH_LABELS, width?: number): string[] {
  const rows = result.attributionBySector;
  if (!rows.some((r) => r.scope !== "direct")) return [];
  const keys = [...new Set(rows.map((r) => `${r.measure}\u0000${r.scope}`))];
  const order = (k: string) => { const [m, scope] = k.split("\u0000"); return [result.attribution.findIndex((a) => a.measure === m), SCOPE_ORDER.indexOf(scope as Scope)]; };
  keys.sort((a, b) => { const [ma, sa] = order(a); const [mb, sb] = order(b); return ma! - mb! || sa! - sb!; });
  const body = keys.map((k) => {
    const [measure, scope] = k.split("\u0000") as [string, string];
    const own = rows.filter((r) => r.measure === measure && r.scope === scope);
    return [measure, labels.scopesShort[scope as Scope], ...result.species.map((sp) => !reportedInScope(scope as Scope, sp) ? "" : formatDecimal(own.filter((r) => r.species === sp).reduce((s, r) => s.plus(r.shapley), new Dec(0)).toString()))];
  });
  return [labels.table.byScope(`${first}-${last}`), grid([labels.columns.measure, labels.columns.scope, ...result.species], body, { width }), ""];
}
