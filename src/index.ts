/**
 * cobenefits: air-pollutant and climate co-benefits of clean-air measures, computed exactly from
 * cited emission factors, with climate metrics that are always named.
 *
 * The public API, grouped by pipeline layer: units -> citations -> metrics -> factors ->
 * activity -> accounting.
 *
 * @packageDocumentation
 */

// errors (cross-cutting)
export {
  AmbiguousFactorError,
  BasisConversionError,
  CobenefitsError,
  InvalidInputError,
  MetricCombinationError,
  MetricRequiredError,
  MissingMetricValueError,
  OverclaimedActivityError,
  SpeciesConversionError,
  UnitDimensionError,
  UnknownCitationError,
  UnknownFactorError,
  UnknownFuelError,
  UnknownGridFactorError,
  UnknownMetricError,
  UnknownSectorError,
  UnknownTechnologyError,
  UnknownUnitError,
  formatPath,
} from "./errors.js";
export type { FactorKeyDescription, InputIssue } from "./errors.js";
export { nearestStrings } from "./nearestStrings.js";
export { deepFreeze } from "./deepFreeze.js";

// units: species, quantities, exact decimals
export { isDecimalString, parseDecimal, toDec } from "./units/decimal.js";
export type { Dec, DecimalString } from "./units/decimal.js";
export { SPECIES, SPECIES_INFO, isSpecies, listSpeciesBasisRules, toElementBasis } from "./units/species.js";
export type { Species, SpeciesBasisRule, SpeciesInfo } from "./units/species.js";
export { conversionFactor, listUnits, parseRatioUnit, parseUnit } from "./units/units.js";
export type { Dimension, ParsedUnit } from "./units/units.js";
export { convertQuantity, decimalStringSchema, quantitySchema } from "./units/quantity.js";
export type { Quantity } from "./units/quantity.js";

// citations
export { citationSchema } from "./citations/citation.js";
export type { Citation } from "./citations/citation.js";
export { QUALITY, sourceRefSchema } from "./citations/sourceRef.js";
export type { Quality, SourceRef } from "./citations/sourceRef.js";
export { builtinCitationRegistry, createCitationRegistry, getCitation, listCitations } from "./citations/registry.js";
export type { CitationRegistry } from "./citations/registry.js";

// climate metrics
export type { MetricSet, MetricUncertainty, MetricValue } from "./metrics/metricSet.js";
export { co2Reference } from "./metrics/co2Reference.js";
export { BUILTIN_METRICS, combineMetrics, getMetric, listMetrics, metricsWithValue } from "./metrics/registry.js";
export { metricValue, toCo2e } from "./metrics/toCo2e.js";

// emission factors
export { ROW_FLAGS, factorRowSchema } from "./factors/factorRow.js";
export type { ConfidenceInterval, FactorRow, FactorTable } from "./factors/factorRow.js";
export { parseFactorUnit } from "./factors/factorUnit.js";
export type { FactorUnit } from "./factors/factorUnit.js";
export { ncvRowSchema } from "./factors/ncvRow.js";
export type { NcvRow } from "./factors/ncvRow.js";
export { gridFactorRowSchema } from "./factors/gridFactorRow.js";
export type { GridFactorRow } from "./factors/gridFactorRow.js";
export { FUELS, FUEL_GROUPS, getFuel, listFuels } from "./factors/fuels.js";
export type { Fuel } from "./factors/fuels.js";
export { SECTORS, getSectorName } from "./factors/sectors.js";
export { BUILTIN_FACTOR_TABLES, BUILTIN_NCV } from "./factors/builtinTables.js";
export { createFactorSet, listFactorTables } from "./factors/factorSet.js";
export type { FactorLayer, FactorSet, FactorSetOptions } from "./factors/factorSet.js";
export { listFactors, lookupFactor } from "./factors/lookupFactor.js";
export type { FactorKey, FactorMatch } from "./factors/lookupFactor.js";
export { lookupNcv } from "./factors/lookupNcv.js";
export { listGridFactors, lookupGridFactor } from "./factors/lookupGridFactor.js";
export { so2FactorFromSulphur } from "./factors/so2FactorFromSulphur.js";
export type { SulphurInput } from "./factors/so2FactorFromSulphur.js";

// activity
export { activityRowSchema } from "./activity/activityRow.js";
export type { ActivityRow } from "./activity/activityRow.js";

// emission accounting
export { toFactorBasis } from "./accounting/toFactorBasis.js";
export type { ConversionStep } from "./accounting/toFactorBasis.js";
export { computeEmissions } from "./accounting/computeEmissions.js";
export type { EmissionInventory, EmissionOptions, EmissionRow, EmissionTotal, FactorUse, MissingEmission } from "./accounting/computeEmissions.js";
