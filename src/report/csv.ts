import { InvalidInputError } from "../errors.js";

/**
 * Writes rows as CSV (RFC 4180): a header line of the column names, then one line per row; fields
 * with a comma, quote or line break are quoted and quotes doubled; `null` and `undefined` are
 * empty fields. Lines end with `\n`.
 *
 * @param columns - column names, in order
 * @param rows - objects keyed by column name (strings, numbers, null; arrays are joined with spaces)
 * @returns the CSV text
 * @example
 * ```ts
 * import { toCsv } from "cobenefits";
 * toCsv(["species", "value"], [{ species: "PM2.5", value: "1.5" }, { species: 'a "b", c', value: null }]); // 'species,value\nPM2.5,1.5\n"a ""b"", c",\n'
 * ```
 * @category Report
 */
export function toCsv(columns: readonly string[], rows: readonly object[]): string {
  const field = (v: unknown) => {
    const s = v === null || v === undefined ? "" : Array.isArray(v) ? v.join(" ") : String(v);
    return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
  };
  return [columns.map(field).join(","), ...rows.map((r) => columns.map((c) => field((r as Record<string, unknown>)[c])).join(","))].map((l) => `${l}\n`).join("");
}

/**
 * Reads CSV (RFC 4180: quoted fields, doubled quotes, `\n` or `\r\n` line ends) into records
 * keyed by the header's column names; every field is a string (empty fields are `""`).
 *
 * @param text - the CSV text, header first
 * @returns one record per data line
 * @throws {@link InvalidInputError} on an unterminated quote or a line with the wrong number of fields (with its line)
 * @example
 * ```ts
 * import { parseCsv } from "cobenefits";
 * parseCsv('species,value\n"PM2.5",1.5\n'); // [{ species: "PM2.5", value: "1.5" }]
 * ```
 * @category Report
 */
export function parseCsv(text: string): Record<string, string>[] {
  const records: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  const endField = () => {
    row.push(field);
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
  if (quoted) throw new InvalidInputError("CSV", [{ path: ["line", records.length + 1], message: "a quoted field is not closed" }]);
  if (field !== "" || row.length > 0) endRow();
  const [header, ...data] = records;
  if (header === undefined) return [];
  return data.map((r, n) => {
    if (r.length !== header.length) throw new InvalidInputError("CSV", [{ path: ["line", n + 2], message: `expected ${header.length} fields (${header.join(", ")}), found ${r.length}` }]);
    return Object.fromEntries(header.map((h, k) => [h, r[k]!]));
  });
}
