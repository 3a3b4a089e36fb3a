import { type ZodType, array, number, strictObject as object, string, union } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";
import { decimalStringSchema } from "../../units/quantity.js";
import { type YearValues, yearValuesSchema } from "../yearValues.js";

/**
 * VSL parameters the scenario gives itself for a benefit transfer: the base VSL and the income
 * it belongs to, in the valuation's currency and price year.
 * @category Impacts
 */
export interface UserVslParameters {
  readonly name: string;
  /** [currency/death] */
  readonly baseValue: DecimalString;
  /** [currency/person/yr] the income (GDP per capita) of the population the base value was measured in */
  readonly baseIncome: DecimalString;
  readonly source: SourceRef;
}

/**
 * The `impacts.valuation` part of a scenario: the value of the avoided deaths by benefit transfer,
 * VSL_target = VSL_base x (income_target / income_base) ^ elasticity, in an explicit currency and
 * price year; optionally a VSLY; and, with per-measure costs, benefit-cost ratios.
 * @category Impacts
 */
export interface ValuationSection {
  /** ISO 4217 code, e.g. `"USD"`: every value here and in the results is in it. */
  readonly currency: string;
  /** The price year every value is in. */
  readonly priceYear: number;
  readonly vsl: {
    /** A built-in parameter set's name (`cobenefits crf` lists them), or the scenario's own. */
    readonly parameters: string | UserVslParameters;
    /** The income elasticity of the VSL [-], named explicitly, with its source. */
    readonly incomeElasticity: { readonly value: DecimalString; readonly source: SourceRef };
    /** The target population's income per year [currency/person/yr], same basis as the base income. */
    readonly targetIncome: { readonly values: YearValues; readonly source: SourceRef };
  };
  /** Value of a statistical life year and the life years lost per avoided death, if life years are valued too. */
  readonly vsly?: { readonly value: DecimalString; readonly yearsPerDeath: DecimalString; readonly source: SourceRef };
  /** Per-measure costs for benefit-cost ratios [currency/yr], in the currency and price year above. */
  readonly costs?: readonly { readonly measure: string; readonly year: number; readonly value: DecimalString; readonly source: SourceRef; readonly unpricedFuels?: readonly string[] }[];
}

const dec = decimalStringSchema;

/**
 * Zod schema of {@link ValuationSection}.
 *
 * @example
 * ```ts
 * import { valuationSectionSchema } from "cobenefits/impacts";
 * valuationSectionSchema.safeParse({ currency: "USD" }).success; // false (priceYear and vsl are missing)
 * ```
 * @category Impacts
 */
export const valuationSectionSchema: ZodType<ValuationSection> = object({
  currency: string().regex(/^[A-Z]{3}$/, "expected an ISO 4217 currency code such as USD or MNT"),
  priceYear: number().int().min(1900).max(2300),
  vsl: object({
    parameters: union([string().min(1).max(200), object({ name: string().min(1).max(200), baseValue: dec, baseIncome: dec, source: sourceRefSchema })]),
    incomeElasticity: object({ value: dec, source: sourceRefSchema }),
    targetIncome: object({ values: yearValuesSchema, source: sourceRefSchema }),
  }),
  vsly: object({ value: dec, yearsPerDeath: dec, source: sourceRefSchema }).optional(),
  costs: array(object({ measure: string().min(1).max(200), year: number().int().min(1900).max(2300), value: dec, source: sourceRefSchema, unpricedFuels: array(string().min(1).max(200)).optional() })).optional(),
}) as ZodType<ValuationSection>;

