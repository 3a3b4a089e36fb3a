import type { LifetimeReductions, LifetimeYear } from "../scenario/evaluate/lifetimeReductions.js";
import { toCsv } from "./csv.js";

/**
 * One row of the lifetime table: a measure's reduction in one year of its units' lifetime, for
 * one species [t] or in CO2e under one metric [t CO2-eq] (`species` or `metric` is `null`).
 * `basis` says whether the year was evaluated or held at the last year's saving per unit.
 * @category Report
 */
export interface LifetimeTableRow extends LifetimeYear {
  readonly species: string | null;
  readonly metric: string | null;
  readonly unit: "t" | "t CO2-eq";
}

/**
 * The columns of the lifetime table, in order.
 * @category Report
 */
export const LIFETIME_COLUMNS = ["measure", "lifetime", "year", "installed", "inService", "countUnit", "basis", "species", "metric", "annual", "cumulative", "unit"] as const;

/**
 * The lifetime reductions as one tidy table: per measure and year, each species, then CO2e under
 * each metric.
 *
 * @param lifetime - from {@link cobenefits!lifetimeReductions}
 * @returns the rows [t/yr and t; t CO2-eq/yr and t CO2-eq], exact decimal strings
 * @example
 * ```ts
 * import { lifetimeTable } from "cobenefits/report";
 * const row = { measure: "fgd", lifetime: 2, year: 2030, installed: "1", inService: "1", countUnit: "share", basis: "evaluated" as const, annual: "81", cumulative: "81" };
 * const table = lifetimeTable({ method: "", rows: [{ ...row, species: "SO2", unit: "t" }], co2e: [{ ...row, metric: "AR6-GWP100", annual: "-98.3", cumulative: "-98.3", unit: "t CO2-eq" }] });
 * table.map((r) => [r.species, r.metric, r.annual]); // [["SO2", null, "81"], [null, "AR6-GWP100", "-98.3"]]
 * ```
 * @category Report
 */
export function lifetimeTable(lifetime: LifetimeReductions): LifetimeTableRow[] {
  const rows: LifetimeTableRow[] = [
    ...lifetime.rows.map((r) => ({ ...r, metric: null })),
    ...lifetime.co2e.map((r) => ({ ...r, species: null })),
  ];
  const order = new Map<string, number>();
  for (const r of rows) if (!order.has(r.measure)) order.set(r.measure, order.size);
  // Stable sort: within a measure and year, species in the result's order, then metrics.
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => order.get(a.r.measure)! - order.get(b.r.measure)! || a.r.year - b.r.year || (a.r.metric === null ? 0 : 1) - (b.r.metric === null ? 0 : 1) || a.i - b.i)
    .map(({ r }) => ({ measure: r.measure, lifetime: r.lifetime, year: r.year, installed: r.installed, inService: r.inService, countUnit: r.countUnit, basis: r.basis, species: r.species, metric: r.metric, annual: r.annual, cumulative: r.cumulative, unit: r.unit }));
}

/**
 * Writes the lifetime table as CSV with the header {@link LIFETIME_COLUMNS}; `null` is an empty field.
 * @param rows - from {@link lifetimeTable}
 * @returns the CSV text
 * @example
 * ```ts
 * import { lifetimeTableToCsv } from "cobenefits/report";
 * lifetimeTableToCsv([]); // "measure,lifetime,year,installed,inService,countUnit,basis,species,metric,annual,cumulative,unit\n"
 * ```
 * @category Report
 */
export function lifetimeTableToCsv(rows: readonly LifetimeTableRow[]): string {
  return toCsv(LIFETIME_COLUMNS, rows, { numeric: ["lifetime", "year", "installed", "inService", "annual", "cumulative"] });
}
