import { InventoryCsvError } from "../errors.js";

/**
 * The fields of one CSV line as byte ranges of the buffer: field `i` is `bytes[start[i], end[i])`;
 * `quoted[i]` is 1 when the field was quoted (its doubled quotes still doubled: see {@link fieldText}).
 * The arrays are reused from line to line: nothing is allocated per line.
 * @internal
 */
export interface CsvLine {
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly quoted: Uint8Array;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

const utf8 = new TextDecoder();

/** The text of field `i` (UTF-8; doubled quotes of a quoted field undone). */
export function fieldText(bytes: Uint8Array, line: CsvLine, i: number): string {
  const text = utf8.decode(bytes.subarray(line.start[i]!, line.end[i]!));
  return line.quoted[i] === 1 ? text.replaceAll('""', '"') : text;
}

/**
 * Reads CSV (RFC 4180: quoted fields with doubled quotes, `\n` or `\r\n` line ends, a UTF-8 byte
 * order mark skipped) from a buffer in one pass, calling `onLine` for each data line with the
 * byte ranges of its fields; blank lines are skipped. Every data line must have as many fields
 * as the header.
 *
 * @param bytes - the file's contents
 * @param file - the file's name, for errors
 * @param onHeader - called once with the header's column names
 * @param onLine - called per data line with its 1-based line number (the header is line 1) and its fields
 * @param onBadWidth - when given, called (instead of throwing) for a data line with another number
 *   of fields than the header, with its line and its number of fields; the line is then skipped
 * @throws {@link InventoryCsvError} (`CSV_SYNTAX`) for an unclosed quote, text after a closing
 *   quote, a line with the wrong number of fields (without `onBadWidth`), or a file without a header
 * @internal
 */
export function scanCsv(bytes: Uint8Array, file: string, onHeader: (names: readonly string[]) => void, onLine: (line: number, fields: CsvLine) => void, onBadWidth?: (line: number, count: number, width: number) => void): void {
  const n = bytes.length;
  let i = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let lineNo = 1;
  let width = -1;
  let cap = 64;
  let fields: CsvLine = { start: new Int32Array(cap), end: new Int32Array(cap), quoted: new Uint8Array(cap) };
  const grow = () => {
    cap *= 2;
    const next = { start: new Int32Array(cap), end: new Int32Array(cap), quoted: new Uint8Array(cap) };
    next.start.set(fields.start);
    next.end.set(fields.end);
    next.quoted.set(fields.quoted);
    fields = next;
  };
  while (i < n) {
    const first = lineNo;
    let count = 0;
    // one line
    for (;;) {
      if (count === cap) grow();
      if (bytes[i] === QUOTE) {
        const s = ++i;
        for (;;) {
          if (i >= n) throw new InventoryCsvError("CSV_SYNTAX", file, first, undefined, "a quoted field is not closed");
          const c = bytes[i]!;
          if (c === QUOTE) {
            if (bytes[i + 1] === QUOTE) i += 2;
            else break;
          } else {
            if (c === LF) lineNo++;
            i++;
          }
        }
        fields.start[count] = s;
        fields.end[count] = i;
        fields.quoted[count] = 1;
        i++;
        const c = i < n ? bytes[i]! : LF;
        if (c !== COMMA && c !== LF && !(c === CR && bytes[i + 1] === LF)) throw new InventoryCsvError("CSV_SYNTAX", file, lineNo, undefined, "a quoted field must end at a comma or at the end of the line");
      } else {
        const s = i;
        while (i < n) {
          const c = bytes[i]!;
          if (c === COMMA || c === LF || (c === CR && bytes[i + 1] === LF)) break;
          i++;
        }
        fields.start[count] = s;
        fields.end[count] = i;
        fields.quoted[count] = 0;
      }
      count++;
      if (i < n && bytes[i] === COMMA) {
        i++;
        continue;
      }
      if (i < n) i += bytes[i] === CR ? 2 : 1;
      break;
    }
    const blank = count === 1 && fields.quoted[0] === 0 && fields.end[0] === fields.start[0];
    if (!blank) {
      if (width < 0) {
        width = count;
        onHeader(Array.from({ length: count }, (_, f) => fieldText(bytes, fields, f).trim()));
      } else {
        if (count !== width) {
          if (onBadWidth === undefined) throw new InventoryCsvError("CSV_SYNTAX", file, first, undefined, `expected ${width} fields as in the header, found ${count}`);
          onBadWidth(first, count, width);
        } else onLine(first, fields);
      }
    }
    lineNo++;
  }
  if (width < 0) throw new InventoryCsvError("CSV_SYNTAX", file, 1, undefined, "the file is empty: expected a header line of column names");
}
