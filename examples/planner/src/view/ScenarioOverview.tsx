import type { Plan } from "cobenefits";
import { formatNumber } from "../model/format.js";
import type { Labels } from "../model/labels.js";

/** The scenario's name, file, years, species and description. */
export function ScenarioTitle({ plan, fileName, labels }: { readonly plan: Plan; readonly fileName: string; readonly labels: Labels }) {
  const s = plan.scenario;
  return (
    <section aria-labelledby="scenario-h" class="panel overview">
      <h2 id="scenario-h" data-testid="scenario-name">{s.name}</h2>
      <p class="meta">{fileName} · {labels.years} {plan.years[0]}–{plan.years[plan.years.length - 1]} · {s.species.join(", ")}</p>
      {s.description === undefined ? null : <details><summary>{labels.description}</summary><p>{s.description}</p></details>}
    </section>
  );
}

/** The baseline activities with their level in the first and last year. */
export function BaselineTable({ plan, labels }: { readonly plan: Plan; readonly labels: Labels }) {
  const s = plan.scenario;
  const first = plan.years[0]!;
  const last = plan.years[plan.years.length - 1]!;
  return (
    <section aria-labelledby="baseline-h" class="panel">
      <h2 id="baseline-h">{labels.baseline}</h2>
      <div class="scroll-x">
      <table data-testid="baseline">
        <thead><tr><th scope="col">Activity</th><th scope="col">Sector</th><th scope="col">Fuel</th><th scope="col">{first}</th><th scope="col">{last}</th></tr></thead>
        <tbody>
          {plan.lineages.map((l) => {
            const a = s.baseline.find((b) => b.id === l.activityId)!;
            return (
              <tr key={l.activityId}>
                <th scope="row">{l.activityId}</th>
                <td>{a.sector}</td>
                <td>{a.fuel}</td>
                <td class="num">{formatNumber(l.amounts[0]!.toNumber())} {a.unit}</td>
                <td class="num">{formatNumber(l.amounts[l.amounts.length - 1]!.toNumber())} {a.unit}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      </div>
    </section>
  );
}
