import type { Provenance } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";

/**
 * A built-in base value of a statistical life for benefit transfer, with its published range, the
 * income it belongs to, and the published income elasticity and its range (for reference: a
 * scenario names its elasticity explicitly).
 * @category Impacts
 */
export interface VslParameterSet extends Provenance {
  readonly name: string;
  readonly description: string;
  readonly currency: string;
  readonly priceYear: number;
  /** [currency/death] central, low, high */
  readonly baseValue: DecimalString;
  readonly baseValueLow: DecimalString;
  readonly baseValueHigh: DecimalString;
  /** [currency/person/yr] GDP per capita of the base population */
  readonly baseIncome: DecimalString;
  /** The published income elasticity [-] and its range. */
  readonly elasticity: DecimalString;
  readonly elasticityLow: DecimalString;
  readonly elasticityHigh: DecimalString;
}

/**
 * The built-in VSL parameter sets: OECD 2012's EU-27 base value, USD 3.6 million (range 1.8 to
 * 5.4 million) in 2005 US dollars, with the EU GDP per capita of 2005 it belongs to (USD 32,700),
 * both as distributed in rfasst 1.1.0's data (vsl_eu_2005, vsl_eu_2005_lb, vsl_eu_2005_ub,
 * gdp_eu_2005, documented there as from the OECD); the income elasticity 0.8 (0.7 to 0.9) as the
 * project's source notes record OECD 2012's recommendation (rfasst also uses 0.8, labelled its own
 * assumption). Not re-read in the OECD report for this release: quality `secondary`.
 * @category Impacts
 */
export const BUILTIN_VSL_PARAMETERS: readonly VslParameterSet[] = [
  {
    name: "OECD2012-EU27",
    description: "OECD 2012 base VSL for the EU-27, 2005 USD, for transfer by GDP per capita",
    currency: "USD",
    priceYear: 2005,
    baseValue: "3600000",
    baseValueLow: "1800000",
    baseValueHigh: "5400000",
    baseIncome: "32700",
    elasticity: "0.8",
    elasticityLow: "0.7",
    elasticityHigh: "0.9",
    source: { id: "OECD2012-VSL", table: "recommended base VSL ranges (EU-27) and income elasticity for benefit transfer" },
    quality: "secondary",
    via: "rfasst 1.1.0 data (vsl_eu_2005, vsl_eu_2005_lb, vsl_eu_2005_ub, gdp_eu_2005); elasticity from the project's source notes",
  },
];
