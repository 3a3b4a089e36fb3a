import type { ScenarioResult } from "cobenefits";
import { formatNumber } from "../model/format.js";
import type { Labels } from "../model/labels.js";

/** What each of the library's trade-off flags means, in words. */
const FLAG_TEXT: Readonly<Record<string, string>> = {
  coBenefit: "co-benefit: air pollutants and CO2e fall",
  airPollutantsDownCo2eUp: "trade-off: an air pollutant falls while CO2e rises",
  airPollutantsUpCo2eDown: "trade-off: an air pollutant rises while CO2e falls",
  noGhgEffect: "no effect on CO2e",
  incomplete: "incomplete: a species is not counted in a scope the measure acts on (see note)",
};

interface Props {
  /** The exact result, or null while it is being computed. */
  readonly exact: ScenarioResult | null;
  readonly metric: string;
  readonly names: ReadonlyMap<string, string>;
  readonly labels: Labels;
}

/**
 * The trade-off flags of each measure under the chosen metric, as `evaluateScenario` gives them
 * (the fast engine has none: their zero tests need exact values). Over the whole period, from each
 * measure's standalone effect.
 */
export function TradeOffTable({ exact, metric, names, labels }: Props) {
  const rows = exact?.tradeOffs.filter((t) => t.metric === metric) ?? [];
  return (
    <section aria-labelledby="tradeoffs-h" class="panel" aria-busy={exact === null}>
      <h2 id="tradeoffs-h">{labels.tradeOffs}: {metric}</h2>
      {exact === null ? <p class="pending" data-testid="tradeoffs-pending">{labels.tradeOffsPending}</p> : (
        <div class="scroll-x"><table data-testid="tradeoffs">
          <thead><tr><th scope="col">{labels.lang === "en" ? "Measure" : labels.report.columns.measure}</th><th scope="col">Flags</th><th scope="col">CO2e reduction, all years [t CO2-eq]</th><th scope="col">Note</th></tr></thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.measure} data-testid={`tradeoff-${t.measure}`}>
                <th scope="row">{names.get(t.measure) ?? t.measure}</th>
                <td>{t.flags.map((f) => <span key={f} class={`flag flag-${f}`} data-flag={f}>{labels.lang === "en" ? FLAG_TEXT[f] ?? f : labels.report.flags[f]}</span>)}</td>
                <td class="num" data-value={t.co2eReduction}>{formatNumber(Number(t.co2eReduction))}</td>
                <td>{(t.incomplete ?? []).map((u) => `${u.species} not counted in scope ${u.scope}${"of" in u && u.of !== undefined ? ` (of ${String(u.of)})` : ""}`).join("; ")}</td>
              </tr>
            ))}
          </tbody>
        </table></div>
      )}
    </section>
  );
}
