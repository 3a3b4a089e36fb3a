import type { LifetimeReductions } from "../scenario/evaluate/lifetimeReductions.js";
import { formatDecimal } from "./formatTable.js";
import { forTerminal } from "./forTerminal.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid } from "./textGrid.js";

/**
 * A compact plain-text section of the lifetime reductions for a terminal: per measure that states
 * a lifetime, its lifetime, the years its units save in, and the cumulative reduction over them
 * per species and in CO2e under each metric (Shapley shares), with the method stated. Rounded
 * for reading; the CSV and JSON outputs keep every year exactly.
 *
 * @param lifetime - from {@link cobenefits!lifetimeReductions}
 * @param labels - the words of titles and headers (default English; the method's statement stays English)
 * @returns the text, lines separated by `\n`; empty when no measure states a lifetime
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario, lifetimeReductions } from "cobenefits";
 * import { formatLifetimeReductions } from "cobenefits/report";
 * const plan = compileScenario({ name: "demo", years: { start: 2026, end: 2027 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, lifetime: 3, removal: { SO2: "0.9" },
 *     penetration: { kind: "step", steps: [{ year: 2026, value: "0.5" }, { year: 2027, value: "1" }] } }] });
 * formatLifetimeReductions(lifetimeReductions(plan, evaluateScenario(plan))).split("\n")[4]; // "fgd                  3  2026-2029  243"
 * ```
 * @category Report
 */
export function formatLifetimeReductions(lifetime: LifetimeReductions, labels: ReportLabels = ENGLISH_LABELS): string {
  const measures = [...new Set(lifetime.rows.map((r) => r.measure))];
  if (measures.length === 0) return "";
  const species = [...new Set(lifetime.rows.map((r) => r.species))];
  const metrics = [...new Set(lifetime.co2e.map((r) => r.metric))];
  const lastOf = <R extends { measure: string }>(rows: readonly R[], m: string, keep: (r: R) => boolean) => rows.filter((r) => r.measure === m && keep(r)).at(-1);
  const table = measures.map((m) => {
    const of = lifetime.rows.filter((r) => r.measure === m);
    return [
      m, String(of[0]!.lifetime), `${of[0]!.year}-${of.at(-1)!.year}`,
      ...species.map((s) => formatDecimal(lastOf(lifetime.rows, m, (r) => r.species === s)!.cumulative)),
      ...metrics.map((k) => formatDecimal(lastOf(lifetime.co2e, m, (r) => r.metric === k)!.cumulative)),
    ];
  });
  return forTerminal([
    labels.table.lifetime,
    labels.table.method(lifetime.method),
    textGrid([labels.columns.measure, labels.columns.lifetime, labels.columns.years, ...species, ...metrics.map((k) => `CO2e ${k}`)], table),
  ].join("\n"));
}
