import type { ScenarioCosts } from "../costs/scenarioCosts.js";
import { Dec } from "../units/decimal.js";
import { formatDecimal } from "./formatTable.js";
import { forTerminal } from "./forTerminal.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid } from "./textGrid.js";

/**
 * A compact plain-text section of a scenario's costs for a terminal: per costed measure, its
 * annual cost in the last year and its NPV from each perspective, and its cost per tonne avoided
 * in the last year (society) of each species and of CO2e under each metric, with the reason where
 * there is no ratio (`no reduction`, `emissions rise`). Rounded for reading; the CSV and JSON
 * outputs keep every figure exactly.
 *
 * @param costs - from {@link scenarioCosts}
 * @param labels - the words of the section (`reportLabels(lang)`, `cobenefits/report`); default English. Measure ids, fuel codes, currencies and the method statement stay as given
 * @returns the text, lines separated by `\n`; empty when no measure is costed
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { formatCosts, scenarioCosts } from "cobenefits/costs";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }],
 *   costs: { currency: "CNY", priceYear: 2020, discountRate: "0.05", measures: [{ measure: "fgd", paidBy: "enterprise", variableOM: { value: "81", unit: "CNY/TJ" } }] } });
 * const lines = formatCosts(scenarioCosts(plan, evaluateScenario(plan))).split("\n");
 * lines[2]; // "measure  perspective  annual 2030    NPV  SO2"
 * lines[4]; // "fgd          society        8,100  8,100  100"
 * ```
 * @category Report
 */
export function formatCosts(costs: ScenarioCosts, labels: ReportLabels = ENGLISH_LABELS): string {
  const words = labels.costs;
  if (costs.annual.length === 0) return "";
  const last = Math.max(...costs.annual.map((r) => r.year));
  const names = [...new Set(costs.perTonne.map((r) => `${r.kind}\u0000${r.of}`))].map((k) => k.split("\u0000") as ["species" | "co2e", string]);
  const rows = costs.annual.filter((r) => r.year === last).map((r) => {
    const npv = costs.npv.find((n) => n.measure === r.measure && n.perspective === r.perspective)!.npv;
    const perTonne = names.map(([kind, of]) => {
      if (r.perspective !== "society") return "";
      const p = costs.perTonne.find((x) => x.measure === r.measure && x.year === last && x.perspective === "society" && x.kind === kind && x.of === of)!;
      return p.status === "ok" ? formatDecimal(new Dec(p.costPerTonne!).toString()) : words.status(p.status);
    });
    return [r.measure, words.perspective(r.perspective), formatDecimal(r.total), formatDecimal(npv), ...perTonne];
  });
  const first = Math.min(...costs.annual.map((r) => r.year));
  return forTerminal([
    words.heading({ currency: costs.currency, priceYear: costs.priceYear, rate: costs.discountRate, first, last, npvYear: costs.npvYear }),
    labels.table.method(costs.method),
    ...(costs.uncosted.length === 0 ? [] : [words.uncosted(costs.uncosted)]),
    ...unpricedLines(costs, labels),
    textGrid([labels.columns.measure, words.columns.perspective, words.annual(last), words.columns.npv, ...names.map(([kind, of]) => (kind === "co2e" ? `CO2e ${of}` : of))], rows),
  ].join("\n"));
}

/** A line per fuel left unpriced that a costed measure changes: those costs are incomplete. */
function unpricedLines(costs: ScenarioCosts, labels: ReportLabels): string[] {
  const byFuel = new Map<string, Set<string>>();
  for (const r of costs.annual) for (const f of r.unpricedFuels) byFuel.set(f, (byFuel.get(f) ?? new Set()).add(r.measure));
  return [...byFuel].map(([fuel, measures]) => labels.costs.unpriced(fuel, [...measures]));
}
