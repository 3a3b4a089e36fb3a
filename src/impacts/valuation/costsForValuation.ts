import { InvalidInputError } from "../../errors.js";
import type { DecimalString } from "../../units/decimal.js";
import type { ValuationSection } from "./valuationSection.js";
import { COSTS_RESULT_SOURCE_ID } from "../impactsSourceIssues.js";

/**
 * The part of a costs result (the costs layer's `ScenarioCosts`) the valuation reads: its currency
 * and price year, and the annual cost rows per year, measure and perspective, with the fuels left
 * unpriced. Structural, so that any costs result of this shape can be passed.
 * @category Impacts
 */
export interface AnnualCostsLike {
  readonly currency: string;
  readonly priceYear: number;
  readonly annual: readonly { readonly year: number; readonly measure: string; readonly perspective: string; readonly total: DecimalString; readonly unpricedFuels: readonly string[] }[];
}

/**
 * A valuation section whose per-measure costs are the annual totals of a costs result from one
 * perspective (e.g. `society`), replacing any costs it had. A cost row whose fuels were left
 * unpriced keeps that list (`unpricedFuels`), and the valuation rows made from it say so.
 *
 * @param section - the `impacts.valuation` section
 * @param costs - a costs result in the same currency and price year
 * @param perspective - whose costs, as the costs result names them
 * @returns the section with `costs` from the costs result
 * @throws {@link cobenefits!InvalidInputError} when the currency or price year differ, or the perspective has no rows
 * @example
 * ```ts
 * import { withCostsResult } from "cobenefits/impacts";
 * const section = { currency: "USD", priceYear: 2005, vsl: { parameters: "OECD2012-EU27", incomeElasticity: { value: "0.8", source: { id: "OECD2012-VSL", table: "t" } }, targetIncome: { values: [{ year: 2030, value: "5000" }], source: { id: "s", table: "t" } } } };
 * withCostsResult(section, { currency: "USD", priceYear: 2005, annual: [{ year: 2030, measure: "filters", perspective: "society", total: "1000", unpricedFuels: [] }] }, "society").costs?.[0]?.value; // "1000"
 * ```
 * @category Impacts
 */
export function withCostsResult(section: ValuationSection, costs: AnnualCostsLike, perspective: string): ValuationSection {
  if (costs.currency !== section.currency || costs.priceYear !== section.priceYear) {
    throw new InvalidInputError("impacts valuation", [{ path: ["impacts", "valuation", "costs"], message: `the costs are in ${costs.currency} of ${costs.priceYear}, the valuation in ${section.currency} of ${section.priceYear}: state both in the same currency and price year` }]);
  }
  const rows = costs.annual.filter((r) => r.perspective === perspective);
  if (rows.length === 0) {
    const have = [...new Set(costs.annual.map((r) => r.perspective))];
    throw new InvalidInputError("impacts valuation", [{ path: ["impacts", "valuation", "costs"], message: `the costs result has no rows for perspective "${perspective}" (it has ${have.join(", ") || "none"})` }]);
  }
  return {
    ...section,
    costs: rows.map((r) => ({
      measure: r.measure, year: r.year, value: r.total,
      source: { id: COSTS_RESULT_SOURCE_ID, table: `annual costs, perspective ${perspective}` },
      ...(r.unpricedFuels.length === 0 ? {} : { unpricedFuels: r.unpricedFuels }),
    })),
  };
}
