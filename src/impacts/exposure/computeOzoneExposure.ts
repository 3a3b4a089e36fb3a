import type { Provenance } from "../../citations/sourceRef.js";
import { apportion } from "../../attribution/apportion.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import type { OzoneExposureSection } from "./ozoneExposureSection.js";
import { TM5_FASST_BASE_EMISSIONS } from "./tm5FasstCoefficients.js";
import { type OzoneMetric, type OzonePrecursor, TM5_FASST_NMVOC_BASE_EMISSIONS, TM5_FASST_OZONE_COEFFICIENTS, TM5_FASST_OZONE_SOURCE } from "./tm5FasstOzoneCoefficients.js";

/** Decimal places of ozone changes [ppb]: the per-measure values sum exactly to the total at this precision. */
export const OZONE_PLACES = 12;

const PRECURSORS: readonly OzonePrecursor[] = ["NOx", "NMVOC", "SO2"];

/**
 * An ozone coefficient in use: the receptor's ozone metric change per tonne per year of precursor
 * change, and where it comes from (the built-in TM5-FASST table, or the scenario's own).
 * @category Impacts
 */
export interface OzoneCoefficientInUse extends Provenance {
  readonly precursor: OzonePrecursor;
  /** [ppb per t/yr] */
  readonly value: DecimalString;
  readonly origin: "built-in" | "user";
}

/**
 * The change of the ozone metric one measure causes in one year. Positive is a reduction (less
 * ozone); a NOx cut in NOx-rich air can be negative (titration).
 * @category Impacts
 */
export interface OzoneExposureRow {
  readonly year: number;
  readonly measure: string;
  /** [ppb] by precursor */
  readonly byPrecursor: { readonly NOx: DecimalString; readonly NMVOC: DecimalString; readonly SO2: DecimalString };
  /** [ppb] the sum over precursors; over the measures of a year these sum exactly to the year's total */
  readonly total: DecimalString;
}

/**
 * The ozone part of the exposure result: per year and measure, the reduction of the receptor's
 * ozone metric, the totals and the coefficients used.
 * @category Impacts
 */
export interface OzoneExposureResult {
  readonly metric: OzoneMetric;
  readonly unit: "ppb";
  readonly rows: readonly OzoneExposureRow[];
  /** Per year: the total reduction over all measures [ppb] (the sum of the rows' `total`, exactly). */
  readonly totals: readonly { readonly year: number; readonly total: DecimalString }[];
  readonly coefficients: readonly OzoneCoefficientInUse[];
}

/**
 * The ozone coefficients of an exposure section, per tonne: the built-in TM5-FASST ones for its
 * source and receptor regions, converted as rfasst's `m2_get_conc_m6m` does (a coefficient per 20 %
 * of the source region's base emission, times 5, divided by that base emission: value x 5 /
 * (E_base [kg/yr] / 1000) [ppb per t/yr]), each replaced by the scenario's own for the same
 * precursor where it gives one.
 *
 * @param ozone - the section's `exposure.ozone` part
 * @returns three coefficients (NOx, NMVOC, SO2), exact decimals
 * @example
 * ```ts
 * import { ozoneCoefficients } from "cobenefits/impacts";
 * // NMVOC, Mongolia on itself: 0.0207 ppb x 5 / 418,570 t = 2.4727e-7 ppb per t/yr
 * ozoneCoefficients({ model: "TM5-FASST", metric: "M6M", sourceRegion: "MON", receptorRegion: "MON" })[1]?.value.slice(0, 14); // "0.000000247270"
 * ```
 * @category Impacts
 */
export function ozoneCoefficients(ozone: OzoneExposureSection): OzoneCoefficientInUse[] {
  return PRECURSORS.map((precursor) => {
    const own = ozone.coefficients?.find((c) => c.precursor === precursor);
    if (own !== undefined) return { precursor, value: own.value, origin: "user" as const, source: own.source, quality: "userSupplied" as const };
    const row = TM5_FASST_OZONE_COEFFICIENTS.find((c) => c.precursor === precursor && c.sourceRegion === ozone.sourceRegion && c.receptorRegion === ozone.receptorRegion);
    const base = [...TM5_FASST_BASE_EMISSIONS, ...TM5_FASST_NMVOC_BASE_EMISSIONS].find((b) => b.precursor === precursor && b.region === ozone.sourceRegion);
    if (row === undefined || base === undefined) throw new Error(`built-in TM5-FASST ozone table lacks ${precursor} ${ozone.sourceRegion}->${ozone.receptorRegion}`);
    return {
      precursor, value: new Dec(row.perTwentyPercent).times(5).div(new Dec(base.emission).div(1000)).toString(), origin: "built-in" as const,
      source: TM5_FASST_OZONE_SOURCE, quality: "secondary" as const, via: "rfasst 1.1.0 data (JGCRI)",
      note: `${row.perTwentyPercent} ppb ${ozone.metric} per 20 % of the ${ozone.sourceRegion} base emission of ${base.emission} kg/yr, times 5, per tonne; receptor ${ozone.receptorRegion} (region mean as distributed)`,
    };
  });
}

/**
 * The change of the ozone metric per measure and year from a scenario's Shapley-attributed
 * emission reductions (exact decimals): dO3 = sum over precursors p of coefficient(p) [ppb per t/yr]
 * x dE_p [t/yr], counting only the named scopes. Linear in the reductions, so the Shapley shares of
 * the emissions carry over and the per-measure changes add up to the total.
 *
 * @param result - an exact scenario result (its `attributionBySector`)
 * @param ozone - the section's `exposure.ozone` part
 * @param scopes - the emission scopes released where the population lives (`exposure.scopes`)
 * @returns per-measure ozone reductions [ppb], the totals and the coefficients used
 * @example
 * ```ts
 * import { computeOzoneExposure } from "cobenefits/impacts";
 * typeof computeOzoneExposure; // "function"
 * ```
 * @category Impacts
 */
export function computeOzoneExposure(result: ScenarioResult, ozone: OzoneExposureSection, scopes: readonly string[]): OzoneExposureResult {
  const coefficients = ozoneCoefficients(ozone);
  const inScope = new Set(scopes);
  const measures = [...new Set(result.attributionBySector.map((a) => a.measure))];
  const rows: OzoneExposureRow[] = [];
  const totals: { year: number; total: DecimalString }[] = [];
  for (const year of result.years) {
    const by = new Map(measures.map((m) => [m, { NOx: new Dec(0), NMVOC: new Dec(0), SO2: new Dec(0) }]));
    for (const a of result.attributionBySector) {
      if (a.year !== year || !inScope.has(a.scope)) continue;
      const c = coefficients.find((x) => x.precursor === a.species);
      const m = by.get(a.measure);
      if (c === undefined || m === undefined) continue;
      m[c.precursor] = m[c.precursor].plus(new Dec(a.shapley).times(c.value));
    }
    const exact = measures.map((m) => { const b = by.get(m); return b === undefined ? new Dec(0) : b.NOx.plus(b.NMVOC).plus(b.SO2); });
    const total = exact.reduce((s, x) => s.plus(x), new Dec(0)).toDecimalPlaces(OZONE_PLACES);
    const shares = measures.length === 0 ? [] : apportion(exact, total, OZONE_PLACES);
    measures.forEach((m, i) => {
      const b = by.get(m) ?? { NOx: new Dec(0), NMVOC: new Dec(0), SO2: new Dec(0) };
      const s = (x: Dec) => x.toDecimalPlaces(OZONE_PLACES).toString();
      rows.push({ year, measure: m, byPrecursor: { NOx: s(b.NOx), NMVOC: s(b.NMVOC), SO2: s(b.SO2) }, total: (shares[i] ?? new Dec(0)).toString() });
    });
    totals.push({ year, total: total.toString() });
  }
  return { metric: ozone.metric, unit: "ppb", rows, totals, coefficients };
}
