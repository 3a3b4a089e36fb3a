/**
 * cobenefits/impacts: from tonnes to what people care about. The climate response: global mean
 * temperature change over time from a scenario's emission changes (CO2, CH4 and N2O through the
 * AR6 impulse response, short-lived species through the time-integrated forcing you name),
 * attributed to each measure so that the shares add up exactly. A separate entry point so that it
 * does not weigh on the core import (the browser bundle budget, test/package/bundleSize.mjs); it
 * shares the core's error classes. test/api/publicApi.test.ts records the names this entry exports.
 *
 * @module
 */
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
