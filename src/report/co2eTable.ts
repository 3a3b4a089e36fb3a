import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { DecimalString } from "../units/decimal.js";
import { toCsv } from "./csv.js";
import { ALL_MEASURES } from "./tidyTable.js";
import { userMeasuredMeasures } from "./userMeasuredMeasures.js";

/**
 * One row of the CO2-equivalent table [t CO2-eq/yr] under one named metric: the totals
 * (`measure: "all"`, with baseline and scenario) or a measure's Shapley share (baseline and
 * scenario `null`). Only the species the metric values are included (see `speciesIncluded`).
 * @category Report
 */
export interface Co2eTableRow {
  readonly year: number;
  readonly metric: string;
  readonly measure: string;
  readonly baseline: DecimalString | null;
  readonly scenario: DecimalString | null;
  readonly reduction: DecimalString;
  readonly unit: "t CO2-eq";
  /** The species this metric values, space-separated (the rest are not in this CO2e). */
  readonly speciesIncluded: string;
  /**
   * `user-measured` on the share of a measure whose effect is a figure the user measured and
   * cites (a measuredReduction), not computed from the emission factors; `null` otherwise and on
   * the `all` rows.
   */
  readonly basis: "user-measured" | null;
}

/**
 * The columns of the CO2e table, in order.
 * @category Report
 */
export const CO2E_COLUMNS = ["year", "metric", "measure", "baseline", "scenario", "reduction", "unit", "speciesIncluded", "basis"] as const;

/**
 * The CO2e of a result as a tidy table: per metric and year, the totals and each measure's
 * Shapley share. Empty when the scenario named no metric (there is no default metric).
 *
 * @param result - from {@link evaluateScenario}
 * @returns the rows [t CO2-eq/yr], exact decimal strings
 * @example
 * ```ts
 * import { co2eTable, compileScenario, evaluateScenario } from "cobenefits";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2", "CO2"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" }, energyPenalty: "0.01" }] }));
 * co2eTable(result).map((r) => [r.measure, r.reduction]); // [["all", "-98.3"], ["fgd", "-98.3"]]
 * ```
 * @category Report
 */
export function co2eTable(result: ScenarioResult): Co2eTableRow[] {
  const rows: Co2eTableRow[] = [];
  const measured = userMeasuredMeasures(result);
  for (const metric of result.metrics) {
    for (const t of result.co2e.filter((r) => r.metric === metric)) {
      const speciesIncluded = t.speciesIncluded.join(" ");
      rows.push({ year: t.year, metric, measure: ALL_MEASURES, baseline: t.baseline, scenario: t.scenario, reduction: t.reduction, unit: "t CO2-eq", speciesIncluded, basis: null });
      for (const a of result.co2eAttribution.filter((r) => r.metric === metric && r.year === t.year)) {
        rows.push({ year: t.year, metric, measure: a.measure, baseline: null, scenario: null, reduction: a.shapley, unit: "t CO2-eq", speciesIncluded, basis: measured.has(a.measure) ? "user-measured" : null });
      }
    }
  }
  return rows;
}

/**
 * Writes the CO2e table as CSV with the header {@link CO2E_COLUMNS}; `null` is an empty field.
 * Text cells are neutralised against spreadsheet formulas (see {@link toCsv}); numbers are not.
 * @param rows - from {@link co2eTable}
 * @returns the CSV text
 * @example
 * ```ts
 * import { co2eTableToCsv } from "cobenefits";
 * co2eTableToCsv([]); // "year,metric,measure,baseline,scenario,reduction,unit,speciesIncluded,basis\n"
 * ```
 * @category Report
 */
export function co2eTableToCsv(rows: readonly Co2eTableRow[]): string {
  return toCsv(CO2E_COLUMNS, rows, { numeric: ["year", "baseline", "scenario", "reduction"] });
}
