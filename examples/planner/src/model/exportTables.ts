import {
  type Plan, type ScenarioResult, co2eTable, co2eTableToCsv, coBenefitSummary, coBenefitSummaryToCsv, evaluateScenario, factorProvenance, factorProvenanceToCsv, tidyTable, tidyTableToCsv,
} from "cobenefits";
import type { ReportLabels } from "cobenefits/charts";
import { xlsxWorkbook } from "cobenefits/xlsx";

/** A file the planner offers to download. */
export interface ExportFile {
  readonly name: string;
  readonly mime: string;
  /** Text (CSV, YAML) or bytes (xlsx). */
  readonly content: string | Uint8Array;
}

/**
 * The result tables as CSV, computed by the EXACT engine (`evaluateScenario`) with the library's
 * own table functions, so each file is byte for byte the one `cobenefits run --out` writes for the
 * exported scenario: emissions.csv (the tidy long table), co2e.csv, summary.csv (co-benefits by
 * measure), provenance.csv (the factor behind every number).
 *
 * Extension point: another format of the same tables is one more entry in {@link EXPORT_FORMATS},
 * built from the same `result` (as {@link xlsxFiles} is); the page lists every format found there.
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

/**
 * The results as the workbook `cobenefits run --format xlsx` writes (`xlsxWorkbook` of
 * `cobenefits/xlsx`: README, summary, emissions, CO2e, missing factors, provenance; numbers
 * rounded to four significant digits, the CSV files keep the exact decimals), from the EXACT
 * engine, in the page's language as `run --lang` would write it.
 *
 * @param plan - the (edited) plan
 * @param result - its exact result
 * @param labels - the library's words in the page's language (`reportLabels(lang)`)
 * @returns one file, result.xlsx (the name `run` gives it)
 */
export async function xlsxFiles(plan: Plan, result: ScenarioResult, labels: ReportLabels): Promise<ExportFile[]> {
  const tables = { tidy: tidyTable(result), co2e: co2eTable(result), summary: coBenefitSummary(result, plan.scenario), provenance: factorProvenance(plan) };
  const content = await xlsxWorkbook(plan, result, tables, labels);
  return [{ name: "result.xlsx", mime: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content }];
}

/** A way to export the results: its button's label and the files it makes from the exact result. */
export interface ExportFormat {
  readonly id: string;
  readonly label: "exportCsv" | "exportXlsx";
  readonly files: (plan: Plan, result: ScenarioResult, labels: ReportLabels) => ExportFile[] | Promise<ExportFile[]>;
}

/** The result formats the page offers, in order: one button each. */
export const EXPORT_FORMATS: readonly ExportFormat[] = [{ id: "csv", label: "exportCsv", files: (plan, result) => csvFiles(plan, result) }, { id: "xlsx", label: "exportXlsx", files: xlsxFiles }];
