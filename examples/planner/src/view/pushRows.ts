import { type View, changeset } from "vega";
import { type ChartRow, rowChanges } from "../model/rowChanges.js";

/** The name of the data set the charts' rows go to, so that a new result changes the data, not the chart. */
export const DATA = "rows";

/** The rows a View shows: as the chart function wrote them (`shown`), and the View's own copies (`tuples`). */
export interface HeldRows {
  readonly shown: readonly ChartRow[];
  readonly tuples: Record<string, unknown>[];
}

/**
 * Gives a View new rows and draws them: when only values changed (a slider moved), a changeset
 * modifying just those fields of the rows it holds, so that vega updates its marks in place;
 * otherwise all rows replaced. The View gets copies: vega writes its ids (and a formula's fields)
 * into the rows. The View is run before this returns: vega keeps one changeset per data set until
 * it runs, so a second change before the run would replace the first.
 *
 * @param view - the chart's View
 * @param held - the rows the View shows, null before the first rows
 * @param rows - the new rows
 * @returns what the View holds now, once drawn
 */
export async function pushRows(view: View, held: HeldRows | null, rows: readonly ChartRow[]): Promise<HeldRows> {
  const changes = held === null ? null : rowChanges(held.shown, rows);
  if (held === null || changes === null || changes.kind === "replace") {
    const tuples = rows.map((r) => ({ ...r }));
    await view.data(DATA, tuples).runAsync();
    return { shown: rows, tuples };
  }
  if (changes.changes.length > 0) {
    const cs = changeset();
    for (const c of changes.changes) cs.modify(held.tuples[c.index]!, c.field, c.value);
    view.change(DATA, cs);
  }
  await view.runAsync();
  return { shown: rows, tuples: held.tuples };
}
