import type { ImpactsResult } from "../../impacts/computeImpacts.js";
import { Dec } from "../../units/decimal.js";
import { chartNumber } from "./chartNumber.js";
import { chartText } from "./chartText.js";
import { ENGLISH_LABELS, type ReportLabels } from "../labels.js";
import { deathsByMeasureSpec } from "./deathsByMeasureSpec.js";
import type { VegaLiteSpec } from "./vegaLiteSpec.js";

/**
 * Bar chart of the avoided deaths of each measure, summed over the years and causes, one bar per
 * concentration-response function side by side (Shapley shares: the bars of a function add up to
 * its total), with the function's lower and upper parameter bounds as error bars.
 *
 * @param impacts - from `computeImpacts` (`cobenefits/impacts`), with a health result
 * @param title - the chart's title, e.g. the scenario's name
 * @param labels - the words of titles, axes and legends (`reportLabels(lang)`); default English ({@link ENGLISH_LABELS})
 * @returns a Vega-Lite specification with the data inline [death]
 * @example
 * ```ts
 * import { avoidedDeathsChart } from "cobenefits/charts";
 * (avoidedDeathsChart({}, "demo").data as { values: unknown[] }).values; // []
 * ```
 * @category Charts
 */
export function avoidedDeathsChart(impacts: ImpactsResult, title: string, labels: ReportLabels = ENGLISH_LABELS): VegaLiteSpec {
  const words = labels.impacts;
  const totals = new Map<string, { measure: string; fn: string; central: Dec; low: Dec; high: Dec }>();
  for (const r of impacts.health?.rows ?? []) {
    const key = `${r.measure}|${r.function}`;
    const t = totals.get(key) ?? { measure: r.measure, fn: r.function, central: new Dec(0), low: new Dec(0), high: new Dec(0) };
    t.central = t.central.plus(r.avoidedDeaths);
    t.low = t.low.plus(r.avoidedDeathsLow);
    t.high = t.high.plus(r.avoidedDeathsHigh);
    totals.set(key, t);
  }
  const where = (t: { measure: string }) => ({ chart: "avoided deaths by measure", measure: t.measure });
  const values = [...totals.values()].map((t) => ({ measure: chartText(t.measure), function: chartText(t.fn), avoidedDeaths: chartNumber(t.central, where(t)), low: chartNumber(t.low, where(t)), high: chartNumber(t.high, where(t)) }));
  const years = [...new Set((impacts.health?.rows ?? []).map((r) => r.year))];
  return deathsByMeasureSpec(
    { text: chartText(words.deathsTitle(title)), subtitle: years.length === 0 ? words.deathsNone : words.deathsSubtitle(years[0]!, years[years.length - 1]!) },
    values,
    words,
    { mark: { type: "rule" }, encoding: { y: { field: "low", type: "quantitative" }, y2: { field: "high" }, color: { value: "#333" } } },
  );
}
