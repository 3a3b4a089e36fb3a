import { describe, expect, it } from "vitest";
import * as engine from "../../src/engine.js";
import * as charts from "../../src/charts.js";
import * as report from "../../src/report.js";
import * as costs from "../../src/costs.js";
import * as impacts from "../../src/impacts.js";
import * as optimise from "../../src/optimise.js";
import * as compare from "../../src/compare.js";
import * as files from "../../src/files.js";
import * as api from "../../src/index.js";
import * as inventory from "../../src/inventory.js";
import * as uncertainty from "../../src/uncertainty.js";
import * as xlsx from "../../src/xlsx.js";

// The runtime names each entry point exports, committed so that an addition (or a removal) is a
// deliberate change: update the list here and say why in the CHANGELOG. Types are not listed:
// they do not exist at runtime (typedoc and the type check cover them).

/** `cobenefits`: what a user composes (scenario, evaluate, report, factors, metrics, emissions, errors). */
const COBENEFITS = [
  "AGGREGATE_GENERATION_TECHNOLOGIES", "ALL_MEASURES", "AmbiguousFactorError",
  "BUILTIN_FACTOR_GAPS", "BUILTIN_FACTOR_TABLES", "BUILTIN_METRICS", "BUILTIN_NCV",
  "BUILTIN_SHARE_PLACES", "BasisConversionError", "CO2E_COLUMNS", "COUNT_DIMENSIONS",
  "CobenefitsError", "DECIMAL_PATTERN", "DISTRICT_HEAT", "DUST_CONTROL_EFFICIENCIES",
  "DuplicateIdError", "ENERGY_COLUMNS", "ENERGY_PLACES", "ERROR_CODES", "FUELS", "FUEL_GROUPS",
  "FUEL_SULPHUR_STANDARDS", "GENERATION_MIX_UNITS", "GENERATION_TECHNOLOGIES", "ISSUE_CODES",
  "InfeasibleTargetsError", "InvalidInputError", "InvalidMeasureError", "InventoryCsvError",
  "LIFETIME_METHOD", "LifetimeFallsError", "MIX_TECHNOLOGIES", "MeasuredReductionError",
  "MetricCombinationError", "MetricRequiredError", "MissingDependencyError", "MissingFactorError", "MissingMetricValueError",
  "NATIONAL_STANDARDS", "NCV_COUNTRIES", "NON_COMBUSTION_TECHNOLOGIES", "NumericOverflowError",
  "OverclaimedActivityError", "PLANT_EFFICIENCY_BASES", "PROVENANCE_COLUMNS",
  "QUALITY", "ROAD_DUST_SECTOR", "ROAD_DUST_SPECIES", "ROW_FLAGS", "SECTORS", "SPECIES",
  "SPECIES_INFO", "ScenarioFileError", "ScheduleRangeError", "SpeciesConversionError",
  "StockUnitsError", "TIDY_COLUMNS", "UNMAPPED_NATIONAL_STANDARDS", "UPSTREAM_SECTORS",
  "UnitDimensionError", "UnitError", "UnitSyntaxError", "UnknownCitationError",
  "UnknownFactorError", "UnknownFuelError", "UnknownGridFactorError", "UnknownMetricError",
  "UnknownNationalStandardError", "UnknownScopeDataError", "UnknownSectorError",
  "UnknownTableError", "UnknownTechnologyError", "UnknownUnitError", "activityRowSchema",
  "allocateChp", "baselineActivitySchema", "bracketsValue", "builtinCitationRegistry",
  "builtinFactorGapsFor", "builtinMixSharesSchema", "canonicalMetricName",
  "chpAllocationInputSchema", "citationSchema", "co2Reference", "co2eTable", "co2eTableToCsv",
  "coBenefitSummary", "coBenefitSummaryToCsv", "coalMineMethaneFactor",
  "coalMineMethaneFactorSchema", "coalMinePresetIssues", "coalMinePresetSchema", "combineMetrics",
  "compileScenario", "computeEmissions", "confidenceIntervalSchema", "conversionFactor",
  "convertQuantity", "createCitationRegistry", "createFactorSet", "decimalStringSchema",
  "dustControlEfficiency", "efficiencyFromCoalRate", "electricityFactorsFromMix",
  "electricityMixSchema", "energyBalance", "energyTable", "energyTableToCsv",
  "euroClassOfNationalStandard", "evaluateScenario", "evaluateScenarioFast", "evaluateSchedule",
  "factorProvenance", "factorProvenanceToCsv", "factorRowSchema", "formatCitation",
  "fuelGroupsOf", "gasLeakageEstimateSchema", "gasSupplyMethaneFactorSchema",
  "generationMixSchema", "generationShares", "getCitation", "getFuel", "getMetric",
  "getSectorName", "givenNcvSchema", "gridFactorRowSchema", "gridPlantSpecSchema",
  "gridSeriesSchema", "heatSupplySpecSchema", "inputIssuesFromZod", "intensitySchema",
  "isDecimalString", "isSpecies", "lifetimeReductions",
  "limitToFactor", "listCitations", "listCoalMineMethaneFactors", "listFactorTables",
  "listFactors", "listFuels", "listGasLeakageEstimates", "listGasSupplyMethaneFactors",
  "listGenerationMixes", "listGridFactors", "listMethaneDensities", "listMetrics",
  "listNationalNcv", "listPlantEfficiencies", "listPlantEmissionLimits", "listSpeciesBasisRules",
  "listUnits", "lookupFactor", "lookupGenerationMix", "lookupGridFactor", "lookupNationalNcv",
  "lookupNcv", "lookupPlantEmissionLimit", "measureSchema", "measureUnitsSchema",
  "methaneDensitySchema", "metricValue", "metricsWithValue", "mixUpstreamMethane",
  "ncvRangeIssues", "ncvRowSchema", "outsideIpccRangeSchema", "parseCsv", "parseDecimal",
  "parseFactorUnit", "parseRatioUnit", "parseUnit", "pavedRoadDustFactors", "pavedRoadDustRemoval",
  "plantEfficiencyRowSchema", "plantEmissionLimitSchema", "plantSpecSchema",
  "provenanceShape", "quantitySchema", "resolveCoalMinePreset", "roadDustFactorTable",
  "roadDustRows", "roadDustSpecSchema", "scenarioSchema", "scheduleSchema", "scopeOfFuel",
  "sectorWithin", "so2FactorFromSulphur", "so2PerFuelMass", "sourceRefSchema",
  "stockActivityIssues", "stockActivityOf", "stockSchema", "sulphurContentSchema",
  "sulphurMassFraction", "sulphurRetentionSchema", "tidyTable", "tidyTableFromCsv",
  "tidyTableFromJson", "tidyTableToCsv", "toCo2e", "toCsv", "toDec", "toElementBasis",
  "unpavedRoadDustFactors", "unpavedRoadWateringEfficiency", "upstreamMethane", "upstreamPartOf",
  "upstreamSpecSchema", "withPenetrations",
];

/** `cobenefits/files`: scenario files (YAML and JSON readers, their limits, the JSON Schema). */
const COBENEFITS_FILES = [
  "ANALYSIS_SECTION_KEYS", "MAX_SCENARIO_FILE_BYTES", "MAX_SCENARIO_FILE_DEPTH",
  "MAX_SCENARIO_FILE_NODES", "ScenarioFileError", "compileScenarioFile", "parseScenarioFile",
  "scenarioFileText", "scenarioJsonSchema",
];

/**
 * `cobenefits/inventory`: the national inventory route (many rows, CSV files, a factor index built
 * once). A separate entry since 0.1.0 (issue 10) so that the core import keeps its bundle budget.
 */
const COBENEFITS_INVENTORY = [
  "InventoryCsvError", "computeInventory", "computeInventoryFromCsv", "createFactorIndex",
  "evaluateInventoryFast", "readFactorCsv", "readNcvCsv",
];

/** `cobenefits/charts`: Vega-Lite chart specifications of a scenario result (issue 10, as above). */
const COBENEFITS_CHARTS = [
  "ENGLISH_LABELS", "avoidedDeathsChart", "avoidedDeathsRangesChart", "chartToSvg", "coBenefitQuadrantChart", "comparisonCharts", "flagsInWords", "macCurveChart",
  "reductionRangesChart", "reductionsByMeasureChart", "reductionsByYearChart", "sectorWithName", "temperatureChart", "temperatureRangesChart",
  "trajectoriesChart", "trajectoriesFanChart", "wrapLabel",
];

/** `cobenefits/uncertainty`: uncertainty ranges on every result (issue 12, item 1). */
const COBENEFITS_UNCERTAINTY = [
  "PERCENTILES", "RANGE_COLUMNS", "RANGE_DISTRIBUTIONS", "SAMPLING", "UNCERTAINTY_COLUMNS",
  "co2eWithRanges", "costPerTonneFigures", "costPerTonneRanges", "formatImpactsRanges", "impactsFigures", "impactsParameterDraws", "impactsParameterRangesSchema", "impactsRanges", "intervalDistribution", "normalQuantile", "parseUncertaintySection",
  "percentileOfSorted", "rangeDistributionSchema", "rangeQuantile", "runUncertainty", "summarise",
  "temperaturePotentialRange", "tidyWithRanges", "uncertaintySectionSchema", "uncertaintyTable", "uncertaintyTableToCsv",
  "uniformDraws",
];

/** `cobenefits/costs`: measure costs, perspectives, NPV, cost per tonne and abatement cost curves (issue 12). */
const COBENEFITS_COSTS = [
  "COSTS_METHOD", "COST_COLUMNS", "COST_PER_TONNE_COLUMNS", "COST_PLACES", "CRF_PLACES",
  "CURRENCY_PATTERN", "DISCOUNT_PLACES", "MAC_COLUMNS", "PAYERS", "annualCosts",
  "capitalRecoveryFactor", "costSourceIssues", "costTablesToCsv", "costsSectionSchema", "currencyFactor",
  "discountFactor", "formatCosts", "macCurve", "measureCostsAt", "measureQuantity",
  "parseCostsSection", "scenarioCosts", "totalAnnualCost",
];

/** `cobenefits/report`: text reports for people, the lifetime table and the per-unit CSV (moved from the core so that it keeps its bundle budget). */
const COBENEFITS_REPORT = ["LIFETIME_COLUMNS", "PER_UNIT_COLUMNS", "displayWidth", "formatDecimal", "formatEnergyBalance", "formatLifetimeReductions", "formatResultTable", "lifetimeTable", "lifetimeTableToCsv", "padDisplay", "perUnitTableToCsv", "reportLabels", "textGrid"];


/**
 * `cobenefits/impacts`: exposure, health, valuation and the climate response (issue 13), a
 * separate entry so that the core import keeps its bundle budget.
 */
const COBENEFITS_IMPACTS = [
  "AR6_CLIMATE_RESPONSE", "BUILTIN_CRFS", "BUILTIN_INTAKE_FRACTIONS", "BUILTIN_VSL_PARAMETERS",
  "CLIMATE_RESPONSE_CITATIONS", "CONCENTRATION_PLACES", "COSTS_RESULT_SOURCE_ID", "DEATH_PLACES",
  "ENDPOINTS", "IMPACTS_CITATIONS", "MONEY_PLACES", "SHORT_LIVED_SPECIES", "SPECIES_GROUPS",
  "TEMPERATURE_PLACES", "TM5_FASST_BASE_EMISSIONS", "TM5_FASST_COEFFICIENTS", "TM5_FASST_REGIONS", "agtpAtLags", "agtpCo2", "agtpOneLifetime", "agtpShortLived", "agwpCo2",
  "climateSectionSchema", "co2RadiativeEfficiency", "computeExposure", "computeHealth",
  "computeImpacts", "computeValuation", "exposureSectionSchema", "formatImpacts",
  "formatTemperatureResponse", "gasRadiativeEfficiency", "getClimateResponse", "healthCsv",
  "healthSectionSchema", "impactsCitation", "impactsSectionSchema", "impactsSourceIssues",
  "listClimateResponses", "parseClimateSection", "parseImpactsSection", "relativeRisk",
  "resolveCrfs", "secondaryCoefficients", "shortLivedResponses", "speciesGroupOf",
  "temperatureResponse", "temperatureTableToCsv", "valuationCsv", "valuationSectionSchema",
  "valueInYear", "withCostsResult", "yearValuesSchema",
  "OZONE_PLACES", "TM5_FASST_NMVOC_BASE_EMISSIONS", "TM5_FASST_OZONE_COEFFICIENTS", "computeOzoneExposure", "ozoneCoefficients", "ozoneExposureSectionSchema",
  "BUILTIN_CROP_FUNCTIONS", "CROPS", "CROP_PLACES", "CROP_RECEPTOR_ORDER", "TM5_FASST_CROP_COEFFICIENTS", "computeCrops", "cropCoefficients", "cropsCsv", "cropsSectionSchema", "relativeYieldLoss",
];

/** `cobenefits/optimise`: least-cost portfolios (issue 12, item 3); its error class is the core's. */
const COBENEFITS_OPTIMISE = [
  "InfeasibleTargetsError", "formatPortfolio", "leastCostPortfolio", "optimiseSectionSchema",
  "parseOptimiseSection", "parseTargetsSection", "portfolioTable", "portfolioTableToCsv",
  "scenarioCostModel", "successiveLinearProgramming", "targetQuantity", "targetsSectionSchema",
];
/** `cobenefits/compare`: scenario comparison and the label tables of --lang (issue 14, items 4 and 5). */
const COBENEFITS_COMPARE = ["EN", "LABEL_REVIEW", "LANGUAGES", "compareScenarios", "comparisonCsv", "formatComparison", "isLanguage", "label", "sectorLabel", "speciesLabel", "termLabel"];

/** `cobenefits/xlsx`: the workbook of run --format xlsx, browser-safe (issue 15: the planner's xlsx export). */
const COBENEFITS_XLSX = ["analysisSheets", "workbookSheets", "xlsxWorkbook"];

/** `cobenefits/engine`: plan-level tools for engine builders (compile steps, measure kinds, games, limits). */
const COBENEFITS_ENGINE = [
  "BUILDING_RETROFIT", "CONTROL_DEVICE", "DEFAULT_SHARE_PLACES", "DPF_RETROFIT", "DUST_CONTROL",
  "ELECTRIC_VEHICLE", "EMISSION_PLACES", "FUEL_SWITCH", "MAX_MASK_MEASURES",
  "MAX_MEASURE_LIFETIME", "MEASURED_REDUCTION", "MEASURE_KINDS", "MIN_EXACT_PENETRATION",
  "SCRAPPAGE", "SEASONAL_CURTAILMENT", "SHAPLEY_EXACT_MAX_MEASURES", "SHAPLEY_EXACT_PER_ROW",
  "SHAPLEY_FAST_MAX_MEASURES", "STANDARD_UPGRADE", "STOVE_REPLACEMENT", "apportion", "checkClaims",
  "coefAt", "controlEfficiencySchema", "countsInCo2e", "deepFreeze", "efficiencySchema",
  "expandPenetrations", "formatPath", "fractionSchema", "fuelPerHeat", "gridFactorIssues",
  "gridKeyHint", "gridYears", "heatCoefficients", "heatPlantIssues", "heatSupplyIssues", "heatSupplyYears",
  "indirectUpstreamGaps", "inputIssuesFromZodIssue", "isWrittenValue", "issueCodeOfZod",
  "issueOfError", "lifetimeCohorts", "lineageEmissions", "matchesTarget", "measureKindOf",
  "measureSchemaOf", "measureUnitsOf", "metricIssues", "metricWeights", "nearestStrings",
  "particleNestingIssues", "perUnitRows", "plantParticleNestingIssues", "removalOnlyFactors",
  "removalSchema", "reportedInScope", "sequentialShares", "shapleyExact", "shapleyFast",
  "shapleySampled", "shareSumTolerance", "stockRows", "targetSchema", "templateCoefficients",
  "templateEnergy", "toFactorBasis", "uncomputedMetricSpecies", "uncountedSpecies",
  "unitsPenetration", "upstreamIssues", "userMeasuredOf", "withGridKeyHints", "withScenarioPath",
];

describe("the public API is curated (issue 9, item 5)", () => {
  it("cobenefits exports exactly the committed names", () => {
    expect(Object.keys(api).sort()).toEqual(COBENEFITS);
  });

  it("cobenefits/files exports exactly the committed names", () => {
    expect(Object.keys(files).sort()).toEqual(COBENEFITS_FILES);
  });

  it("cobenefits/inventory exports exactly the committed names", () => {
    expect(Object.keys(inventory).sort()).toEqual(COBENEFITS_INVENTORY);
  });

  it("cobenefits/charts exports exactly the committed names", () => {
    expect(Object.keys(charts).sort()).toEqual(COBENEFITS_CHARTS);
  });

  it("cobenefits/report exports exactly the committed names, none of them the core's", () => {
    expect(Object.keys(report).sort()).toEqual(COBENEFITS_REPORT);
    expect(COBENEFITS_REPORT.filter((name) => name in api)).toEqual([]);
  });

  it("cobenefits/uncertainty exports exactly the committed names, none of them the core's", () => {
    expect(Object.keys(uncertainty).sort()).toEqual(COBENEFITS_UNCERTAINTY);
    expect(COBENEFITS_UNCERTAINTY.filter((name) => name in api)).toEqual([]);
  });

  it("cobenefits/costs exports exactly the committed names, none of them the core's", () => {
    expect(Object.keys(costs).sort()).toEqual(COBENEFITS_COSTS);
    expect(COBENEFITS_COSTS.filter((name) => name in api)).toEqual([]);
  });

  it("cobenefits/impacts exports exactly the committed names, none of the core's", () => {
    expect(Object.keys(impacts).sort()).toEqual([...COBENEFITS_IMPACTS].sort());
    expect(COBENEFITS_IMPACTS.filter((name) => name in api)).toEqual([]);
  });

  it("cobenefits/optimise exports exactly the committed names, and the core's InfeasibleTargetsError", () => {
    expect(Object.keys(optimise).sort()).toEqual(COBENEFITS_OPTIMISE);
    expect(optimise.InfeasibleTargetsError).toBe(api.InfeasibleTargetsError);
  });

  it("cobenefits/compare exports exactly the committed names, none of the core's", () => {
    expect(Object.keys(compare).sort()).toEqual(COBENEFITS_COMPARE);
    expect(COBENEFITS_COMPARE.filter((name) => name in api)).toEqual([]);
  });

  it("cobenefits/xlsx exports exactly the committed names, none of the core's", () => {
    expect(Object.keys(xlsx).sort()).toEqual(COBENEFITS_XLSX);
    expect(COBENEFITS_XLSX.filter((name) => name in api)).toEqual([]);
  });

  it("cobenefits/engine exports exactly the committed names", () => {
    expect(Object.keys(engine).sort()).toEqual(COBENEFITS_ENGINE);
  });

  it("gives each name one home: the engine entry repeats nothing of the core", () => {
    expect(COBENEFITS_ENGINE.filter((name) => name in api)).toEqual([]);
  });

  it("gives each use-case entry its own names: inventory and charts repeat nothing of the core but their error class", () => {
    expect(COBENEFITS_INVENTORY.filter((name) => name in api)).toEqual(["InventoryCsvError"]);
    expect(COBENEFITS_CHARTS.filter((name) => name in api)).toEqual([]);
  });

  it("throws the same error classes from every entry (one ScenarioFileError, one InventoryCsvError)", () => {
    expect(files.ScenarioFileError).toBe(api.ScenarioFileError);
    expect(inventory.InventoryCsvError).toBe(api.InventoryCsvError);
  });
});
