import fc from "fast-check";
import { Dec } from "../../src/units/decimal.js";

// Games and arbitraries shared by the attribution tests. A game is a table of 2^n outcomes,
// indexed by the mask of the measures applied.

/** One unit in the last place of shares at the default 24 decimals. */
export const ULP = new Dec("1e-24");

export interface TableGame {
  readonly n: number;
  readonly table: readonly string[];
}

export const outcome = (g: TableGame) => listed(g.table);

/** A decimal string with `decimals` places from an integer, e.g. (-12345, 3) -> "-12.345". */
export const decimalString = (units: number, decimals: number): string => new Dec(units).div(new Dec(10).pow(decimals)).toString();

/** A random game: n from minN to maxN, and 2^n outcomes with up to 6 decimals, up to 10^6 in magnitude. */
export const tableGame = (minN = 0, maxN = 8): fc.Arbitrary<TableGame> =>
  fc.tuple(fc.integer({ min: minN, max: maxN }), fc.integer({ min: 0, max: 6 })).chain(([n, decimals]) =>
    fc
      .array(fc.integer({ min: -1e6 * 10 ** decimals, max: 1e6 * 10 ** decimals }), { minLength: 2 ** n, maxLength: 2 ** n })
      .map((units) => ({ n, table: units.map((u) => decimalString(u, decimals)) })),
  );

/** The game with the outcomes of `g` read through a mask transformation. */
export const reindexed = (g: TableGame, f: (mask: number) => number): TableGame => ({
  n: g.n,
  table: g.table.map((_, mask) => g.table[f(mask)] ?? "0"),
});

/** Moves bit i of a mask to bit perm[i]. */
export const permuteMask = (mask: number, perm: readonly number[]): number =>
  perm.reduce((out, to, from) => ((mask >> from) & 1 ? out | (1 << to) : out), 0);

/** The sum of Decs. */
export const sum = (xs: readonly Dec[]): Dec => xs.reduce((s, x) => s.plus(x), new Dec(0));

/** v(all) - v(0) of a table game. */
export const totalOf = (g: TableGame): Dec => new Dec(outcome(g)(2 ** g.n - 1)).minus(outcome(g)(0));

/** Whether |a - b| <= tolerance. */
export const near = (a: Dec | number, b: Dec | number, tolerance: Dec | number | string): boolean => new Dec(a).minus(b).abs().lte(tolerance);

/** The glove game: v(S) = 1 when S holds player 0 (a left glove) and player 1 or 2 (right gloves), else 0. */
export const glove = (mask: number): string => ((mask & 1) !== 0 && (mask & 6) !== 0 ? "1" : "0");

/** The airport game (Littlechild & Owen 1973): v(S) = the largest runway cost needed by a plane in S. */
export const airport = (costs: readonly number[]) => (mask: number): string =>
  String(Math.max(0, ...costs.filter((_, i) => (mask >> i) & 1)));

/** A game given by its table of outcomes, e.g. ["0", "10", "20", "24"]: 10 and 20 alone, 24 together. */
export const listed = (table: readonly string[]) => (mask: number): string => table[mask] ?? "0";
