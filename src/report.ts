/**
 * cobenefits/report: plain-text tables of a scenario result for a terminal, as `cobenefits run`
 * prints them: reductions by measure with trade-off flags, the scope split, per-unit reductions,
 * emissions of a year, the energy balance and the lifetime reductions; numbers rounded for
 * reading (`formatDecimal`), columns aligned by display width (Chinese, Japanese and Korean
 * characters take two columns) and wrapped to a width. A separate entry point, like
 * `cobenefits/charts`, so that presentation does not weigh on the core import (the browser bundle
 * budget, test/package/bundleSize.mjs); the tables themselves (tidy, CO2e, summary, provenance,
 * energy, as rows and CSV) are in `cobenefits`, but for the lifetime table (`lifetimeTable`,
 * `lifetimeTableToCsv`) and the per-unit CSV (`perUnitTableToCsv`), which are here.
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/report
 */
export { formatDecimal, formatResultTable } from "./report/formatTable.js";
export { formatEnergyBalance } from "./report/formatEnergyBalance.js";
export { formatLifetimeReductions } from "./report/formatLifetimeReductions.js";
export { textGrid } from "./report/textGrid.js";
export { displayWidth, padDisplay } from "./report/displayWidth.js";
export { reportLabels } from "./report/labels.js";
export { LIFETIME_COLUMNS, lifetimeTable, lifetimeTableToCsv } from "./report/lifetimeTable.js";
export type { LifetimeTableRow } from "./report/lifetimeTable.js";
export { PER_UNIT_COLUMNS, perUnitTableToCsv } from "./report/perUnitTable.js";
