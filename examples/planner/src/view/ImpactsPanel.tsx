import { useMemo } from "preact/hooks";
import { avoidedDeathsChart, temperatureChart } from "cobenefits/charts";
import { attempt } from "../model/attempt.js";
import { impactsView } from "../model/impactsView.js";
import { formatNumber } from "../model/format.js";
import type { PanelProps } from "./extensionPanels.js";
import { PanelChart } from "./PanelChart.js";

/**
 * What the measures do for people and for the climate, from `cobenefits/impacts` on the exact
 * result of the edited plan (computed once the sliders rest): in the last year, each measure's
 * reduction of population-weighted PM2.5, its avoided deaths under every function the scenario
 * names, side by side (with the functions' parameter bounds), and their value; the avoided deaths
 * by measure over the years and the temperature trajectories as charts (`cobenefits/charts`).
 * Every number also in `data-value`, unrounded (the library's decimal strings), for checks.
 */
export function ImpactsPanel({ plan, exact, labels }: PanelProps) {
  const year = plan.years[plan.years.length - 1]!;
  const attempted = useMemo(() => (exact === null ? null : attempt(() => impactsView(plan, exact, year))), [plan, exact, year]);
  const view = attempted?.ok === true ? attempted.value : null;
  const charts = useMemo(() => (view === null ? [] : [
    ...(view.impacts.health === undefined ? [] : [{ id: "avoided-deaths", caption: labels.avoidedDeaths, spec: avoidedDeathsChart(view.impacts, plan.scenario.name) }]),
    ...(view.temperature === undefined ? [] : [{ id: "temperature", caption: `${labels.temperatureIn} ${view.temperature.years[0]}-${view.temperature.years[view.temperature.years.length - 1]}`, spec: temperatureChart(view.temperature, plan.scenario.name) }]),
  ]), [view, labels, plan]);
  if (attempted?.ok === false) return <p class="refused" role="alert" data-testid="impacts-refused">{attempted.message}</p>;
  if (view === null) return <p class="pending" data-testid="impacts-pending">{labels.impactsPending}</p>;
  const name = (id: string) => (id === "all" ? labels.allMeasures : plan.scenario.measures.find((m) => m.id === id)?.label ?? id);
  const money = view.money === undefined ? "" : `; ${view.money.currency}/yr, ${view.money.currency} of ${view.money.priceYear}`;
  return (
    <div class="scroll-x">
      <table data-testid="impacts">
        <caption class="unit">{labels.impactsYear} {year} [ug/m3; death/yr{money}]; {labels.deathsRange}</caption>
        <thead>
          <tr><th scope="col" rowSpan={2}>{labels.report.columns.measure}</th><th scope="col" rowSpan={2}>{labels.pm25Change}</th>
            <th scope="colgroup" colSpan={view.functions.length}>{labels.avoidedDeaths}</th>
            {view.money === undefined ? null : <th scope="colgroup" colSpan={view.functions.length}>{labels.deathsValue}</th>}</tr>
          <tr>{view.functions.map((f) => <th scope="col" key={`d-${f}`}>{f}</th>)}{view.money === undefined ? null : view.functions.map((f) => <th scope="col" key={`v-${f}`}>{f}</th>)}</tr>
        </thead>
        <tbody>
          {view.lines.map((l) => (
            <tr key={l.measure} data-testid={`impacts-${l.measure}`} class={l.measure === "all" ? "total" : undefined}>
              <th scope="row">{name(l.measure)}</th>
              <td class="num" data-value={l.pm25 ?? ""}>{l.pm25 === undefined ? "–" : formatNumber(Number(l.pm25))}</td>
              {l.deaths.map((d, i) => <td class="num" key={`d-${i}`} data-value={d.central} data-low={d.low} data-high={d.high}>{formatNumber(Number(d.central))} <small>[{formatNumber(Number(d.low))}–{formatNumber(Number(d.high))}]</small></td>)}
              {l.value.map((v, i) => <td class="num" key={`v-${i}`} data-value={v}>{formatNumber(Number(v))}</td>)}
            </tr>
          ))}
        </tbody>
      </table>
      {view.temperatureAtEnd === undefined ? null : (
        <p data-testid="temperature-end" data-value={view.temperatureAtEnd.total}>
          {labels.temperatureIn} {view.temperatureAtEnd.year} ({view.temperature?.response}): {view.temperatureAtEnd.groups.map((g) => `${g.group} ${formatNumber(Number(g.change) * 1e6)}`).join("; ")}; {labels.temperatureTotal} {formatNumber(Number(view.temperatureAtEnd.total) * 1e6)} [uK = 1e-6 K]
        </p>
      )}
      {charts.map((c) => <PanelChart key={c.id} spec={c.spec} caption={c.caption} testId={`chart-${c.id}`} />)}
    </div>
  );
}
