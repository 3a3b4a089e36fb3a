import { Dec } from "../units/decimal.js";
import type { Scenario } from "../scenario/scenario.js";
import type { ScenarioResult, TradeOff } from "../scenario/evaluate/scenarioResult.js";
import type { DecimalString } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { toCsv } from "./csv.js";
import { userMeasuredMeasures } from "./userMeasuredMeasures.js";

/**
 * What one measure achieves over the whole period: per species its reduction summed over the
 * years [t] (Shapley share, which adds up across measures, and standalone, the measure alone on
 * the baseline); per named metric its CO2e reduction [t CO2-eq] and the trade-off flags.
 * @category Report
 */
export interface CoBenefitSummaryRow {
  readonly measure: string;
  readonly kind: string;
  readonly label: string | null;
  /** `user-measured` for a measure whose effect is a figure the user measured and cites (a measuredReduction), not computed from the emission factors; `null` otherwise. */
  readonly basis: "user-measured" | null;
  readonly firstYear: number;
  readonly lastYear: number;
  readonly reductions: readonly { readonly species: Species; readonly shapley: DecimalString; readonly standalone: DecimalString; readonly unit: "t" }[];
  readonly co2e: readonly { readonly metric: string; readonly shapley: DecimalString; readonly standalone: DecimalString; readonly unit: "t CO2-eq"; readonly flags: TradeOff["flags"]; readonly incomplete?: TradeOff["incomplete"] }[];
}

const sum = (values: readonly string[]) => values.reduce((s, v) => s.plus(v), new Dec(0)).toString();

/**
 * The per-measure co-benefit summary of a result: pollutant and greenhouse-gas reductions over
 * the period, CO2e under each named metric, and the trade-off flags (`airPollutantsDownCo2eUp`,
 * `airPollutantsUpCo2eDown`, `noGhgEffect`, `coBenefit`), judged on the standalone effect; or
 * `incomplete`, with the species and scopes not counted, when a species they read has no factor,
 * the upstream methane of indirect electricity or heat is not counted, or a gas the metric weighs
 * is not computed (scope `all`).
 *
 * @param result - from {@link evaluateScenario}
 * @param scenario - the scenario evaluated (for each measure's kind and label)
 * @returns one row per measure, in declared order
 * @example
 * ```ts
 * import { coBenefitSummary, compileScenario, evaluateScenario } from "cobenefits";
 * const scenario = { name: "demo", years: { start: 2030, end: 2031 }, species: ["SO2", "CO2", "CH4", "N2O"], metrics: ["AR6-GWP100"],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" }, energyPenalty: "0.01" }] } as const;
 * const [fgd] = coBenefitSummary(evaluateScenario(compileScenario(scenario)), scenario);
 * fgd?.reductions.map((r) => [r.species, r.shapley]); // [["SO2", "161.82"], ["CO2", "-196.6"], ["CH4", "-0.6"], ["N2O", "-0.003"]]
 * fgd?.co2e[0]?.flags; // ["airPollutantsDownCo2eUp"]
 * ```
 * @category Report
 */
export function coBenefitSummary(result: ScenarioResult, scenario: Scenario): CoBenefitSummaryRow[] {
  const measured = userMeasuredMeasures(result);
  return scenario.measures.map((m) => {
    const own = result.attribution.filter((a) => a.measure === m.id);
    return {
      measure: m.id,
      kind: m.kind,
      label: m.label ?? null,
      basis: measured.has(m.id) ? "user-measured" : null,
      firstYear: result.years[0]!,
      lastYear: result.years[result.years.length - 1]!,
      reductions: result.species.map((species) => {
        const rows = own.filter((a) => a.species === species);
        return { species, shapley: sum(rows.map((a) => a.shapley)), standalone: sum(rows.map((a) => a.standalone)), unit: "t" as const };
      }),
      co2e: result.metrics.map((metric) => {
        const rows = result.co2eAttribution.filter((a) => a.measure === m.id && a.metric === metric);
        const tradeOff = result.tradeOffs.find((t) => t.measure === m.id && t.metric === metric);
        const flags = tradeOff?.flags ?? [];
        return { metric, shapley: sum(rows.map((a) => a.shapley)), standalone: sum(rows.map((a) => a.standalone)), unit: "t CO2-eq" as const, flags, ...(tradeOff?.incomplete === undefined ? {} : { incomplete: tradeOff.incomplete }) };
      }),
    };
  });
}

/**
 * Writes the summary as a wide CSV, one line per measure: `measure, kind, label, basis
 * (`user-measured` or empty), firstYear, lastYear`, then `<species> shapley [t]` and `<species> standalone [t]` per species, then
 * `CO2e <metric> shapley [t CO2-eq]`, `CO2e <metric> standalone [t CO2-eq]` and
 * `flags <metric>` (space-separated) and `incomplete <metric>` (the species and scopes not
 * counted, as `SO2 indirect; NOx indirect; CH4 upstream of indirect; N2O not computed`; empty when the flag is not `incomplete`) per metric. Text cells are neutralised against spreadsheet
 * formulas (see {@link toCsv}); numbers are not.
 *
 * @param rows - from {@link coBenefitSummary}
 * @returns the CSV text
 * @example
 * ```ts
 * import { coBenefitSummaryToCsv } from "cobenefits";
 * coBenefitSummaryToCsv([]); // "measure,kind,label,basis,firstYear,lastYear\n"
 * ```
 * @category Report
 */
export function coBenefitSummaryToCsv(rows: readonly CoBenefitSummaryRow[]): string {
  const first = rows[0];
  const speciesCols = (first?.reductions ?? []).flatMap((r) => [`${r.species} shapley [t]`, `${r.species} standalone [t]`]);
  const metricCols = (first?.co2e ?? []).flatMap((c) => [`CO2e ${c.metric} shapley [t CO2-eq]`, `CO2e ${c.metric} standalone [t CO2-eq]`, `flags ${c.metric}`, `incomplete ${c.metric}`]);
  const columns = ["measure", "kind", "label", "basis", "firstYear", "lastYear", ...speciesCols, ...metricCols];
  const flat = rows.map((r) => ({
    measure: r.measure, kind: r.kind, label: r.label, basis: r.basis, firstYear: r.firstYear, lastYear: r.lastYear,
    ...Object.fromEntries(r.reductions.flatMap((x) => [[`${x.species} shapley [t]`, x.shapley], [`${x.species} standalone [t]`, x.standalone]])),
    ...Object.fromEntries(r.co2e.flatMap((c) => [[`CO2e ${c.metric} shapley [t CO2-eq]`, c.shapley], [`CO2e ${c.metric} standalone [t CO2-eq]`, c.standalone], [`flags ${c.metric}`, c.flags.join(" ")],
      [`incomplete ${c.metric}`, (c.incomplete ?? []).map((g) => (g.scope === "all" ? `${g.species} not computed` : g.of === undefined ? `${g.species} ${g.scope}` : `${g.species} ${g.scope} of ${g.of}`)).join("; ")]])),
  }));
  const numeric = ["firstYear", "lastYear", ...speciesCols, ...metricCols.filter((c) => !c.startsWith("flags ") && !c.startsWith("incomplete "))];
  return toCsv(columns, flat, { numeric });
}
