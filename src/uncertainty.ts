/**
 * `cobenefits/uncertainty`: uncertainty ranges on every result of a scenario. A scenario's
 * `uncertainty` section names which inputs vary (emission factors from their published 95%
 * intervals, NCVs, grid factors, measure parameters as ranges); {@link runUncertainty} draws them
 * (Monte Carlo or Latin hypercube, seeded, common random numbers) and summarises every figure.
 * Kept out of the core import so that its weight does not count there.
 *
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/uncertainty
 */
export { runUncertainty, type ExtraFigures, type UncertaintyOptions } from "./uncertainty/runUncertainty.js";
export { parseUncertaintySection, uncertaintySectionSchema, SAMPLING, type UncertaintySection } from "./uncertainty/uncertaintySection.js";
export { rangeQuantile, rangeDistributionSchema, RANGE_DISTRIBUTIONS, type RangeDistribution } from "./uncertainty/rangeDistribution.js";
export { intervalDistribution } from "./uncertainty/intervalDistribution.js";
export { normalQuantile } from "./uncertainty/normalQuantile.js";
export { uniformDraws } from "./uncertainty/uniformDraws.js";
export { summarise, percentileOfSorted, PERCENTILES, type Summary } from "./uncertainty/summary.js";
export type { UncertainInput } from "./uncertainty/uncertainInputs.js";
export type { UncertaintyResult, UncertainEmissionsRow, UncertainTotalRow, UncertainAttributionRow, UncertainCo2eRow, UncertainCo2eAttributionRow } from "./uncertainty/uncertaintyRows.js";
export { uncertaintyTable, uncertaintyTableToCsv, UNCERTAINTY_COLUMNS, type UncertaintyTableRow } from "./report/uncertaintyTable.js";
export { tidyWithRanges, co2eWithRanges, RANGE_COLUMNS, type WithRanges } from "./report/rangeColumns.js";
export { costPerTonneFigures, costPerTonneRanges, type CostPerTonneRange, type CostPerTonneKey } from "./uncertainty/costPerTonneRanges.js";
export { impactsFigures, impactsRanges, type ImpactsFigures, type ImpactsRanges } from "./uncertainty/impactsFigures.js";
export { impactsParameterRangesSchema, type ImpactsParameterRanges } from "./uncertainty/impactsParameterRanges.js";
export { impactsParameterDraws, type DrawnImpactsParameters } from "./uncertainty/impactsParameterDraws.js";
export { temperaturePotentialRange, type TemperaturePotentialMultiplier } from "./uncertainty/temperaturePotentialRange.js";
export type { TemperaturePotentialRange } from "./uncertainty/impactsParameterRanges.js";
export type { ImpactsTotalRange, ImpactsTotalsPlan } from "./uncertainty/impactsTotals.js";
export { formatImpactsRanges } from "./report/impactsRangesTable.js";
