import { toCsv } from "./csv.js";
import type { Summary } from "../uncertainty/summary.js";
import type { UncertaintyResult } from "../uncertainty/uncertaintyRows.js";
import type { CostPerTonneRange } from "../uncertainty/costPerTonneRanges.js";

/**
 * One figure of an {@link UncertaintyResult} as a row of `uncertainty.csv`: what it is (kind,
 * year, sector, scope, measure, species, metric, quantity), its point value, mean, standard
 * deviation, percentiles and convergence changes, float64.
 * @category Report
 */
export interface UncertaintyTableRow {
  /** `emissions` (a year, sector, scope and species), `total` (summed over sectors), `share` (a measure's Shapley share), `co2e`, `co2eShare`, `extra`, or `costPerTonne` (quantity: the perspective; only point and the 2.5th, 50th and 97.5th percentiles, empty where there is no ratio). */
  readonly kind: "emissions" | "total" | "share" | "co2e" | "co2eShare" | "extra" | "costPerTonne";
  readonly year: number | null;
  readonly sector: string | null;
  readonly scope: string | null;
  readonly measure: string | null;
  readonly species: string | null;
  readonly metric: string | null;
  /** `baseline`, `scenario`, `reduction`, `shapley`, or an extra figure's name. */
  readonly quantity: string;
  readonly unit: string;
  readonly point: number | null;
  readonly mean: number | null;
  readonly sd: number | null;
  readonly p2_5: number | null;
  readonly p5: number | null;
  readonly p25: number | null;
  readonly p50: number | null;
  readonly p75: number | null;
  readonly p95: number | null;
  readonly p97_5: number | null;
  /** Convergence: change of the 2.5th, 50th and 97.5th percentiles over the last half of the draws, as a fraction of the 95% range [-]. */
  readonly change_p2_5: number | null;
  readonly change_p50: number | null;
  readonly change_p97_5: number | null;
}

/**
 * The columns of `uncertainty.csv`, in order.
 * @category Report
 */
export const UNCERTAINTY_COLUMNS = ["kind", "year", "sector", "scope", "measure", "species", "metric", "quantity", "unit", "point", "mean", "sd", "p2_5", "p5", "p25", "p50", "p75", "p95", "p97_5", "change_p2_5", "change_p50", "change_p97_5"] as const;

const NONE = { year: null, sector: null, scope: null, measure: null, species: null, metric: null };

function figures(s: Summary) {
  const [p2_5, p5, p25, p50, p75, p95, p97_5] = s.percentiles as [number, number, number, number, number, number, number];
  return { point: s.point, mean: s.mean, sd: s.sd, p2_5, p5, p25, p50, p75, p95, p97_5, change_p2_5: s.change[0], change_p50: s.change[1], change_p97_5: s.change[2] };
}

/**
 * Every figure of an uncertainty run as rows: emissions, totals per scope, Shapley shares, CO2e,
 * CO2e shares and extra figures, each with its full percentile set.
 *
 * @param r - from {@link cobenefits/uncertainty!runUncertainty}
 * @param costs - cost per tonne over the same draws ({@link cobenefits/uncertainty!costPerTonneRanges}), if any
 * @returns the rows [t/yr; t CO2-eq/yr for CO2e], float64
 * @example
 * ```ts
 * import { uncertaintyTable } from "cobenefits/uncertainty";
 * uncertaintyTable({ emissions: [], totals: [], attribution: [], co2e: [], co2eAttribution: [], extra: [] } as never); // []
 * ```
 * @category Report
 */
export function uncertaintyTable(r: Pick<UncertaintyResult, "emissions" | "totals" | "attribution" | "co2e" | "co2eAttribution" | "extra">, costs: readonly CostPerTonneRange[] = []): UncertaintyTableRow[] {
  const three = ["baseline", "scenario", "reduction"] as const;
  return [
    ...r.emissions.flatMap((e) => three.map((q) => ({ kind: "emissions" as const, ...NONE, year: e.year, sector: e.sector, scope: e.scope, species: e.species, quantity: q, unit: "t", ...figures(e[q]) }))),
    ...r.totals.flatMap((e) => three.map((q) => ({ kind: "total" as const, ...NONE, year: e.year, scope: e.scope, species: e.species, quantity: q, unit: "t", ...figures(e[q]) }))),
    ...r.attribution.map((a) => ({ kind: "share" as const, ...NONE, year: a.year, measure: a.measure, species: a.species, quantity: "shapley", unit: "t", ...figures(a.shapley) })),
    ...r.co2e.flatMap((e) => three.map((q) => ({ kind: "co2e" as const, ...NONE, year: e.year, metric: e.metric, quantity: q, unit: "t CO2-eq", ...figures(e[q]) }))),
    ...r.co2eAttribution.map((a) => ({ kind: "co2eShare" as const, ...NONE, year: a.year, metric: a.metric, measure: a.measure, quantity: "shapley", unit: "t CO2-eq", ...figures(a.shapley) })),
    ...r.extra.map((x) => ({ kind: "extra" as const, ...NONE, quantity: x.name, unit: "", ...figures(x.value) })),
    ...costs.map((c) => ({
      kind: "costPerTonne" as const, ...NONE, year: c.year, measure: c.measure, ...(c.kind === "species" ? { species: c.of } : { metric: c.of }), quantity: c.perspective, unit: c.unit,
      point: c.point, mean: null, sd: null, p2_5: c.low, p5: null, p25: null, p50: c.median, p75: null, p95: null, p97_5: c.high, change_p2_5: null, change_p50: null, change_p97_5: null,
    })),
  ];
}

/**
 * Writes {@link uncertaintyTable} rows as CSV with the header {@link UNCERTAINTY_COLUMNS}; `null`
 * is an empty field; numbers as JavaScript prints float64 (shortest round-trip form).
 *
 * @param rows - the rows
 * @returns the CSV text
 * @example
 * ```ts
 * import { uncertaintyTableToCsv } from "cobenefits/uncertainty";
 * uncertaintyTableToCsv([]).startsWith("kind,year,sector"); // true
 * ```
 * @category Report
 */
export function uncertaintyTableToCsv(rows: readonly UncertaintyTableRow[]): string {
  return toCsv(UNCERTAINTY_COLUMNS, rows, { numeric: UNCERTAINTY_COLUMNS.filter((c) => c === "year" || c === "point" || c === "mean" || c === "sd" || c.startsWith("p") || c.startsWith("change")) });
}
