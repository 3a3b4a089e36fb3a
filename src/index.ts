/**
 * cobenefits: air-pollutant and climate co-benefits of clean-air measures, computed exactly from
 * cited emission factors, with climate metrics that are always named.
 *
 * The public API, grouped by pipeline layer: units -> citations -> metrics -> factors ->
 * activity -> accounting -> measures -> scenario -> report: what a user composes.
 * Plan-level tools for engine builders are in `cobenefits/engine`; scenario files in
 * `cobenefits/files`; the national inventory route (many rows, CSV files) in
 * `cobenefits/inventory`; chart specifications (Vega-Lite) in `cobenefits/charts`; text tables
 * for a terminal in `cobenefits/report`.
 * test/api/publicApi.test.ts records the names each entry exports.
 *
 * @module cobenefits
 */

// errors (cross-cutting)
export {
  AmbiguousFactorError,
  BasisConversionError,
  CobenefitsError,
  DuplicateIdError,
  InvalidInputError,
  InvalidMeasureError,
  MetricCombinationError,
  MetricRequiredError,
  MissingFactorError,
  MissingMetricValueError,
  NumericOverflowError,
  OverclaimedActivityError,
  ScenarioFileError,
  SpeciesConversionError,
  UnitDimensionError,
  UnitError,
  UnitSyntaxError,
  UnknownCitationError,
  UnknownFactorError,
  UnknownFuelError,
  UnknownGridFactorError,
  UnknownScopeDataError,
  UnknownMetricError,
  UnknownNationalStandardError,
  ScheduleRangeError,
  UnknownSectorError,
  UnknownTableError,
  UnknownTechnologyError,
  UnknownUnitError,
  InventoryCsvError,
  StockUnitsError,
  MeasuredReductionError,
  LifetimeFallsError,
  InfeasibleTargetsError,
  MissingDependencyError,
  ERROR_CODES,
  ISSUE_CODES,
  inputIssuesFromZod,
} from "./errors.js";
export type { ErrorCode, FactorKeyDescription, FileIssue, InputIssue, InputIssueInit, InventoryMissingFactor, IssueCode, LazyList, MeasureCode, MissingFactor } from "./errors.js";
export type { InventoryCsvProblem } from "./errors.js";

// units: species, quantities, exact decimals
export { DECIMAL_PATTERN, isDecimalString, parseDecimal, toDec } from "./units/decimal.js";
export type { Dec, DecimalString } from "./units/decimal.js";
export { SPECIES, SPECIES_INFO, isSpecies, listSpeciesBasisRules, toElementBasis } from "./units/species.js";
export type { Species, SpeciesBasisRule, SpeciesInfo } from "./units/species.js";
export { conversionFactor, listUnits, parseRatioUnit, parseUnit } from "./units/units.js";
export type { Dimension, ParsedUnit } from "./units/units.js";
export { COUNT_DIMENSIONS } from "./units/unitRegistry.js";
export type { CountDimension } from "./units/unitRegistry.js";
export { convertQuantity, decimalStringSchema, quantitySchema } from "./units/quantity.js";
export type { Quantity } from "./units/quantity.js";

// citations
export { citationSchema, formatCitation } from "./citations/citation.js";
export type { Citation } from "./citations/citation.js";
export { QUALITY, provenanceShape, sourceRefSchema } from "./citations/sourceRef.js";
export type { Provenance, Quality, SourceRef } from "./citations/sourceRef.js";
export { builtinCitationRegistry, createCitationRegistry, getCitation, listCitations } from "./citations/registry.js";
export type { CitationRegistry } from "./citations/registry.js";

// climate metrics
export type { MetricSet, MetricUncertainty, MetricValue } from "./metrics/metricSet.js";
export { co2Reference } from "./metrics/co2Reference.js";
export { BUILTIN_METRICS, canonicalMetricName, combineMetrics, getMetric, listMetrics, metricsWithValue } from "./metrics/registry.js";
export { metricValue, toCo2e } from "./metrics/toCo2e.js";

// emission factors
export { ROW_FLAGS, bracketsValue, confidenceIntervalSchema, factorRowSchema } from "./factors/factorRow.js";
export type { ConfidenceInterval, FactorRow, FactorTable } from "./factors/factorRow.js";
export { parseFactorUnit } from "./factors/factorUnit.js";
export type { FactorUnit } from "./factors/factorUnit.js";
export { ncvRowSchema } from "./factors/ncvRow.js";
export { givenNcvSchema, ncvRangeIssues, outsideIpccRangeSchema } from "./factors/ncvRangeIssues.js";
export type { GivenNcv } from "./factors/ncvRangeIssues.js";
export type { NcvRow } from "./factors/ncvRow.js";
export { gridFactorRowSchema } from "./factors/gridFactorRow.js";
export type { GridFactorRow } from "./factors/gridFactorRow.js";
export { FUELS, FUEL_GROUPS, fuelGroupsOf, getFuel, listFuels } from "./factors/fuels.js";
export type { Fuel } from "./factors/fuels.js";
export { SECTORS, getSectorName } from "./factors/sectors.js";
export { sectorWithin } from "./factors/sectorWithin.js";
export { scopeOfFuel } from "./factors/scopeOfFuel.js";
export type { EmissionScope } from "./factors/scopeOfFuel.js";
export { BUILTIN_FACTOR_TABLES, BUILTIN_NCV } from "./factors/builtinTables.js";
export { BUILTIN_FACTOR_GAPS, builtinFactorGapsFor } from "./factors/builtinFactorGaps.js";
export type { FactorGap } from "./factors/builtinFactorGaps.js";
export { createFactorSet, listFactorTables } from "./factors/factorSet.js";
export type { FactorLayer, FactorSet, FactorSetOptions } from "./factors/factorSet.js";
export { listFactors, lookupFactor } from "./factors/lookupFactor.js";
export type { FactorKey, FactorMatch } from "./factors/lookupFactor.js";
export { lookupNcv } from "./factors/lookupNcv.js";
export { NATIONAL_STANDARDS, UNMAPPED_NATIONAL_STANDARDS } from "./factors/tables/nationalStandards.js";
export type { NationalStandardRow, UnmappedNationalStandard } from "./factors/tables/nationalStandards.js";
export { euroClassOfNationalStandard } from "./factors/euroClassOfNationalStandard.js";
export type { ResolvedNationalStandard } from "./factors/euroClassOfNationalStandard.js";
export { listGridFactors, lookupGridFactor } from "./factors/lookupGridFactor.js";
// data of the indirect and upstream scopes (issue 11): generation mixes, plant efficiencies and limits, upstream methane
export { AGGREGATE_GENERATION_TECHNOLOGIES, GENERATION_MIX_UNITS, GENERATION_TECHNOLOGIES, generationMixSchema, generationShares } from "./factors/generationMix.js";
export type { GenerationMix, GenerationMixComponent, GenerationTechnology } from "./factors/generationMix.js";
export { listGenerationMixes, lookupGenerationMix } from "./factors/lookupGenerationMix.js";
export { PLANT_EFFICIENCY_BASES, efficiencyFromCoalRate, plantEfficiencyRowSchema } from "./factors/plantEfficiency.js";
export type { PlantEfficiencyRow } from "./factors/plantEfficiency.js";
export { plantEmissionLimitSchema } from "./factors/plantEmissionLimit.js";
export type { PlantEmissionLimit } from "./factors/plantEmissionLimit.js";
export { limitToFactor } from "./factors/limitToFactor.js";
export type { LimitToFactorInput } from "./factors/limitToFactor.js";
export { coalMineMethaneFactor, coalMineMethaneFactorSchema, methaneDensitySchema } from "./factors/coalMineMethane.js";
export type { CoalMineMethaneFactor, MethaneDensity } from "./factors/coalMineMethane.js";
export { gasLeakageEstimateSchema } from "./factors/gasLeakageEstimate.js";
export { gasSupplyMethaneFactorSchema } from "./factors/gasSupplyMethane.js";
export type { GasSupplyMethaneFactor } from "./factors/gasSupplyMethane.js";
export type { GasLeakageEstimate } from "./factors/gasLeakageEstimate.js";
export {
  listCoalMineMethaneFactors, listGasLeakageEstimates, listGasSupplyMethaneFactors, listMethaneDensities, listPlantEfficiencies, listPlantEmissionLimits, lookupPlantEmissionLimit,
} from "./factors/scopeDataLists.js";
export { so2FactorFromSulphur } from "./factors/so2FactorFromSulphur.js";
export type { SulphurInput } from "./factors/so2FactorFromSulphur.js";
export { ROAD_DUST_SPECIES } from "./factors/dust/ap42RoadDust.js";
export type { RoadDustSpecies } from "./factors/dust/ap42RoadDust.js";
export { ROAD_DUST_SECTOR } from "./factors/dust/roadDustSector.js";
export { pavedRoadDustFactors } from "./factors/dust/pavedRoadDustFactors.js";
export type { PavedRoadDustInputs } from "./factors/dust/pavedRoadDustFactors.js";
export { unpavedRoadDustFactors } from "./factors/dust/unpavedRoadDustFactors.js";
export type { UnpavedRoadDustInputs } from "./factors/dust/unpavedRoadDustFactors.js";
export { roadDustFactorTable, roadDustRows, roadDustSpecSchema } from "./factors/dust/roadDustSpec.js";
export type { RoadDustSpec } from "./factors/dust/roadDustSpec.js";
export { pavedRoadDustRemoval, unpavedRoadWateringEfficiency } from "./factors/dust/roadDustRemovals.js";
export { DUST_CONTROL_EFFICIENCIES, dustControlEfficiency } from "./factors/dust/dustControlEfficiencies.js";
export type { DustControlEfficiency } from "./factors/dust/dustControlEfficiencies.js";
export { NCV_COUNTRIES, listNationalNcv, lookupNationalNcv } from "./factors/lookupNationalNcv.js";
export type { NationalNcvRow } from "./factors/nationalNcvRow.js";
export { so2PerFuelMass, sulphurContentSchema, sulphurMassFraction } from "./factors/sulphurContent.js";
export type { SulphurContent, SulphurMassFraction } from "./factors/sulphurContent.js";
export { FUEL_SULPHUR_STANDARDS } from "./factors/tables/fuelSulphurStandards.js";
export type { FuelSulphurStandard, FuelSulphurStandardScope } from "./factors/tables/fuelSulphurStandards.js";

// activity
export { activityRowSchema, sulphurRetentionSchema } from "./activity/activityRow.js";
export type { ActivityRow } from "./activity/activityRow.js";
export { evaluateSchedule, scheduleSchema } from "./activity/schedule.js";
export { intensitySchema, stockActivityIssues, stockActivityOf, stockSchema } from "./activity/stockActivity.js";
export type { Intensity, Stock } from "./activity/stockActivity.js";
export type { Schedule } from "./activity/schedule.js";
export { baselineActivitySchema } from "./activity/baselineActivity.js";
export type { BaselineActivity } from "./activity/baselineActivity.js";

// emission accounting
export type { ConversionStep } from "./accounting/toFactorBasis.js";
export { computeEmissions } from "./accounting/computeEmissions.js";
export type { EmissionInventory, EmissionOptions, EmissionRow, EmissionTotal, FactorUse, MissingEmission } from "./accounting/computeEmissions.js";
export { upstreamMethane } from "./accounting/upstreamMethane.js";
export type { UpstreamMethane } from "./accounting/upstreamMethane.js";
export { mixUpstreamMethane } from "./accounting/mixUpstreamMethane.js";
export type { MixUpstreamMethane } from "./accounting/mixUpstreamMethane.js";
export { UPSTREAM_SECTORS, upstreamPartOf, upstreamSpecSchema } from "./factors/upstream/upstreamSpec.js";
export type { CitedQuantity, CitedValue, UpstreamSpec } from "./factors/upstream/upstreamSpec.js";
export { coalMinePresetIssues, coalMinePresetSchema, resolveCoalMinePreset } from "./factors/upstream/coalMinePreset.js";
export type { CoalMinePreset, CoalMinePresetRow, ResolvedCoalMinePreset } from "./factors/upstream/coalMinePreset.js";
export { allocateChp, chpAllocationInputSchema } from "./factors/chp/allocateChp.js";
export type { ChpAllocation, ChpAllocationInput, ChpAllocationMethod } from "./factors/chp/allocateChp.js";
export { DISTRICT_HEAT, heatSupplySpecSchema } from "./factors/heat/heatSupplySpec.js";
export type { HeatPlant, HeatSupplySpec } from "./factors/heat/heatSupplySpec.js";

// measures: the data type of each kind (the kinds themselves, for building new ones, are in cobenefits/engine)
export type { Target, TargetSubject } from "./measures/target.js";
export type { ActivityTemplate, DeepReadonly } from "./measures/measureKind.js";
export type { FuelSwitchMeasure } from "./measures/fuelSwitch.js";
export type { StandardUpgradeMeasure } from "./measures/standardUpgrade.js";
export type { ScrappageMeasure } from "./measures/scrappage.js";
export type { ElectricVehicleMeasure } from "./measures/electricVehicle.js";
export type { StoveReplacementMeasure } from "./measures/stoveReplacement.js";
export type { ControlDeviceMeasure } from "./measures/controlDevice.js";
export type { DpfRetrofitMeasure } from "./measures/dpfRetrofit.js";
export type { DustControlMeasure } from "./measures/dustControl.js";
export type { BuildingRetrofitMeasure } from "./measures/buildingRetrofit.js";
export type { SeasonalCurtailmentMeasure } from "./measures/seasonalCurtailment.js";
export type { MeasuredReductionMeasure } from "./measures/measuredReduction.js";
export { measureUnitsSchema } from "./measures/measureUnits.js";
export type { MeasureUnits } from "./measures/measureUnits.js";
export { measureSchema } from "./measures/registry.js";
export type { Measure } from "./measures/registry.js";

// scenario: compile, evaluate, attribute
export { scenarioSchema } from "./scenario/scenario.js";
export type { Scenario } from "./scenario/scenario.js";
export type { LineagePlan, Plan, TemplateEnergy, TemplatePlan } from "./scenario/plan.js";
export { compileScenario } from "./scenario/compile/compileScenario.js";
export { withPenetrations } from "./scenario/withPenetrations.js";
export { evaluateScenario } from "./scenario/evaluate/evaluateScenario.js";
export type { AttributionOptions } from "./scenario/evaluate/evaluateScenario.js";
export type { AttributionRow, AttributionRowOf, Co2eAttributionRow, Co2eAttributionRowOf, Co2eRow, Co2eRowOf, EmissionsRow, EmissionsRowOf, ScenarioResult, SectorAttributionRow, TradeOff, UncountedSpecies } from "./scenario/evaluate/scenarioResult.js";
export type { SampledShapley, SampledShapleyOptions } from "./attribution/shapleySampled.js";
export { evaluateScenarioFast } from "./scenario/evaluate/evaluateScenarioFast.js";
export { ENERGY_PLACES, energyBalance } from "./scenario/evaluate/energyBalance.js";
export type { EnergyAttributionRow, EnergyBalance, EnergyBalanceRow, EnergyUseKey } from "./scenario/evaluate/energyBalance.js";
export { LIFETIME_METHOD, lifetimeReductions } from "./scenario/evaluate/lifetimeReductions.js";
export type { LifetimeCo2eRow, LifetimeReductions, LifetimeRow, LifetimeYear } from "./scenario/evaluate/lifetimeReductions.js";
export type { FastAttributionRow, FastCo2eAttributionRow, FastCo2eRow, FastEmissionsRow, FastScenarioResult, FastScenarioTables } from "./scenario/evaluate/fastScenarioResult.js";
export type { PerUnitRow, PerUnitRowOf } from "./scenario/evaluate/perUnitRows.js";
export type { StockRow } from "./scenario/evaluate/stockRows.js";

// report: tidy tables, CSV, summaries, provenance (chart specifications are in cobenefits/charts)
export { parseCsv, toCsv } from "./report/csv.js";
export { ALL_MEASURES, TIDY_COLUMNS, tidyTable, tidyTableFromCsv, tidyTableFromJson, tidyTableToCsv } from "./report/tidyTable.js";
export type { TidyRow } from "./report/tidyTable.js";
export { CO2E_COLUMNS, co2eTable, co2eTableToCsv } from "./report/co2eTable.js";
export type { Co2eTableRow } from "./report/co2eTable.js";
export { PROVENANCE_COLUMNS, factorProvenance, factorProvenanceToCsv } from "./report/factorProvenance.js";
export type { FactorProvenanceRow } from "./report/factorProvenance.js";
export { coBenefitSummary, coBenefitSummaryToCsv } from "./report/coBenefitSummary.js";
export type { CoBenefitSummaryRow } from "./report/coBenefitSummary.js";
export { ENERGY_COLUMNS, energyTable, energyTableToCsv } from "./report/energyTable.js";
export type { EnergyTableRow } from "./report/energyTable.js";

// electricity for every species: generation mixes and grid series (issue 11)
export { electricityFactorsFromMix } from "./accounting/electricityFactorsFromMix.js";
export type { ElectricityFactor, MixContribution } from "./accounting/electricityFactorsFromMix.js";
export { MIX_TECHNOLOGIES, NON_COMBUSTION_TECHNOLOGIES, electricityMixSchema, plantSpecSchema } from "./accounting/electricityMix.js";
export type { ElectricityMix, MixTechnology, PlantFactorOverride, PlantSpec } from "./accounting/electricityMix.js";
export { gridSeriesSchema } from "./scenario/gridSeries.js";
export type { GridMix, GridSeries } from "./scenario/gridSeries.js";
export { BUILTIN_SHARE_PLACES, builtinMixSharesSchema } from "./scenario/builtinMixShares.js";
export type { BuiltinMixShares, ResolvedMixShares } from "./scenario/builtinMixShares.js";
export { gridPlantSpecSchema } from "./scenario/gridPlantSpec.js";
export type { BuiltinPlantEfficiency, GridPlantSpec, PlantLimitPreset, ResolvedGridPlant } from "./scenario/gridPlantSpec.js";
