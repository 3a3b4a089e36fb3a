import type { EnergyBalance } from "../scenario/evaluate/energyBalance.js";
import { Dec } from "../units/decimal.js";
import { formatDecimal } from "./formatTable.js";
import { forTerminal } from "./forTerminal.js";
import { ENGLISH_LABELS, type ReportLabels } from "./labels.js";
import { textGrid } from "./textGrid.js";

/**
 * A compact plain-text section of the energy balance for a terminal: per fuel in the last year,
 * the baseline, scenario and reduction in GJ (activity rows summed) and each measure's share
 * (positive = saved, negative = added; measures in declared order); then the fuels whose unit has no conversion to GJ, with
 * their change in their own unit and the reason. Rounded for reading; the CSV and JSON outputs
 * keep the exact values per activity row.
 *
 * @param balance - from {@link cobenefits!energyBalance}
 * @param years - the scenario's years (the last one is shown)
 * @param labels - the words of titles and headers (default English; fuel codes and measure ids stay as written)
 * @returns the text, lines separated by `\n`; empty when the balance has no rows
 * @example
 * ```ts
 * import { compileScenario, energyBalance } from "cobenefits";
 * import { formatEnergyBalance } from "cobenefits/report";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [],
 *   baseline: [{ id: "homes", sector: "1.A.4.b.i", fuel: "naturalGas", unit: "GJ", heatSegment: "old", level: { kind: "constant", value: "1000" } }],
 *   measures: [{ id: "retrofit", kind: "buildingRetrofit", target: { heatSegment: "old" }, penetration: { kind: "constant", value: "0.5" }, demandReduction: "0.3" }] });
 * formatEnergyBalance(energyBalance(plan), plan.years).split("\n")[3]; // "naturalGas     1,000       850        150       150"
 * ```
 * @category Report
 */
export function formatEnergyBalance(balance: EnergyBalance, years: readonly number[], labels: ReportLabels = ENGLISH_LABELS): string {
  const c = labels.columns;
  const last = years[years.length - 1]!;
  const rows = balance.rows.filter((r) => r.year === last);
  if (rows.length === 0) return "";
  const measures = balance.measures;
  const fuels = [...new Set(rows.filter((r) => r.baselineGJ !== null).map((r) => r.fuel))];
  const sum = (values: readonly (string | null)[]) => formatDecimal(values.reduce((s: Dec, v) => (v === null ? s : s.plus(v)), new Dec(0)).toString());
  const shares = balance.attribution.filter((a) => a.year === last);
  const out = [labels.table.energy(last)];
  out.push(
    fuels.length === 0
      ? labels.table.noGjFuel
      : textGrid([c.fuel, c.baseline, c.scenario, c.reduction, ...measures], fuels.map((fuel) => {
        const of = rows.filter((r) => r.fuel === fuel && r.baselineGJ !== null);
        return [fuel, sum(of.map((r) => r.baselineGJ)), sum(of.map((r) => r.scenarioGJ)), sum(of.map((r) => r.reductionGJ)), ...measures.map((m) => sum(shares.filter((a) => a.fuel === fuel && a.measure === m).map((a) => a.reductionGJ)))];
      })),
  );
  const noGj = rows.filter((r) => r.baselineGJ === null);
  if (noGj.length > 0) {
    out.push(labels.table.notInGj);
    for (const r of noGj) out.push(`  ${r.activityId} ${r.fuel}: ${formatDecimal(r.reduction)} ${r.unit} (${r.gjBasis})`);
  }
  return forTerminal(out.join("\n"));
}
