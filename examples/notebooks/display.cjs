// @ts-check
/**
 * The display helper of the training notebooks: tables and charts, so that a cell shows the
 * modelling and not the padding. Imported as `import { table, chart } from "./display.cjs"` (CommonJS, as tslab runs cells).
 *
 * - `table(rows, options)` prints rows (objects) as an aligned text table: text left, numbers
 *   right, decimal strings rounded to 3 significant digits below 100 and to whole numbers above
 *   (as the command's tables; the values themselves stay exact), with thousands separators.
 * - `chart(spec)` renders a Vega-Lite specification (from `cobenefits/charts`) to SVG with the
 *   package's `chartToSvg` (vega-lite and vega in Node), and shows it in the notebook (tslab's
 *   display). Returns a promise:
 *   `await chart(spec)`. vega and vega-lite are loaded from this checkout's node_modules (dev
 *   dependencies of the repository), only when a chart is drawn.
 */
"use strict";

/** A number or decimal string as the tables show it: `places` decimals when given, else 3 significant digits below 100. */
function shown(value, places) {
  if (value === null || value === undefined || value === "") return "";
  const n = typeof value === "number" ? value : Number(value);
  if (typeof value === "string" && !/^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(value)) return value;
  if (!Number.isFinite(n)) return String(value);
  if (n === 0) return places === undefined ? "0" : (0).toFixed(places);
  const abs = Math.abs(n);
  const text = places !== undefined ? n.toFixed(places) : abs >= 100 ? n.toFixed(0) : abs >= 1 ? n.toFixed(1) : n.toPrecision(3);
  const [int, frac] = text.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const isNumeric = (v) => typeof v === "number" || (typeof v === "string" && /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/.test(v));

/**
 * Prints rows as an aligned table.
 * @param {readonly Record<string, unknown>[]} rows
 * @param {{ columns?: readonly string[], title?: string, raw?: readonly string[], places?: number }} [options]
 *   columns (default: every key of the rows, in order of first appearance), a title line, columns
 *   to print as they are (not rounded), a fixed number of decimals for every number
 */
function table(rows, options = {}) {
  const columns = options.columns ?? [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const raw = new Set(options.raw ?? []);
  const cells = rows.map((r) => columns.map((c) => (raw.has(c) ? String(r[c] ?? "") : isNumeric(r[c]) ? shown(r[c], options.places) : String(r[c] ?? ""))));
  const right = columns.map((c) => rows.some((r) => isNumeric(r[c])));
  const widths = columns.map((c, i) => Math.max(c.length, ...cells.map((row) => row[i].length)));
  const line = (values) => values.map((v, i) => (right[i] ? v.padStart(widths[i]) : v.padEnd(widths[i]))).join("  ").trimEnd();
  const text = [line(columns), widths.map((w) => "-".repeat(w)).join("  "), ...cells.map(line)].join("\n");
  console.log(options.title === undefined ? text : `${options.title}\n${text}`);
}

/**
 * Renders a Vega-Lite specification to SVG and shows it in the notebook.
 * @param {Readonly<Record<string, unknown>>} spec
 * @returns {Promise<void>} when the chart is shown
 */
async function chart(spec) {
  const { chartToSvg } = require("cobenefits/charts");
  require("tslab").display.svg(await chartToSvg(spec));
}

module.exports = { table, chart, shown };
