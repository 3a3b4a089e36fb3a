/**
 * cobenefits/costs: what measures cost. The `costs` section of a scenario (currency and price year
 * on every figure, a discount rate the scenario must state, fuel prices per year, investment,
 * lifetime, fixed and variable O&M and subsidies per measure), annual costs in the GAINS
 * convention from every perspective (society, household, enterprise, government), the NPV over
 * the scenario's years, cost per tonne avoided of each species and of CO2e under each named
 * metric, and marginal abatement cost curves. A separate entry so that costs do not weigh on the
 * core import; it shares the core's error classes. docs/costs.md describes the method.
 * test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/costs
 */
export { PAYERS, CURRENCY_PATTERN, costsSectionSchema, currencyFactor, parseCostsSection } from "./costs/costsSection.js";
export type { CostValue, CostsSection, CurrencyConversion, FuelPrice, MeasureCost, Payer, Subsidy } from "./costs/costsSection.js";
export { COST_PLACES, CRF_PLACES, DISCOUNT_PLACES, capitalRecoveryFactor, discountFactor } from "./costs/capitalRecoveryFactor.js";
export { measureQuantity } from "./costs/measureQuantity.js";
export { annualCosts } from "./costs/annualCosts.js";
export type { AnnualCostRow, Perspective } from "./costs/annualCosts.js";
export { measureCostsAt, totalAnnualCost } from "./costs/measureCostsAt.js";
export type { MeasureCostAt } from "./costs/measureCostsAt.js";
export { COSTS_METHOD, scenarioCosts } from "./costs/scenarioCosts.js";
export type { CostNpvRow, CostPerTonneRow, CostPerTonneStatus, ScenarioCosts } from "./costs/scenarioCosts.js";
export { macCurve } from "./costs/macCurve.js";
export type { MacCurve, MacStep } from "./costs/macCurve.js";
export { COST_COLUMNS, COST_PER_TONNE_COLUMNS, MAC_COLUMNS, costTablesToCsv } from "./report/costTables.js";
export { formatCosts } from "./report/formatCosts.js";
export { costSourceIssues } from "./costs/costSourceIssues.js";
