import { forTerminal } from "../forTerminal.js";

/**
 * A user string (scenario name, measure id, metric name) made safe to put in a chart: the C0
 * controls XML 1.0 forbids in the rendered SVG (escape, bell ...), DEL, the C1 controls and the
 * bidirectional overrides and isolates are shown as `\u001b` and the like, the same visible
 * escapes the terminal output shows ({@link forTerminal}). Every user string a chart
 * specification holds (titles, subtitles, axis titles, data values shown as labels) goes through
 * it, so both the Vega-Lite JSON and the SVG rendered from it are clean; a measure id is passed
 * through it wherever it appears in a specification, so data and labels still match.
 *
 * @param text - any text from a scenario
 * @returns the text with each unsafe character replaced by `\uXXXX` (six visible characters)
 * @example
 * ```ts
 * import { chartText } from "./chartText.js";
 * chartText("\x1b[31mred\u202e"); // "\\u001b[31mred\\u202e"
 * ```
 * @category Charts
 */
export function chartText(text: string): string {
  return forTerminal(text);
}
