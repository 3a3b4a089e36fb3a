import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { nearestStrings } from "../../nearestStrings.js";
import { apportion } from "../../attribution/apportion.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { valueInYear } from "../yearValues.js";
import type { HealthResult } from "../health/computeHealth.js";
import type { ValuationSection } from "./valuationSection.js";
import { BUILTIN_VSL_PARAMETERS } from "./vslParameters.js";

/** Decimal places of values [currency/yr]. */
export const MONEY_PLACES = 2;

/**
 * The value of one measure's avoided deaths in one year under one function (summed over its
 * endpoints), in the valuation's currency and price year.
 * @category Impacts
 */
export interface ValuationRow {
  readonly year: number;
  readonly measure: string;
  readonly function: string;
  /** [currency/death] the transferred VSL of the year */
  readonly vsl: DecimalString;
  /** [death/yr] summed over the function's endpoints */
  readonly avoidedDeaths: DecimalString;
  /** [currency/yr] avoided deaths x VSL; over the measures they sum exactly to the year's total */
  readonly value: DecimalString;
  /** [currency/yr] avoided deaths x years per death x VSLY, when a VSLY is given */
  readonly valueVsly?: DecimalString;
  /** [currency/yr] the measure's cost in the year, when given */
  readonly cost?: DecimalString;
  /** [-] value / cost, when a positive cost is given */
  readonly benefitCostRatio?: DecimalString;
  /** Fuels the cost leaves unpriced (from a costs result): the cost, and so the ratio, is incomplete. */
  readonly costUnpricedFuels?: readonly string[];
}

/**
 * The valuation step's result.
 * @category Impacts
 */
export interface ValuationResult {
  readonly currency: string;
  readonly priceYear: number;
  readonly parameters: { readonly name: string; readonly baseValue: DecimalString; readonly baseIncome: DecimalString; readonly elasticity: DecimalString; readonly source: { readonly id: string; readonly table: string; readonly page?: string } };
  readonly rows: readonly ValuationRow[];
}

/**
 * Values the avoided deaths by benefit transfer (OECD 2012): VSL_y = VSL_base x (Y_y / Y_base) ^ e,
 * with the target income Y_y of each year, the base income Y_base and the elasticity e all named;
 * value = avoided deaths x VSL_y (exact decimals; the power to a fractional elasticity at 40
 * significant digits). Optionally life years: avoided deaths x years per death x VSLY. With
 * per-measure costs in the same currency and price year, the benefit-cost ratio value / cost.
 *
 * @param health - the health step's result
 * @param section - the `impacts.valuation` section
 * @param path - where the section is in the input [path]
 * @returns values per year, measure and function [currency/yr]
 * @throws {@link cobenefits!InvalidInputError} when the parameter set is unknown or in another currency or
 *   price year, a year has no target income, or a cost names a measure the scenario does not have
 * @example
 * ```ts
 * import { computeValuation } from "cobenefits/impacts";
 * typeof computeValuation; // "function"
 * ```
 * @category Impacts
 */
export function computeValuation(health: HealthResult, section: ValuationSection, path: readonly (string | number)[] = ["impacts", "valuation"]): ValuationResult {
  const issues: InputIssueInit[] = [];
  const p = section.vsl.parameters;
  let params: ValuationResult["parameters"] | undefined;
  if (typeof p === "string") {
    const b = BUILTIN_VSL_PARAMETERS.find((s) => s.name === p);
    if (b === undefined) {
      const near = nearestStrings(p, BUILTIN_VSL_PARAMETERS.map((s) => s.name), 2);
      issues.push({ path: [...path, "vsl", "parameters"], message: `unknown VSL parameter set "${p}"${near.length > 0 ? `; did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""}` });
    } else if (b.currency !== section.currency || b.priceYear !== section.priceYear) {
      issues.push({ path: [...path, "vsl", "parameters"], message: `"${b.name}" is in ${b.currency} of ${b.priceYear}, the valuation in ${section.currency} of ${section.priceYear}: set currency and priceYear to those of the set (and target incomes in them), or give your own converted parameters with their source` });
    } else params = { name: b.name, baseValue: b.baseValue, baseIncome: b.baseIncome, elasticity: section.vsl.incomeElasticity.value, source: b.source };
  } else params = { name: p.name, baseValue: p.baseValue, baseIncome: p.baseIncome, elasticity: section.vsl.incomeElasticity.value, source: p.source };
  const measures = new Set(health.rows.map((r) => r.measure));
  section.costs?.forEach((c, i) => {
    if (!measures.has(c.measure)) issues.push({ path: [...path, "costs", i, "measure"], message: `no measure "${c.measure}" in the scenario` });
  });
  if (params === undefined || issues.length > 0) throw new InvalidInputError("impacts valuation", issues);
  const rows: ValuationRow[] = [];
  const years = [...new Set(health.rows.map((r) => r.year))];
  const functions = [...new Set(health.rows.map((r) => r.function))];
  for (const year of years) {
    const income = valueInYear(section.vsl.targetIncome.values, year);
    if (income === undefined) {
      issues.push({ path: [...path, "vsl", "targetIncome", "values"], message: `no target income for ${year} (a value at or before it is needed)` });
      continue;
    }
    const vsl = new Dec(params.baseValue).times(new Dec(income).div(params.baseIncome).pow(params.elasticity));
    for (const fn of functions) {
      const these = health.rows.filter((r) => r.year === year && r.function === fn);
      const ms = [...new Set(these.map((r) => r.measure))];
      const deaths = ms.map((m) => these.filter((r) => r.measure === m).reduce((s, r) => s.plus(r.avoidedDeaths), new Dec(0)));
      const exact = deaths.map((d) => d.times(vsl));
      const total = exact.reduce((s, x) => s.plus(x), new Dec(0)).toDecimalPlaces(MONEY_PLACES);
      const values = ms.length === 0 ? [] : apportion(exact, total, MONEY_PLACES);
      ms.forEach((m, i) => {
        const value = values[i] ?? new Dec(0);
        const d = deaths[i] ?? new Dec(0);
        const cost = section.costs?.find((c) => c.measure === m && c.year === year);
        rows.push({
          year, measure: m, function: fn, vsl: vsl.toDecimalPlaces(MONEY_PLACES).toString(), avoidedDeaths: d.toString(), value: value.toString(),
          ...(section.vsly === undefined ? {} : { valueVsly: d.times(section.vsly.yearsPerDeath).times(section.vsly.value).toDecimalPlaces(MONEY_PLACES).toString() }),
          ...(cost === undefined ? {} : { cost: cost.value, ...(new Dec(cost.value).gt(0) ? { benefitCostRatio: value.div(cost.value).toSignificantDigits(6).toString() } : {}) }),
          ...(cost?.unpricedFuels === undefined ? {} : { costUnpricedFuels: cost.unpricedFuels }),
        });
      });
    }
  }
  if (issues.length > 0) throw new InvalidInputError("impacts valuation", issues);
  return { currency: section.currency, priceYear: section.priceYear, parameters: params, rows };
}
