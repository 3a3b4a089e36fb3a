/**
 * cobenefits/impacts: from tonnes to what people care about. The scenario's emission changes
 * become a change in population-weighted PM2.5 (intake fractions for primary PM2.5, TM5-FASST
 * source-receptor coefficients for secondary PM2.5, or the city's own coefficients), avoided
 * deaths under named concentration-response functions side by side (GEMM with and without the
 * Chinese cohort, log-linear, the GBD integrated exposure-response form from a user data pack),
 * and their value by benefit transfer of a VSL, each attributed to the measures with shares that
 * add up exactly; and the temperature response of CO2, CH4, N2O and short-lived species through
 * the AR6 impulse response, per measure and species group. A separate entry so that it does not
 * weigh on the core import (the browser bundle budget); it shares the core's error classes. test/api/publicApi.test.ts records the names
 * this entry exports.
 *
 * @module cobenefits/impacts
 */
export { impactsSectionSchema, parseImpactsSection } from "./impacts/impactsSection.js";
export type { ImpactsSection } from "./impacts/impactsSection.js";
export { exposureSectionSchema } from "./impacts/exposure/exposureSection.js";
export type { ExposureSection, UserIntakeFraction, UserSecondaryCoefficient } from "./impacts/exposure/exposureSection.js";
export { healthSectionSchema } from "./impacts/health/healthSection.js";
export type { HealthSection, UserCrf } from "./impacts/health/healthSection.js";
export { ENDPOINTS } from "./impacts/health/endpoints.js";
export type { Endpoint } from "./impacts/health/endpoints.js";
export { valuationSectionSchema } from "./impacts/valuation/valuationSection.js";
export type { UserVslParameters, ValuationSection } from "./impacts/valuation/valuationSection.js";
export { valueInYear, yearValuesSchema } from "./impacts/yearValues.js";
export type { YearValues } from "./impacts/yearValues.js";
export { BUILTIN_INTAKE_FRACTIONS } from "./impacts/exposure/intakeFractions.js";
export type { IntakeFraction } from "./impacts/exposure/intakeFractions.js";
export { TM5_FASST_BASE_EMISSIONS, TM5_FASST_COEFFICIENTS, TM5_FASST_REGIONS } from "./impacts/exposure/tm5FasstCoefficients.js";
export type { SecondaryComponent, SecondaryPrecursor, Tm5FasstBaseEmission, Tm5FasstCoefficient, Tm5FasstRegion } from "./impacts/exposure/tm5FasstCoefficients.js";
export type { ClimateResponseSet, GasResponse, ResponseParameter } from "./impacts/climate/climateResponseSet.js";
export { AR6_CLIMATE_RESPONSE } from "./impacts/climate/ar6ClimateResponse.js";
export { CLIMATE_RESPONSE_CITATIONS } from "./impacts/climate/climateCitations.js";
export { agtpCo2, agtpOneLifetime, agtpShortLived, agwpCo2, co2RadiativeEfficiency, gasRadiativeEfficiency } from "./impacts/climate/agtp.js";
export { agtpAtLags } from "./impacts/climate/agtpAtLags.js";
export type { SpeciesResponse } from "./impacts/climate/agtpAtLags.js";
export { climateSectionSchema, parseClimateSection, SHORT_LIVED_SPECIES } from "./impacts/climate/climateSection.js";
export type { ClimateSection, ShortLivedRow } from "./impacts/climate/climateSection.js";
export { getClimateResponse, listClimateResponses } from "./impacts/climate/climateResponses.js";
export { shortLivedResponses } from "./impacts/climate/shortLivedResponse.js";
export type { ShortLivedResponse } from "./impacts/climate/shortLivedResponse.js";
export { SPECIES_GROUPS, speciesGroupOf } from "./impacts/climate/speciesGroups.js";
export type { SpeciesGroup } from "./impacts/climate/speciesGroups.js";
export { TEMPERATURE_PLACES, temperatureResponse } from "./impacts/climate/temperatureResponse.js";
export type { TemperatureResult, TemperatureRow } from "./impacts/climate/temperatureResponse.js";
export { formatTemperatureResponse, temperatureTableToCsv } from "./report/temperatureTable.js";
export { IMPACTS_CITATIONS, impactsCitation } from "./impacts/impactsCitations.js";
export { computeImpacts } from "./impacts/computeImpacts.js";
export type { ImpactsResult } from "./impacts/computeImpacts.js";
export { CONCENTRATION_PLACES, computeExposure } from "./impacts/exposure/computeExposure.js";
export type { ExposureResult, ExposureRow } from "./impacts/exposure/computeExposure.js";
export { secondaryCoefficients } from "./impacts/exposure/secondaryCoefficients.js";
export type { SecondaryCoefficientInUse } from "./impacts/exposure/secondaryCoefficients.js";
export { BUILTIN_CRFS } from "./impacts/health/crfs.js";
export type { ConcentrationResponseFunction, CrfEndpoint, CrfParameters } from "./impacts/health/crfs.js";
export { relativeRisk } from "./impacts/health/relativeRisk.js";
export type { CrfBound } from "./impacts/health/relativeRisk.js";
export { resolveCrfs } from "./impacts/health/resolveCrfs.js";
export { DEATH_PLACES, computeHealth } from "./impacts/health/computeHealth.js";
export type { HealthResult, HealthRow } from "./impacts/health/computeHealth.js";
export { BUILTIN_VSL_PARAMETERS } from "./impacts/valuation/vslParameters.js";
export type { VslParameterSet } from "./impacts/valuation/vslParameters.js";
export { MONEY_PLACES, computeValuation } from "./impacts/valuation/computeValuation.js";
export type { ValuationResult, ValuationRow } from "./impacts/valuation/computeValuation.js";
export { formatImpacts, healthCsv, valuationCsv } from "./report/impactsTables.js";
export { withCostsResult } from "./impacts/valuation/costsForValuation.js";
export type { AnnualCostsLike } from "./impacts/valuation/costsForValuation.js";
export { COSTS_RESULT_SOURCE_ID, impactsSourceIssues } from "./impacts/impactsSourceIssues.js";
export { OZONE_PLACES, computeOzoneExposure, ozoneCoefficients } from "./impacts/exposure/computeOzoneExposure.js";
export type { OzoneCoefficientInUse, OzoneExposureResult, OzoneExposureRow } from "./impacts/exposure/computeOzoneExposure.js";
export { ozoneExposureSectionSchema } from "./impacts/exposure/ozoneExposureSection.js";
export type { OzoneExposureSection, UserOzoneCoefficient } from "./impacts/exposure/ozoneExposureSection.js";
export { TM5_FASST_NMVOC_BASE_EMISSIONS, TM5_FASST_OZONE_COEFFICIENTS } from "./impacts/exposure/tm5FasstOzoneCoefficients.js";
export type { OzoneMetric, OzonePrecursor, Tm5FasstOzoneCoefficient } from "./impacts/exposure/tm5FasstOzoneCoefficients.js";
export { CROPS, CROP_RECEPTOR_ORDER, TM5_FASST_CROP_COEFFICIENTS } from "./impacts/crops/tm5FasstCropCoefficients.js";
export type { Crop, CropMetric, Tm5FasstCropCoefficientRow } from "./impacts/crops/tm5FasstCropCoefficients.js";
export { BUILTIN_CROP_FUNCTIONS, relativeYieldLoss } from "./impacts/crops/cropFunctions.js";
export type { CropResponseFunction, CropResponseParameters } from "./impacts/crops/cropFunctions.js";
export { cropsSectionSchema } from "./impacts/crops/cropsSection.js";
export type { CropsSection } from "./impacts/crops/cropsSection.js";
export { CROP_PLACES, computeCrops, cropCoefficients } from "./impacts/crops/computeCrops.js";
export type { CropCoefficientInUse, CropsResult, CropsRow } from "./impacts/crops/computeCrops.js";
export { cropsCsv } from "./report/cropsTable.js";
