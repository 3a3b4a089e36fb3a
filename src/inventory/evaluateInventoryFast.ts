import { InvalidInputError, type InputIssueInit, NumericOverflowError } from "../errors.js";

/**
 * An inventory as flat float64 columns, for {@link evaluateInventoryFast}: one activity level per
 * row, and per row and species a coefficient and (optionally) a modifier, row-major
 * (`coefficients[row * species + s]`).
 * @category Inventory
 */
export interface InventoryArrays {
  /** Number of species (columns of `coefficients` and `modifiers`) [-]. */
  readonly species: number;
  /** Activity level of each row [the row's activity unit/yr]. */
  readonly amounts: Float64Array;
  /** Emission per unit of activity, rows x species [t/unit]; 0 where there is no factor. */
  readonly coefficients: Float64Array;
  /** Factor applied by controls or measures, rows x species [-]; omitted: 1 everywhere. */
  readonly modifiers?: Float64Array;
}

function check(input: InventoryArrays): void {
  const { species: S, amounts, coefficients, modifiers } = input;
  const issues: InputIssueInit[] = [];
  if (!Number.isInteger(S) || S < 1) issues.push({ path: ["species"], message: `must be a positive integer number of species, got ${String(S)}` });
  else {
    const cells = amounts.length * S;
    if (coefficients.length !== cells) issues.push({ path: ["coefficients"], message: `must hold rows x species = ${amounts.length} x ${S} = ${cells} values, got ${coefficients.length}` });
    if (modifiers !== undefined && modifiers.length !== cells) issues.push({ path: ["modifiers"], message: `must hold rows x species = ${cells} values like coefficients, got ${modifiers.length}` });
  }
  if (issues.length > 0) throw new InvalidInputError("inventory arrays", issues);
}

/** The first row whose contribution to species `s` is not finite, named by the column at fault. */
function nonFinite(input: InventoryArrays, s: number): never {
  const { species: S, amounts, coefficients, modifiers } = input;
  for (let r = 0; r < amounts.length; r++) {
    const at = r * S + s;
    const bad: [string, number, number][] = [["amounts", r, amounts[r] as number], ["coefficients", at, coefficients[at] as number], ["modifiers", at, modifiers?.[at] ?? 1]];
    const hit = bad.find(([, , v]) => !Number.isFinite(v));
    if (hit !== undefined) throw new InvalidInputError("inventory arrays", [{ path: [hit[0], hit[1]], message: `must be a finite number, got ${hit[2]} (row ${r}, species ${s})` }]);
  }
  // Every value is finite: the sum overflowed. Find the row at which it did.
  let total = 0;
  let r = 0;
  for (; r < amounts.length; r++) {
    total += (amounts[r] as number) * (coefficients[r * S + s] as number) * (modifiers?.[r * S + s] ?? 1);
    if (!Number.isFinite(total)) break;
  }
  throw new NumericOverflowError(`the total of species ${s} overflows float64 (beyond about 1.8e308) at row ${Math.min(r, amounts.length - 1)}`, { species: String(s) }, ["amounts", Math.min(r, amounts.length - 1)]);
}

/**
 * Totals of a national-size inventory per species in float64: sum over rows of activity x
 * coefficient x modifier. The fast path for inventory-sized work (a million rows and more) that
 * needs no attribution; {@link cobenefits!computeEmissions} is the exact, cited path, and
 * {@link cobenefits!evaluateScenarioFast} the fast path for scenarios with measures.
 *
 * Method: one pass over the rows in memory order, accumulating into one float64 total per species;
 * nothing is allocated but the result, and the input is neither copied nor changed. Sums carry
 * float64 rounding (relative error about rows x 1e-16 at worst, far less in practice). The lengths
 * are checked before and the totals after: a non-finite total is traced to the first row and
 * column at fault.
 *
 * @param input - the columns: `species` count, `amounts` [unit/yr], `coefficients` [t/unit] and optional `modifiers` [-]
 * @returns the total of each species [t/yr]
 * @throws {@link cobenefits!InvalidInputError} naming `species`, `coefficients` or `modifiers` when the sizes
 *   do not match, and the first non-finite value (path `[column, index]`) when a total is not finite
 * @throws `NumericOverflowError` (code `NUMERIC_OVERFLOW`) when every value is finite but a
 *   total overflows float64 (beyond about 1.8e308), naming the species and the row where it did;
 *   no total is ever Infinity or NaN
 * @example
 * ```ts
 * import { evaluateInventoryFast } from "cobenefits/inventory";
 * // Two rows, two species: 100 TJ at 0.9 and 98.3 t/TJ with a 90% SO2 scrubber; 50 TJ at 0.1 and 56.1 t/TJ.
 * const totals = evaluateInventoryFast({
 *   species: 2,
 *   amounts: Float64Array.of(100, 50),
 *   coefficients: Float64Array.of(0.9, 98.3, 0.1, 56.1),
 *   modifiers: Float64Array.of(0.1, 1, 1, 1),
 * });
 * Array.from(totals, (t) => t.toFixed(2)); // ["14.00", "12635.00"]
 * ```
 * @category Inventory
 */
export function evaluateInventoryFast(input: InventoryArrays): Float64Array {
  check(input);
  const { species: S, amounts, coefficients, modifiers } = input;
  const totals = new Float64Array(S);
  const rows = amounts.length;
  if (modifiers === undefined) {
    for (let r = 0, at = 0; r < rows; r++) {
      const a = amounts[r] as number;
      for (let s = 0; s < S; s++, at++) totals[s] = (totals[s] as number) + a * (coefficients[at] as number);
    }
  } else {
    for (let r = 0, at = 0; r < rows; r++) {
      const a = amounts[r] as number;
      for (let s = 0; s < S; s++, at++) totals[s] = (totals[s] as number) + a * (coefficients[at] as number) * (modifiers[at] as number);
    }
  }
  for (let s = 0; s < S; s++) if (!Number.isFinite(totals[s])) nonFinite(input, s);
  return totals;
}
