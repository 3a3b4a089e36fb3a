import { type ZodType, array, enum as zEnum, number, strictObject as object, string } from "zod";
import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { InvalidInputError } from "../errors.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { MAX_MEASURE_LIFETIME } from "../measures/measureKind.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * Who bears a cost: the party that pays for a measure (`paidBy`), or the payer of a subsidy.
 * `society` is not a payer: it is the sum of all of them (subsidies are transfers between payers
 * and cancel in it).
 * @category Costs
 */
export const PAYERS = ["household", "enterprise", "government"] as const;

/**
 * One of {@link PAYERS}.
 * @category Costs
 */
export type Payer = (typeof PAYERS)[number];

/**
 * A currency code: three capital letters (ISO 4217 style), e.g. `CNY`, `KRW`, `MNT`, `JPY`, `USD`.
 * @category Costs
 */
export const CURRENCY_PATTERN = /^[A-Z]{3}$/;

/**
 * A money amount per unit, as a cost row states it: a decimal string, a unit that starts with a
 * currency code (`CNY/household`, `CNY/t`, `CNY/household/yr`), the price year of the currency
 * when it is not the section's, and where it comes from.
 * @category Costs
 */
export interface CostValue {
  readonly value: DecimalString;
  /** Currency per unit, e.g. `CNY/household`; its currency is the first segment. */
  readonly unit: string;
  /** Price year of the currency [yr]; the section's `priceYear` when absent. */
  readonly priceYear?: number;
  readonly source?: SourceRef;
}

/**
 * A fuel price per year: `value` is a schedule (as activity levels are given) in `unit`
 * (`CNY/t`, `CNY/GJ`, `CNY/MWh`).
 * @category Costs
 */
export interface FuelPrice {
  readonly fuel: string;
  readonly unit: string;
  readonly value: Schedule;
  readonly priceYear?: number;
  readonly source?: SourceRef;
}

/**
 * How many units of the section's currency at its price year one unit of another currency or
 * price year is worth (an exchange rate, a deflator, or both).
 * @category Costs
 */
export interface CurrencyConversion {
  readonly currency: string;
  readonly priceYear: number;
  /** Units of the section's currency (at the section's price year) per unit of `currency` at `priceYear` [-]. */
  readonly factor: DecimalString;
  readonly source?: SourceRef;
}

/**
 * A subsidy paid by `payer` to the measure's `paidBy`: a transfer, so it changes who pays but not
 * what society pays. `on` names the cost it lowers: `investment` (per unit installed, annualised
 * as the investment), `fixedOM` (per unit in service per year), `variableOM` (per unit of
 * activity treated), or `fuel` (per unit of the named fuel the measure adds, e.g. a tariff
 * subsidy on heating electricity). Give either `amount` (currency per unit, as the cost it lowers)
 * or `share` (a fraction of that cost, 0..1; not for `fuel`).
 * @category Costs
 */
export interface Subsidy {
  readonly payer: Payer;
  readonly on: "investment" | "fixedOM" | "variableOM" | "fuel";
  /** For `on: fuel`: the fuel whose added use is subsidised. */
  readonly fuel?: string;
  readonly amount?: CostValue;
  readonly share?: DecimalString;
  readonly source?: SourceRef;
}

/**
 * The costs of one measure of the scenario: who pays, how long what it installs lasts, its
 * investment, fixed and variable operation and maintenance, and subsidies. Fuel and electricity
 * it saves or adds are priced from the section's `prices` through the energy balance.
 * @category Costs
 */
export interface MeasureCost {
  /** The id of a measure of the scenario. */
  readonly measure: string;
  /** Who pays the measure's costs before subsidies. */
  readonly paidBy: Payer;
  /** Years over which the investment is annualised [yr]; the measure's own `lifetime` when absent. */
  readonly lifetime?: number;
  /** Per unit installed: per unit of stock (`CNY/household`, `CNY/m2`) or per unit of annual activity treated (`CNY/t`: per t/yr). */
  readonly investment?: CostValue;
  /** Per unit in service per year (`CNY/household/yr`, `CNY/t/yr`). */
  readonly fixedOM?: CostValue;
  /** Per unit of activity treated (`CNY/t`, `CNY/GJ`). */
  readonly variableOM?: CostValue;
  readonly subsidies?: readonly Subsidy[];
}

/**
 * The `costs` section of a scenario: currency and price year of every figure, the discount rate
 * (no default: the scenario must state it), fuel and electricity prices per year, conversions of
 * other currencies or price years, and the costs of the measures.
 * @category Costs
 */
export interface CostsSection {
  readonly currency: string;
  readonly priceYear: number;
  /** Real discount rate [1/yr], e.g. `"0.04"`; annualises investments and discounts the NPV. */
  readonly discountRate: DecimalString;
  readonly discountRateSource?: SourceRef;
  /** The year the NPV is discounted to; the scenario's first year when absent. */
  readonly npvYear?: number;
  readonly conversions?: readonly CurrencyConversion[];
  readonly prices?: readonly FuelPrice[];
  /** Fuels whose price the analyst could not find, with the reason: their change is left out of the costs, and every cost row that misses one names it. Any other fuel a measure changes must have a price. */
  readonly unpricedFuels?: readonly { readonly fuel: string; readonly reason: string }[];
  readonly measures: readonly MeasureCost[];
}

const year = number().int().min(1900).max(2200);
const currencyUnit = string().min(1).refine((u) => CURRENCY_PATTERN.test(u.split("/")[0] ?? "") && u.includes("/"), {
  message: "expected a currency per unit, starting with a three-letter currency code, e.g. CNY/household, CNY/t or CNY/household/yr",
});
const fraction = decimalWhere((d) => d.gte(0) && d.lte(1), "expected a fraction between 0 and 1");

const costValueSchema = object({
  value: decimalStringSchema,
  unit: currencyUnit,
  priceYear: year.optional(),
  source: sourceRefSchema.optional(),
});

const subsidySchema = object({
  payer: zEnum(PAYERS),
  on: zEnum(["investment", "fixedOM", "variableOM", "fuel"]),
  fuel: string().min(1).optional(),
  amount: costValueSchema.optional(),
  share: fraction.optional(),
  source: sourceRefSchema.optional(),
}).superRefine((s, ctx) => {
  if ((s.amount === undefined) === (s.share === undefined)) ctx.addIssue({ code: "custom", path: ["amount"], message: "give either amount (currency per unit) or share (a fraction of the cost), not both or neither" });
  if (s.on === "fuel" && s.fuel === undefined) ctx.addIssue({ code: "custom", path: ["fuel"], message: "a subsidy on fuel names the fuel, e.g. fuel: electricity" });
  if (s.on !== "fuel" && s.fuel !== undefined) ctx.addIssue({ code: "custom", path: ["fuel"], message: `a subsidy on ${s.on} names no fuel` });
  if (s.on === "fuel" && s.share !== undefined) ctx.addIssue({ code: "custom", path: ["share"], message: "a subsidy on fuel is an amount per unit of fuel (e.g. CNY/MWh), not a share" });
});

const lifetime = number().int("a lifetime is a whole number of years").min(1, "a lifetime is at least 1 year").max(MAX_MEASURE_LIFETIME, `a lifetime is at most ${MAX_MEASURE_LIFETIME} years`);

const measureCostSchema = object({
  measure: string().min(1, "expected the id of a measure of the scenario"),
  paidBy: zEnum(PAYERS),
  lifetime: lifetime.optional(),
  investment: costValueSchema.optional(),
  fixedOM: costValueSchema.optional(),
  variableOM: costValueSchema.optional(),
  subsidies: array(subsidySchema).optional(),
}).superRefine((m, ctx) => {
  if (m.fixedOM !== undefined && !/\/(yr|a|year)$/.test(m.fixedOM.unit)) ctx.addIssue({ code: "custom", path: ["fixedOM", "unit"], message: "a fixed O&M cost is per unit per year, e.g. CNY/household/yr" });
  (m.subsidies ?? []).forEach((s, i) => {
    const cost = s.on === "fuel" ? true : m[s.on] !== undefined;
    if (!cost) ctx.addIssue({ code: "custom", path: ["subsidies", i, "on"], message: `the measure has no ${s.on} for this subsidy to lower` });
  });
});

const priceSchema = object({
  fuel: string().min(1),
  unit: currencyUnit,
  value: scheduleSchema,
  priceYear: year.optional(),
  source: sourceRefSchema.optional(),
});

const conversionSchema = object({
  currency: string().regex(CURRENCY_PATTERN, "expected a three-letter currency code, e.g. USD"),
  priceYear: year,
  factor: decimalWhere((d) => d.gt(0), "a conversion factor is above 0"),
  source: sourceRefSchema.optional(),
});

const sectionShape = object({
  currency: string().regex(CURRENCY_PATTERN, "expected a three-letter currency code, e.g. CNY"),
  priceYear: year,
  discountRate: decimalWhere((d) => d.gt(-1) && d.lt(1), "a discount rate is a fraction per year above -1 and below 1, e.g. \"0.04\" for 4%"),
  discountRateSource: sourceRefSchema.optional(),
  npvYear: year.optional(),
  conversions: array(conversionSchema).optional(),
  prices: array(priceSchema).optional(),
  unpricedFuels: array(object({ fuel: string().min(1), reason: string().min(1, "say why the fuel has no price") })).optional(),
  measures: array(measureCostSchema),
});

/**
 * Zod schema of the `costs` section ({@link CostsSection}). The discount rate is required: there
 * is no default. It also checks every cost row's currency and price year against the section's
 * (another currency or price year needs a conversion), and measures or fuels listed twice. Checks
 * that need the scenario (measure ids, units against the activities) are made when costs are
 * evaluated ({@link annualCosts}).
 * @category Costs
 */
export const costsSectionSchema: ZodType<CostsSection> = sectionShape.superRefine((section, ctx) => {
  for (const issue of sectionIssues(section as CostsSection)) ctx.addIssue({ code: "custom", path: [...issue.path], message: issue.message });
}).describe("measure costs, fuel prices and the discount rate (no default), validated by cobenefits/costs; see docs/costs.md") as unknown as ZodType<CostsSection>;

/** Every (currency, price year) a section's rows state, with the path of the row. */
function statedCurrencies(section: CostsSection): { readonly currency: string; readonly priceYear: number; readonly path: readonly (string | number)[] }[] {
  const of = (unit: string, priceYear: number | undefined, path: readonly (string | number)[]) => ({ currency: unit.split("/")[0]!, priceYear: priceYear ?? section.priceYear, path });
  const out = (section.prices ?? []).map((p, i) => of(p.unit, p.priceYear, ["prices", i]));
  section.measures.forEach((m, i) => {
    for (const k of ["investment", "fixedOM", "variableOM"] as const) {
      const v = m[k];
      if (v !== undefined) out.push(of(v.unit, v.priceYear, ["measures", i, k]));
    }
    (m.subsidies ?? []).forEach((s, j) => {
      if (s.amount !== undefined) out.push(of(s.amount.unit, s.amount.priceYear, ["measures", i, "subsidies", j, "amount"]));
    });
  });
  return out;
}

/**
 * The factor that turns an amount in `currency` at `priceYear` into the section's currency at its
 * price year: 1 for the section's own, else the conversion the section gives; undefined when it
 * gives none.
 *
 * @param section - a validated costs section
 * @param currency - a three-letter currency code
 * @param priceYear - the price year [yr]
 * @returns the factor [section currency / currency], or undefined
 * @example
 * ```ts
 * import { currencyFactor } from "cobenefits/costs";
 * const section = { currency: "CNY", priceYear: 2015, discountRate: "0.04", measures: [],
 *   conversions: [{ currency: "USD", priceYear: 2015, factor: "6.2284" }] };
 * currencyFactor(section, "USD", 2015)?.toString(); // "6.2284"
 * currencyFactor(section, "CNY", 2015)?.toString(); // "1"
 * currencyFactor(section, "EUR", 2015); // undefined
 * ```
 * @category Costs
 */
export function currencyFactor(section: CostsSection, currency: string, priceYear: number): Dec | undefined {
  if (currency === section.currency && priceYear === section.priceYear) return new Dec(1);
  const c = (section.conversions ?? []).find((x) => x.currency === currency && x.priceYear === priceYear);
  return c === undefined ? undefined : new Dec(c.factor);
}

/**
 * Validates a scenario's `costs` section with {@link costsSectionSchema}: its shape (a discount
 * rate is required, every cost unit starts with a currency code), every cost row's currency and
 * price year against the section's (another currency or price year needs a conversion), and
 * measures or fuels listed twice. Paths start at `path` (e.g. `["costs"]`) so that the scenario-file readers can
 * give lines.
 *
 * @param value - the section as read from the scenario (plain data)
 * @param path - where the section is in the scenario, e.g. `["costs"]`
 * @returns the validated section
 * @throws {@link cobenefits!InvalidInputError} listing every problem, each at its path (a missing
 *   `discountRate` is `missing required field "discountRate"` at `["costs", "discountRate"]`)
 * @example
 * ```ts
 * import { parseCostsSection } from "cobenefits/costs";
 * const s = parseCostsSection({ currency: "CNY", priceYear: 2015, discountRate: "0.04", measures: [] }, ["costs"]);
 * s.discountRate; // "0.04"
 * try { parseCostsSection({ currency: "CNY", priceYear: 2015, measures: [] }, ["costs"]); } catch (e) { (e as { issues: { path: unknown[] }[] }).issues[0]?.path; } // ["costs", "discountRate"]
 * ```
 * @category Costs
 */
export function parseCostsSection(value: unknown, path: readonly (string | number)[] = ["costs"]): CostsSection {
  const r = costsSectionSchema.safeParse(value);
  if (!r.success) throw new InvalidInputError("costs section", inputIssuesFromZod(r.error, value, path));
  return r.data;
}

/** The problems of a section that its fields' schemas cannot see: currencies without a conversion, measures and fuels listed twice. */
function sectionIssues(section: CostsSection): { readonly path: readonly (string | number)[]; readonly message: string }[] {
  const issues: { path: readonly (string | number)[]; message: string }[] = [];
  for (const s of statedCurrencies(section)) {
    if (currencyFactor(section, s.currency, s.priceYear) === undefined) {
      issues.push({
        path: s.path,
        message: `${s.currency} at price year ${s.priceYear} is not the section's ${section.currency} at ${section.priceYear}: give a conversion (conversions: [{ currency: ${s.currency}, priceYear: ${s.priceYear}, factor: "...", source: ... }]) or state the cost in ${section.currency} of ${section.priceYear}`,
      });
    }
  }
  const seen = new Map<string, number>();
  section.measures.forEach((m, i) => {
    const first = seen.get(m.measure);
    if (first !== undefined) issues.push({ path: ["measures", i, "measure"], message: `measure "${m.measure}" already has costs at measures[${first}]` });
    else seen.set(m.measure, i);
  });
  const prices = new Map<string, number>();
  (section.prices ?? []).forEach((p, i) => {
    const first = prices.get(p.fuel);
    if (first !== undefined) issues.push({ path: ["prices", i, "fuel"], message: `fuel "${p.fuel}" already has a price at prices[${first}]` });
    else prices.set(p.fuel, i);
  });
  (section.unpricedFuels ?? []).forEach((u, i) => {
    if (prices.has(u.fuel)) issues.push({ path: ["unpricedFuels", i, "fuel"], message: `fuel "${u.fuel}" has a price at prices[${prices.get(u.fuel)}]: it cannot also be unpriced` });
  });
  return issues;
}
