import { displayWidth, padDisplay } from "./displayWidth.js";
import { forTerminal } from "./forTerminal.js";

/**
 * A plain-text table for a terminal: a header line, a rule, and the rows; the first column
 * left-aligned, the others right-aligned, columns two spaces apart, aligned by display width (a
 * Chinese, Japanese or Korean character takes two columns; see {@link displayWidth}). Every cell
 * is passed through `forTerminal` before it is measured, so the columns line up and no control
 * character reaches the terminal.
 *
 * Given a `width` (the terminal's), a table wider than it is wrapped: the columns that do not fit
 * go into a further block below, each block repeating the first column, so every line fits
 * (unless the first column and one other alone are wider).
 *
 * @param rawHeader - the column names
 * @param rawRows - the cells, one array per row, as many as the header
 * @param options - `width`: the widest a line may be [terminal columns]; default no limit
 * @returns the text, lines separated by `\n`
 * @example
 * ```ts
 * import { textGrid } from "./textGrid.js";
 * textGrid(["fuel", "GJ"], [["coal", "-10"]]); // "fuel   GJ\n----  ---\ncoal  -10"
 * textGrid(["措施", "GJ"], [["煤改电", "5"]]); // "措施    GJ\n------  --\n煤改电   5"
 * textGrid(["measure", "PM2.5", "SO2"], [["fgd", "1,200", "30"]], { width: 16 }); // "measure  PM2.5\n-------  -----\nfgd      1,200\n\nmeasure  SO2\n-------  ---\nfgd       30"
 * ```
 * @category Report
 */
export function textGrid(rawHeader: readonly string[], rawRows: readonly (readonly string[])[], options: { readonly width?: number | undefined } = {}): string {
  const header = rawHeader.map(forTerminal); // made safe before measuring, so the columns line up
  const rows = rawRows.map((r) => r.map(forTerminal));
  const widths = header.map((h, c) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[c]!))));
  const blocks: number[][] = [];
  let current: number[] = [0];
  let used = widths[0]!;
  for (let c = 1; c < header.length; c++) {
    if (options.width !== undefined && current.length > 1 && used + 2 + widths[c]! > options.width) {
      blocks.push(current);
      current = [0];
      used = widths[0]!;
    }
    current.push(c);
    used += 2 + widths[c]!;
  }
  blocks.push(current);
  const block = (cols: readonly number[]) => {
    const line = (cells: readonly string[]) => cols.map((c) => padDisplay(cells[c]!, widths[c]!, c === 0 ? "end" : "start")).join("  ").trimEnd();
    return [line(header), cols.map((c) => "-".repeat(widths[c]!)).join("  "), ...rows.map(line)].join("\n");
  };
  return blocks.map(block).join("\n\n");
}
