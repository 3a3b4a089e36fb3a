import { InvalidInputError, type InputIssueInit } from "../errors.js";
import { DECIMAL_PATTERN, type DecimalString, isDecimalString } from "../units/decimal.js";
import type { InventoryResult } from "./inventoryResult.js";
import { type InventoryOptions, inventoryFromSums } from "./inventoryFromSums.js";
import { type InventorySums, addKey, addRow, addRowExact, newSums } from "./inventorySums.js";

/**
 * An inventory as columns, one entry per activity row: what a national inventory team has in a
 * spreadsheet or a data frame.
 * @category Inventory
 */
export interface InventoryColumns {
  /** NFR/IPCC sector code of each row, e.g. `1.A.4.b.i`. */
  readonly sector: readonly string[];
  /** Fuel id of each row (see {@link cobenefits!listFuels}). */
  readonly fuel: readonly string[];
  /** Technology of each row as the factor tables name it; null or undefined: none. */
  readonly technology?: readonly (string | null | undefined)[];
  /** Activity of each row [unit/yr]: numbers, or decimal strings (read exactly by `exact`). */
  readonly amount: Float64Array | readonly number[] | readonly DecimalString[];
  /** Unit of the amounts: one for every row (`"t"`), or one per row. */
  readonly unit: string | readonly string[];
  /** The fuel's net calorific value per row, in one unit (energy per mass or per Nm3); NaN or null: use the factor set's NCV for the fuel. */
  readonly ncv?: { readonly value: Float64Array | readonly (number | DecimalString | null)[]; readonly unit: string };
}

type Column = "sector" | "fuel" | "technology" | "amount" | "unit" | "ncv";

function lengthIssues(c: InventoryColumns): InputIssueInit[] {
  const n = c.sector.length;
  const issues: InputIssueInit[] = [];
  const check = (name: string, length: number | undefined) => {
    if (length !== undefined && length !== n) issues.push({ path: [name], message: `must have one entry per row like sector (${n}), got ${length}` });
  };
  check("fuel", c.fuel.length);
  check("technology", c.technology?.length);
  check("amount", c.amount.length);
  check("unit", typeof c.unit === "string" ? undefined : c.unit.length);
  check("ncv.value", c.ncv?.value.length);
  return issues;
}

/** A value as a non-negative number (positive for an NCV), or an issue at `[column, row]`. */
function valueAt(v: number | string | null | undefined, column: Column, r: number, issues: InputIssueInit[]): number {
  const what = column === "ncv" ? "a positive NCV" : "an activity amount, not negative";
  let x = Number.NaN;
  if (typeof v === "number") x = v;
  else if (typeof v === "string" && DECIMAL_PATTERN.test(v) && isDecimalString(v)) x = Number(v);
  if (!Number.isFinite(x) || x < 0 || (column === "ncv" && x === 0)) {
    if (issues.length < 20) issues.push({ path: [column === "ncv" ? "ncv.value" : column, r], message: `expected ${what} as a finite number or decimal string, got ${JSON.stringify(v)}` });
    return Number.NaN;
  }
  return x;
}

/** Sums the columns' amounts per distinct (sector, fuel, technology, unit), in float64 and, with `exact`, in decimals. */
function sumColumns(c: InventoryColumns, exact: boolean): InventorySums {
  const issues = lengthIssues(c);
  if (issues.length > 0) throw new InvalidInputError("inventory columns", issues);
  const sums = newSums(c.ncv?.unit, exact);
  const keyOf = new Map<string, Map<string, Map<string, number>>>();
  const fixedUnit = typeof c.unit === "string" ? c.unit : undefined;
  const { sector, fuel, technology, amount, ncv } = c;
  const units = typeof c.unit === "string" ? undefined : c.unit;
  const ncvValues = ncv?.value;
  const rows = sector.length;
  for (let r = 0; r < rows; r++) {
    const s = sector[r]!;
    const f = fuel[r]!;
    const t = technology?.[r] ?? undefined;
    const u = fixedUnit ?? units![r]!;
    const rest = t === undefined && fixedUnit !== undefined ? "" : `${t ?? ""}\u0000${u}`;
    let byFuel = keyOf.get(s);
    if (byFuel === undefined) keyOf.set(s, (byFuel = new Map()));
    let byRest = byFuel.get(f);
    if (byRest === undefined) byFuel.set(f, (byRest = new Map()));
    let k = byRest.get(rest);
    if (k === undefined) {
      if (typeof s !== "string" || typeof f !== "string" || typeof u !== "string" || (t !== undefined && (typeof t !== "string" || t === ""))) {
        const bad = typeof s !== "string" ? "sector" : typeof f !== "string" ? "fuel" : typeof u !== "string" ? "unit" : "technology";
        throw new InvalidInputError("inventory columns", [{ path: [bad, r], message: `expected ${bad === "technology" ? "a non-empty string, null or undefined" : "a string"}, got ${JSON.stringify((c as unknown as Record<string, unknown[]>)[bad]?.[r] ?? null)}` }]);
      }
      k = addKey(sums, { sector: s, fuel: f, ...(t === undefined ? {} : { technology: t }), unit: u }, r, r + 1);
      byRest.set(rest, k);
    }
    const a = amount[r];
    const x = typeof a === "number" && a >= 0 && a !== Infinity ? a : valueAt(a, "amount", r, issues);
    const nv = ncvValues?.[r];
    const n = nv === undefined || nv === null || (typeof nv === "number" && Number.isNaN(nv)) ? Number.NaN : valueAt(nv, "ncv", r, issues);
    if (issues.length > 0) continue;
    addRow(sums, k, x, n);
    if (exact) addRowExact(sums, k, typeof a === "string" ? a : String(a), Number.isNaN(n) ? undefined : typeof nv === "string" ? nv : String(nv));
  }
  if (issues.length > 0) throw new InvalidInputError("inventory columns", issues);
  return sums;
}

/**
 * Computes a national-size inventory from columns: emissions by sector and species, each factor
 * looked up once per distinct activity key, with the provenance of every factor used.
 *
 * Method: the rows are summed per distinct (sector, fuel, technology, unit) key, in float64 with
 * Neumaier compensation (and, with `exact`, in decimals); each key's exact coefficient per
 * species (emission factor x unit conversion x NCV, as {@link cobenefits!computeEmissions} composes them:
 * user tables over built-ins, the most specific row, BC/OC shares of PM, zero fossil CO2 for a
 * biogenic fuel, grid factor for electricity) is computed once in decimals and multiplied by the
 * key's sum; the products are added up by sector and species. Sums of amounts times a rounded
 * coefficient differ from the exact totals by float64 rounding only (about 1e-15 relative); the
 * exact totals (`exact: true`) are the reference. Memory: a few numbers per key, nothing per row.
 *
 * @param columns - sector, fuel, optional technology, amount [unit/yr], unit, optional NCV per row
 * @param options - factors, species, missing-factor policy, grid factor, `exact`
 * @returns totals by sector and species [t/yr] (and by species), provenance per distinct factor, missing keys (with `omit`)
 * @throws {@link cobenefits!InvalidInputError} naming the column and row of a negative or non-numeric amount, columns of unequal length, unknown species
 * @throws {@link cobenefits!MissingFactorError} listing every key without a factor, with the nearest valid keys (with `onMissingFactor: "error"`, the default)
 * @throws {@link cobenefits!UnknownSectorError} / {@link cobenefits!UnknownFuelError} at the first row of the key; {@link cobenefits!BasisConversionError} when a unit cannot be brought onto a factor's basis
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { computeInventory } from "cobenefits/inventory";
 * const result = computeInventory(
 *   { sector: ["1.A.4.a.i", "1.A.4.a.i"], fuel: ["otherBituminousCoal", "otherBituminousCoal"], amount: [600, 400], unit: "TJ" },
 *   { factors: createFactorSet(), species: ["PM2.5", "CO2"], exact: true },
 * );
 * result.totals.map((t) => [t.sector, t.species, t.exact]); // [["1.A.4.a.i", "PM2.5", "108"], ["1.A.4.a.i", "CO2", "94600"]]
 * result.provenance.map((p) => p.rows); // [2, 2]
 * ```
 * @category Inventory
 */
export function computeInventory(columns: InventoryColumns, options: InventoryOptions): InventoryResult {
  const sums = sumColumns(columns, options.exact === true);
  return inventoryFromSums(sums, options, (k, field) => [field === "ncv" ? "ncv.value" : field, sums.firstRow[k]!]);
}
