import { Dec } from "../units/decimal.js";

/**
 * One distinct activity key of an inventory: what a factor is looked up by, and the unit of the
 * amounts summed under it.
 * @category Inventory
 */
export interface ActivityKey {
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  /** Unit of the activity amounts, e.g. `t`, `TJ`, `vkm`. */
  readonly unit: string;
}

/**
 * The amounts of an inventory summed per distinct activity key: all the inventory route keeps of
 * its rows. `all` sums every row's amount [unit]; with an NCV column, `noNcv` sums the amounts
 * of rows without their own NCV, `energy` sums amount x NCV and `perNcv` amount / NCV (the NCV
 * in `ncvUnit`), for factors on an energy basis (or on a mass basis with energy activity).
 * Float sums are compensated (Neumaier); exact sums are decimals.
 * @internal
 */
export interface InventorySums {
  readonly keys: ActivityKey[];
  /** Index of the first data row of each key; `firstLine` its CSV line, for a file. */
  readonly firstRow: number[];
  readonly firstLine: number[];
  /** Rows per key, and rows per key without their own NCV [-]. */
  rows: Float64Array;
  rowsNoNcv: Float64Array;
  /** Float sums and their compensations, per key (capacity may exceed the number of keys). */
  all: Float64Array;
  allC: Float64Array;
  noNcv: Float64Array;
  noNcvC: Float64Array;
  energy: Float64Array;
  energyC: Float64Array;
  perNcv: Float64Array;
  perNcvC: Float64Array;
  /** Unit of the NCV column (energy per mass or per Nm3), when there is one. */
  readonly ncvUnit: string | undefined;
  /** Exact sums, when asked for; same layout. */
  readonly exact: { readonly all: Dec[]; readonly noNcv: Dec[]; readonly energy: Dec[]; readonly perNcv: Dec[] } | undefined;
  rowCount: number;
}

const FLOAT_FIELDS = ["rows", "rowsNoNcv", "all", "allC", "noNcv", "noNcvC", "energy", "energyC", "perNcv", "perNcvC"] as const;

/** Empty sums. */
export function newSums(ncvUnit: string | undefined, exact: boolean): InventorySums {
  const f = () => new Float64Array(64);
  return {
    keys: [], firstRow: [], firstLine: [], rows: f(), rowsNoNcv: f(),
    all: f(), allC: f(), noNcv: f(), noNcvC: f(), energy: f(), energyC: f(), perNcv: f(), perNcvC: f(),
    ncvUnit, exact: exact ? { all: [], noNcv: [], energy: [], perNcv: [] } : undefined, rowCount: 0,
  };
}

/** Adds a new key (with zero sums) and returns its index. */
export function addKey(sums: InventorySums, key: ActivityKey, row: number, line: number): number {
  const k = sums.keys.length;
  sums.keys.push(key);
  sums.firstRow.push(row);
  sums.firstLine.push(line);
  if (k === sums.all.length) {
    for (const name of FLOAT_FIELDS) {
      const grown = new Float64Array(k * 2);
      grown.set(sums[name]);
      sums[name] = grown;
    }
  }
  if (sums.exact !== undefined) for (const a of [sums.exact.all, sums.exact.noNcv, sums.exact.energy, sums.exact.perNcv]) a.push(new Dec(0));
  return k;
}

/** s[k] += x with Neumaier's compensation in c[k]. */
function add(s: Float64Array, c: Float64Array, k: number, x: number): void {
  const a = s[k]!;
  const t = a + x;
  c[k]! += Math.abs(a) >= Math.abs(x) ? a - t + x : x - t + a;
  s[k] = t;
}

/**
 * Adds one row's amount [key unit] and NCV [ncvUnit] (NaN: the row has none) to key `k`, in
 * float64. The caller has checked both are finite and not negative (NCV positive).
 */
export function addRow(sums: InventorySums, k: number, amount: number, ncv: number): void {
  sums.rowCount++;
  sums.rows[k]!++;
  add(sums.all, sums.allC, k, amount);
  if (ncv !== ncv) {
    sums.rowsNoNcv[k]!++;
    if (sums.ncvUnit !== undefined) add(sums.noNcv, sums.noNcvC, k, amount);
  } else {
    add(sums.energy, sums.energyC, k, amount * ncv);
    add(sums.perNcv, sums.perNcvC, k, amount / ncv);
  }
}

/** Adds one row's amount and NCV (undefined: none) as decimal texts to key `k`'s exact sums. */
export function addRowExact(sums: InventorySums, k: number, amount: string, ncv: string | undefined): void {
  const e = sums.exact!;
  const a = new Dec(amount);
  e.all[k] = e.all[k]!.plus(a);
  if (ncv === undefined) e.noNcv[k] = e.noNcv[k]!.plus(a);
  else {
    e.energy[k] = e.energy[k]!.plus(a.times(ncv));
    e.perNcv[k] = e.perNcv[k]!.plus(a.div(ncv));
  }
}

/** The float sums of key `k`, compensation included; `noNcv` is `all` when there is no NCV column. */
export function sumsOf(sums: InventorySums, k: number): { readonly all: number; readonly noNcv: number; readonly energy: number; readonly perNcv: number } {
  const all = sums.all[k]! + sums.allC[k]!;
  return {
    all,
    noNcv: sums.ncvUnit === undefined ? all : sums.noNcv[k]! + sums.noNcvC[k]!,
    energy: sums.energy[k]! + sums.energyC[k]!,
    perNcv: sums.perNcv[k]! + sums.perNcvC[k]!,
  };
}
