/**
 * cobenefits/optimise: least-cost portfolios. A scenario's `targets:` (a species' reduction, or
 * CO2e under a named metric, in a year, as a fraction of the baseline or in tonnes) and its
 * `optimise:` section (which measures to choose, their maximum penetration and earliest year);
 * `leastCostPortfolio` chooses the penetrations that meet every target at the least annualised
 * cost, by successive linear programming (yalps) over the engine's fast kernel, and checks the
 * margins with the exact one. A separate entry point so that the solver does not weigh on the
 * core import (the browser bundle budget, test/package/bundleSize.mjs); it shares the core's
 * error classes (`InfeasibleTargetsError`). Method and limits: docs/optimisation.md.
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/optimise
 */
export { parseTargetsSection, targetQuantity, targetsSectionSchema } from "./optimise/targetsSection.js";
export type { Target, TargetReduction } from "./optimise/targetsSection.js";
export { optimiseSectionSchema, parseOptimiseSection } from "./optimise/optimiseSection.js";
export type { OptimiseSection, PortfolioMeasureBounds } from "./optimise/optimiseSection.js";
export { scenarioCostModel } from "./optimise/scenarioCostModel.js";
export { leastCostPortfolio } from "./optimise/leastCostPortfolio.js";
export type { LeastCostPortfolio, TargetMargin } from "./optimise/leastCostPortfolio.js";
export type { PortfolioCostModel } from "./optimise/portfolioCostModel.js";
export type { PortfolioMeasure } from "./optimise/portfolioSchedules.js";
export { successiveLinearProgramming } from "./optimise/successiveLinearProgramming.js";
export type { SlpPoint, SlpProblem, SlpResult } from "./optimise/successiveLinearProgramming.js";
export { InfeasibleTargetsError } from "./errors.js";
export { formatPortfolio, portfolioTable, portfolioTableToCsv } from "./report/portfolioTable.js";
export type { PortfolioTableRow } from "./report/portfolioTable.js";
