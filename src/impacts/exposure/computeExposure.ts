import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { sectorWithin } from "../../factors/sectorWithin.js";
import { apportion } from "../../attribution/apportion.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { valueInYear } from "../yearValues.js";
import type { ExposureSection } from "./exposureSection.js";
import { BUILTIN_INTAKE_FRACTIONS } from "./intakeFractions.js";
import { nearestStrings } from "../../nearestStrings.js";
import { type OzoneExposureResult, computeOzoneExposure } from "./computeOzoneExposure.js";
import { type SecondaryCoefficientInUse, secondaryCoefficients } from "./secondaryCoefficients.js";

/** Decimal places of concentration changes [ug/m3]: the per-measure values sum exactly to the total at this precision. */
export const CONCENTRATION_PLACES = 12;

/**
 * The change of population-weighted annual mean PM2.5 one measure causes in one year, by pathway.
 * Positive is a reduction (cleaner air).
 * @category Impacts
 */
export interface ExposureRow {
  readonly year: number;
  readonly measure: string;
  /** [ug/m3] from primary PM2.5 (intake fractions) */
  readonly primary: DecimalString;
  /** [ug/m3] from SO2, NOx and NH3 (source-receptor coefficients) */
  readonly secondary: DecimalString;
  /** [ug/m3] primary + secondary; over the measures of a year these sum exactly to the year's total */
  readonly total: DecimalString;
}

/**
 * The exposure step's result: per year and measure, the reduction of population-weighted PM2.5,
 * and what it was computed with.
 * @category Impacts
 */
export interface ExposureResult {
  readonly rows: readonly ExposureRow[];
  /** Per year: the total reduction over all measures [ug/m3] (the sum of the rows' `total`, exactly). */
  readonly totals: readonly { readonly year: number; readonly total: DecimalString }[];
  /** The intake fraction each route used. */
  readonly intakeFractions: readonly { readonly sector: string; readonly name: string; readonly value: DecimalString; readonly setting: string; readonly source: { readonly id: string; readonly table: string; readonly page?: string } }[];
  readonly secondaryCoefficients: readonly SecondaryCoefficientInUse[];
  /** The ozone metric's change per measure and year, when the section has `ozone`. */
  readonly ozone?: OzoneExposureResult;
}

const DAYS_PER_YEAR = 365;

/**
 * The change of population-weighted annual mean PM2.5 per measure and year from a scenario's
 * Shapley-attributed emission reductions (exact decimals):
 * - primary: dC = sum over routes of iF [ppm] x 1e-6 x dE [t/yr] x 1e12 [ug/t] / (BR [m3/person/day] x 365 [day/yr] x P [person]),
 *   each sector's PM2.5 reduction taking the intake fraction of its most specific route;
 * - secondary: dC = sum over precursors and components of coefficient [ug/m3 per t/yr] x dE_precursor [t/yr];
 * - ozone (when the section has `ozone`): the M6M change [ppb], {@link computeOzoneExposure}.
 * Only the scopes the section names are counted. Both are linear in the emission reductions, so
 * the Shapley shares of the emissions carry over: the per-measure changes add up to the total.
 *
 * @param result - an exact scenario result (its `attributionBySector`)
 * @param section - the `impacts.exposure` section
 * @param path - where the section is in the input [path]
 * @returns per-measure concentration reductions [ug/m3], the totals and the coefficients used
 * @throws {@link cobenefits!InvalidInputError} when a year has no population, a sector with a PM2.5 change
 *   has no route, or a route names an intake fraction that is not built in (with suggestions)
 * @example
 * ```ts
 * import { computeExposure } from "cobenefits/impacts";
 * typeof computeExposure; // "function"
 * ```
 * @category Impacts
 */
export function computeExposure(result: ScenarioResult, section: ExposureSection, path: readonly (string | number)[] = ["impacts", "exposure"]): ExposureResult {
  const issues: InputIssueInit[] = [];
  const routes = (section.primary?.routes ?? []).map((r, i) => {
    if (typeof r.intakeFraction !== "string") return { sector: r.sector, name: r.intakeFraction.name, value: r.intakeFraction.value, setting: r.intakeFraction.setting, source: r.intakeFraction.source };
    const name = r.intakeFraction;
    const b = BUILTIN_INTAKE_FRACTIONS.find((f) => f.name === name);
    if (b === undefined) {
      const near = nearestStrings(name, BUILTIN_INTAKE_FRACTIONS.map((f) => f.name), 2);
      issues.push({ path: [...path, "primary", "routes", i, "intakeFraction"], message: `unknown intake fraction "${name}"${near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""} (built in: ${BUILTIN_INTAKE_FRACTIONS.map((f) => f.name).join(", ")})` });
      return undefined;
    }
    return { sector: r.sector, name: b.name, value: b.value, setting: b.setting, source: b.source };
  });
  const scopes = new Set<string>(section.scopes);
  const secondary = section.secondary === undefined ? [] : secondaryCoefficients(section.secondary);
  const measures = [...new Set(result.attributionBySector.map((a) => a.measure))];
  const rows: ExposureRow[] = [];
  const totals: { year: number; total: DecimalString }[] = [];
  const unrouted = new Set<string>();
  for (const year of result.years) {
    const pop = valueInYear(section.population.values, year);
    if (pop === undefined || new Dec(pop).isZero()) {
      issues.push({ path: [...path, "population", "values"], message: `no population for ${year} (a positive value at or before it is needed)` });
      continue;
    }
    const perTonnePerPpm = new Dec(1e6).div(new Dec(section.breathingRate.value).times(DAYS_PER_YEAR).times(pop));
    const primary = new Map<string, Dec>(measures.map((m) => [m, new Dec(0)]));
    const second = new Map<string, Dec>(measures.map((m) => [m, new Dec(0)]));
    for (const a of result.attributionBySector) {
      if (a.year !== year || !scopes.has(a.scope)) continue;
      const dE = new Dec(a.shapley);
      if (dE.isZero()) continue;
      if (a.species === "PM2.5" && section.primary !== undefined) {
        let best: { sector: string; value: DecimalString } | undefined;
        for (const r of routes) if (r !== undefined && sectorWithin(a.sector, r.sector) && (best === undefined || r.sector.length > best.sector.length)) best = r;
        if (best === undefined) unrouted.add(a.sector);
        else primary.set(a.measure, (primary.get(a.measure) ?? new Dec(0)).plus(dE.times(best.value).times(perTonnePerPpm)));
      }
      for (const c of secondary) if (c.precursor === a.species) second.set(a.measure, (second.get(a.measure) ?? new Dec(0)).plus(dE.times(c.value)));
    }
    const exact = measures.map((m) => (primary.get(m) ?? new Dec(0)).plus(second.get(m) ?? new Dec(0)));
    const total = exact.reduce((s, x) => s.plus(x), new Dec(0)).toDecimalPlaces(CONCENTRATION_PLACES);
    const shares = measures.length === 0 ? [] : apportion(exact, total, CONCENTRATION_PLACES);
    measures.forEach((m, i) => rows.push({
      year, measure: m,
      primary: (primary.get(m) ?? new Dec(0)).toDecimalPlaces(CONCENTRATION_PLACES).toString(),
      secondary: (second.get(m) ?? new Dec(0)).toDecimalPlaces(CONCENTRATION_PLACES).toString(),
      total: (shares[i] ?? new Dec(0)).toString(),
    }));
    totals.push({ year, total: total.toString() });
  }
  if (unrouted.size > 0) issues.push({ path: [...path, "primary", "routes"], message: `no route for the PM2.5 changes of sector${unrouted.size === 1 ? "" : "s"} ${[...unrouted].sort().join(", ")}: add a route for each (or a parent code)` });
  if (issues.length > 0) throw new InvalidInputError("impacts exposure", issues);
  return {
    rows, totals, secondaryCoefficients: secondary,
    intakeFractions: routes.filter((r) => r !== undefined).map((r) => ({ sector: r.sector, name: r.name, value: r.value, setting: r.setting, source: r.source })),
    ...(section.ozone === undefined ? {} : { ozone: computeOzoneExposure(result, section.ozone, section.scopes) }),
  };
}
