import writeXlsxFile, { type SheetData } from "write-excel-file/node";
import { displayWidth } from "../report/displayWidth.js";
import { type AnalysisTables, analysisSheets } from "../report/analysisSheets.js";
import type { ReportLabels } from "../report/labels.js";
import { type WorkbookTables, workbookSheets } from "../report/workbookSheets.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);

/**
 * The workbook of `run --format xlsx` (Office Open XML, written with write-excel-file): the sheets
 * of {@link workbookSheets}, header rows in bold and frozen, columns as wide as their contents
 * (up to 60 characters), numbers as numbers. Text cells are written as text, never as formulas,
 * so a measure id such as `=1+1` stays text.
 *
 * @param plan - the compiled scenario
 * @param result - from evaluateScenario
 * @param tables - the report tables of the result
 * @param labels - the words of the sheets
 * @param analysis - the results of the scenario's analysis sections, each a sheet or three after the emissions' ({@link analysisSheets})
 * @returns the .xlsx file's bytes
 * @category Command line
 */
export async function xlsxWorkbook(plan: Plan, result: ScenarioResult, tables: WorkbookTables, labels: ReportLabels, analysis: AnalysisTables = {}): Promise<Uint8Array> {
  const sheets = [...workbookSheets(plan, result, tables, labels), ...analysisSheets(analysis, labels)].map((s) => {
    const data: SheetData = [s.header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })), ...s.rows.map((r) => r.map((v) => (v === null ? null : typeof v === "number" ? { value: v, type: Number } : { value: v, type: String })))];
    const widths = s.header.map((h, i) => Math.min(60, Math.max(displayWidth(h), ...s.rows.slice(0, 500).map((r) => displayWidth(String(r[i] ?? "")))) + 2));
    return { data, sheet: sheetName(s.name), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
  });
  const buffer = await writeXlsxFile(sheets).toBuffer();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}
