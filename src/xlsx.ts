/**
 * cobenefits/xlsx: a scenario result as an Excel workbook, the workbook `cobenefits run --format
 * xlsx` writes (README, summary, emissions, CO2e, missing factors and provenance sheets, in any
 * language of `reportLabels`). It runs in a browser as in Node.js (write-excel-file's universal
 * build; the browser planner's "Export xlsx" uses it). A separate entry point so that the
 * spreadsheet writer does not weigh on the core import (the browser bundle budget,
 * test/package/bundleSize.mjs). test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/xlsx
 */
export { xlsxWorkbook } from "./report/xlsxWorkbook.js";
export { type WorkbookCell, type WorkbookSheet, type WorkbookTables, workbookSheets } from "./report/workbookSheets.js";
