import { CO2E_COLUMNS } from "../../report/co2eTable.js";
import { toCsv } from "../../report/csv.js";
import { co2eWithRanges, RANGE_COLUMNS, tidyWithRanges } from "../../report/rangeColumns.js";
import { TIDY_COLUMNS } from "../../report/tidyTable.js";
import { reductionRangesChart } from "../../report/charts/reductionRangesChart.js";
import { trajectoriesFanChart } from "../../report/charts/trajectoriesFanChart.js";
import { avoidedDeathsRangesChart } from "../../report/charts/avoidedDeathsRangesChart.js";
import { temperatureRangesChart } from "../../report/charts/temperatureRangesChart.js";
import type { VegaLiteSpec } from "../../report/charts/vegaLiteSpec.js";
import { uncertaintyTable, uncertaintyTableToCsv } from "../../report/uncertaintyTable.js";
import type { Plan } from "../../scenario/plan.js";
import { runUncertainty } from "../../uncertainty/runUncertainty.js";
import { parseUncertaintySection } from "../../uncertainty/uncertaintySection.js";
import { type CostPerTonneRange, costPerTonneFigures, costPerTonneRanges } from "../../uncertainty/costPerTonneRanges.js";
import type { ScenarioCosts } from "../../costs/scenarioCosts.js";
import type { UncertaintyResult } from "../../uncertainty/uncertaintyRows.js";
import { CliFailure, EXIT } from "../exitCodes.js";
import type { ScenarioResult } from "../../scenario/evaluate/scenarioResult.js";
import { type ImpactsFigures, type ImpactsRanges, impactsFigures, impactsRanges } from "../../uncertainty/impactsFigures.js";
import { impactsDrawFiles } from "../impactsDrawFiles.js";
import { formatImpactsRanges } from "../../report/impactsRangesTable.js";
import type { ReportLabels } from "../../report/labels.js";

const integer = (name: string, text: string | undefined): number | undefined => {
  if (text === undefined) return undefined;
  if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(Number(text))) throw new CliFailure(EXIT.usage, `cobenefits run: --${name} must be an integer, got "${text}"`);
  return Number(text);
};

/**
 * The uncertainty run `run` makes: when the scenario has an `uncertainty` section or --draws is
 * given. --draws without a section is a usage error (nothing is uncertain unless the scenario
 * says so); a missing seed is the section's error (exit 2 as any invalid input). With costs, the
 * draws also give each measure's cost per tonne (unless a penetration is drawn: then none, said so).
 * With an `impacts` section and the exact result, the draws also carry through the impacts
 * chain: ranges of avoided deaths, their value and the temperature change ({@link impactsFigures}).
 */
export function drawsOf(
  plan: Plan, values: { readonly draws?: string | undefined; readonly seed?: string | undefined; readonly sampling?: string | undefined }, costs?: ScenarioCosts, exact?: ScenarioResult,
): DrawsOfRun | undefined {
  const section = (plan.scenario as { readonly uncertainty?: unknown }).uncertainty;
  const asked = values.draws !== undefined || values.seed !== undefined || values.sampling !== undefined;
  if (section === undefined) {
    if (asked) throw new CliFailure(EXIT.usage, "cobenefits run: --draws, --seed and --sampling need an uncertainty section in the scenario saying which inputs are uncertain (nothing is unless it says so; see docs/uncertainty.md)");
    return undefined;
  }
  const sampling = values.sampling === undefined ? undefined : ({ lhs: "latinHypercube", mc: "monteCarlo" } as const)[values.sampling as "lhs" | "mc"];
  if (values.sampling !== undefined && sampling === undefined) throw new CliFailure(EXIT.usage, `cobenefits run: --sampling must be lhs or mc, got "${values.sampling}"`);
  const draws = integer("draws", values.draws);
  const seed = integer("seed", values.seed);
  const figures = costs === undefined ? undefined : costPerTonneFigures(plan, costs);
  const impacts = exact === undefined ? undefined : impactsFigures(plan, exact, parseUncertaintySection(section, ["uncertainty"]).impacts);
  // the impacts figures first: costPerTonneRanges reads the cost figures at the end of the extras
  const extra = impacts === undefined ? figures : figures === undefined ? impacts : { names: [...impacts.names, ...figures.names], parameters: impacts.parameters ?? 0, compute: (r: Parameters<typeof impacts.compute>[0], p: Plan, u?: Float64Array) => [...Array.from(impacts.compute(r, p, u)), ...Array.from(figures.compute(r, p))] };
  const u = runUncertainty(plan, undefined, { ...(draws === undefined ? {} : { draws }), ...(seed === undefined ? {} : { seed }), ...(sampling === undefined ? {} : { sampling }), ...(extra === undefined ? {} : { extra }) });
  const penetrations = u.inputs.some((i) => i.kind === "penetration");
  // the cost-per-tonne and impacts figures go to their own rows and files, not as raw extras
  return {
    ...u, extra: extra === undefined ? u.extra : [], costPerTonne: figures === undefined || penetrations ? [] : costPerTonneRanges(u, figures),
    ...(impacts === undefined ? {} : { impacts: { figures: impacts, ranges: impactsRanges(u.extra, impacts) } }),
  };
}

/** What {@link drawsOf} gives: the uncertainty result, cost-per-tonne ranges and, with impacts, their ranges. */
export type DrawsOfRun = UncertaintyResult & { readonly costPerTonne: readonly CostPerTonneRange[]; readonly impacts?: { readonly figures: ImpactsFigures; readonly ranges: ImpactsRanges } };

/** The files draws add to or change in `--out`: emissions.csv and co2e.csv with range columns, uncertainty.csv. */
export function drawFiles(u: DrawsOfRun, report: { readonly tidy: Parameters<typeof tidyWithRanges>[0]; readonly co2e: Parameters<typeof co2eWithRanges>[0] }): { name: string; content: string }[] {
  const numeric = ["year", "baseline", "scenario", "reduction", ...RANGE_COLUMNS];
  return [
    { name: "emissions.csv", content: toCsv([...TIDY_COLUMNS, ...RANGE_COLUMNS], tidyWithRanges(report.tidy, u), { numeric }) },
    { name: "co2e.csv", content: toCsv([...CO2E_COLUMNS, ...RANGE_COLUMNS], co2eWithRanges(report.co2e, u), { numeric }) },
    { name: "uncertainty.csv", content: uncertaintyTableToCsv(uncertaintyTable(u, u.costPerTonne)) },
    ...(u.impacts === undefined ? [] : impactsDrawFiles(u.impacts.figures, u.impacts.ranges)),
  ];
}

/** One line for the terminal: draws, seed, sampling, inputs, convergence. */
export function drawsLine(u: UncertaintyResult): string {
  const names = u.inputs.length <= 4 ? u.inputs.map((i) => i.id).join(", ") : `${u.inputs.slice(0, 3).map((i) => i.id).join(", ")} and ${u.inputs.length - 3} more`;
  return `uncertainty: ${u.draws} draws (${u.sampling}, seed ${u.seed}) of ${u.inputs.length} inputs (${names}); largest change of a percentile over the last half of the draws: ${(100 * u.largestChange).toFixed(1)}% of its 95% range${u.notVaried.length === 0 ? "" : `; not varied (reached only through electricity or district heat): ${u.notVaried.length} factor rows`}`;
}

/**
 * The charts draws add to `run --charts`: the trajectories' fan chart and the per-measure chart
 * with error bars (last year); with impacts, the avoided deaths by measure with error bars (per
 * function, side by side) and the temperature trajectories with bands.
 */
export function drawCharts(u: DrawsOfRun, name: string): { name: string; spec: VegaLiteSpec }[] {
  const i = u.impacts;
  const first = u.totals.reduce((m, t) => Math.min(m, t.year), Infinity);
  const last = u.totals.reduce((m, t) => Math.max(m, t.year), -Infinity);
  const health = i?.ranges.totals.some((t) => t.kind === "avoidedDeaths") === true;
  return [
    { name: "trajectories-fan", spec: trajectoriesFanChart(u, name) },
    { name: "reductions-by-measure-ranges", spec: reductionRangesChart(u, { name }) },
    ...(i === undefined || !health ? [] : [{ name: "avoided-deaths-by-measure-ranges", spec: avoidedDeathsRangesChart(i.ranges.totals, { name, first, last, draws: u.draws }) }]),
    ...(i?.figures.temperature === undefined ? [] : [{ name: "temperature-ranges", spec: temperatureRangesChart(i.figures.temperature, i.ranges.temperature, { name, draws: u.draws }) }]),
  ];
}

/** The text table's section of the impacts' ranges over the draws; empty without draws or impacts. */
export function impactsRangesText(u: DrawsOfRun | undefined, result: ScenarioResult, labels: ReportLabels): string {
  if (u?.impacts === undefined) return "";
  return formatImpactsRanges(u.impacts.ranges.totals, { years: result.years, impacts: u.impacts.figures.impacts, temperature: u.impacts.figures.temperature }, u.draws, labels);
}
