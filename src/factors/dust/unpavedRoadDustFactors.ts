import { InvalidInputError } from "../../errors.js";
import type { FactorRow } from "../factorRow.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { AP42_UNPAVED_INDUSTRIAL, AP42_UNPAVED_PROVENANCE, AP42_UNPAVED_PUBLIC, DAYS_PER_YEAR, MILE_IN_KM, POUND_IN_GRAMS, ROAD_DUST_SPECIES, type RoadDustSpecies, SHORT_TON_IN_TONNES } from "./ap42RoadDust.js";
import { type Bound, checkRoadDustInputs, derivedValue } from "./roadDustInputs.js";
import { ROAD_DUST_SECTOR, roadDustRowId } from "./roadDustSector.js";

/**
 * The inputs of the AP-42 unpaved road equations for one road (or class of roads): Equation 1a
 * (vehicles on unpaved surfaces at industrial sites) or 1b (publicly accessible roads, mostly light
 * vehicles).
 * @category Factors
 */
export type UnpavedRoadDustInputs =
  | {
      readonly equation: "1a";
      /** The technology name the rows get, which activity rows name to use them. */
      readonly technology: string;
      /** Surface material silt content s [%]. */
      readonly siltContent: DecimalString;
      /** Mean weight W of the vehicles on the road [t] (converted exactly to AP-42's short tons). */
      readonly meanVehicleWeight: DecimalString;
      /** Days a year with at least 0.254 mm of precipitation, P [d/yr]; "0" for no correction. */
      readonly wetDays: DecimalString;
    }
  | {
      readonly equation: "1b";
      readonly technology: string;
      /** Surface material silt content s [%]. */
      readonly siltContent: DecimalString;
      /** Mean vehicle speed S [km/h] (converted exactly to AP-42's mph). */
      readonly meanSpeed: DecimalString;
      /** Surface material moisture content M [%]. */
      readonly surfaceMoisture: DecimalString;
      /** Days a year with at least 0.254 mm of precipitation, P [d/yr]; "0" for no correction. */
      readonly wetDays: DecimalString;
    };

const G_PER_VKM_PER_LB_PER_VMT = new Dec(POUND_IN_GRAMS).div(MILE_IN_KM);

/**
 * Unpaved road dust factors from US EPA AP-42 section 13.2.2 (November 2006), with the annual
 * precipitation correction of Equation 2, `x (365 - P)/365` [g/vkm]:
 * - Equation 1a (industrial sites): `E = k (s/12)^a (W/3)^b` [lb/VMT], s silt content [%], W mean
 *   vehicle weight [short ton];
 * - Equation 1b (public roads): `E = k (s/12)^a (S/30)^d / (M/0.5)^c - C` [lb/VMT], S mean speed
 *   [mph], M surface moisture [%], C the 1980s fleet's exhaust, brake and tyre wear (Table 13.2.2-4).
 *
 * Constants from Table 13.2.2-2 (quality rating B for Equation 1a); PM-30 stands for TSP. Results
 * are converted with 1 lb/VMT = 453.59237/1.609344 g/vkm exactly (AP-42 rounds it to 281.9). The
 * rows have sector 1.A.3.b.vii (see `pavedRoadDustFactors` for why), fuel `none`, quality
 * `derived` and a note with the inputs. AP-42 gives ranges of the test conditions
 * (Table 13.2.2-3); outside them the factor is an extrapolation, which these rows do not check.
 *
 * @param inputs - the equation and its inputs (silt content [%], weight [t] or speed [km/h] and moisture [%], wet days [d/yr])
 * @param path - where the inputs are in the user's input, for error messages
 * @returns three factor rows (PM2.5, PM10, TSP) in g/vkm
 * @throws {@link cobenefits!InvalidInputError} for an input that is not positive, wet days outside 0..365, or (Equation 1b) inputs for which the equation gives no positive factor
 * @example
 * ```ts
 * import { unpavedRoadDustFactors } from "cobenefits";
 * // s = 12 %, W = 3 short ton: every ratio is 1 and E = k [lb/VMT]
 * const rows = unpavedRoadDustFactors({ equation: "1a", technology: "haul road", siltContent: "12", meanVehicleWeight: "2.72155422", wetDays: "0" });
 * rows[1]?.value; // "422.774" (1.5 lb/VMT in g/vkm)
 * ```
 * @category Factors
 */
export function unpavedRoadDustFactors(inputs: UnpavedRoadDustInputs, path: readonly (string | number)[] = []): FactorRow[] {
  const bounds: Bound[] = [
    { field: "siltContent", value: inputs.siltContent, rule: "percent", what: "silt content s [%]" },
    { field: "wetDays", value: inputs.wetDays, rule: "wetDays", what: "wet days P [d/yr]" },
  ];
  if (inputs.equation === "1a") bounds.push({ field: "meanVehicleWeight", value: inputs.meanVehicleWeight, rule: "positive", what: "mean vehicle weight W [t]" });
  else {
    bounds.push({ field: "meanSpeed", value: inputs.meanSpeed, rule: "positive", what: "mean vehicle speed S [km/h]" });
    bounds.push({ field: "surfaceMoisture", value: inputs.surfaceMoisture, rule: "percent", what: "surface moisture M [%]" });
  }
  checkRoadDustInputs(bounds, "unpaved road dust inputs", path);
  const s12 = new Dec(inputs.siltContent).div(12);
  const precipitation = new Dec(DAYS_PER_YEAR).minus(inputs.wetDays).div(DAYS_PER_YEAR);
  let lbPerVmt: (sp: RoadDustSpecies) => Dec;
  let inputText: string;
  if (inputs.equation === "1a") {
    const shortTons = new Dec(inputs.meanVehicleWeight).div(SHORT_TON_IN_TONNES);
    lbPerVmt = (sp) => {
      const c = AP42_UNPAVED_INDUSTRIAL[sp];
      return new Dec(c.k).times(s12.pow(c.a)).times(shortTons.div(3).pow(c.b));
    };
    inputText = `Equation 1a: E = k (s/12)^a (W/3)^b with s = ${inputs.siltContent} %, W = ${inputs.meanVehicleWeight} t = ${derivedValue(shortTons)} short ton`;
  } else {
    const mph = new Dec(inputs.meanSpeed).div(MILE_IN_KM);
    const m = new Dec(inputs.surfaceMoisture).div("0.5");
    lbPerVmt = (sp) => {
      const c = AP42_UNPAVED_PUBLIC[sp];
      return new Dec(c.k).times(s12.pow(c.a)).times(mph.div(30).pow(c.d)).div(m.pow(c.c)).minus(c.C);
    };
    inputText = `Equation 1b: E = k (s/12)^a (S/30)^d / (M/0.5)^c - C with s = ${inputs.siltContent} %, S = ${inputs.meanSpeed} km/h = ${derivedValue(mph)} mph, M = ${inputs.surfaceMoisture} %`;
    const negative = ROAD_DUST_SPECIES.filter((sp) => !lbPerVmt(sp).gt(0));
    if (negative.length > 0) {
      throw new InvalidInputError("unpaved road dust inputs", [
        { path: [...path, "siltContent"], message: `AP-42 13.2.2 Equation 1b gives no positive ${negative.join(", ")} factor for these inputs (the subtracted C exceeds the resuspension term); they lie outside the conditions the equation was fitted on (Table 13.2.2-3)` },
      ]);
    }
  }
  const provenance = AP42_UNPAVED_PROVENANCE[inputs.equation === "1a" ? "industrial" : "public"];
  const note =
    `AP-42 13.2.2 ${inputText}, x Equation 2 (365 - P)/365 with P = ${inputs.wetDays} wet days; lb/VMT x 453.59237/1.609344 = g/vkm; rounded to 6 significant digits. TSP uses AP-42's PM-30 constants.` +
    (inputs.equation === "1a" ? " Table 13.2.2-2 rates Equation 1a B." : "") +
    " Sector 1.A.3.b.vii stands for road dust resuspension, which no NFR code covers.";
  return ROAD_DUST_SPECIES.map((pollutant) => ({
    id: roadDustRowId(`ap42-13.2.2-${inputs.equation}`, inputs.technology, pollutant),
    sector: ROAD_DUST_SECTOR,
    fuel: "none",
    technology: inputs.technology,
    pollutant,
    value: derivedValue(lbPerVmt(pollutant).times(precipitation).times(G_PER_VKM_PER_LB_PER_VMT)),
    unit: "g/vkm",
    source: provenance.source,
    quality: "derived",
    ...(provenance.via === undefined ? {} : { via: provenance.via }),
    note,
  }));
}
