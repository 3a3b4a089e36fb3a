import type { LeastCostPortfolio } from "../optimise/leastCostPortfolio.js";
import { toCsv } from "./csv.js";
import { forTerminal } from "./forTerminal.js";
import { formatDecimal } from "./formatTable.js";
import { textGrid } from "./textGrid.js";

/**
 * One row of portfolio.csv, in long (tidy) form: a chosen measure's penetration and bounds, a
 * measure's annualised cost in a target year (and the total, id `total`), or a target's
 * baseline, required reduction, reduction reached and margin; or a note of what the costs leave out.
 * @category Report
 */
export interface PortfolioTableRow {
  readonly section: "measure" | "cost" | "target" | "note";
  readonly id: string;
  readonly year: number | null;
  /** For a target: the species, or `CO2e (<metric>)`; empty otherwise. */
  readonly of: string;
  readonly variable: "penetration" | "maxPenetration" | "annualisedCost" | "baseline" | "required" | "reduction" | "margin" | "incomplete";
  /** A decimal string (exact), for costs the float64 the cost model gives, as text; for a note, what the costs leave out. */
  readonly value: string;
  readonly unit: string;
}

/**
 * The rows of portfolio.csv for a least-cost portfolio (see {@link PortfolioTableRow}).
 *
 * @param p - a portfolio from `leastCostPortfolio`
 * @returns measures (penetration from the earliest year, max), costs by measure and year and
 *   in total [currency/yr], targets [t/yr or t CO2-eq/yr], then notes of what the costs leave out
 * @example
 * ```ts
 * import { portfolioTable } from "cobenefits/optimise";
 * const p = { measures: [{ measureId: "fgd", penetration: "0.5", maxPenetration: "1", earliestYear: 2030 }], currency: "CNY", costs: [{ measureId: "fgd", year: 2030, cost: 5 }], totalCost: 5,
 *   targets: [{ targetId: "so2", quantity: "SO2", year: 2030, baseline: "90", required: "40.5", reduction: "40.5", margin: "0", unit: "t" as const }] };
 * portfolioTable(p as never).length; // 8
 * ```
 * @category Report
 */
export function portfolioTable(p: Pick<LeastCostPortfolio, "measures" | "currency" | "costs" | "totalCost" | "targets"> & { readonly incomplete?: readonly string[] }): PortfolioTableRow[] {
  const costUnit = `${p.currency}/yr`;
  return [
    ...p.measures.flatMap((m): PortfolioTableRow[] => [
      { section: "measure", id: m.measureId, year: m.earliestYear, of: "", variable: "penetration", value: m.penetration, unit: "fraction" },
      { section: "measure", id: m.measureId, year: m.earliestYear, of: "", variable: "maxPenetration", value: m.maxPenetration, unit: "fraction" },
    ]),
    ...p.costs.map((c): PortfolioTableRow => ({ section: "cost", id: c.measureId, year: c.year, of: "", variable: "annualisedCost", value: String(c.cost), unit: costUnit })),
    { section: "cost", id: "total", year: null, of: "", variable: "annualisedCost", value: String(p.totalCost), unit: costUnit },
    ...p.targets.flatMap((t) => (["baseline", "required", "reduction", "margin"] as const).map((v): PortfolioTableRow => ({ section: "target", id: t.targetId, year: t.year, of: t.quantity, variable: v, value: t[v], unit: `${t.unit}/yr` }))),
    ...(p.incomplete ?? []).map((text): PortfolioTableRow => ({ section: "note", id: "costs", year: null, of: "", variable: "incomplete", value: text, unit: "" })),
  ];
}

/**
 * portfolio.csv: {@link portfolioTable} as CSV (columns section, id, year, of, variable, value, unit).
 *
 * @param rows - from {@link portfolioTable}
 * @returns CSV text, header first
 * @example
 * ```ts
 * import { portfolioTableToCsv } from "cobenefits/optimise";
 * portfolioTableToCsv([{ section: "cost", id: "total", year: null, of: "", variable: "annualisedCost", value: "5", unit: "CNY/yr" }]); // "section,id,year,of,variable,value,unit\ncost,total,,,annualisedCost,5,CNY/yr\n"
 * ```
 * @category Report
 */
export function portfolioTableToCsv(rows: readonly PortfolioTableRow[]): string {
  return toCsv(["section", "id", "year", "of", "variable", "value", "unit"], rows, { numeric: ["year", "value"] });
}

/**
 * The portfolio as the terminal shows it: the chosen penetrations, the annualised cost of each
 * measure and in total, each target's margin, and what the costs leave out.
 *
 * @param p - a portfolio from `leastCostPortfolio`
 * @returns text, no trailing line break
 * @example
 * ```ts
 * import { formatPortfolio } from "cobenefits/optimise";
 * const p = { measures: [{ measureId: "fgd", penetration: "0.5", maxPenetration: "1", earliestYear: 2030 }], currency: "CNY", costs: [{ measureId: "fgd", year: 2030, cost: 5 }], totalCost: 5,
 *   targets: [{ targetId: "so2", quantity: "SO2", year: 2030, baseline: "90", required: "40.5", reduction: "40.5", margin: "0", unit: "t" as const }] };
 * formatPortfolio(p as never).split("\n")[0]; // "Least-cost portfolio: annualised cost 5.0 CNY/yr (summed over 2030)"
 * ```
 * @category Report
 */
export function formatPortfolio(p: Pick<LeastCostPortfolio, "measures" | "currency" | "costs" | "totalCost" | "targets"> & { readonly incomplete?: readonly string[] }): string {
  const years = [...new Set(p.costs.map((c) => c.year))];
  const cost = (v: number) => formatDecimal(String(Number(v.toPrecision(6))));
  return forTerminal([
    `Least-cost portfolio: annualised cost ${cost(p.totalCost)} ${p.currency}/yr (summed over ${years.join(", ")})`,
    textGrid(["measure", "penetration", "from", "max", ...years.map((y) => `cost ${y}`)], p.measures.map((m) => [
      m.measureId, formatDecimal(m.penetration), String(m.earliestYear), m.maxPenetration, ...years.map((y) => cost(p.costs.find((c) => c.measureId === m.measureId && c.year === y)!.cost)),
    ])),
    "",
    "Targets (reductions against the baseline of the year) [t/yr; CO2e in t CO2-eq/yr]",
    textGrid(["target", "of", "year", "baseline", "required", "reached", "margin"], p.targets.map((t) => [
      t.targetId, t.quantity, String(t.year), formatDecimal(t.baseline), formatDecimal(t.required), formatDecimal(t.reduction), formatDecimal(t.margin),
    ])),
    ...(p.incomplete ?? []),
  ].join("\n"));
}
