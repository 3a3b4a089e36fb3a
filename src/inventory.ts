/**
 * cobenefits/inventory: the national inventory route. Many activity rows (columns you hold, or
 * the activity, factor and NCV CSV files a national team keeps) against a factor index built
 * once, float64 totals by sector x species with the provenance of every factor used, and
 * `evaluateInventoryFast` for inventories already joined to their coefficients. A separate entry
 * point so that the inventory route does not weigh on the core import (the browser bundle
 * budget, test/package/bundleSize.mjs); it shares the core's factor tables and error classes.
 * A plain inventory of a few rows with a full trace is `computeEmissions` in `cobenefits`.
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/inventory
 */
export { evaluateInventoryFast } from "./inventory/evaluateInventoryFast.js";
export type { InventoryArrays } from "./inventory/evaluateInventoryFast.js";
export { createFactorIndex } from "./inventory/factorIndex.js";
export type { FactorIndex } from "./inventory/factorIndex.js";
export { computeInventory } from "./inventory/computeInventory.js";
export type { InventoryColumns } from "./inventory/computeInventory.js";
export type { InventoryOptions } from "./inventory/inventoryFromSums.js";
export type { InventoryFactorUse, InventoryResult, InventorySpeciesTotal, InventoryTotal } from "./inventory/inventoryResult.js";
export { computeInventoryFromCsv } from "./inventory/computeInventoryFromCsv.js";
export type { CsvFile, InventoryCsvInput } from "./inventory/computeInventoryFromCsv.js";
export type { ActivityCsvOptions } from "./inventory/readInventoryCsv.js";
export { readFactorCsv, readNcvCsv } from "./inventory/readFactorCsv.js";
export { InventoryCsvError } from "./errors.js";
export type { InventoryMissingFactor } from "./errors.js";
