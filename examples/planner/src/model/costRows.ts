import type { Plan, ScenarioResult } from "cobenefits";
import { type ScenarioCosts, scenarioCosts } from "cobenefits/costs";

/** One measure's costs in a year, to society, as the costs panel shows them. */
export interface CostRow {
  readonly measure: string;
  /** Annual cost to society [currency/yr], a decimal string from the library (exact); null when the library gives no row for that year. */
  readonly annual: string | null;
  /** Cost per tonne of each species and of CO2e under each metric: the ratio [currency/t] or, where there is none, why (`noReduction`, `emissionsRise`). */
  readonly perTonne: readonly { readonly of: string; readonly kind: "species" | "co2e"; readonly value: string | null; readonly status: string; readonly unit: string }[];
  /** Fuels the section gives no price for: the cost leaves their change out (the library's `unpricedFuels`). */
  readonly unpricedFuels: readonly string[];
}

/** What the costs panel shows: the library's costs of the plan, narrowed to one year and to society's perspective. */
export interface CostPanelData {
  readonly currency: string;
  readonly priceYear: number;
  readonly year: number;
  readonly rows: readonly CostRow[];
  /** Measures with no cost row in the scenario's `costs` section. */
  readonly uncosted: readonly string[];
}

/** Whether the scenario has a `costs` section (the panel applies). */
export const hasCosts = (plan: Plan): boolean => plan.scenario.costs !== undefined;

/**
 * The costs panel's rows: `scenarioCosts` of `cobenefits/costs` (the GAINS cost convention; cost per
 * tonne from each measure's Shapley share of the reduction) for the edited plan and its exact
 * result, in one year, to society. The numbers are the library's decimal strings, unchanged.
 *
 * @param plan - the edited plan (its `costs` section as written in the file)
 * @param exact - `evaluateScenario(plan)`
 * @param year - a year of the plan
 * @param costs - the costs when already computed (tests pass them to compare)
 */
export function costRows(plan: Plan, exact: ScenarioResult, year: number, costs: ScenarioCosts = scenarioCosts(plan, exact)): CostPanelData {
  const rows = plan.scenario.measures.map((m) => m.id).filter((id) => !costs.uncosted.includes(id)).map((measure): CostRow => {
    const annual = costs.annual.find((r) => r.measure === measure && r.year === year && r.perspective === "society");
    return {
    measure,
    annual: annual?.total ?? null,
    unpricedFuels: annual?.unpricedFuels ?? [],
    perTonne: costs.perTonne.filter((r) => r.measure === measure && r.year === year && r.perspective === "society").map((r) => ({ of: r.of, kind: r.kind, value: r.costPerTonne, status: r.status, unit: r.unit })),
    };
  });
  return { currency: costs.currency, priceYear: costs.priceYear, year, rows, uncosted: costs.uncosted };
}
