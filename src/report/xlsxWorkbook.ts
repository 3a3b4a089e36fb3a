import writeXlsxFile, { type SheetData } from "write-excel-file/universal";
import { displayWidth } from "./displayWidth.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { type WorkbookTables, workbookSheets } from "./workbookSheets.js";
import { co2eTable } from "./co2eTable.js";
import { coBenefitSummary } from "./coBenefitSummary.js";
import { factorProvenance } from "./factorProvenance.js";
import { tidyTable } from "./tidyTable.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";

/** Excel's limits on a sheet name: 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, " ").slice(0, 31);

/** What {@link cobenefits/xlsx!xlsxWorkbook} may be given beyond the plan and its result. */
export interface XlsxWorkbookOptions {
  /** The words of the sheets (`reportLabels(lang)` of `cobenefits/report`); English by default. */
  readonly labels?: ReportLabels;
  /** The report tables of the result, when already computed (`cobenefits run` computes them once for every output); computed from `result` otherwise. */
  readonly tables?: WorkbookTables;
}

/**
 * The workbook of `cobenefits run --format xlsx` (Office Open XML, written with write-excel-file's
 * universal build, which needs no Node.js API: the same bytes in a browser and in Node): the sheets
 * of {@link cobenefits/xlsx!workbookSheets}, header rows in bold and frozen, columns as wide as their contents (up
 * to 60 characters), numbers as numbers (rounded to four significant digits; the CSV files keep the
 * exact decimals). Text cells are written as text, never as formulas, so a measure id such as
 * `=1+1` stays text.
 *
 * @param plan - the compiled scenario
 * @param result - its exact result, from `evaluateScenario`
 * @param options - the labels (English by default) and the report tables, if already computed
 * @returns the .xlsx file's bytes
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { xlsxWorkbook } from "cobenefits/xlsx";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * const bytes = await xlsxWorkbook(plan, evaluateScenario(plan));
 * [bytes[0], bytes[1]]; // [0x50, 0x4b] (a zip archive: "PK")
 * ```
 * @category Report
 */
export async function xlsxWorkbook(plan: Plan, result: ScenarioResult, options: XlsxWorkbookOptions = {}): Promise<Uint8Array> {
  const tables = options.tables ?? { tidy: tidyTable(result), co2e: co2eTable(result), summary: coBenefitSummary(result, plan.scenario), provenance: factorProvenance(plan) };
  const sheets = workbookSheets(plan, result, tables, options.labels ?? ENGLISH_LABELS).map((s) => {
    const data: SheetData = [s.header.map((h) => ({ value: h, type: String, fontWeight: "bold" as const })), ...s.rows.map((r) => r.map((v) => (v === null ? null : typeof v === "number" ? { value: v, type: Number } : { value: v, type: String })))];
    const widths = s.header.map((h, i) => Math.min(60, Math.max(displayWidth(h), ...s.rows.slice(0, 500).map((r) => displayWidth(String(r[i] ?? "")))) + 2));
    return { data, sheet: sheetName(s.name), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
  });
  const blob = await writeXlsxFile(sheets).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}
