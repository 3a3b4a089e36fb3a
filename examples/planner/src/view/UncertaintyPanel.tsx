import { useMemo, useState } from "preact/hooks";
import { evaluateScenario } from "cobenefits";
import { reductionRangesChart, trajectoriesFanChart } from "cobenefits/charts";
import { attempt } from "../model/attempt.js";
import { formatNumber } from "../model/format.js";
import { type RangeLine, type RangesRun, computeRanges, rangeLines, rangesDesign } from "../model/rangesRun.js";
import type { Labels } from "../model/labels.js";
import { hasImpacts } from "../model/impactsView.js";
import type { PanelProps } from "./extensionPanels.js";
import { PanelChart } from "./PanelChart.js";

/** The ranges shown, and the measures they were computed with (a new file drops them). */
const sameScenario = (run: RangesRun, plan: PanelProps["plan"]) => run.plan.scenario.name === plan.scenario.name && run.plan.measures.map((m) => m.measure.id).join("|") === plan.measures.map((m) => m.measure.id).join("|");

/**
 * Uncertainty ranges of the edited plan, computed on demand with `runUncertainty` of
 * `cobenefits/uncertainty` and the scenario's `uncertainty` section (its seed: the same numbers on
 * every press), so that the sliders stay fast. When a slider moves afterwards the ranges stay on
 * screen, marked stale, until computed again. A table of the last year (emissions, reductions,
 * CO2e, and with an `impacts` section the avoided deaths, their value and the temperature change)
 * and two charts (`trajectoriesFanChart`, `reductionRangesChart`). Numbers in `data-*`, unrounded.
 */
export function UncertaintyPanel({ plan, exact, labels }: PanelProps) {
  const [run, setRun] = useState<{ readonly ranges: RangesRun; readonly ms: number } | null>(null);
  const [computing, setComputing] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [withImpacts, setWithImpacts] = useState(false);
  const impactsToo = withImpacts && hasImpacts(plan);
  const design = useMemo(() => rangesDesign(plan), [plan]);
  const shown = run !== null && sameScenario(run.ranges, plan) ? run : null;
  const stale = shown !== null && shown.ranges.plan !== plan;
  const year = plan.years[plan.years.length - 1]!;
  const lines = useMemo(() => (shown === null ? null : rangeLines(shown.ranges, year)), [shown, year]);
  const charts = useMemo(() => (shown === null ? [] : [
    { id: "ranges-fan", caption: `${labels.uncertainty}: ${labels.rangesScenario}`, spec: trajectoriesFanChart(shown.ranges.result, plan.scenario.name) },
    { id: "ranges-reductions", caption: `${labels.uncertainty}: ${labels.reductions}`, spec: reductionRangesChart(shown.ranges.result, { name: plan.scenario.name, year }) },
  ]), [shown, labels, plan.scenario.name, year]);

  const compute = () => {
    setComputing(true);
    setFailed(null);
    // two frames: the button's "computing" state is painted before the page waits for the draws
    requestAnimationFrame(() => requestAnimationFrame(() => {
      const started = performance.now();
      const r = attempt(() => computeRanges(plan, exact ?? evaluateScenario(plan), { impacts: impactsToo }));
      if (r.ok) setRun({ ranges: r.value, ms: performance.now() - started });
      else setFailed(r.message); // e.g. a penetration range that the edited schedule no longer allows
      setComputing(false);
    }));
  };

  return (
    <div class="scroll-x" data-stale={stale ? "true" : "false"} data-testid="ranges-state">
      <p class="help">{labels.rangesHelp} ({design.sampling}, seed {design.seed ?? "–"})</p>
      <button type="button" onClick={compute} disabled={computing} data-testid="compute-ranges">{labels.computeRanges} ({design.draws} {labels.draws})</button>
      {hasImpacts(plan) ? <label> <input type="checkbox" checked={withImpacts} onChange={(e) => setWithImpacts(e.currentTarget.checked)} data-testid="ranges-with-impacts" /> {labels.rangesWithImpacts}</label> : null}
      {computing ? <p class="pending" role="status" data-testid="ranges-computing">{labels.computingRanges}</p> : null}
      {failed === null ? null : <p class="refused" data-testid="ranges-failed">{failed}</p>}
      {stale ? <p class="stale" role="status" data-testid="ranges-stale">{labels.rangesStale}</p> : null}
      {shown === null || lines === null ? null : (
        <div class={stale ? "stale-results" : undefined}>
          <p class="timing" data-testid="ranges-took">{shown.ranges.result.draws} {labels.draws}, {labels.rangesTook} {formatNumber(shown.ms / 1000)} s</p>
          <table data-testid="ranges">
            <caption class="unit">{labels.rangesIn} {year} [t/yr; CO2e t CO2-eq/yr; death/yr; K]</caption>
            <thead><tr><th scope="col">{labels.report.columns.species}</th><th scope="col" /><th scope="col">{labels.rangePoint}</th><th scope="col">{labels.rangeLow}</th><th scope="col">{labels.rangeMedian}</th><th scope="col">{labels.rangeHigh}</th></tr></thead>
            <tbody>
              {lines.emissions.map((l) => <Line key={`${l.species}-${l.kind}`} line={l} label={l.species} kind={l.kind === "scenario" ? labels.rangesScenario : labels.reductionCol} testId={`range-${l.species}-${l.kind}`} />)}
              {lines.co2e.map((l) => <Line key={`co2e-${l.what}`} line={l} label={`CO2e ${l.what}`} kind={labels.reductionCol} testId={`range-co2e-${l.what}`} />)}
              {lines.impacts.map((l) => <Line key={`${l.kind}-${l.what}`} line={l} label={l.kind === "temperature" ? `${labels.temperatureIn} ${l.what}` : l.what} kind={impactKind(l.kind, labels)} testId={`range-${l.kind}-${l.what}`} />)}
            </tbody>
          </table>
          {charts.map((c) => <PanelChart key={c.id} spec={c.spec} caption={c.caption} testId={`chart-${c.id}`} />)}
        </div>
      )}
    </div>
  );
}

const impactKind = (kind: "deaths" | "value" | "temperature", labels: Labels) => (kind === "deaths" ? labels.avoidedDeaths : kind === "value" ? labels.deathsValue : labels.temperatureTotal);

function Line({ line, label, kind, testId }: { readonly line: RangeLine; readonly label: string; readonly kind: string; readonly testId: string }) {
  return (
    <tr data-testid={testId}>
      <th scope="row">{label}</th><td>{kind}</td>
      {(["point", "low", "median", "high"] as const).map((k) => <td class="num" key={k} data-value={String(line[k])}>{formatNumber(line[k])}</td>)}
    </tr>
  );
}
