import { CobenefitsError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { DECIMAL_PATTERN } from "../units/decimal.js";
import { InventoryCsvError } from "../errors.js";

/**
 * A column found in a CSV header: its index, its name as written, and the unit its name carries
 * (`amount_t`, `ef_g_per_GJ`, `ncv [GJ/t]`), if any.
 * @internal
 */
export interface FoundColumn {
  readonly index: number;
  readonly name: string;
  readonly unit: string | undefined;
}

/**
 * The column of `header` whose name is one of `names` (case-insensitive), optionally followed by
 * its unit: `_<unit>` with `_per_` for `/` (`ef_g_per_GJ` is g/GJ, `amount_t` is t) or
 * ` [<unit>]` (`ef [g/GJ]`).
 *
 * @returns the column, or undefined when it is absent and not `required`
 * @throws {@link InventoryCsvError} (`CSV_COLUMN`) when a required column is absent (naming the header's nearest names) or two columns match
 * @internal
 */
export function findColumn(header: readonly string[], names: readonly string[], file: string, required: boolean): FoundColumn | undefined {
  const found: FoundColumn[] = [];
  header.forEach((h, index) => {
    const m = /^([A-Za-z]+)(?:_(.+)|\s*\[(.+)\])?$/.exec(h);
    if (m === null || !names.includes(m[1]!.toLowerCase())) return;
    const raw = m[2] ?? m[3];
    found.push({ index, name: h, unit: raw === undefined ? undefined : m[2] !== undefined ? raw.replaceAll("_per_", "/") : raw.trim() });
  });
  if (found.length > 1) throw new InventoryCsvError("CSV_COLUMN", file, 1, found[1]!.name, `two columns hold the ${names[0]}: "${found[0]!.name}" and "${found[1]!.name}"; keep one`);
  if (found.length === 0 && required) {
    throw new InventoryCsvError("CSV_COLUMN", file, 1, undefined, `no column "${names[0]}"${names.length > 1 ? ` (or ${names.slice(1).join(", ")})` : ""}; the header has ${header.map((h) => `"${h}"`).join(", ")}${header.length > 0 ? `; nearest: "${nearestStrings(names[0]!, header, 1)[0]}"` : ""}`);
  }
  return found[0];
}

/**
 * The one unit of a value column: from its name, from an option, or from a unit column (then
 * per row: `undefined` here); two that differ, or none at all, are an error at the header.
 * `check` validates a unit text (throwing a CobenefitsError), so a bad unit is reported at its column.
 * @internal
 */
export function columnUnit(column: FoundColumn, option: string | undefined, optionName: string, unitColumn: FoundColumn | undefined, file: string, check: (unit: string) => void, example: string): string | undefined {
  const given = [column.unit, option].filter((u): u is string => u !== undefined);
  if (given.length === 2 && given[0] !== given[1]) {
    throw new InventoryCsvError("CSV_COLUMN", file, 1, column.name, `the column name says the unit is "${given[0]}" and ${optionName} says "${given[1]}"; they must agree`);
  }
  const unit = given[0];
  if (unit !== undefined && unitColumn !== undefined) {
    throw new InventoryCsvError("CSV_COLUMN", file, 1, unitColumn.name, `the unit of "${column.name}" is given twice: "${unit}" (${column.unit !== undefined ? "in its name" : optionName}) and a "${unitColumn.name}" column; keep one`);
  }
  if (unit === undefined && unitColumn === undefined) {
    throw new InventoryCsvError("CSV_COLUMN", file, 1, column.name, `say the unit of "${column.name}": in its name (e.g. "${column.name}_${example.replaceAll("/", "_per_")}" or "${column.name} [${example}]"), with ${optionName}, or in a "unit" column`);
  }
  if (unit !== undefined) {
    try {
      check(unit);
    } catch (e) {
      if (e instanceof CobenefitsError) throw new InventoryCsvError("CSV_COLUMN", file, 1, column.name, e.detail);
      throw e;
    }
  }
  return unit;
}

/** The bytes as text, one character per byte (the number characters are ASCII). */
const ascii = (bytes: Uint8Array, s: number, e: number) => String.fromCharCode(...bytes.subarray(s, Math.min(e, s + 400)));

const POW10 = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22];

/**
 * A decimal number written in `bytes[s, e)` (`12`, `-0.5`, `1.5e3`; no spaces, no `+`, no NaN or
 * Infinity), correctly rounded to float64, or NaN when the text is not such a number. Short
 * numbers (up to 15 digits, exponent within 22) are read from the bytes directly, exactly as
 * Number() reads them (one correctly rounded multiplication or division of exact values); longer
 * ones go through Number().
 * @internal
 */
export function parseNumber(bytes: Uint8Array, s: number, e: number): number {
  let i = s;
  const negative = bytes[i] === 0x2d;
  if (negative) i++;
  let mantissa = 0;
  let digits = 0;
  let fraction = 0;
  let seenDigit = false;
  while (i < e) {
    const c = bytes[i]! - 0x30;
    if (c < 0 || c > 9) break;
    mantissa = mantissa * 10 + c;
    if (mantissa !== 0) digits++;
    seenDigit = true;
    i++;
  }
  if (i < e && bytes[i] === 0x2e) {
    i++;
    while (i < e) {
      const c = bytes[i]! - 0x30;
      if (c < 0 || c > 9) break;
      mantissa = mantissa * 10 + c;
      if (mantissa !== 0) digits++;
      fraction++;
      seenDigit = true;
      i++;
    }
  }
  if (!seenDigit) return Number.NaN;
  if (i < e) {
    const c = bytes[i]!;
    if (c !== 0x65 && c !== 0x45) return Number.NaN;
    const text = ascii(bytes, s, e);
    return DECIMAL_PATTERN.test(text) ? Number(text) : Number.NaN;
  }
  if (digits > 15 || fraction > 22) {
    const text = ascii(bytes, s, e);
    return DECIMAL_PATTERN.test(text) ? Number(text) : Number.NaN;
  }
  const v = fraction === 0 ? mantissa : mantissa / POW10[fraction]!;
  return negative ? -v : v;
}
