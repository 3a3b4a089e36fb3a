import type { FastScenarioResult, Species } from "cobenefits";

/** Emissions of one species (or CO2e under one metric) in one year, all sectors and scopes [t/yr or t CO2-eq/yr]. */
export interface SummaryRow {
  /** A species, or a metric's name for CO2e. */
  readonly what: string;
  readonly kind: "species" | "co2e";
  readonly baseline: number;
  readonly scenario: number;
  readonly reduction: number;
}

/**
 * The headline numbers of one year: per species, the baseline, scenario and reduction summed over
 * sectors and scopes; then CO2e under each metric. Float64 sums of the fast result's rows.
 *
 * @param fast - from `evaluateScenarioFast`
 * @param year - one of its years
 * @returns one row per species (in the result's order), then one per metric
 */
export function yearSummary(fast: FastScenarioResult, year: number): SummaryRow[] {
  const bySpecies = new Map<Species, { baseline: number; scenario: number }>(fast.species.map((s) => [s, { baseline: 0, scenario: 0 }]));
  for (const e of fast.emissions) {
    if (e.year !== year) continue;
    const t = bySpecies.get(e.species)!;
    t.baseline += e.baseline;
    t.scenario += e.scenario;
  }
  const species = [...bySpecies].map(([s, t]) => ({ what: s, kind: "species" as const, baseline: t.baseline, scenario: t.scenario, reduction: t.baseline - t.scenario }));
  const co2e = fast.co2e.filter((c) => c.year === year).map((c) => ({ what: c.metric, kind: "co2e" as const, baseline: c.baseline, scenario: c.scenario, reduction: c.reduction }));
  return [...species, ...co2e];
}
