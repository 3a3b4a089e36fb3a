import { CobenefitsError, type InputIssueInit, issueOfError } from "../errors.js";
import type { ClimateSection } from "../impacts/climate/climateSection.js";
import { metricValue } from "../metrics/toCo2e.js";
import { Dec } from "../units/decimal.js";
import type { TemperaturePotentialRange } from "./impactsParameterRanges.js";
import type { RangeDistribution } from "./rangeDistribution.js";

/**
 * The multiplier [-] on one species' temperature response that a `uncertainty.impacts.temperature`
 * row names, as a distribution, with the published range it comes from.
 * @category Uncertainty
 */
export interface TemperaturePotentialMultiplier {
  readonly species: string;
  readonly metric: string;
  /** The multiplier's distribution: the published uncertainty divided by the published value [-]. */
  readonly multiplier: RangeDistribution;
  /** The published value and its range, as the metric row gives them, e.g. `900 (120 to 1800)`. */
  readonly published: string;
  /** What the published range is, as the metric row says (e.g. `uncertainty as given in AR6 WG1 Table 7.15`). */
  readonly meaning: string;
}

/**
 * The multiplier on a species' temperature response (its AGTP at every time) drawn from the
 * published uncertainty of a named metric's value for the species, relative to that value: AR6
 * WG1 Table 7.15's value +/- h gives 1 - h/value to 1 + h/value; a range lower to upper (Bond et
 * al. 2013's BC GWP100, 900 with 120 to 1800) gives lower/value to upper/value. `uniform` spreads
 * the draws evenly over it, `triangular` peaks at 1 (the published value). The species'
 * temperature change is linear in its response, so each draw scales the species' rows.
 *
 * This treats the relative uncertainty of a metric (a GWP or GTP at one horizon, which for CH4
 * and N2O also carries the uncertainty of CO2's response) as that of the species' whole
 * temperature trajectory: an approximation, said in docs/uncertainty.md. The ranges are the
 * metric rows' own, with their citations and quality flags (`cobenefits metrics`); none is added here.
 *
 * @param row - the `uncertainty.impacts.temperature` row
 * @param climate - the scenario's `impacts.climate` (the species must have a response there), or undefined
 * @param path - where the row sits, e.g. `["uncertainty", "impacts", "temperature", 0]`
 * @returns the multiplier, or the issues that refuse the row (no climate section, no response for the species, an unknown metric, a value without a published uncertainty)
 * @example
 * ```ts
 * import { temperaturePotentialRange } from "cobenefits/uncertainty";
 * const m = temperaturePotentialRange({ species: "CH4", metric: "AR6-GWP100-nonfossilCH4", distribution: "uniform" }, { response: "AR6-7SM-AGTP", until: 2050 }, []);
 * "multiplier" in m && [m.multiplier.low, m.multiplier.high]; // ["0.5925925925925925925925925925925925925926", "1.407407407407407407407407407407407407407"]
 * ```
 * @category Uncertainty
 */
export function temperaturePotentialRange(row: TemperaturePotentialRange, climate: ClimateSection | undefined, path: readonly (string | number)[]): TemperaturePotentialMultiplier | { readonly issues: readonly InputIssueInit[] } {
  if (climate === undefined) return { issues: [{ path: [...path], message: "there is no impacts.climate whose temperature response it could vary" }] };
  const responds = row.species === "CH4" || row.species === "N2O" || (climate.shortLived ?? []).some((s) => s.species === row.species);
  if (!responds) return { issues: [{ code: "invalid_value", path: [...path, "species"], message: `${row.species} has no temperature response in impacts.climate (CH4, N2O, or a shortLived row's species${(climate.shortLived ?? []).length === 0 ? "; there is no shortLived row" : `: ${(climate.shortLived ?? []).map((s) => s.species).join(", ")}`})` }] };
  let v;
  try {
    v = metricValue(row.species as never, row.metric);
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    return { issues: [issueOfError(e, [...path, "metric"])] };
  }
  const u = v.uncertainty;
  if (u === undefined) return { issues: [{ code: "invalid_value", path: [...path, "metric"], message: `${row.metric} gives ${row.species} the value ${v.value} with no published uncertainty: name a metric whose value has one (e.g. AR6-GWP100-nonfossilCH4 for CH4 and N2O, Bond2013-GWP100 for BC)` }] };
  const value = new Dec(v.value);
  const [lower, upper] = u.kind === "plusMinus" ? [value.minus(u.halfWidth), value.plus(u.halfWidth)] : [new Dec(u.lower), new Dec(u.upper)];
  const low = lower.div(value).toString();
  const high = upper.div(value).toString();
  const multiplier: RangeDistribution = row.distribution === "uniform" ? { distribution: "uniform", low, high } : { distribution: "triangular", low, mode: "1", high };
  return { species: row.species, metric: row.metric, multiplier, published: `${v.value} (${lower.toString()} to ${upper.toString()})`, meaning: u.meaning };
}
