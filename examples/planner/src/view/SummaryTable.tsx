import type { SummaryRow } from "../model/yearSummary.js";
import { formatNumber, formatPercent } from "../model/format.js";
import type { Labels } from "../model/labels.js";

interface Props {
  readonly rows: readonly SummaryRow[];
  readonly year: number;
  readonly years: readonly number[];
  readonly labels: Labels;
  readonly onYear: (year: number) => void;
}

/** Baseline, scenario and reduction of every species and CO2e in the chosen year; each number also in `data-value`, unrounded, for checks. */
export function SummaryTable({ rows, year, years, labels, onYear }: Props) {
  const cell = (x: number, field: string, what: string) => <td class="num" data-value={String(x)} data-testid={`summary-${what}-${field}`}>{formatNumber(x)}</td>;
  return (
    <section aria-labelledby="summary-h" class="panel">
      <div class="panel-head">
        <h2 id="summary-h">{labels.summary} {year}</h2>
        <label>{labels.summaryYear}{" "}
          <select value={year} onChange={(e) => onYear(Number(e.currentTarget.value))} data-testid="summary-year">
            {years.map((y) => <option value={y} key={y}>{y}</option>)}
          </select>
        </label>
      </div>
      <div class="scroll-x">
      <table class="summary" data-testid="summary">
        <caption class="unit">{labels.summaryUnits}</caption>
        <thead><tr><th scope="col">{labels.species}</th><th scope="col">{labels.baselineCol}</th><th scope="col">{labels.scenarioCol}</th><th scope="col">{labels.reductionCol}</th><th scope="col">{labels.reductionPct}</th></tr></thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.what} class={r.reduction < 0 ? "rise" : ""}>
              <th scope="row">{r.kind === "co2e" ? `${labels.co2eUnder} ${r.what}` : labels.lang === "en" ? r.what : labels.speciesName(r.what)}</th>
              {cell(r.baseline, "baseline", r.what)}
              {cell(r.scenario, "scenario", r.what)}
              {cell(r.reduction, "reduction", r.what)}
              <td class="num">{r.baseline === 0 ? "–" : formatPercent(-r.reduction / r.baseline)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      </div>
    </section>
  );
}
