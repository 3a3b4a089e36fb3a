import { InvalidInputError } from "../../errors.js";
import { Dec, type DecimalString, isDecimalString } from "../../units/decimal.js";
import { AP42_PAVED_EXPONENTS, type RoadDustSpecies } from "./ap42RoadDust.js";
import { derivedValue } from "./roadDustInputs.js";

function positive(value: DecimalString, field: string, what: string, path: readonly (string | number)[]): Dec {
  if (!isDecimalString(value) || !new Dec(value).gt(0)) {
    throw new InvalidInputError(what, [{ code: "out_of_range", minimum: "0", path: [...path, field], message: `${field} must be a decimal string greater than 0` }]);
  }
  return new Dec(value);
}

/**
 * The removal a street sweeping or washing programme achieves on paved road dust, derived from
 * AP-42 13.2.1 Equation 1: with the same traffic, `E` scales as `sL^0.91`, so a programme that
 * lowers the silt loading from `before` to `after` removes `1 - (after/before)^0.91` of PM2.5,
 * PM10 and TSP alike (k and W cancel). AP-42 counts paved road controls through the loading they
 * leave on the road, so measure sL on swept and unswept roads (AP-42 13.2.1 sampling) and cite it.
 *
 * @param silt - silt loading without and with the programme [g/m2]
 * @param path - where the inputs are, for error messages
 * @returns a `dustControl` removal [-] per size fraction, 6 significant digits (negative when `after` exceeds `before`)
 * @throws {@link cobenefits!InvalidInputError} for a silt loading that is not a positive decimal
 * @example
 * ```ts
 * import { pavedRoadDustRemoval } from "cobenefits";
 * pavedRoadDustRemoval({ before: "1", after: "0.5" }).PM10; // "0.467815" = 1 - 0.5^0.91
 * ```
 * @category Factors
 */
export function pavedRoadDustRemoval(silt: { readonly before: DecimalString; readonly after: DecimalString }, path: readonly (string | number)[] = []): Record<RoadDustSpecies, DecimalString> {
  const before = positive(silt.before, "before", "silt loading", path);
  const after = positive(silt.after, "after", "silt loading", path);
  const r = derivedValue(new Dec(1).minus(after.div(before).pow(AP42_PAVED_EXPONENTS.siltLoading)));
  return { "PM2.5": r, PM10: r, TSP: r };
}

/**
 * The instantaneous control efficiency of watering an unpaved road, from AP-42 13.2.2 (November
 * 2006) Figure 13.2.2-2 (p. 13.2.2-12), a bilinear relation of the moisture ratio M (surface
 * moisture of the watered road over that of the uncontrolled road): 0 up to M = 1, 75% at M = 2,
 * 95% at M = 5, linear between. The figure stops at M = 5. AP-42 gives one curve, not one per
 * size fraction; the removal is returned for PM2.5, PM10 and TSP alike, average it over the
 * watering cycle (sample between water-truck passes) as the section advises. Read through the
 * minephys environment specification, which read the figure on the primary PDF (quality
 * secondary).
 *
 * @param moistureRatio - M [-], from 0 to 5
 * @param path - where it is, for error messages
 * @returns a `dustControl` removal [-] per size fraction, 6 significant digits
 * @throws {@link cobenefits!InvalidInputError} for a ratio below 0 or above 5 (the figure gives none there)
 * @example
 * ```ts
 * import { unpavedRoadWateringEfficiency } from "cobenefits";
 * unpavedRoadWateringEfficiency("2").PM10; // "0.75"
 * ```
 * @category Factors
 */
export function unpavedRoadWateringEfficiency(moistureRatio: DecimalString, path: readonly (string | number)[] = []): Record<RoadDustSpecies, DecimalString> {
  const m = isDecimalString(moistureRatio) ? new Dec(moistureRatio) : undefined;
  if (m === undefined || m.lt(0) || m.gt(5)) {
    throw new InvalidInputError("watering control efficiency", [{ code: "out_of_range", minimum: "0", maximum: "5", path, message: "the moisture ratio of AP-42 Figure 13.2.2-2 runs from 0 to 5 (the figure gives no value beyond)" }]);
  }
  let ce: Dec;
  if (m.lte(1)) ce = new Dec(0);
  else if (m.lte(2)) ce = m.minus(1).times("0.75");
  else ce = new Dec("0.75").plus(m.minus(2).times("0.2").div(3));
  const r = derivedValue(ce);
  return { "PM2.5": r, PM10: r, TSP: r };
}
