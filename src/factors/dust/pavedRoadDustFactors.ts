import type { FactorRow } from "../factorRow.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { AP42_PAVED_EXPONENTS, AP42_PAVED_K, AP42_PAVED_PROVENANCE, DAYS_PER_YEAR, ROAD_DUST_SPECIES, SHORT_TON_IN_TONNES } from "./ap42RoadDust.js";
import { checkRoadDustInputs, derivedValue } from "./roadDustInputs.js";
import { ROAD_DUST_SECTOR, roadDustRowId } from "./roadDustSector.js";

/**
 * The inputs of the AP-42 paved road equation for one road (or class of roads).
 * @category Factors
 */
export interface PavedRoadDustInputs {
  /** The technology name the rows get, which activity rows name to use them, e.g. `"paved arterial roads, Shijiazhuang"`. */
  readonly technology: string;
  /** Road surface silt loading sL [g/m2], measured (AP-42 13.2.1 Appendix C.1 and C.2 sampling) or from a local study you cite. */
  readonly siltLoading: DecimalString;
  /** Mean weight W of all the vehicles travelling the road [t] (converted exactly to AP-42's short tons). */
  readonly meanVehicleWeight: DecimalString;
  /** Days a year with at least 0.254 mm (0.01 in) of precipitation, P [d/yr]; "0" for the uncorrected Equation 1. */
  readonly wetDays: DecimalString;
}

/**
 * Paved road dust (resuspension) factors from US EPA AP-42 section 13.2.1 (January 2011):
 * `E = k (sL)^0.91 (W)^1.02 (1 - P/4N)` [g/vkm], Equation 1 with the annual precipitation
 * correction of Equation 2 (N = 365 days), k from Table 13.2.1-1 (PM2.5 0.15, PM10 0.62, PM-30
 * 3.23 g/VKT; PM-30 stands for TSP). W is AP-42's in short tons: the tonnes given are divided by
 * 0.90718474 exactly.
 *
 * The rows have sector 1.A.3.b.vii, fuel `none`, the technology you name, quality `derived`,
 * and a note giving the inputs, so a result shows how its factor was made. Sector: no NFR code
 * covers resuspension (the EMEP/EEA 1.A.3.b.vi-vii chapter leaves it out); 1.A.3.b.vii (road
 * abrasion) is the nearest, as the road surface is the source, and the technology keeps these
 * rows apart from the guidebook's road abrasion factors. Do not add the EMEP/EEA tyre, brake and
 * road wear factors for the same traffic without checking what your silt loading measured.
 *
 * @param inputs - silt loading [g/m2], mean vehicle weight [t], wet days [d/yr], technology name
 * @param path - where the inputs are in the user's input, for error messages
 * @returns three factor rows (PM2.5, PM10, TSP) in g/vkm
 * @throws {@link cobenefits!InvalidInputError} for a silt loading or weight that is not positive, or wet days outside 0..365, located at the field
 * @example
 * ```ts
 * import { pavedRoadDustFactors } from "cobenefits";
 * const rows = pavedRoadDustFactors({ technology: "paved urban roads", siltLoading: "1", meanVehicleWeight: "0.90718474", wetDays: "0" });
 * rows.map((r) => `${r.pollutant} ${r.value} ${r.unit}`); // ["PM2.5 0.15 g/vkm", "PM10 0.62 g/vkm", "TSP 3.23 g/vkm"]
 * ```
 * @category Factors
 */
export function pavedRoadDustFactors(inputs: PavedRoadDustInputs, path: readonly (string | number)[] = []): FactorRow[] {
  checkRoadDustInputs(
    [
      { field: "siltLoading", value: inputs.siltLoading, rule: "positive", what: "silt loading sL [g/m2]" },
      { field: "meanVehicleWeight", value: inputs.meanVehicleWeight, rule: "positive", what: "mean vehicle weight W [t]" },
      { field: "wetDays", value: inputs.wetDays, rule: "wetDays", what: "wet days P [d/yr]" },
    ],
    "paved road dust inputs",
    path,
  );
  const sL = new Dec(inputs.siltLoading);
  const shortTons = new Dec(inputs.meanVehicleWeight).div(SHORT_TON_IN_TONNES);
  const precipitation = new Dec(1).minus(new Dec(inputs.wetDays).div(4 * DAYS_PER_YEAR));
  const common = sL.pow(AP42_PAVED_EXPONENTS.siltLoading).times(shortTons.pow(AP42_PAVED_EXPONENTS.weight)).times(precipitation);
  const note =
    `AP-42 13.2.1 Equation 1 x Equation 2: E = k (sL)^0.91 (W)^1.02 (1 - P/4N) with sL = ${inputs.siltLoading} g/m2, W = ${inputs.meanVehicleWeight} t = ${derivedValue(shortTons)} short ton, ` +
    `P = ${inputs.wetDays} wet days, N = ${DAYS_PER_YEAR}; rounded to 6 significant digits. TSP uses AP-42's PM-30 multiplier. AP-42's quality rating of the equation was not read at source. ` +
    "Sector 1.A.3.b.vii stands for road dust resuspension, which no NFR code covers.";
  return ROAD_DUST_SPECIES.map((pollutant) => ({
    id: roadDustRowId("ap42-13.2.1", inputs.technology, pollutant),
    sector: ROAD_DUST_SECTOR,
    fuel: "none",
    technology: inputs.technology,
    pollutant,
    value: derivedValue(common.times(AP42_PAVED_K[pollutant])),
    unit: "g/vkm",
    source: AP42_PAVED_PROVENANCE.source,
    quality: "derived",
    ...(AP42_PAVED_PROVENANCE.via === undefined ? {} : { via: AP42_PAVED_PROVENANCE.via }),
    note,
  }));
}
