import { useMemo, useState } from "preact/hooks";
import { SPECIES_INFO, type Species } from "cobenefits";
import { macCurveChart } from "cobenefits/charts";
import { scenarioCosts } from "cobenefits/costs";
import { attempt } from "../model/attempt.js";
import { costCurve } from "../model/costCurve.js";
import { costRows } from "../model/costRows.js";
import { formatNumber } from "../model/format.js";
import type { PanelProps } from "./extensionPanels.js";
import { PanelChart } from "./PanelChart.js";

/**
 * Annual cost and cost per tonne of each costed measure in the last year, to society, from
 * `scenarioCosts` of `cobenefits/costs` (exact engine: computed once the sliders rest). Cost per
 * tonne of PM2.5 (or the first air pollutant) and of CO2e under each metric; where the library
 * gives no ratio it says why. Below, the abatement cost curve (`costCurve`, `macCurveChart`) of the
 * air pollutant or of CO2e under a metric. Every number also in `data-value`, unrounded, for checks.
 */
export function CostsPanel({ plan, exact, labels }: PanelProps) {
  const year = plan.years[plan.years.length - 1]!;
  const attempted = useMemo(() => (exact === null ? null : attempt(() => scenarioCosts(plan, exact))), [plan, exact]);
  const costs = attempted?.ok === true ? attempted.value : null;
  const data = useMemo(() => (exact === null || costs === null ? null : costRows(plan, exact, year, costs)), [plan, exact, year, costs]);
  const pollutants = plan.species.filter((s) => SPECIES_INFO[s as Species].role !== "greenhouseGas");
  const pollutant = pollutants.includes("PM2.5") ? "PM2.5" : pollutants[0];
  const columns = [...(pollutant === undefined ? [] : [{ of: pollutant, kind: "species" as const }]), ...plan.scenario.metrics.map((m) => ({ of: m, kind: "co2e" as const }))];
  const [curveOf, setCurveOf] = useState<string | undefined>(columns[0]?.of);
  const of = columns.some((c) => c.of === curveOf) ? curveOf : columns[0]?.of;
  const curve = useMemo(() => (costs === null || of === undefined ? null : attempt(() => macCurveChart(costCurve(costs, of, year)))), [costs, of, year]);
  if (attempted?.ok === false) return <p class="refused" role="alert" data-testid="costs-refused">{attempted.message}</p>;
  if (data === null) return <p class="pending" data-testid="costs-pending">{labels.costsPending}</p>;
  return (
    <div class="scroll-x">
      <table data-testid="costs">
        <caption class="unit">{labels.costsYear} {year} [{data.currency}/yr; {data.currency}/t; {data.currency} of {data.priceYear}]</caption>
        <thead><tr><th scope="col">{labels.report.columns.measure}</th><th scope="col">{labels.costsAnnual}</th>
          {columns.map((c) => <th scope="col" key={c.of}>{labels.costsPerTonne}: {c.kind === "co2e" ? `CO2e ${c.of}` : c.of}</th>)}</tr></thead>
        <tbody>
          {data.rows.map((r) => (
            <tr key={r.measure} data-testid={`cost-${r.measure}`}>
              <th scope="row">{plan.scenario.measures.find((m) => m.id === r.measure)?.label ?? r.measure}{r.unpricedFuels.length === 0 ? null : <small> ({r.unpricedFuels.join(", ")}: no price)</small>}</th>
              <td class="num" data-value={r.annual ?? ""} data-testid={`cost-${r.measure}-annual`}>{r.annual === null ? "–" : formatNumber(Number(r.annual))}</td>
              {columns.map((c) => {
                const t = r.perTonne.find((p) => p.of === c.of && p.kind === c.kind);
                return <td class="num" key={c.of} data-value={t?.value ?? ""} data-status={t?.status ?? ""}>{t === undefined ? "–" : t.value === null ? t.status : formatNumber(Number(t.value))}</td>;
              })}
            </tr>
          ))}
        </tbody>
      </table>
      {data.uncosted.length === 0 ? null : <p class="help">{labels.costsUncosted} {data.uncosted.join(", ")}</p>}
      {curve?.ok === false ? <p class="refused" data-testid="cost-curve-refused">{curve.message}</p> : null}
      {curve?.ok !== true || of === undefined ? null : (
        <>
          <label>{labels.costCurve}{" "}
            <select value={of} onChange={(e) => setCurveOf(e.currentTarget.value)} data-testid="cost-curve-of">{columns.map((c) => <option key={c.of} value={c.of}>{c.kind === "co2e" ? `CO2e ${c.of}` : c.of}</option>)}</select>
          </label>
          <PanelChart spec={curve.value} caption={`${labels.costCurve} ${of === pollutant ? of : `CO2e ${of}`}, ${year}`} testId="chart-cost-curve" />
        </>
      )}
    </div>
  );
}
