import type { PortfolioMeasure } from "./portfolioSchedules.js";
import { penetrationsInYear } from "./portfolioSchedules.js";

/**
 * What {@link leastCostPortfolio} minimises: the annualised cost of each chosen measure in a year,
 * at the chosen measures' penetrations in that year (0 before a measure's earliest year), in one
 * currency at one price year [currency/yr, float64]. A cost may depend on all the penetrations
 * (overlapping measures save fuel from the same activity); a measure absent from the returned
 * record costs nothing that year.
 * @category Optimisation
 */
export interface PortfolioCostModel {
  /** The currency and price year of every cost, e.g. `CNY (2020 prices)`. */
  readonly currency: string;
  /**
   * Each measure's annualised cost in `year` [currency/yr].
   * @param penetrations - the chosen measures' penetrations in `year` [fraction 0..1], by measure id
   * @param year - the year
   */
  readonly annualisedCosts: (penetrations: Readonly<Record<string, number>>, year: number) => Readonly<Record<string, number>>;
  /** What the costs leave out (e.g. a fuel without a price), said with the portfolio. */
  readonly incomplete?: readonly string[];
}

/**
 * The annualised cost of each chosen measure in each year, at the given levels [currency/yr].
 *
 * @param model - the cost model
 * @param measures - the chosen measures
 * @param levels - their levels [fraction], in the order of `measures`
 * @param years - the years whose costs count
 * @returns one row per measure and year
 * @throws {@link RangeError} when the model gives a cost that is not a finite number
 */
export function portfolioCosts(model: PortfolioCostModel, measures: readonly PortfolioMeasure[], levels: readonly number[], years: readonly number[]): { measureId: string; year: number; cost: number }[] {
  return years.flatMap((year) => {
    const byMeasure = model.annualisedCosts(penetrationsInYear(measures, levels, year), year);
    return measures.map((m) => {
      const cost = byMeasure[m.measureId] ?? 0;
      if (!Number.isFinite(cost)) throw new RangeError(`the cost model gave ${String(cost)} for measure "${m.measureId}" in ${year}; a cost must be a finite number`);
      return { measureId: m.measureId, year, cost };
    });
  });
}
