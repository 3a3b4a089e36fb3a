import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { SHAPLEY_FAST_MAX_MEASURES } from "../../attribution/shapleyFast.js";
import { sumGameShares } from "../../attribution/sumGameShares.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { valueInYear } from "../yearValues.js";
import type { ExposureResult } from "../exposure/computeExposure.js";
import type { Endpoint } from "./endpoints.js";
import type { HealthSection } from "./healthSection.js";
import { type CrfBound, relativeRisk } from "./relativeRisk.js";
import { resolveCrfs } from "./resolveCrfs.js";
import type { ConcentrationResponseFunction } from "./crfs.js";

/** Decimal places of avoided deaths: the per-measure values sum exactly to the total at this precision. */
export const DEATH_PLACES = 6;

/**
 * Avoided deaths in one year from one measure under one function and endpoint.
 * @category Impacts
 */
export interface HealthRow {
  readonly year: number;
  readonly measure: string;
  readonly function: string;
  readonly endpoint: Endpoint;
  /** [ug/m3] the measure's reduction of population-weighted PM2.5; for an ozone function (`pollutant: O3`) the reduction of the ozone metric [ppb] */
  readonly concentrationReduction: DecimalString;
  /** [death/yr] the measure's Shapley share of the avoided deaths; over the measures they sum exactly to the total */
  readonly avoidedDeaths: DecimalString;
  /** [death/yr] with the function's lower parameter bound (see the function's `bounds`) */
  readonly avoidedDeathsLow: DecimalString;
  /** [death/yr] with the function's upper parameter bound */
  readonly avoidedDeathsHigh: DecimalString;
}

/**
 * The health step's result: avoided deaths per year, measure, function and endpoint, the totals,
 * and the functions used (with their parameters and sources).
 * @category Impacts
 */
export interface HealthResult {
  readonly rows: readonly HealthRow[];
  readonly totals: readonly { readonly year: number; readonly function: string; readonly endpoint: Endpoint; readonly baselineConcentration: DecimalString; readonly concentrationReduction: DecimalString; readonly avoidedDeaths: DecimalString; readonly avoidedDeathsLow: DecimalString; readonly avoidedDeathsHigh: DecimalString }[];
  readonly functions: readonly ConcentrationResponseFunction[];
}

/**
 * The avoided deaths of each measure: for a year, a function's endpoint and a set S of measures,
 * avoided(S) = M0 x (1 - RR(C0 - dC_S) / RR(C0)), where M0 is the baseline deaths of the endpoint,
 * C0 the baseline population-weighted PM2.5 and dC_S the sum of the measures' concentration
 * reductions (additive, from {@link computeExposure}); for an ozone function (`pollutant: O3`) C0 is
 * the section's `ozoneBaseline` and dC_S the sum of the measures' ozone metric reductions [ppb]. The functions are non-linear, so each
 * measure's share is its Shapley value in that game (float64, `shapleyFast`), apportioned to
 * {@link DEATH_PLACES} decimals so that the shares add up exactly to the total avoided(all).
 * Low and high repeat the game with the function's lower and upper parameter bounds.
 *
 * @param exposure - the exposure step's result
 * @param section - the `impacts.health` section
 * @param path - where the section is in the input [path]
 * @param resolved - the section's functions, resolved ({@link resolveCrfs}); the uncertainty layer passes them with drawn parameters
 * @returns avoided deaths per year, measure, function and endpoint [death/yr]
 * @throws {@link cobenefits!InvalidInputError} when a year has no baseline concentration, an endpoint of a
 *   chosen function has no baseline deaths, a function is unknown, or there are more measures
 *   than Shapley shares are computed for (24)
 * @example
 * ```ts
 * import { computeHealth } from "cobenefits/impacts";
 * typeof computeHealth; // "function"
 * ```
 * @category Impacts
 */
export function computeHealth(exposure: ExposureResult, section: HealthSection, path: readonly (string | number)[] = ["impacts", "health"], resolved?: readonly ConcentrationResponseFunction[]): HealthResult {
  const functions = resolved ?? resolveCrfs(section, path);
  const issues: InputIssueInit[] = [];
  const measures = [...new Set(exposure.rows.map((r) => r.measure))];
  if (measures.length > SHAPLEY_FAST_MAX_MEASURES) issues.push({ path: ["measures"], message: `avoided deaths are attributed for at most ${SHAPLEY_FAST_MAX_MEASURES} measures, the scenario has ${measures.length}` });
  functions.forEach((f, i) => {
    for (const e of f.endpoints) {
      if (!section.baselineDeaths.some((d) => d.endpoint === e.endpoint)) issues.push({ path: [...path, "baselineDeaths"], message: `function "${f.name}" (functions[${i}]) acts on endpoint "${e.endpoint}", which has no baseline deaths: add { endpoint: ${e.endpoint}, values, unit: death/yr, source }` });
    }
  });
  functions.forEach((f, i) => {
    if (f.pollutant !== "O3") return;
    if (exposure.ozone === undefined) issues.push({ path: [...path, "functions", i], message: `function "${f.name}" acts on ozone: add impacts.exposure.ozone (model TM5-FASST, metric M6M, sourceRegion, receptorRegion)` });
    if (section.ozoneBaseline === undefined) issues.push({ path: [...path, "ozoneBaseline"], message: `function "${f.name}" acts on ozone: add ozoneBaseline { metric: M6M, values, unit: ppb, source }, the receptor's ozone metric without the measures` });
  });
  if (section.ozoneBaseline !== undefined && exposure.ozone === undefined) issues.push({ path: [...path, "ozoneBaseline"], message: "an ozone baseline without impacts.exposure.ozone: no ozone change to act on" });
  if (issues.length > 0) throw new InvalidInputError("impacts health", issues);
  const rows: HealthRow[] = [];
  const totals: HealthResult["totals"][number][] = [];
  for (const t of exposure.totals) {
    const c0pm = valueInYear(section.baselineConcentration.values, t.year);
    if (c0pm === undefined && functions.some((f) => f.pollutant !== "O3")) issues.push({ path: [...path, "baselineConcentration", "values"], message: `no baseline concentration for ${t.year} (a value at or before it is needed)` });
    const c0o3 = section.ozoneBaseline === undefined ? undefined : valueInYear(section.ozoneBaseline.values, t.year);
    if (section.ozoneBaseline !== undefined && c0o3 === undefined && functions.some((f) => f.pollutant === "O3")) issues.push({ path: [...path, "ozoneBaseline", "values"], message: `no ozone baseline for ${t.year} (a value at or before it is needed)` });
    for (const f of functions) {
      const ozone = f.pollutant === "O3";
      const c0 = ozone ? c0o3 : c0pm;
      if (c0 === undefined) continue;
      const dcTotal = ozone ? exposure.ozone?.totals.find((x) => x.year === t.year)?.total : t.total;
      if (dcTotal === undefined) continue;
      const byMeasure = measures.map((m) => (ozone ? exposure.ozone?.rows : exposure.rows)?.find((r) => r.year === t.year && r.measure === m)?.total ?? "0");
      const dc = byMeasure.map(Number);
      for (const e of f.endpoints) {
        const deaths = section.baselineDeaths.find((d) => d.endpoint === e.endpoint);
        const m0 = deaths === undefined ? undefined : valueInYear(deaths.values, t.year);
        if (m0 === undefined) {
          issues.push({ path: [...path, "baselineDeaths"], message: `no baseline deaths of "${e.endpoint}" for ${t.year} (a value at or before it is needed)` });
          continue;
        }
        const shares = (bound: CrfBound) => {
          const base = relativeRisk(e, Number(c0), bound);
          return sumGameShares(dc, (d) => Number(m0) * (1 - relativeRisk(e, Number(c0) - d, bound) / base), DEATH_PLACES);
        };
        const central = shares("central");
        const low = shares("low");
        const high = shares("high");
        measures.forEach((m, i) => rows.push({
          year: t.year, measure: m, function: f.name, endpoint: e.endpoint, concentrationReduction: byMeasure[i] ?? "0",
          avoidedDeaths: (central.each[i] ?? new Dec(0)).toString(), avoidedDeathsLow: (low.each[i] ?? new Dec(0)).toString(), avoidedDeathsHigh: (high.each[i] ?? new Dec(0)).toString(),
        }));
        totals.push({ year: t.year, function: f.name, endpoint: e.endpoint, baselineConcentration: c0, concentrationReduction: dcTotal, avoidedDeaths: central.total.toString(), avoidedDeathsLow: low.total.toString(), avoidedDeathsHigh: high.total.toString() });
      }
    }
  }
  if (issues.length > 0) throw new InvalidInputError("impacts health", issues);
  return { rows, totals, functions };
}
