import { CobenefitsError } from "../errors.js";
import { parseRatioUnit, parseUnit } from "../units/units.js";
import { columnUnit, findColumn, parseNumber } from "./csvColumns.js";
import { InventoryCsvError } from "../errors.js";
import { csvProblems } from "./csvProblems.js";
import { type InventorySums, addKey, addRow, addRowExact, newSums } from "./inventorySums.js";
import { type CsvLine, fieldText, scanCsv } from "./scanCsv.js";

/**
 * How to read an activity CSV file: the units of its columns when their names do not say them.
 * @category Inventory
 */
export interface ActivityCsvOptions {
  /** Unit of the amount column, e.g. `t`, `TJ` (or name it `amount_t`, `amount [TJ]`, or give a `unit` column). */
  readonly amountUnit?: string;
  /** Unit of the NCV column, e.g. `GJ/t` (or name it `ncv_GJ_per_t`, `ncv [GJ/t]`). */
  readonly ncvUnit?: string;
}

/** Columns of an activity file, by what they hold; the names it accepts, lower case. */
const NAMES = { sector: ["sector"], fuel: ["fuel"], technology: ["technology"], amount: ["amount", "activity"], unit: ["unit"], ncv: ["ncv"] } as const;

/** FNV-1a over the bytes of the key fields, separated. */
function hashKey(bytes: Uint8Array, line: CsvLine, cols: Int32Array): number {
  let h = 0x811c9dc5;
  for (let c = 0; c < cols.length; c++) {
    const f = cols[c]!;
    for (let i = line.start[f]!, e = line.end[f]!; i < e; i++) h = Math.imul(h ^ bytes[i]!, 0x01000193);
    h = Math.imul(h ^ 0xff, 0x01000193);
  }
  return h >>> 0;
}

/** The bytes of the key fields, each followed by 0xff (a byte UTF-8 never has). */
function keyBytes(bytes: Uint8Array, line: CsvLine, cols: Int32Array): Uint8Array {
  let length = 0;
  for (const c of cols) length += line.end[c]! - line.start[c]! + 1;
  const out = new Uint8Array(length);
  let p = 0;
  for (const c of cols) {
    out.set(bytes.subarray(line.start[c]!, line.end[c]!), p);
    p += line.end[c]! - line.start[c]!;
    out[p++] = 0xff;
  }
  return out;
}

/** Whether the key fields of this line equal the bytes stored for a key. */
function sameKey(bytes: Uint8Array, line: CsvLine, cols: Int32Array, stored: Uint8Array): boolean {
  let p = 0;
  for (let c = 0; c < cols.length; c++) {
    const f = cols[c]!;
    const s = line.start[f]!;
    const len = line.end[f]! - s;
    if (p + len + 1 > stored.length) return false;
    for (let i = 0; i < len; i++) if (bytes[s + i] !== stored[p + i]) return false;
    p += len;
    if (stored[p] !== 0xff) return false;
    p++;
  }
  return p === stored.length;
}

const QUOTE = 0x22;
const COMMA = 0x2c;
const LF = 0x0a;
const CR = 0x0d;

/**
 * The data lines of a CSV file without any quote, from byte `from` (line 2): the fields of a line
 * found and its key columns hashed (as hashKey does) in one pass over its bytes.
 */
function scanPlain(bytes: Uint8Array, from: number, width: number, cols: Int32Array, consume: (line: number, f: CsvLine, h: number) => void, onBadWidth: (line: number, count: number, width: number) => void): void {
  const n = bytes.length;
  const isKey = new Uint8Array(width + 1);
  for (const c of cols) isKey[c] = 1;
  const fields: CsvLine = { start: new Int32Array(width + 1), end: new Int32Array(width + 1), quoted: new Uint8Array(width + 1) };
  const { start, end } = fields;
  let i = from;
  let line = 2;
  while (i < n) {
    let f = 0;
    let h = 0x811c9dc5;
    for (;;) {
      const s = i;
      if (isKey[f] === 1) {
        for (; i < n; i++) {
          const c = bytes[i]!;
          if (c === COMMA || c === LF || (c === CR && bytes[i + 1] === LF)) break;
          h = Math.imul(h ^ c, 0x01000193);
        }
        h = Math.imul(h ^ 0xff, 0x01000193);
      } else {
        for (; i < n; i++) {
          const c = bytes[i]!;
          if (c === COMMA || c === LF || (c === CR && bytes[i + 1] === LF)) break;
        }
      }
      if (f < width) {
        start[f] = s;
        end[f] = i;
      }
      f++;
      if (i >= n) break;
      const c = bytes[i]!;
      if (c === COMMA) {
        i++;
        continue;
      }
      i += c === CR ? 2 : 1;
      break;
    }
    if (!(f === 1 && end[0] === start[0])) {
      if (f !== width) onBadWidth(line, f, width);
      else consume(line, fields, h | 0);
    }
    line++;
  }
}

/**
 * Sums an activity CSV file per distinct (sector, fuel, technology, unit), reading the buffer in
 * one pass: numbers are parsed from the bytes and keys matched by a hash of their bytes, so no
 * object or string is made per row (only per distinct key; with `exact`, one decimal per row).
 * Columns (by name, any order, case-insensitive): `sector`, `fuel`, optional `technology`,
 * `amount` (or `activity`) with its unit in its name, an option or a `unit` column, optional `ncv`.
 *
 * @throws {@link InventoryCsvError} naming the file, line and column of a missing column (at once),
 *   or of every bad line (at most `MAX_LISTED_ISSUES` listed, all counted): an amount that is not a
 *   non-negative number, an NCV that is not positive, an unknown unit, an empty sector or fuel, a
 *   line with the wrong number of fields; a quote that cannot be read ends the reading there
 * @internal
 */
export function sumActivityCsv(bytes: Uint8Array, file: string, options: ActivityCsvOptions, exact: boolean): { readonly sums: InventorySums; readonly columnName: (field: string) => string } {
  let sums: InventorySums | undefined;
  let cols = new Int32Array(0);
  let amountAt = 0;
  let ncvAt = -1;
  let unitAt = -1;
  let techAt = -1;
  let sectorAt = 0;
  let fuelAt = 0;
  let fixedUnit: string | undefined;
  let names: readonly string[] = [];
  // Open addressing over the keys' hashes: slot -> key index + 1 (0: empty); linear probing.
  let table = new Int32Array(1024);
  let hashes = new Int32Array(64);
  const stored: Uint8Array[] = [];
  // Every bad line is reported (the first MAX_LISTED_ISSUES listed, all counted); once there is one, nothing more is summed.
  const problems = csvProblems(file);
  const report = problems.report;
  const badValue = (line: number, col: number, what: string, text: string): false =>
    report({ code: "CSV_VALUE", line, column: names[col], message: `expected ${what}, got ${JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}...` : text)}` });
  const badWidth = (line: number, count: number, width: number): false =>
    report({ code: "CSV_SYNTAX", line, column: undefined, message: `expected ${width} fields as in the header, found ${count}` });
  const onHeader = (header: readonly string[]) => {
      names = header;
      const sector = findColumn(header, NAMES.sector, file, true)!;
      const fuel = findColumn(header, NAMES.fuel, file, true)!;
      const tech = findColumn(header, NAMES.technology, file, false);
      const amount = findColumn(header, NAMES.amount, file, true)!;
      const unit = findColumn(header, NAMES.unit, file, false);
      const ncv = findColumn(header, NAMES.ncv, file, false);
      fixedUnit = columnUnit(amount, options.amountUnit, "the amount unit option", unit, file, (u) => parseUnit(u), "t");
      const ncvUnit = ncv === undefined ? undefined : columnUnit(ncv, options.ncvUnit, "the NCV unit option", undefined, file, (u) => parseRatioUnit(u), "GJ/t");
      if (ncv === undefined && options.ncvUnit !== undefined) throw new InventoryCsvError("CSV_COLUMN", file, 1, undefined, `an NCV unit is given (${options.ncvUnit}) but the file has no "ncv" column`);
      amountAt = amount.index;
      ncvAt = ncv?.index ?? -1;
      unitAt = unit?.index ?? -1;
      techAt = tech?.index ?? -1;
      sectorAt = sector.index;
      fuelAt = fuel.index;
      cols = Int32Array.from([sector.index, fuel.index, ...(tech === undefined ? [] : [tech.index]), ...(unit === undefined ? [] : [unit.index])]).sort();
      sums = newSums(ncvUnit, exact);
    };
  const consume = (line: number, f: CsvLine, h: number) => {
      const s = sums!;
      let slot = h & (table.length - 1);
      let k = -1;
      for (let at = table[slot]!; at !== 0; slot = (slot + 1) & (table.length - 1), at = table[slot]!) {
        if (hashes[at - 1] === h && sameKey(bytes, f, cols, stored[at - 1]!)) {
          k = at - 1;
          break;
        }
      }
      let ok = true;
      if (k < 0) {
        const text = (col: number) => fieldText(bytes, f, col).trim();
        const technology = techAt < 0 ? "" : text(techAt);
        const unit = unitAt < 0 ? fixedUnit! : text(unitAt);
        for (const [col, what] of [[sectorAt, "a sector code"], [fuelAt, "a fuel id"]] as const) if (text(col) === "") ok = badValue(line, col, what, "");
        if (unitAt >= 0) {
          try {
            parseUnit(unit);
          } catch (e) {
            if (!(e instanceof CobenefitsError)) throw e;
            ok = report({ code: "CSV_VALUE", line, column: names[unitAt], message: e.detail });
          }
        }
      }
      if (k < 0 && ok) {
        const text = (col: number) => fieldText(bytes, f, col).trim();
        const technology = techAt < 0 ? "" : text(techAt);
        const unit = unitAt < 0 ? fixedUnit! : text(unitAt);
        k = addKey(s, { sector: text(sectorAt), fuel: text(fuelAt), ...(technology === "" ? {} : { technology }), unit }, s.rowCount, line);
        stored.push(keyBytes(bytes, f, cols));
        if (k === hashes.length) {
          const grown = new Int32Array(k * 2);
          grown.set(hashes);
          hashes = grown;
        }
        hashes[k] = h;
        table[slot] = k + 1;
        if ((k + 1) * 2 > table.length) {
          table = new Int32Array(table.length * 2);
          for (let j = 0; j <= k; j++) {
            let at = hashes[j]! & (table.length - 1);
            while (table[at] !== 0) at = (at + 1) & (table.length - 1);
            table[at] = j + 1;
          }
        }
      }
      const a = parseNumber(bytes, f.start[amountAt]!, f.end[amountAt]!);
      if (!(a >= 0) || a === Infinity) ok = badValue(line, amountAt, "an amount: a number, not negative (e.g. 1250.5)", fieldText(bytes, f, amountAt));
      let n = Number.NaN;
      if (ncvAt >= 0 && f.end[ncvAt]! > f.start[ncvAt]!) {
        n = parseNumber(bytes, f.start[ncvAt]!, f.end[ncvAt]!);
        if (!(n > 0) || n === Infinity) ok = badValue(line, ncvAt, "a net calorific value: a positive number, or nothing to use the NCV table", fieldText(bytes, f, ncvAt));
      }
      if (!ok || problems.count() > 0) return;
      addRow(s, k, a, n);
      if (exact) addRowExact(s, k, fieldText(bytes, f, amountAt), Number.isNaN(n) ? undefined : fieldText(bytes, f, ncvAt));
  };
  const n = bytes.length;
  const firstLf = bytes.indexOf(LF);
  const headerEnd = firstLf < 0 ? n : firstLf + 1;
  try {
    if (bytes.indexOf(QUOTE) >= 0) scanCsv(bytes, file, onHeader, (line, f) => consume(line, f, hashKey(bytes, f, cols) | 0), badWidth);
    else {
      scanCsv(bytes.subarray(0, headerEnd), file, onHeader, () => undefined);
      scanPlain(bytes, headerEnd, names.length, cols, consume, badWidth);
    }
  } catch (e) {
    problems.absorb(e); // a quote that cannot be read ends the reading: told after the bad lines before it
  }
  problems.throwIfAny();
  const columnName = (field: string) => findColumn(names, (NAMES as Record<string, readonly string[]>)[field] ?? [field], file, false)?.name ?? field;
  return { sums: sums!, columnName };
}
