import type { Quality, SourceRef } from "../citations/sourceRef.js";
import type { DecimalString } from "../units/decimal.js";
import type { Species } from "../units/species.js";

/**
 * The uncertainty of a metric value as published: `plusMinus` (value +/- half-width, e.g. AR6
 * Table 7.15, 5-95% range) or a `range` (e.g. Bond et al. 2013's 120-1800 for BC GWP100).
 * @category Metrics
 */
export type MetricUncertainty =
  | { readonly kind: "plusMinus"; readonly halfWidth: DecimalString; readonly meaning: string }
  | { readonly kind: "range"; readonly lower: DecimalString; readonly upper: DecimalString; readonly meaning: string };

/**
 * The CO2-equivalence factor of one species in one metric set, with its citation.
 * @category Metrics
 */
export interface MetricValue {
  readonly species: Species;
  /** kg CO2-eq per kg of the species. */
  readonly value: DecimalString;
  readonly uncertainty?: MetricUncertainty;
  readonly source: SourceRef;
  readonly quality: Quality;
  readonly via?: string;
  readonly note?: string;
}

/**
 * A named set of emission metric values (GWP or GTP over one time horizon).
 * There is no default metric set: every CO2e computation names one.
 * @category Metrics
 */
export interface MetricSet {
  /** e.g. `AR6-GWP100`, `AR6-GWP100-fossilCH4`, `Bond2013-GWP100`. */
  readonly name: string;
  readonly type: "GWP" | "GTP";
  /** Time horizon [yr]. */
  readonly horizon: 20 | 100;
  readonly description: string;
  readonly values: readonly MetricValue[];
}
