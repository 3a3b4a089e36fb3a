import type { ImpactsResult } from "../impacts/computeImpacts.js";
import { Dec } from "../units/decimal.js";
import { toCsv } from "./csv.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid } from "./textGrid.js";

const HEALTH_COLUMNS = ["year", "measure", "function", "endpoint", "concentrationReduction", "avoidedDeaths", "avoidedDeathsLow", "avoidedDeathsHigh"] as const;
const VALUATION_COLUMNS = ["year", "measure", "function", "currency", "priceYear", "vsl", "avoidedDeaths", "value", "valueVsly", "cost", "benefitCostRatio", "costUnpricedFuels"] as const;

/**
 * health.csv: one row per year, measure, function and endpoint: the measure's reduction of
 * population-weighted PM2.5 [ug/m3] and its avoided deaths [death/yr] with the function's lower
 * and upper parameter bounds (`cobenefits crf` says what they are for each function).
 *
 * @param impacts - from `computeImpacts` (`cobenefits/impacts`)
 * @returns CSV text with a header row; empty string when there is no health result
 * @example
 * ```ts
 * import { healthCsv } from "cobenefits/impacts";
 * healthCsv({}); // ""
 * ```
 * @category Impacts
 */
export function healthCsv(impacts: ImpactsResult): string {
  if (impacts.health === undefined) return "";
  return toCsv(HEALTH_COLUMNS, impacts.health.rows, { numeric: ["year", "concentrationReduction", "avoidedDeaths", "avoidedDeathsLow", "avoidedDeathsHigh"] });
}

/**
 * valuation.csv: one row per year, measure and function: the transferred VSL, the avoided deaths
 * summed over the function's endpoints, their value, the life-year value (with a VSLY), the cost
 * and the benefit-cost ratio (with costs), in the stated currency and price year.
 *
 * @param impacts - from `computeImpacts` (`cobenefits/impacts`)
 * @returns CSV text with a header row; empty string when there is no valuation result
 * @example
 * ```ts
 * import { valuationCsv } from "cobenefits/impacts";
 * valuationCsv({}); // ""
 * ```
 * @category Impacts
 */
export function valuationCsv(impacts: ImpactsResult): string {
  const v = impacts.valuation;
  if (v === undefined) return "";
  return toCsv(VALUATION_COLUMNS, v.rows.map((r) => ({ ...r, currency: v.currency, priceYear: v.priceYear, valueVsly: r.valueVsly ?? null, cost: r.cost ?? null, benefitCostRatio: r.benefitCostRatio ?? null, costUnpricedFuels: r.costUnpricedFuels ?? null })), { numeric: ["year", "priceYear", "vsl", "avoidedDeaths", "value", "valueVsly", "cost", "benefitCostRatio"] });
}

const round = (v: Dec, places: number) => v.toDecimalPlaces(places).toFixed(places);

/**
 * The text-table section of the impacts: per measure, the PM2.5 reduction in the last year and
 * the avoided deaths summed over the years and causes, one column per function (central, and the
 * function's bounds in brackets); then the value, when there is a valuation.
 *
 * @param impacts - from `computeImpacts` (`cobenefits/impacts`)
 * @param labels - the words of the section (`reportLabels(lang)`, `cobenefits/report`); default English. Measure ids, function names and their bounds stay as given
 * @returns the section as text, or an empty string when there is no exposure result
 * @example
 * ```ts
 * import { formatImpacts } from "cobenefits/impacts";
 * formatImpacts({}); // ""
 * ```
 * @category Impacts
 */
export function formatImpacts(impacts: ImpactsResult, labels: ReportLabels = ENGLISH_LABELS): string {
  const words = labels.impacts;
  const e = impacts.exposure;
  if (e === undefined) return "";
  const years = e.totals.map((t) => t.year);
  const last = years[years.length - 1];
  const measures = [...new Set(e.rows.map((r) => r.measure))];
  const h = impacts.health;
  const fns = h === undefined ? [] : h.functions.map((f) => f.name);
  const deaths = (m: string | undefined, fn: string, field: "avoidedDeaths" | "avoidedDeathsLow" | "avoidedDeathsHigh") =>
    (h?.rows ?? []).filter((r) => r.function === fn && (m === undefined || r.measure === m)).reduce((s, r) => s.plus(r[field]), new Dec(0));
  const cell = (m: string | undefined, fn: string) => `${round(deaths(m, fn, "avoidedDeaths"), 1)} [${round(deaths(m, fn, "avoidedDeathsLow"), 1)}, ${round(deaths(m, fn, "avoidedDeathsHigh"), 1)}]`;
  const dC = (m: string | undefined) => (m === undefined ? new Dec(e.totals.find((t) => t.year === last)?.total ?? "0") : new Dec(e.rows.find((r) => r.year === last && r.measure === m)?.total ?? "0"));
  const header = [labels.columns.measure, words.pm25Column(last!), ...fns.map((f) => words.deathsColumn(`${years[0]}-${last}`, f))];
  const rows = [...measures, undefined].map((m) => [m ?? words.allMeasures, round(dC(m), 4), ...fns.map((f) => cell(m, f))]);
  const parts = [words.heading(h?.functions.map((f) => `${f.name}: ${f.bounds}`) ?? []), textGrid(header, rows)];
  const v = impacts.valuation;
  if (v !== undefined) {
    const vHeader = [labels.columns.measure, ...fns.map((f) => words.valueColumn(`${years[0]}-${last}`, f, v.currency, v.priceYear))];
    const value = (m: string | undefined, fn: string) => round(v.rows.filter((r) => r.function === fn && (m === undefined || r.measure === m)).reduce((s, r) => s.plus(r.value), new Dec(0)), 0);
    parts.push(words.valueHeading(v.parameters.name, v.parameters.elasticity), textGrid(vHeader, [...measures, undefined].map((m) => [m ?? words.allMeasures, ...fns.map((f) => value(m, f))])));
  }
  return parts.join("\n");
}
