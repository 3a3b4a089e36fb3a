import { forTerminal } from "./forTerminal.js";

/**
 * A plain-text table for a terminal: a header line, a rule, and the rows; the first column
 * left-aligned, the others right-aligned, columns two spaces apart. Every cell is passed through
 * `forTerminal` before it is measured, so the columns line up and no control character reaches
 * the terminal.
 *
 * @param rawHeader - the column names
 * @param rawRows - the cells, one array per row, as many as the header
 * @returns the text, lines separated by `\n`
 * @example
 * ```ts
 * import { textGrid } from "./textGrid.js";
 * textGrid(["fuel", "GJ"], [["coal", "-10"]]); // "fuel   GJ\n----  ---\ncoal  -10"
 * ```
 * @category Report
 */
export function textGrid(rawHeader: readonly string[], rawRows: readonly (readonly string[])[]): string {
  const header = rawHeader.map(forTerminal); // made safe before measuring, so the columns line up
  const rows = rawRows.map((r) => r.map(forTerminal));
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => r[c]!.length)));
  const line = (cells: readonly string[]) => cells.map((v, c) => (c === 0 ? v.padEnd(widths[c]!) : v.padStart(widths[c]!))).join("  ").trimEnd();
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}
