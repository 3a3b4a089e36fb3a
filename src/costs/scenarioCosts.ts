import { InvalidInputError } from "../errors.js";
import { docsUrl } from "../docsUrl.js";
import { type EnergyBalance, energyBalance } from "../scenario/evaluate/energyBalance.js";
import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import type { Plan } from "../scenario/plan.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { type AnnualCostRow, type Perspective, annualCosts } from "./annualCosts.js";
import { COST_PLACES, discountFactor } from "./capitalRecoveryFactor.js";
import { type CostsSection, parseCostsSection } from "./costsSection.js";
import { createCitationRegistry } from "../citations/registry.js";
import { costSourceIssues } from "./costSourceIssues.js";

/**
 * The method of {@link scenarioCosts}, as the outputs state it.
 * @example
 * ```ts
 * import { COSTS_METHOD } from "cobenefits/costs";
 * COSTS_METHOD.startsWith("GAINS cost convention"); // true
 * ```
 * @category Costs
 */
export const COSTS_METHOD =
  "GAINS cost convention (IIASA GAINS documentation, Costs, gains.docs.iiasa.ac.at/model/core/cost.html): annual cost = investment x r(1+r)^n/((1+r)^n-1) x units in service + fixed O&M x units in service + variable O&M x activity treated + (fuel and electricity added - saved) x price, the fuel change being the measure's Shapley share of the energy balance. Subsidies are transfers between payers: they cancel for society. NPV = sum over the scenario's years of annual cost / (1+r)^(year - npvYear): the annualised costs are discounted, so an investment counts only for the years of the horizon it serves. Cost per tonne = annual cost / the measure's Shapley share of the reduction in that year; no ratio where the reduction is zero or negative (status).";

/**
 * A measure's net present cost over the scenario's years from one perspective [currency]:
 * sum of its annual totals discounted to `npvYear`; exact (the discount factors are rounded to
 * {@link DISCOUNT_PLACES} places).
 * @category Costs
 */
export interface CostNpvRow {
  readonly measure: string;
  readonly perspective: Perspective;
  readonly npv: DecimalString;
  readonly npvYear: number;
  readonly firstYear: number;
  readonly lastYear: number;
}

/**
 * Why a cost per tonne is or is not given: `ok`; `noReduction` (the measure's share of the
 * reduction is zero: no division); `emissionsRise` (negative: the measure raises emissions, so a
 * cost per tonne avoided has no meaning).
 * @category Costs
 */
export type CostPerTonneStatus = "ok" | "noReduction" | "emissionsRise";

/**
 * A measure's annual cost per tonne avoided in one year, from one perspective, of one species
 * (`of` = the species, `unit` = `<currency>/t`) or of CO2e under one metric (`of` = the metric,
 * `unit` = `<currency>/t CO2-eq`) [currency/t].
 * @category Costs
 */
export interface CostPerTonneRow {
  readonly year: number;
  readonly measure: string;
  readonly perspective: Perspective;
  readonly kind: "species" | "co2e";
  /** The species, or the metric's name for CO2e. */
  readonly of: string;
  /** Annual cost [currency/yr]. */
  readonly cost: DecimalString;
  /** The measure's Shapley share of the reduction [t/yr or t CO2-eq/yr]. */
  readonly reduction: DecimalString;
  /** cost / reduction rounded half-even to {@link COST_PLACES}; null unless status is `ok`. */
  readonly costPerTonne: DecimalString | null;
  readonly status: CostPerTonneStatus;
  readonly unit: string;
  /** As the annual cost row: fuels left unpriced, so the cost (and the ratio) is incomplete. */
  readonly unpricedFuels: readonly string[];
}

/**
 * The costs of a scenario: annual costs per measure, year and perspective, NPVs, costs per tonne
 * avoided, and the measures that have no costs.
 * @category Costs
 */
export interface ScenarioCosts {
  /** {@link COSTS_METHOD}. */
  readonly method: string;
  readonly currency: string;
  readonly priceYear: number;
  readonly discountRate: DecimalString;
  readonly npvYear: number;
  readonly annual: readonly AnnualCostRow[];
  readonly npv: readonly CostNpvRow[];
  readonly perTonne: readonly CostPerTonneRow[];
  /** Measures of the scenario the costs section does not price (no row: not a zero cost). */
  readonly uncosted: readonly string[];
}

/**
 * The costs of a scenario's measures: {@link annualCosts}, their NPV over the scenario's years,
 * and the cost per tonne avoided of each species and of CO2e under each named metric, per
 * measure, year and perspective ({@link COSTS_METHOD}).
 *
 * @param plan - the compiled plan
 * @param result - {@link cobenefits!evaluateScenario} of the plan (its Shapley shares are the reductions)
 * @param section - a validated costs section; by default the scenario's own `costs`, validated
 * @param balance - the plan's {@link cobenefits!energyBalance}, when already computed
 * @returns the costs [currency/yr, currency, currency/t]
 * @throws {@link cobenefits!InvalidInputError} when no section is given and the scenario has none, for
 *   a source that is not in the citation registry (built-in or the scenario's userCitations), or as {@link annualCosts}
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { scenarioCosts } from "cobenefits/costs";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2031 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "boilers", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }],
 *   costs: { currency: "CNY", priceYear: 2020, discountRate: "0.25", measures: [{ measure: "fgd", paidBy: "enterprise", variableOM: { value: "81", unit: "CNY/TJ" } }] } });
 * const costs = scenarioCosts(plan, evaluateScenario(plan));
 * // SO2 900 g/GJ x 100 TJ x 0.9 = 81 t/yr avoided for 8100 CNY/yr: 100 CNY/t; NPV 8100 + 8100 / 1.25 = 14580
 * costs.perTonne.filter((r) => r.perspective === "society").map((r) => [r.year, r.costPerTonne, r.status]); // [[2030, "100", "ok"], [2031, "100", "ok"]]
 * costs.npv[0]?.npv; // "14580"
 * ```
 * @category Costs
 */
export function scenarioCosts(plan: Plan, result: ScenarioResult, section?: CostsSection, balance?: EnergyBalance): ScenarioCosts {
  if (section === undefined && plan.scenario.costs === undefined) {
    throw new InvalidInputError("costs", [{ path: ["costs"], code: "missing", message: `the scenario has no costs section: add one (see ${docsUrl("costs.md")}) or pass a section` }]);
  }
  const s = section ?? parseCostsSection(plan.scenario.costs, ["costs"]);
  const unknown = costSourceIssues(s, createCitationRegistry(plan.scenario.factors?.userCitations ?? []));
  if (unknown.length > 0) throw new InvalidInputError("costs", unknown.map((i) => ({ path: ["costs", ...i.path], code: "unknown_reference" as const, message: i.message })));
  const annual = annualCosts(plan, s, ["costs"], balance ?? energyBalance(plan));
  const npvYear = s.npvYear ?? plan.years[0]!;
  const factors = new Map(plan.years.map((y) => [y, discountFactor(s.discountRate, y, npvYear)]));
  const npvs = new Map<string, { measure: string; perspective: Perspective; npv: Dec }>();
  for (const r of annual) {
    const key = `${r.measure}\u0000${r.perspective}`;
    const e = npvs.get(key) ?? { measure: r.measure, perspective: r.perspective, npv: new Dec(0) };
    e.npv = e.npv.plus(new Dec(r.total).times(factors.get(r.year)!));
    npvs.set(key, e);
  }
  const npv = [...npvs.values()].map((e) => ({ measure: e.measure, perspective: e.perspective, npv: e.npv.toString(), npvYear, firstYear: plan.years[0]!, lastYear: plan.years[plan.years.length - 1]! }));
  const species = new Map(result.attribution.map((a) => [`${a.year}\u0000${a.measure}\u0000${a.species}`, a.shapley]));
  const co2e = new Map(result.co2eAttribution.map((a) => [`${a.year}\u0000${a.measure}\u0000${a.metric}`, a.shapley]));
  const perTonne: CostPerTonneRow[] = [];
  for (const r of annual) {
    const of = (kind: "species" | "co2e", name: string, reduction: DecimalString, unit: string) => perTonne.push(costPerTonne(r, kind, name, reduction, unit));
    for (const sp of result.species) of("species", sp, species.get(`${r.year}\u0000${r.measure}\u0000${sp}`) ?? "0", `${s.currency}/t`);
    for (const m of result.metrics) of("co2e", m, co2e.get(`${r.year}\u0000${r.measure}\u0000${m}`) ?? "0", `${s.currency}/t CO2-eq`);
  }
  const priced = new Set(s.measures.map((m) => m.measure));
  return {
    method: COSTS_METHOD, currency: s.currency, priceYear: s.priceYear, discountRate: s.discountRate, npvYear, annual, npv, perTonne,
    uncosted: plan.measures.map((m) => m.measure.id).filter((id) => !priced.has(id)),
  };
}

/** One cost-per-tonne row: the ratio where the reduction is positive, else the status. */
function costPerTonne(r: AnnualCostRow, kind: "species" | "co2e", of: string, reduction: DecimalString, unit: string): CostPerTonneRow {
  const d = new Dec(reduction);
  const status: CostPerTonneStatus = d.isZero() ? "noReduction" : d.lt(0) ? "emissionsRise" : "ok";
  const ratio = status === "ok" ? new Dec(r.total).div(d).toDecimalPlaces(COST_PLACES, Dec.ROUND_HALF_EVEN).toString() : null;
  return { year: r.year, measure: r.measure, perspective: r.perspective, kind, of, cost: r.total, reduction, costPerTonne: ratio, status, unit, unpricedFuels: r.unpricedFuels };
}
