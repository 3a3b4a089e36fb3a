/**
 * cobenefits/report: the human-readable text reports of a scenario result (the terminal table of
 * `cobenefits run`, the energy balance and lifetime sections, the decimal formatting they share).
 * The machine-readable outputs (tidy tables, CSV, provenance, summaries) stay in the core import;
 * text for people grows with layout and languages, so it is a separate entry point that does not
 * weigh on the core import's browser bundle budget (test/package/bundleSize.mjs); it shares the
 * core's error classes. test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module
 */
export { formatDecimal, formatResultTable } from "./report/formatTable.js";
export { formatEnergyBalance } from "./report/formatEnergyBalance.js";
export { formatLifetimeReductions } from "./report/formatLifetimeReductions.js";
