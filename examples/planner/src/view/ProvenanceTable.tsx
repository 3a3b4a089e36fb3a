import type { FactorProvenanceRow, Species } from "cobenefits";
import type { Labels } from "../model/labels.js";

interface Props {
  readonly rows: readonly FactorProvenanceRow[];
  readonly species: readonly Species[];
  readonly shown: Species;
  readonly labels: Labels;
  readonly onShown: (s: Species) => void;
}

/** The emission factors behind the results (`factorProvenance` of the plan), one species at a time: value, unit, row, source and citation. */
export function ProvenanceTable({ rows, species, shown, labels, onShown }: Props) {
  const some = rows.filter((r) => r.species === shown);
  return (
    <section aria-labelledby="prov-h" class="panel">
      <div class="panel-head">
        <h2 id="prov-h">{labels.provenance}</h2>
        <label>{labels.provenanceFilter}{" "}
          <select value={shown} onChange={(e) => onShown(e.currentTarget.value as Species)} data-testid="provenance-species">
            {species.map((s) => <option value={s} key={s}>{s}</option>)}
          </select>
        </label>
      </div>
      <div class="scroll">
        <table data-testid="provenance">
          <thead><tr><th scope="col">Activity</th><th scope="col">Made by</th><th scope="col">Sector · fuel · scope</th><th scope="col">Factor</th><th scope="col">Row</th><th scope="col">Source</th></tr></thead>
          <tbody>
            {some.map((r, i) => (
              <tr key={i}>
                <td>{r.activityId}</td>
                <td>{r.createdBy}</td>
                <td>{r.sector} · {r.fuel}{r.technology === null ? "" : ` (${r.technology})`} · {r.scope}</td>
                <td class="num">{r.value} {r.unit}</td>
                <td><code>{r.factorRow}</code></td>
                <td title={r.citation}>{r.sourceId}{r.sourceTable === null ? "" : `, ${r.sourceTable}`}{r.sourcePage === null ? "" : `, p. ${r.sourcePage}`} <span class="quality">({r.quality})</span></td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
