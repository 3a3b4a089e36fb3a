import { type ImpactsResult, computeImpacts } from "../impacts/computeImpacts.js";
import { type ExposureResult, computeExposure } from "../impacts/exposure/computeExposure.js";
import { computeHealth } from "../impacts/health/computeHealth.js";
import { computeValuation } from "../impacts/valuation/computeValuation.js";
import { Dec } from "../units/decimal.js";
import type { ImpactsParameterRanges } from "./impactsParameterRanges.js";
import { impactsParameterDraws } from "./impactsParameterDraws.js";
import { type TemperatureResult, temperatureResponse } from "../impacts/climate/temperatureResponse.js";
import { type ImpactsSection, parseImpactsSection } from "../impacts/impactsSection.js";
import { evaluateScenarioFast } from "../scenario/evaluate/evaluateScenarioFast.js";
import type { FastScenarioTables } from "../scenario/evaluate/fastScenarioResult.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";
import type { ExtraFigures } from "./runUncertainty.js";
import type { Summary } from "./summary.js";
import { type ImpactsTotalRange, type ImpactsTotalsPlan, impactsTotalsPlan, sumTotals, totalRanges } from "./impactsTotals.js";

/**
 * The impacts of the point run and the extra figures that carry each draw's emissions through
 * them: avoided deaths per year, measure, function and endpoint, their value per year, measure and
 * function, and the temperature change per year, measure and species group.
 * @category Uncertainty
 */
export interface ImpactsFigures extends ExtraFigures {
  /** The exact point run's impacts (the figures' order follows their rows). */
  readonly impacts: ImpactsResult;
  /** The exact point run's temperature response, when the section has `climate`. */
  readonly temperature: TemperatureResult | undefined;
  /** The period totals added after the rows' figures (summed within each draw). */
  readonly totals: ImpactsTotalsPlan;
}

/**
 * Extra figures ({@link ExtraFigures}) that carry each draw's emissions through the impacts
 * chain of the scenario's `impacts` section, for {@link runUncertainty}'s `extra`.
 *
 * Method: each draw's fast result gives every measure's Shapley share of each species and year.
 * The exact point run's rows of the chain's inputs (the per-sector shares of exposure, the
 * per-species shares of the temperature response) are scaled by the ratio of the draw's share to
 * the point run's fast share of the same measure, species and year, and the chain (exposure, the
 * concentration-response functions, valuation, the temperature response) is run on them. The
 * temperature response takes per-species shares, so its draws are those of the draw's shares. The
 * exposure takes per-sector shares: scaling them by the measure's ratio is exact when the drawn
 * inputs scale a measure's reduction of a species alike in every sector it reaches (a removal or
 * penetration range, a grid or NCV multiplier of one fuel, a factor row of one sector), and
 * otherwise keeps the point run's split of the measure's reduction between sectors (see
 * docs/uncertainty.md). With no input drawn each ratio is 1 and the figures are the point run's.
 * The CRF's non-linearity is kept: health is computed from each draw's concentration change.
 * With `ranges`, the draw's impacts parameters ({@link impactsParameterDraws}) act too: the
 * intake-fraction multiplier scales the primary part of each measure's concentration change, the
 * functions' drawn parameters give the avoided deaths, the drawn VSL their value, the drawn
 * temperature-potential multipliers scale their species' temperature change.
 * After the rows' figures come their totals ({@link ImpactsTotalRange}), summed within each draw:
 * avoided deaths and value per measure and function over the years, temperature change per year
 * and measure over the species groups.
 *
 * @param plan - the compiled plan (its scenario's `impacts` section)
 * @param exact - the exact point result of the plan (`evaluateScenario`)
 * @param ranges - the uncertainty section's `impacts` part: the chain's parameters to draw (none when undefined)
 * @returns the figures, or undefined when the scenario has no `impacts` section
 * @throws {@link cobenefits!InvalidInputError} as `computeImpacts` and `temperatureResponse` do
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { impactsFigures } from "cobenefits/uncertainty";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * impactsFigures(plan, evaluateScenario(plan)); // undefined
 * ```
 * @category Uncertainty
 */
export function impactsFigures(plan: Plan, exact: ScenarioResult, ranges?: ImpactsParameterRanges): ImpactsFigures | undefined {
  const raw = (plan.scenario as { readonly impacts?: unknown }).impacts;
  if (raw === undefined) return undefined;
  const section = parseImpactsSection(raw);
  const citations = plan.scenario.factors?.userCitations ?? [];
  const impacts = computeImpacts(exact, section, citations);
  const temperature = section.climate === undefined ? undefined : temperatureResponse(exact, section.climate);
  const draws = impactsParameterDraws(ranges, section);
  const names = [
    ...(impacts.health?.rows ?? []).map((r) => healthKey(r)),
    ...(impacts.valuation?.rows ?? []).map((r) => valuationKey(r)),
    ...(temperature?.groups ?? []).map((g) => temperatureKey(g)),
  ];
  const totals = impactsTotalsPlan(impacts, temperature);
  names.push(...totals.names);
  const pointTables = evaluateScenarioFast(plan).tables;
  const years = new Map(plan.years.map((y, i) => [y, i]));
  const measures = new Map(pointTables.measures.map((m, i) => [m, i]));
  const S = plan.species.length;
  const M = pointTables.measures.length;
  const at = (year: number, measure: string, species: string) => (((years.get(year) ?? 0) * M + (measures.get(measure) ?? 0)) * S + plan.species.indexOf(species as never)) * 3 + 2;
  const compute = (r: { readonly tables: FastScenarioTables }, _plan?: Plan, u?: Float64Array): Float64Array => {
    const scaled = (row: { readonly year: number; readonly measure: string; readonly species: string; readonly shapley: string }, bySector: boolean): string => {
      const k = at(row.year, row.measure, row.species);
      const p = pointTables.attribution[k] as number;
      const d = r.tables.attribution[k] as number;
      if (p === d) return row.shapley;
      // a share that is zero in the point run: the draw's value per species; per sector there is no split to scale, so it stays (see docs/uncertainty.md)
      if (p === 0) return bySector ? row.shapley : String(d);
      return new Dec(row.shapley).times(d / p).toString();
    };
    const drawn = {
      name: exact.name, years: exact.years, species: exact.species,
      attribution: exact.attribution.map((a) => ({ ...a, shapley: scaled(a, false) })),
      attributionBySector: exact.attributionBySector.map((a) => ({ ...a, shapley: scaled(a, true) })),
    } as unknown as ScenarioResult;
    const p = draws.parameters(u);
    const i = chain(drawn, section, p.intakeFraction, p.functions, p.valuation);
    const t = section.climate === undefined ? undefined : temperatureResponse(drawn, section.climate);
    const rows = [
      ...(i.health?.rows ?? []).map((x) => Number(x.avoidedDeaths)),
      ...(i.valuation?.rows ?? []).map((x) => Number(x.value)),
      ...(t === undefined ? [] : p.temperature.size === 0 ? t.groups.map((g) => Number(g.temperatureChange)) : scaledGroups(t, p.temperature)),
    ];
    return Float64Array.from([...rows, ...sumTotals(totals, rows)]);
  };
  return { names, compute, parameters: draws.count, impacts, temperature, totals };
}

/** The group rows' temperature change with each species' rows times its multiplier [K], in the groups' order. */
function scaledGroups(t: TemperatureResult, k: ReadonlyMap<string, number>): number[] {
  const sums = new Map<string, number>();
  for (const r of t.rows) {
    const key = `${r.year}|${r.measure}|${r.group}`;
    sums.set(key, (sums.get(key) ?? 0) + Number(r.temperatureChange) * (k.get(r.species) ?? 1));
  }
  return t.groups.map((g) => sums.get(`${g.year}|${g.measure}|${g.group}`) ?? 0);
}

/** computeImpacts with a draw's parameters (the section's sources were checked on the point run). */
function chain(result: ScenarioResult, section: ImpactsSection, intakeFraction: number, functions: Parameters<typeof computeHealth>[3], valuation: ImpactsSection["valuation"]): ImpactsResult {
  if (section.exposure === undefined) return {};
  const computed = computeExposure(result, section.exposure);
  const exposure = intakeFraction === 1 ? computed : scalePrimary(computed, intakeFraction);
  if (section.health === undefined) return { exposure };
  const health = computeHealth(exposure, section.health, ["impacts", "health"], functions);
  const v = valuation ?? section.valuation;
  return v === undefined ? { exposure, health } : { exposure, health, valuation: computeValuation(health, v) };
}

/** The exposure with every primary part times k [-] (the intake fractions' multiplier), the secondary unchanged. */
function scalePrimary(e: ExposureResult, k: number): ExposureResult {
  const rows = e.rows.map((r) => ({ ...r, total: new Dec(r.primary).times(k).plus(r.secondary).toString() }));
  const totals = e.totals.map((t) => ({ ...t, total: rows.filter((r) => r.year === t.year).reduce((s, r) => s.plus(r.total), new Dec(0)).toString() }));
  return { ...e, rows, totals };
}

const healthKey = (r: { readonly year: number; readonly measure: string; readonly function: string; readonly endpoint: string }) => `avoided deaths|${r.year}|${r.measure}|${r.function}|${r.endpoint}`;
const valuationKey = (r: { readonly year: number; readonly measure: string; readonly function: string }) => `value|${r.year}|${r.measure}|${r.function}`;
const temperatureKey = (g: { readonly year: number; readonly measure: string; readonly group: string }) => `temperature change|${g.year}|${g.measure}|${g.group}`;

/**
 * The 2.5th, 50th and 97.5th percentiles of the impacts figures over the draws, per row of the
 * point run's health, valuation and temperature-group tables (in their order), float64.
 * @category Uncertainty
 */
export interface ImpactsRanges {
  /** Avoided deaths per health row [death/yr]. */
  readonly health: readonly Summary[];
  /** Value per valuation row [currency/yr]. */
  readonly valuation: readonly Summary[];
  /** Temperature change per temperature group row [K]. */
  readonly temperature: readonly Summary[];
  /** The period totals: avoided deaths [death] and value [currency] per measure and function over the years, temperature change [K] per year and measure over the species groups. */
  readonly totals: readonly ImpactsTotalRange[];
}

/**
 * Picks the summaries of {@link impactsFigures} out of an uncertainty result, row by row.
 *
 * @param extra - the result's `extra` summaries (the impacts figures among them, by name)
 * @param figures - the figures given to {@link runUncertainty}
 * @returns the summaries per row of the point run's tables
 * @example
 * ```ts
 * import { impactsRanges } from "cobenefits/uncertainty";
 * impactsRanges([], { impacts: {}, temperature: undefined, totals: { keys: [], names: [], members: [] } }).health; // []
 * ```
 * @category Uncertainty
 */
export function impactsRanges(extra: readonly { readonly name: string; readonly value: Summary }[], figures: Pick<ImpactsFigures, "impacts" | "temperature" | "totals">): ImpactsRanges {
  const byName = new Map(extra.map((e) => [e.name, e.value]));
  const get = (name: string): Summary => {
    const s = byName.get(name);
    if (s === undefined) throw new Error(`internal: no summary of ${name}`);
    return s;
  };
  return {
    health: (figures.impacts.health?.rows ?? []).map((r) => get(healthKey(r))),
    valuation: (figures.impacts.valuation?.rows ?? []).map((r) => get(valuationKey(r))),
    temperature: (figures.temperature?.groups ?? []).map((g) => get(temperatureKey(g))),
    totals: totalRanges(figures.totals, get),
  };
}
