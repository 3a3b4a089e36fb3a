import { toCsv } from "../report/csv.js";
import type { ImpactsFigures, ImpactsRanges } from "../uncertainty/impactsFigures.js";
import type { Summary } from "../uncertainty/summary.js";

const RANGES = ["low", "median", "high"] as const;
const range = (s: Summary | undefined) => (s === undefined ? { low: null, median: null, high: null } : { low: s.low, median: s.median, high: s.high });

/**
 * health.csv, valuation.csv and temperature.csv with `low`, `median` and `high` (the 2.5th, 50th
 * and 97.5th percentiles over the draws, float64) after the point run's columns: of the avoided
 * deaths [death/yr], the value [currency/yr] and the temperature change [K]. In health.csv
 * `avoidedDeathsLow` and `avoidedDeathsHigh` stay the function's own published bounds at the point
 * emissions; `low`, `median`, `high` are the spread of the drawn inputs.
 *
 * @param figures - the impacts figures given to the draws (their point results)
 * @param ranges - their summaries ({@link impactsRanges})
 * @returns the files the point run writes, with the three columns
 * @example
 * ```ts
 * import { impactsDrawFiles } from "./impactsDrawFiles.js";
 * impactsDrawFiles({ impacts: {}, temperature: undefined }, { health: [], valuation: [], temperature: [], totals: [] }); // []
 * ```
 * @category Command line
 */
export function impactsDrawFiles(figures: Pick<ImpactsFigures, "impacts" | "temperature">, ranges: ImpactsRanges): { name: string; content: string }[] {
  const { health, valuation } = figures.impacts;
  const files: { name: string; content: string }[] = [];
  if (health !== undefined) {
    const columns = ["year", "measure", "function", "endpoint", "concentrationReduction", "avoidedDeaths", "avoidedDeathsLow", "avoidedDeathsHigh", ...RANGES];
    files.push({ name: "health.csv", content: toCsv(columns, health.rows.map((r, i) => ({ ...r, ...range(ranges.health[i]) })), { numeric: ["year", "concentrationReduction", "avoidedDeaths", "avoidedDeathsLow", "avoidedDeathsHigh", ...RANGES] }) });
  }
  if (valuation !== undefined) {
    const columns = ["year", "measure", "function", "currency", "priceYear", "vsl", "avoidedDeaths", "value", "valueVsly", "cost", "benefitCostRatio", "costUnpricedFuels", ...RANGES];
    const rows = valuation.rows.map((r, i) => ({ ...r, currency: valuation.currency, priceYear: valuation.priceYear, valueVsly: r.valueVsly ?? null, cost: r.cost ?? null, benefitCostRatio: r.benefitCostRatio ?? null, costUnpricedFuels: r.costUnpricedFuels ?? null, ...range(ranges.valuation[i]) }));
    files.push({ name: "valuation.csv", content: toCsv(columns, rows, { numeric: ["year", "priceYear", "vsl", "avoidedDeaths", "value", "valueVsly", "cost", "benefitCostRatio", ...RANGES] }) });
  }
  if (figures.temperature !== undefined) {
    const rows = figures.temperature.groups.map((g, i) => ({ year: g.year, measure: g.measure, speciesGroup: g.group, temperatureChange: g.temperatureChange, unit: g.unit, ...range(ranges.temperature[i]) }));
    files.push({ name: "temperature.csv", content: toCsv(["year", "measure", "speciesGroup", "temperatureChange", "unit", ...RANGES], rows, { numeric: ["year", "temperatureChange", ...RANGES] }) });
  }
  return files;
}
