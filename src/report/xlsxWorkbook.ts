import writeXlsxFile, { type SheetData } from "write-excel-file/universal";
import { displayWidth } from "./displayWidth.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { type WorkbookTables, workbookSheets } from "./workbookSheets.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);

/**
 * The workbook of `cobenefits run --format xlsx` (Office Open XML, written with write-excel-file's
 * universal build, which needs no Node.js API: the same workbook in a browser and in Node): the sheets
 * of {@link cobenefits/xlsx!workbookSheets}, header rows in bold and frozen, columns as wide as their contents (up
 * to 60 characters), numbers as numbers (rounded to four significant digits; the CSV files keep the
 * exact decimals). Text cells are written as text, never as formulas, so a measure id such as
 * `=1+1` stays text.
 *
 * @param plan - the compiled scenario
 * @param result - its exact result, from `evaluateScenario`
 * @param tables - the report tables of the result: `tidyTable`, `co2eTable`, `coBenefitSummary` and `factorProvenance` of `cobenefits` (given, not computed here, so that this entry adds nothing to the core's browser bundle)
 * @param labels - the words of the sheets (`reportLabels(lang)` of `cobenefits/report`); English by default
 * @returns the .xlsx file's bytes
 * @example
 * ```ts
 * import { co2eTable, coBenefitSummary, compileScenario, evaluateScenario, factorProvenance, tidyTable } from "cobenefits";
 * import { xlsxWorkbook } from "cobenefits/xlsx";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * const result = evaluateScenario(plan);
 * const tables = { tidy: tidyTable(result), co2e: co2eTable(result), summary: coBenefitSummary(result, plan.scenario), provenance: factorProvenance(plan) };
 * const bytes = await xlsxWorkbook(plan, result, tables);
 * [bytes[0], bytes[1]]; // [0x50, 0x4b] (a zip archive: "PK")
 * ```
 * @category Report
 */
export async function xlsxWorkbook(plan: Plan, result: ScenarioResult, tables: WorkbookTables, labels: ReportLabels = ENGLISH_LABELS): Promise<Uint8Array> {
  const sheets = workbookSheets(plan, result, tables, labels).map((s) => {
    const data: SheetData = [s.header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })), ...s.rows.map((r) => r.map((v) => (v === null ? null : typeof v === "number" ? { value: v, type: Number } : { value: v, type: String })))];
    const widths = s.header.map((h, i) => Math.min(60, Math.max(displayWidth(h), ...s.rows.slice(0, 500).map((r) => displayWidth(String(r[i] ?? "")))) + 2));
    return { data, sheet: sheetName(s.name), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
  });
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
