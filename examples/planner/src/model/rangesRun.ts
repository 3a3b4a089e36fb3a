import type { Plan, ScenarioResult } from "cobenefits";
import { type ExtraFigures, type ImpactsFigures, type ImpactsRanges, type Summary, type UncertaintyResult, impactsFigures, impactsRanges, parseUncertaintySection, runUncertainty } from "cobenefits/uncertainty";

/** Whether the scenario has an `uncertainty` section (the panel applies). */
export const hasUncertainty = (plan: Plan): boolean => plan.scenario.uncertainty !== undefined;

/** The number of draws, seed and sampling the scenario's `uncertainty` section names (for the button). */
export function rangesDesign(plan: Plan): { readonly draws: number; readonly seed: number | undefined; readonly sampling: string } {
  const s = parseUncertaintySection(plan.scenario.uncertainty, ["uncertainty"]);
  return { draws: s.draws, seed: s.seed, sampling: s.sampling };
}

/** One line of a ranges table: a figure's point run and its 2.5th, 50th and 97.5th percentiles over the draws (float64). */
export interface RangeLine {
  readonly what: string;
  readonly point: number;
  readonly low: number;
  readonly median: number;
  readonly high: number;
}

/** The ranges of a plan: the library's uncertainty result, and the impacts' ranges when the scenario has an `impacts` section. */
export interface RangesRun {
  /** The plan the ranges were computed for: when the sliders have moved since, they are stale. */
  readonly plan: Plan;
  readonly result: UncertaintyResult;
  /** Per year, function and species group: totals over measures and endpoints, summarised over the draws. */
  readonly impacts: { readonly figures: ImpactsFigures; readonly ranges: ImpactsRanges; readonly totals: ReadonlyMap<string, Summary> } | undefined;
}

/** The name of a total figure the planner adds to the impacts figures: `deaths|2030|GEMM-...`, `value|2030|GEMM-...`, `temperature|2050`. */
export const totalKey = (what: "deaths" | "value" | "temperature", year: number, fn?: string): string => `planner total ${what}|${year}${fn === undefined ? "" : `|${fn}`}`;

/**
 * The impacts figures of the library (`impactsFigures`) with the totals the panel shows added
 * after them: per year and function, the avoided deaths and their value summed over measures and
 * endpoints, and per year the temperature change of all measures summed over species groups. Sums
 * of each draw's figures, so that their percentiles are those of the totals (percentiles of the
 * rows do not add up).
 */
function withTotals(figures: ImpactsFigures): ExtraFigures {
  const health = figures.impacts.health?.rows ?? [];
  const valuation = figures.impacts.valuation?.rows ?? [];
  const groups = figures.temperature?.groups ?? [];
  const totals = new Map<string, number[]>(); // total name -> indices of the library's figures it sums
  const add = (name: string, index: number) => totals.set(name, [...(totals.get(name) ?? []), index]);
  health.forEach((r, i) => add(totalKey("deaths", r.year, r.function), i));
  valuation.forEach((r, i) => add(totalKey("value", r.year, r.function), health.length + i));
  groups.forEach((g, i) => { if (g.measure === "all") add(totalKey("temperature", g.year), health.length + valuation.length + i); });
  const sums = [...totals.values()];
  const n = figures.names.length;
  return {
    names: [...figures.names, ...totals.keys()],
    parameters: figures.parameters ?? 0,
    compute: (result, plan, u) => {
      const x = figures.compute(result, plan, u);
      const out = new Float64Array(n + sums.length);
      for (let i = 0; i < n; i++) out[i] = x[i] as number;
      sums.forEach((indices, k) => (out[n + k] = indices.reduce((s, i) => s + (x[i] as number), 0)));
      return out;
    },
  };
}

/**
 * Ranges of every result of the edited plan: `runUncertainty` of `cobenefits/uncertainty` with the
 * scenario's `uncertainty` section as written (its draws, seed and sampling: the same numbers on
 * every run), and, with an `impacts` section, the impacts chain over the draws (`impactsFigures`,
 * `impactsRanges`, the section's `uncertainty.impacts` parameters) with the panel's totals.
 * float64 throughout: the method is statistical (docs/uncertainty.md). The impacts chain is the
 * slow part (it runs the exposure, health, valuation and temperature steps on decimals in every
 * draw: about 0.2 s a draw for the Ulaanbaatar example in Chromium, against under 0.01 s for the
 * emissions), so the page asks for it (`options.impacts`).
 *
 * @param plan - the edited plan
 * @param exact - `evaluateScenario(plan)` (the impacts' point run)
 * @param options - `impacts`: carry the draws through the scenario's `impacts` section too (when it has one)
 */
export function computeRanges(plan: Plan, exact: ScenarioResult, options: { readonly impacts: boolean } = { impacts: true }): RangesRun {
  const section = parseUncertaintySection(plan.scenario.uncertainty, ["uncertainty"]);
  const figures = options.impacts ? impactsFigures(plan, exact, section.impacts) : undefined;
  if (figures === undefined) return { plan, result: runUncertainty(plan, section), impacts: undefined };
  const result = runUncertainty(plan, section, { extra: withTotals(figures) });
  const ownNames = new Set(figures.names);
  const totals = new Map(result.extra.filter((e) => !ownNames.has(e.name)).map((e) => [e.name, e.value]));
  return { plan, result, impacts: { figures, ranges: impactsRanges(result.extra, figures), totals } };
}

const line = (what: string, s: Summary): RangeLine => ({ what, point: s.point, low: s.low, median: s.median, high: s.high });

/**
 * The lines of the ranges table in a year: per species, the scenario's emissions and the
 * reduction over all sectors and scopes [t/yr]; per metric the CO2e reduction [t CO2-eq/yr]; with
 * impacts, per function the avoided deaths [death/yr] and their value [currency/yr], and the
 * temperature change of all measures in the last year of the response [K].
 *
 * @param run - from {@link computeRanges}
 * @param year - a year of the plan
 */
export function rangeLines(run: RangesRun, year: number): { readonly emissions: readonly (RangeLine & { readonly species: string; readonly kind: "scenario" | "reduction" })[]; readonly co2e: readonly RangeLine[]; readonly impacts: readonly (RangeLine & { readonly kind: "deaths" | "value" | "temperature" })[] } {
  const totals = run.result.totals.filter((t) => t.year === year && t.scope === "all");
  const emissions = totals.flatMap((t) => [{ ...line(t.species, t.scenario), species: t.species, kind: "scenario" as const }, { ...line(t.species, t.reduction), species: t.species, kind: "reduction" as const }]);
  const co2e = run.result.co2e.filter((c) => c.year === year).map((c) => line(c.metric, c.reduction));
  const impacts: (RangeLine & { kind: "deaths" | "value" | "temperature" })[] = [];
  if (run.impacts !== undefined) {
    const { figures, totals: t } = run.impacts;
    const functions = [...new Set((figures.impacts.health?.rows ?? []).map((r) => r.function))];
    for (const f of functions) {
      const d = t.get(totalKey("deaths", year, f));
      if (d !== undefined) impacts.push({ ...line(f, d), kind: "deaths" });
    }
    for (const f of functions) {
      const v = t.get(totalKey("value", year, f));
      if (v !== undefined) impacts.push({ ...line(f, v), kind: "value" });
    }
    const end = figures.temperature?.years[figures.temperature.years.length - 1];
    const k = end === undefined ? undefined : t.get(totalKey("temperature", end));
    if (end !== undefined && k !== undefined) impacts.push({ ...line(String(end), k), kind: "temperature" });
  }
  return { emissions, co2e, impacts };
}
