import { InvalidInputError } from "../errors.js";

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const TRIGGER = /^'*[=+\-@\t\r]/;
/** A number as the report tables write it: a JS number's or decimal.js's `toString()`. */
const NUMBER = /^-?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * A text cell made safe for spreadsheets, exactly reversible: a text that starts with `=`, `+`,
 * `-`, `@`, tab or carriage return, after any number of `'`, gets one more `'` in front. The
 * reader removes one `'` from a cell that starts with `'`s followed by one of those characters,
 * and leaves every other cell alone, so reading gives back exactly the text written.
 */
const neutralise = (s: string) => (TRIGGER.test(s) ? `'${s}` : s);
const restore = (s: string) => (s.startsWith("'") && TRIGGER.test(s) ? s.slice(1) : s);

/**
 * Writes rows as CSV (RFC 4180): a header line of the column names, then one line per row; fields
 * with a comma, quote or line break are quoted and quotes doubled; `null` and `undefined` are
 * empty fields. Lines end with `\n`.
 *
 * Text cells are neutralised against CSV injection as OWASP recommends
 * (<https://owasp.org/www-community/attacks/CSV_Injection>): a text that starts with `=`, `+`, `-`,
 * `@`, tab or carriage return is written with a `'` in front, so a spreadsheet shows it as text
 * instead of running it as a formula. So that this stays exactly reversible, a text that already
 * starts with one or more `'` followed by one of those characters also gets one more `'`;
 * {@link parseCsv} removes it again. Numbers in the columns named in `options.numeric` (e.g.
 * `-12.5`) are written as they are; a value there that is not a number is treated as text.
 *
 * @param columns - column names, in order
 * @param rows - objects keyed by column name (strings, numbers, null; arrays are joined with spaces)
 * @param options - `numeric`: the names of the columns that hold numbers (JS numbers or decimal
 *   strings); default none, every column is text
 * @returns the CSV text
 * @example
 * ```ts
 * import { toCsv } from "cobenefits";
 * toCsv(["species", "value"], [{ species: "PM2.5", value: "1.5" }, { species: 'a "b", c', value: null }]); // 'species,value\nPM2.5,1.5\n"a ""b"", c",\n'
 * toCsv(["measure", "reduction"], [{ measure: "=1+1", reduction: "-12.5" }], { numeric: ["reduction"] }); // "measure,reduction\n'=1+1,-12.5\n"
 * ```
 * @category Report
 */
export function toCsv(columns: readonly string[], rows: readonly object[], options: { readonly numeric?: readonly string[] } = {}): string {
  const numeric = new Set(options.numeric ?? []);
  const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const field = (v: unknown, column: string) => {
    const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v);
    return quote(numeric.has(column) && NUMBER.test(s) ? s : neutralise(s));
  };
  const header = columns.map((c) => quote(neutralise(c))).join(",");
  return [header, ...rows.map((r) => columns.map((c) => field((r as Record<string, unknown>)[c], c)).join(","))].map((l) => `${l}\n`).join("");
}

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, `\n` or `\r\n` line ends; a UTF-8 byte
 * order mark at the start is skipped) into records keyed by the header's column names; every
 * field is a string (empty fields are `""`). The `'` that {@link toCsv} puts in front of a text
 * starting with `=`, `+`, `-`, `@`, tab or carriage return is removed: a cell of `'`s followed by
 * one of those characters loses one `'`; every other cell is read as it stands.
 *
 * @param text - the CSV text, header first
 * @returns one record per data line
 * @throws {@link InvalidInputError} on an unterminated quote or a line with the wrong number of fields (with its line)
 * @example
 * ```ts
 * import { parseCsv } from "cobenefits";
 * parseCsv('species,value\n"PM2.5",1.5\n'); // [{ species: "PM2.5", value: "1.5" }]
 * parseCsv("\uFEFFmeasure,reduction\n'=1+1,-12.5\n"); // [{ measure: "=1+1", reduction: "-12.5" }]
 * ```
 * @category Report
 */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.startsWith("\uFEFF") ? 1 : 0;
  const endField = () => {
    row.push(restore(field));
    field = "";
  };
  const endRow = () => {
    endField();
    records.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), (i += 2);
      else if (c === '"') (quoted = false), i++;
      else (field += c), i++;
    } else if (c === '"' && field === "") (quoted = true), i++;
    else if (c === ",") endField(), i++;
    else if (c === "\n" || (c === "\r" && text[i + 1] === "\n")) endRow(), (i += c === "\r" ? 2 : 1);
    else (field += c), i++;
  }
  if (quoted) throw new InvalidInputError("CSV", [{ code: "syntax", path: ["line", records.length + 1], message: "a quoted field is not closed" }]);
  if (field !== "" || row.length > 0) endRow();
  const [header, ...data] = records;
  if (header === undefined) return [];
  return data.map((r, n) => {
    if (r.length !== header.length) throw new InvalidInputError("CSV", [{ code: "syntax", path: ["line", n + 2], message: `expected ${header.length} fields (${header.join(", ")}), found ${r.length}` }]);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
