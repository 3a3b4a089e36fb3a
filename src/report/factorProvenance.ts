import { formatCitation } from "../citations/citation.js";
import { createCitationRegistry } from "../citations/registry.js";
import type { Plan } from "../scenario/plan.js";
import { userMeasuredOf } from "../measures/registry.js";
import type { DecimalString } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { toCsv } from "./csv.js";
import type { EmissionScope } from "../factors/scopeOfFuel.js";

/**
 * One emission factor a scenario used: for which activity (and which measure created it), the
 * factor row and table, its value and unit, and its source with the full citation.
 * @category Report
 */
export interface FactorProvenanceRow {
  readonly activityId: string;
  /** The measure whose moved activity this factor prices (or whose user-measured figure this is), or `baseline`. */
  readonly createdBy: string;
  readonly sector: string;
  readonly fuel: string;
  readonly technology: string | null;
  readonly scope: EmissionScope;
  readonly species: Species;
  readonly value: DecimalString;
  readonly unit: string;
  readonly factorRow: string;
  /** Table id, or `grid` for a grid electricity factor. */
  readonly table: string;
  /** `builtin`, `user`, `option`, or `user-measured` (a figure a user-measured measure states, cited in `citation`). */
  readonly layer: string;
  readonly quality: string;
  readonly sourceId: string;
  readonly sourceTable: string;
  readonly sourcePage: string | null;
  /** Authors (year). Title. Publisher. DOI or URL. */
  readonly citation: string;
}

/**
 * The columns of the provenance table, in order.
 * @category Report
 */
export const PROVENANCE_COLUMNS = ["activityId", "createdBy", "sector", "fuel", "technology", "scope", "species", "value", "unit", "factorRow", "table", "layer", "quality", "sourceId", "sourceTable", "sourcePage", "citation"] as const;

/**
 * Every emission factor a compiled scenario uses, with its citation: the provenance of every
 * number in its results. One row per activity (and moved activity), species and factor row;
 * a coefficient built from several rows (a factor and a net calorific value) lists each.
 *
 * @param plan - from {@link compileScenario}
 * @returns the rows, in the order of the plan
 * @example
 * ```ts
 * import { compileScenario, factorProvenance } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * factorProvenance(plan).map((r) => [r.species, r.value, r.unit, r.sourceTable]); // [["SO2", "900", "g/GJ", "Table 3-3"]]
 * ```
 * @category Report
 */
export function factorProvenance(plan: Plan): FactorProvenanceRow[] {
  const registry = createCitationRegistry(plan.scenario.factors?.userCitations ?? []);
  const rows: FactorProvenanceRow[] = [];
  for (const l of plan.lineages) {
    for (const t of l.templates) {
      const createdBy = t.createdBy < 0 ? "baseline" : plan.measures[l.measures[t.createdBy]!]!.measure.id;
      t.provenance.forEach((uses, si) => {
        for (const u of uses) {
          const c = registry.byId.get(u.source.id);
          const citation = c === undefined ? `(no citation registered for ${u.source.id})` : formatCitation(c);
          rows.push({
            activityId: l.activityId, createdBy, sector: t.sector, fuel: t.fuel, technology: t.technology ?? null, scope: t.scope, species: plan.species[si]!,
            value: u.value, unit: u.unit, factorRow: u.rowId, table: u.tableId, layer: u.layer, quality: u.quality,
            sourceId: u.source.id, sourceTable: u.source.table, sourcePage: u.source.page ?? null, citation,
          });
        }
      });
    }
  }
  return [...rows, ...userMeasuredProvenance(plan)];
}

/**
 * Provenance rows of the user-measured measures: on each activity row a measure acts on, each
 * figure as the user gave it, labelled `user-measured` (layer, table, quality) and cited by the
 * user's `source`.
 */
function userMeasuredProvenance(plan: Plan): FactorProvenanceRow[] {
  return plan.lineages.flatMap((l) =>
    l.measures.flatMap((g) => {
      const measure = plan.measures[g]!.measure;
      const measured = userMeasuredOf(measure);
      const t = l.templates[0]!;
      return (measured?.figures ?? []).filter((f) => plan.species.includes(f.species)).map((f) => ({
        activityId: l.activityId, createdBy: measure.id, sector: t.sector, fuel: t.fuel, technology: t.technology ?? null, scope: t.scope, species: f.species,
        value: f.value, unit: f.unit, factorRow: measure.id, table: USER_MEASURED, layer: USER_MEASURED, quality: USER_MEASURED, sourceId: USER_MEASURED, sourceTable: "see citation", sourcePage: null, citation: measured!.source,
      }));
    }),
  );
}

/** The label of a user-measured figure in the provenance table. */
const USER_MEASURED = "user-measured";

/**
 * Writes the provenance table as CSV with the header {@link PROVENANCE_COLUMNS}. Text cells are
 * neutralised against spreadsheet formulas (see {@link toCsv}); the factor value is not.
 * @param rows - from {@link factorProvenance}
 * @returns the CSV text
 * @example
 * ```ts
 * import { factorProvenanceToCsv } from "cobenefits";
 * factorProvenanceToCsv([]).startsWith("activityId,createdBy,sector"); // true
 * ```
 * @category Report
 */
export function factorProvenanceToCsv(rows: readonly FactorProvenanceRow[]): string {
  return toCsv(PROVENANCE_COLUMNS, rows, { numeric: ["value"] });
}
