/** A row of a chart's data set, as the chart functions of `cobenefits/charts` write them (field name to value). */
export type ChartRow = Readonly<Record<string, unknown>>;

/** One field of one row that changed: the row's position in the data set, the field and its new value. */
export interface FieldChange {
  readonly index: number;
  readonly field: string;
  readonly value: unknown;
}

/**
 * How a chart's rows changed from one result to the next.
 *
 * - `modify`: the same rows with the same fields (a slider moved: the chart functions write the
 *   rows of a plan in the same order, years, species and measures unchanged); only the listed
 *   values differ. vega then updates the marks it has instead of removing every mark and creating
 *   a new one, which is most of the time of a slider move.
 * - `replace`: another number of rows, or rows with other fields (another scenario, a species or a
 *   measure more or less): the rows are replaced.
 */
export type RowChanges = { readonly kind: "modify"; readonly changes: readonly FieldChange[] } | { readonly kind: "replace" };

/**
 * The changes from `before` to `after`, row by row in order: every field whose value differs
 * (`Object.is`), when both have as many rows and each row the same fields; otherwise `replace`.
 * Applying the changes to copies of `before` gives rows equal to `after` (a test checks it, and that
 * a vega View so updated draws what a new View of `after` draws).
 *
 * @param before - the rows the chart shows
 * @param after - the rows of the new result
 * @returns the fields to modify, or `replace`
 */
export function rowChanges(before: readonly ChartRow[], after: readonly ChartRow[]): RowChanges {
  if (before.length !== after.length) return { kind: "replace" };
  const changes: FieldChange[] = [];
  for (let index = 0; index < after.length; index++) {
    const a = before[index]!;
    const b = after[index]!;
    const fields = Object.keys(b);
    if (Object.keys(a).length !== fields.length) return { kind: "replace" };
    for (const field of fields) {
      if (!Object.hasOwn(a, field)) return { kind: "replace" };
      if (!Object.is(a[field], b[field])) changes.push({ index, field, value: b[field] });
    }
  }
  return { kind: "modify", changes };
}
