import type { ImpactsResult } from "../impacts/computeImpacts.js";
import type { TemperatureResult } from "../impacts/climate/temperatureResponse.js";
import type { ImpactsTotalRange } from "../uncertainty/impactsTotals.js";
import type { Summary } from "../uncertainty/summary.js";
import { forTerminal } from "./forTerminal.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid } from "./textGrid.js";

/** Four significant digits, thousands separated; `-0` shown as `0`. */
function rounded(x: number): string {
  if (x === 0 || Object.is(x, -0)) return "0";
  const text = Math.abs(x) >= 1000 ? Math.round(Number(x.toPrecision(4))).toString() : Number(x.toPrecision(4)).toString();
  const [int, frac] = text.split(".");
  const grouped = int!.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

/** A summary as `median [low; high]`, each rounded by `f` (a semicolon: the numbers' thousands are separated by commas). */
const cell = (s: Summary | undefined, f: (x: number) => string) => (s === undefined ? "-" : `${f(s.median)} [${f(s.low)}; ${f(s.high)}]`);
/** The measures of some totals in order, `all` last. */
const measuresOf = (rows: readonly ImpactsTotalRange[]) => {
  const all = [...new Set(rows.map((r) => r.measure))];
  return [...all.filter((m) => m !== "all"), ...all.filter((m) => m === "all")];
};

/**
 * The text-table section of the impacts' ranges over the draws of `run --draws`: per measure (and
 * all measures), the avoided deaths over the scenario's years with one column per
 * concentration-response function side by side, their value, and the temperature change at the
 * end of the scenario's last year and of the trajectory's last year, each as the median with the
 * 2.5th and 97.5th percentiles in brackets. Each total is summed within every draw before its
 * percentiles are taken (percentiles do not add up). Rounded to four significant digits for
 * reading (temperature in microkelvin); health.csv, valuation.csv and temperature.csv keep
 * every row's low, median and high.
 *
 * @param totals - the period totals over the draws ({@link cobenefits/uncertainty!impactsRanges}'s `totals`)
 * @param point - the scenario's years and the point run's impacts and temperature response (for the functions and currency)
 * @param draws - the number of draws
 * @param labels - the words of the table (default English; see `reportLabels`)
 * @returns the section, lines separated by `\n`; an empty string when there are no totals
 * @example
 * ```ts
 * import { formatImpactsRanges } from "cobenefits/uncertainty";
 * const value = { point: 12, mean: 12, sd: 1, low: 10, median: 12, high: 15, percentiles: [], change: [0, 0, 0] };
 * const impacts = { health: { functions: [{ name: "GEMM" }], rows: [{ year: 2030, measure: "filters", function: "GEMM" }] } } as never;
 * formatImpactsRanges([{ kind: "avoidedDeaths", measure: "filters", function: "GEMM", year: null, value }], { years: [2030], impacts, temperature: undefined }, 100).split("\n")[4]; // "filters  12 [10; 15]"
 * ```
 * @category Uncertainty
 */
export function formatImpactsRanges(totals: readonly ImpactsTotalRange[], point: { readonly years: readonly number[]; readonly impacts: ImpactsResult; readonly temperature: TemperatureResult | undefined }, draws: number, labels: ReportLabels = ENGLISH_LABELS): string {
  if (totals.length === 0) return "";
  const words = labels.ranges;
  const name = (m: string) => (m === "all" ? words.allMeasures : m);
  const parts = [words.heading(draws)];
  const years = point.years;
  const period = `${years[0]}-${years[years.length - 1]}`;
  const byFunction = (kind: "avoidedDeaths" | "value", title: string) => {
    const rows = totals.filter((t) => t.kind === kind);
    if (rows.length === 0) return;
    const fns = [...new Set(rows.map((r) => r.function!))];
    const measures = measuresOf(rows);
    const find = (m: string, f: string) => rows.find((r) => r.measure === m && r.function === f)?.value;
    parts.push(title, textGrid([labels.columns.measure, ...fns], measures.map((m) => [name(m), ...fns.map((f) => cell(find(m, f), rounded))])));
  };
  byFunction("avoidedDeaths", words.avoidedDeaths(period));
  const v = point.impacts.valuation;
  if (v !== undefined) byFunction("value", words.value(period, v.currency, v.priceYear));
  const temperature = totals.filter((t) => t.kind === "temperatureChange");
  const t = point.temperature;
  if (temperature.length > 0 && t !== undefined) {
    const until = t.years[t.years.length - 1]!;
    const last = Math.min(years[years.length - 1]!, until);
    const shown = [...new Set([last, until])];
    const measures = measuresOf(temperature);
    const find = (m: string, y: number) => temperature.find((r) => r.measure === m && r.year === y)?.value;
    const micro = (k: number) => rounded(Number((k * 1e6).toPrecision(3)));
    parts.push(words.temperature, textGrid([labels.columns.measure, ...shown.map((y) => words.temperatureIn(y))], measures.map((m) => [name(m), ...shown.map((y) => cell(find(m, y), micro))])));
  }
  return forTerminal(parts.join("\n"));
}
