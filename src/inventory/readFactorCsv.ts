import { ncvRangeIssues } from "../factors/ncvRangeIssues.js";
import { UnknownUnitError } from "../errors.js";
import { parseFactorUnit } from "../factors/factorUnit.js";
import type { FactorRow, FactorTable } from "../factors/factorRow.js";
import { FUEL_GROUPS, FUELS } from "../factors/fuels.js";
import type { NcvRow } from "../factors/ncvRow.js";
import { SECTORS } from "../factors/sectors.js";
import { nearestStrings } from "../nearestStrings.js";
import { nearestFuels } from "../factors/nearestFuels.js";
import { isDecimalString } from "../units/decimal.js";
import { SPECIES, type Species, isSpecies } from "../units/species.js";
import { parseRatioUnit } from "../units/units.js";
import { columnUnit, findColumn } from "./csvColumns.js";
import { type CsvLine, fieldText, scanCsv } from "./scanCsv.js";
import { csvProblems } from "./csvProblems.js";

const KNOWN_FUELS: readonly string[] = [...FUELS.map((f) => f.id), ...FUEL_GROUPS];
const SECTOR_CODES = Object.keys(SECTORS);

/**
 * Reads the cells of a table file, line by line, as trimmed text; `fail` records a bad cell (file,
 * line, column) and returns false, and every bad line is reported at once when the file is read
 * (one error, at most `MAX_LISTED_ISSUES` listed).
 */
function readCells(bytes: Uint8Array, file: string, onHeader: (header: readonly string[]) => void, onLine: (line: number, text: (col: number) => string, fail: (col: number, message: string) => false) => void): void {
  let names: readonly string[] = [];
  const problems = csvProblems(file);
  try {
    scanCsv(bytes, file, (h) => {
      names = h;
      onHeader(h);
    }, (line: number, f: CsvLine) => {
      onLine(line, (col) => fieldText(bytes, f, col).trim(), (col, message) => problems.report({ code: "CSV_VALUE", line, column: names[col], message }));
    }, (line, count, width) => problems.report({ code: "CSV_SYNTAX", line, column: undefined, message: `expected ${width} fields as in the header, found ${count}` }));
  } catch (e) {
    problems.absorb(e);
  }
  problems.throwIfAny();
}

const shown = (t: string) => JSON.stringify(t.length > 40 ? `${t.slice(0, 40)}...` : t);

/**
 * Reads a user's emission-factor table from CSV: one row per sector, fuel, optional technology
 * and species, with the factor's value and unit. Every row cites `citationId` (pass the citation
 * itself to {@link cobenefits!createFactorSet} as a user citation) with the file's name as its table, and
 * has quality `userSupplied`; its id is `<file>:<line>`, so provenance leads back to the line.
 *
 * Columns (any order, case-insensitive): `sector`, `fuel`, optional `technology`, `species` (or
 * `pollutant`), and the value as `ef`, `factor` or `value`, its unit in its name (`ef_g_per_GJ`,
 * `ef [g/GJ]`), in `factorUnit`, or in a `unit` column.
 *
 * @param bytes - the file's contents (UTF-8)
 * @param options - `file` (its name, for errors and provenance), `tableId`, `citationId`, optional `factorUnit` (e.g. `g/GJ`)
 * @returns the table, ready for `createFactorSet({ userTables: [table], userCitations: [...] })`
 * @throws {@link InventoryCsvError} naming file, line and column of an unknown sector, fuel,
 *   species or unit (with the nearest valid ones), a value that is not a non-negative decimal, or a
 *   missing column (at once); every bad line of the file in one error (`problems`, at most `MAX_LISTED_ISSUES`)
 * @example
 * ```ts
 * import { readFactorCsv } from "cobenefits/inventory";
 * const table = readFactorCsv(new TextEncoder().encode("sector,fuel,species,ef_g_per_GJ\n1.A.4.b.i,lignite,PM2.5,420\n"),
 *   { file: "factors.csv", tableId: "national-2024", citationId: "MyAgency-2024" });
 * table.rows.map((r) => [r.id, r.pollutant, r.value, r.unit]); // [["factors.csv:2", "PM2.5", "420", "g/GJ"]]
 * ```
 * @category Inventory
 */
export function readFactorCsv(bytes: Uint8Array, options: { readonly file: string; readonly tableId: string; readonly citationId: string; readonly factorUnit?: string }): FactorTable {
  const { file } = options;
  const rows: FactorRow[] = [];
  let at = { sector: 0, fuel: 0, technology: -1, species: 0, value: 0, unit: -1 };
  let fixedUnit: string | undefined;
  readCells(bytes, file, (header) => {
    const value = findColumn(header, ["ef", "factor", "value"], file, true)!;
    const unit = findColumn(header, ["unit"], file, false);
    at = {
      sector: findColumn(header, ["sector"], file, true)!.index, fuel: findColumn(header, ["fuel"], file, true)!.index,
      technology: findColumn(header, ["technology"], file, false)?.index ?? -1, species: findColumn(header, ["species", "pollutant"], file, true)!.index,
      value: value.index, unit: unit?.index ?? -1,
    };
    fixedUnit = columnUnit(value, options.factorUnit, "the factor unit option", unit, file, (u) => parseFactorUnit(u), "g/GJ");
  }, (line, text, fail) => {
    let ok = true;
    const sector = text(at.sector);
    if (SECTORS[sector] === undefined) ok = fail(at.sector, `unknown sector code ${shown(sector)}; nearest: ${nearestStrings(sector, SECTOR_CODES, 3).join(", ")} (see SECTORS)`);
    const fuel = text(at.fuel);
    if (!KNOWN_FUELS.includes(fuel)) ok = fail(at.fuel, `unknown fuel or fuel group ${shown(fuel)}; nearest: ${nearestFuels(fuel, [...FUELS, ...FUEL_GROUPS], 3).join(", ")} (see listFuels(), FUEL_GROUPS)`);
    const species = text(at.species);
    if (!isSpecies(species)) ok = fail(at.species, `unknown species ${shown(species)}; nearest: ${nearestStrings(species, SPECIES, 3).join(", ")}`);
    const value = text(at.value);
    if (!isDecimalString(value) || value.startsWith("-")) ok = fail(at.value, `expected an emission factor: a decimal number, not negative (e.g. 12.5), got ${shown(value)}`);
    const unit = fixedUnit ?? text(at.unit);
    if (fixedUnit === undefined) {
      try {
        parseFactorUnit(unit);
      } catch (e) {
        ok = fail(at.unit, `${(e as Error & { detail?: string }).detail ?? (e as Error).message}; a factor unit is e.g. g/GJ, kg/TJ, g/kg fuel, g/km`);
      }
      if (/^(%|fraction) of /.test(unit) && species !== "BC" && species !== "OC") ok = fail(at.unit, "only BC and OC may be given as a share of PM");
    }
    if (!ok) return;
    const technology = at.technology < 0 ? "" : text(at.technology);
    rows.push({
      id: `${file}:${line}`, sector, fuel, ...(technology === "" ? {} : { technology }), pollutant: species as Species, value, unit,
      source: { id: options.citationId, table: file }, quality: "userSupplied",
    });
  });
  return { id: options.tableId, title: `${file} (user factor table)`, rows };
}

/**
 * Reads a user's net calorific values from CSV: one row per fuel (`fuel`, and the value as
 * `ncv` or `value` with its unit in its name, e.g. `ncv_GJ_per_t`, in `ncvUnit`, or in a `unit`
 * column). Rows cite `citationId` with the file's name as table, quality `userSupplied`, id
 * `<file>:<line>`.
 *
 * @param bytes - the file's contents (UTF-8)
 * @param options - `file`, `citationId`, optional `ncvUnit` (e.g. `GJ/t`), optional
 *   `outsideIpccRange`: why the table's values may lie outside their fuel's IPCC 2006 Vol. 2 Table
 *   1.2 range (a national table's own values); it is attached to exactly the rows outside that
 *   range, which `createFactorSet` would otherwise refuse, and shows in their provenance
 * @returns the NCV rows, for `createFactorSet({ userNcv })`
 * @throws {@link InventoryCsvError} naming file, line and column of an unknown fuel, a value that is not positive, an NCV unit that is not energy per mass or per Nm3;
 *   every bad line of the file in one error (`problems`, at most `MAX_LISTED_ISSUES`)
 * @example
 * ```ts
 * import { readNcvCsv } from "cobenefits/inventory";
 * const rows = readNcvCsv(new TextEncoder().encode("fuel,ncv_GJ_per_t\nlignite,11.9\n"), { file: "fuels.csv", citationId: "MyAgency-2024" });
 * rows.map((r) => [r.fuel, r.value, r.unit]); // [["lignite", "11.9", "GJ/t"]]
 * ```
 * @category Inventory
 */
export function readNcvCsv(bytes: Uint8Array, options: { readonly file: string; readonly citationId: string; readonly ncvUnit?: string; readonly outsideIpccRange?: string }): NcvRow[] {
  const { file } = options;
  const rows: NcvRow[] = [];
  let at = { fuel: 0, value: 0, unit: -1 };
  let fixedUnit: string | undefined;
  const energyPerAmount = (u: string) => {
    const r = parseRatioUnit(u);
    if (r.numerator.dimension !== "energy" || (r.denominator.dimension !== "mass" && r.denominator.dimension !== "gasVolume")) throw new UnknownUnitError(u, "an NCV unit is energy per mass or per Nm3, e.g. GJ/t, MJ/Nm3");
  };
  readCells(bytes, file, (header) => {
    const value = findColumn(header, ["ncv", "value"], file, true)!;
    const unit = findColumn(header, ["unit"], file, false);
    at = { fuel: findColumn(header, ["fuel"], file, true)!.index, value: value.index, unit: unit?.index ?? -1 };
    fixedUnit = columnUnit(value, options.ncvUnit, "the NCV unit option", unit, file, energyPerAmount, "GJ/t");
  }, (line, text, fail) => {
    let ok = true;
    const fuel = text(at.fuel);
    if (!FUELS.some((f) => f.id === fuel)) ok = fail(at.fuel, `unknown fuel ${shown(fuel)}; nearest: ${nearestFuels(fuel, FUELS, 3).join(", ")} (see listFuels())`);
    const value = text(at.value);
    if (!isDecimalString(value) || !(Number(value) > 0)) ok = fail(at.value, `expected a net calorific value: a positive decimal number (e.g. 25.8), got ${shown(value)}`);
    const unit = fixedUnit ?? text(at.unit);
    if (fixedUnit === undefined) {
      try {
        energyPerAmount(unit);
      } catch (e) {
        ok = fail(at.unit, (e as Error & { detail?: string }).detail ?? (e as Error).message);
      }
    }
    if (!ok) return;
    const row: NcvRow = { id: `${file}:${line}`, fuel, value, unit, source: { id: options.citationId, table: file }, quality: "userSupplied" };
    const outside = options.outsideIpccRange !== undefined && ncvRangeIssues(fuel, row, []).length > 0;
    rows.push(outside ? { ...row, outsideIpccRange: options.outsideIpccRange! } : row);
  });
  return rows;
}
