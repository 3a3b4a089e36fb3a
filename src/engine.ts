/**
 * cobenefits/engine: the plan-level tools of the scenario engine, for those who build on it (a
 * new measure kind, another kernel, another attribution): the compile steps and checks, the
 * coefficients of a template, the exact emissions of a lineage, the cooperative-game arithmetic
 * (Shapley shares exact, fast and sampled, sequential shares, apportioning), the limits the
 * engine keeps within, and the helpers every layer shares (`deepFreeze`, `nearestStrings`,
 * `formatPath`). A user who composes scenarios, evaluates and reports them needs only
 * `cobenefits`. test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module cobenefits/engine
 */

// cross-cutting helpers
export { nearestStrings } from "./nearestStrings.js";
export { deepFreeze } from "./deepFreeze.js";
export { formatPath, inputIssuesFromZodIssue, issueCodeOfZod, issueOfError } from "./errors.js";

// factors and accounting
export { gridFactorIssues } from "./factors/gridFactorRow.js";
export { toFactorBasis } from "./accounting/toFactorBasis.js";
export type { ConversionStep } from "./accounting/toFactorBasis.js";

// measures: what a new kind is built from
export { matchesTarget, targetSchema } from "./measures/target.js";
export { efficiencySchema, fractionSchema, removalSchema } from "./measures/fractionSchemas.js";
export { controlEfficiencySchema } from "./measures/fractionSchemas.js";
export { MAX_MEASURE_LIFETIME, measureSchemaOf } from "./measures/measureKind.js";
export type { MeasureContext, ModifyMeasureKind, MoveMeasureKind, MoveResult, ParticleNesting, UserMeasured } from "./measures/measureKind.js";
export { removalOnlyFactors } from "./measures/removalOnly.js";
export { MEASURE_KINDS, measureKindOf, userMeasuredOf } from "./measures/registry.js";
export { FUEL_SWITCH } from "./measures/fuelSwitch.js";
export { STANDARD_UPGRADE } from "./measures/standardUpgrade.js";
export { SCRAPPAGE } from "./measures/scrappage.js";
export { ELECTRIC_VEHICLE } from "./measures/electricVehicle.js";
export { STOVE_REPLACEMENT } from "./measures/stoveReplacement.js";
export { CONTROL_DEVICE } from "./measures/controlDevice.js";
export { DPF_RETROFIT } from "./measures/dpfRetrofit.js";
export { DUST_CONTROL } from "./measures/dustControl.js";
export { BUILDING_RETROFIT } from "./measures/buildingRetrofit.js";
export { SEASONAL_CURTAILMENT } from "./measures/seasonalCurtailment.js";
export { MEASURED_REDUCTION } from "./measures/measuredReduction.js";

// the scenario engine: compile steps, the exact kernel's pieces, limits
export { templateCoefficients } from "./scenario/compile/templateCoefficients.js";
export { upstreamIssues } from "./scenario/compile/upstreamTemplates.js";
export { fuelPerHeat, heatCoefficients, heatSupplyIssues } from "./scenario/compile/heatCoefficients.js";
export { reportedInScope } from "./scenario/evaluate/emissionGroups.js";
export { templateEnergy } from "./scenario/compile/templateEnergy.js";
export { lifetimeCohorts } from "./scenario/lifetimeCohorts.js";
export type { LifetimeCohorts } from "./scenario/lifetimeCohorts.js";
export type { TemplateCoefficients } from "./scenario/compile/templateCoefficients.js";
export { checkClaims, expandPenetrations } from "./scenario/compile/penetrations.js";
export { measureUnitsOf, unitsPenetration } from "./scenario/compile/unitsPenetration.js";
export { perUnitRows } from "./scenario/evaluate/perUnitRows.js";
export { stockRows } from "./scenario/evaluate/stockRows.js";
export { metricIssues, particleNestingIssues, withScenarioPath } from "./scenario/compile/compileChecks.js";
export { lineageEmissions } from "./scenario/evaluate/lineageEmissions.js";
export { EMISSION_PLACES, SHAPLEY_EXACT_PER_ROW } from "./scenario/evaluate/evaluateScenario.js";
export { countsInCo2e, metricWeights } from "./scenario/metricWeights.js";

// attribution: cooperative games over bit masks
export { MAX_MASK_MEASURES } from "./attribution/game.js";
export { MIN_EXACT_PENETRATION } from "./scenario/compile/minExactPenetration.js";
export type { FastGame, Game } from "./attribution/game.js";
export { DEFAULT_SHARE_PLACES, apportion } from "./attribution/apportion.js";
export { SHAPLEY_EXACT_MAX_MEASURES, shapleyExact } from "./attribution/shapleyExact.js";
export type { ShareOptions } from "./attribution/shapleyExact.js";
export { shapleySampled } from "./attribution/shapleySampled.js";
export { SHAPLEY_FAST_MAX_MEASURES, shapleyFast } from "./attribution/shapleyFast.js";
export { sequentialShares } from "./attribution/sequentialShares.js";

// grids that change over the years (issue 11)
export { coefAt } from "./scenario/plan.js";
export { gridYears } from "./scenario/compile/gridYears.js";
export type { GridYears } from "./scenario/compile/gridYears.js";
export { uncountedSpecies } from "./scenario/evaluate/uncountedSpecies.js";
// review of issue 11: grid mix share sums, plant particle nesting, heat plant checks, flags on uncounted gases
export { isWrittenValue, shareSumTolerance } from "./scenario/compile/mixShareSum.js";
export { plantParticleNestingIssues } from "./scenario/compile/plantParticleNesting.js";
export { heatPlantIssues } from "./scenario/compile/heatPlantIssues.js";
export { gridKeyHint, withGridKeyHints } from "./scenario/gridKeyHint.js";
export { indirectUpstreamGaps } from "./scenario/evaluate/indirectUpstreamGaps.js";
export { uncomputedMetricSpecies } from "./scenario/evaluate/uncomputedMetricSpecies.js";
export { heatSupplyYears } from "./scenario/compile/heatSupplyYears.js";
