import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import { Dec } from "../units/decimal.js";
import { formatDecimal } from "./formatTable.js";
import { ENGLISH_LABELS, type ReportLabels, sectorWithName } from "./labels.js";
import { textGrid as grid } from "./textGrid.js";

/**
 * The upstream part of the text table, so that direct, indirect and upstream stay apart: when
 * the result has rows in scope `upstream` (a scenario's opt-in upstream methane), the CH4 of each
 * upstream sector (1.B.1.a coal mining, 1.B.2.b natural gas supply) in the last year, and each
 * measure's Shapley share of it over the period; else nothing. These tonnes are included in the
 * CH4 and CO2e totals of the table.
 *
 * @param result - from {@link evaluateScenario}
 * @param labels - the words (default English)
 * @returns the lines of the section (none without upstream rows)
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { upstreamSection } from "./upstreamSection.js";
 * const src = { id: "Utility-2025", table: "Table 2" };
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CH4"], metrics: [],
 *   factors: { userCitations: [{ id: "Utility-2025", authors: "City Gas Co.", title: "Annual report 2025", publisher: "City Gas Co.", year: 2025, url: "https://example.org/report-2025" }] },
 *   upstream: { coal: { methanePerTonne: { value: "10", unit: "kg/t", source: src } } },
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "t", level: { kind: "constant", value: "1000" } }], measures: [] }));
 * upstreamSection(result)[0]; // "Upstream methane in 2030 (opt-in scope upstream, included in CH4 and CO2e above) [t CH4/yr]"
 * ```
 * @category Report
 */
export function upstreamSection(result: ScenarioResult, labels: ReportLabels = ENGLISH_LABELS): string[] {
  const c = labels.columns;
  const upstream = result.emissions.filter((e) => e.scope === "upstream");
  if (upstream.length === 0) return [];
  const first = result.years[0]!;
  const last = result.years[result.years.length - 1]!;
  const sectors = [...new Set(upstream.map((e) => e.sector))];
  const rows = sectors.map((sector) => {
    const e = upstream.find((r) => r.sector === sector && r.year === last)!;
    return [sectorWithName(sector, labels), formatDecimal(e.baseline), formatDecimal(e.scenario), formatDecimal(e.reduction)];
  });
  const out = [labels.table.upstream(last), grid([c.sector, c.baseline, c.scenario, c.reduction], rows)];
  const shares = result.attributionBySector.filter((a) => a.scope === "upstream");
  const measures = [...new Set(shares.map((a) => a.measure))];
  if (measures.length > 0) {
    const total = (measure: string, sector: string) => shares.filter((a) => a.measure === measure && a.sector === sector).reduce((s, a) => s.plus(a.shapley), new Dec(0)).toString();
    out.push("", labels.table.upstreamByMeasure(`${first}-${last}`), grid([c.measure, ...sectors], measures.map((m) => [m, ...sectors.map((s) => formatDecimal(total(m, s)))])));
  }
  return out;
}
