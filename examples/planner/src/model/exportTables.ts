import {
  type Plan, type ScenarioResult, co2eTable, co2eTableToCsv, coBenefitSummary, coBenefitSummaryToCsv, evaluateScenario, factorProvenance, factorProvenanceToCsv, tidyTable, tidyTableToCsv,
} from "cobenefits";

/** A file the planner offers to download. */
export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  readonly content: string;
}

/**
 * The result tables as CSV, computed by the EXACT engine (`evaluateScenario`) with the library's
 * own table functions, so each file is byte for byte the one `cobenefits run --out` writes for the
 * exported scenario: emissions.csv (the tidy long table), co2e.csv, summary.csv (co-benefits by
 * measure), provenance.csv (the factor behind every number).
 *
 * Extension point: another format of the same tables (xlsx, being added to the library for the
 * command line) is one more entry in {@link EXPORT_FORMATS}, built from the same `result`; the
 * page lists every format found there.
 *
 * @param plan - the (edited) plan
 * @param result - its exact result, if already computed
 * @returns the CSV files
 */
export function csvFiles(plan: Plan, result: ScenarioResult = evaluateScenario(plan)): ExportFile[] {
  const csv = (name: string, content: string): ExportFile => ({ name, mime: "text/csv", content });
  return [
    csv("emissions.csv", tidyTableToCsv(tidyTable(result))),
    csv("co2e.csv", co2eTableToCsv(co2eTable(result))),
    csv("summary.csv", coBenefitSummaryToCsv(coBenefitSummary(result, plan.scenario))),
    csv("provenance.csv", factorProvenanceToCsv(factorProvenance(plan))),
  ];
}

/** A way to export the results: its label and the files it makes from the exact result. */
export interface ExportFormat {
  readonly id: string;
  readonly files: (plan: Plan, result: ScenarioResult) => ExportFile[];
}

/**
 * The result formats the page offers, in order. Plug xlsx in here when the library's xlsx writer
 * lands (issue 14): `{ id: "xlsx", files: (plan, result) => [{ name: "results.xlsx", ... }] }`,
 * with its label in labels.ts. Binary content would need `content: Uint8Array` in ExportFile.
 */
export const EXPORT_FORMATS: readonly ExportFormat[] = [{ id: "csv", files: csvFiles }];
