import type { InventoryArrays } from "../src/inventory/evaluateInventoryFast.js";
import { seededRandom } from "../src/attribution/seededRandom.js";

// A synthetic national inventory (rows x species, seeded) and the hand-written loop the library's
// inventory fast path is measured against.

/**
 * `rows` activity rows x `species` species: activity 0-1000 units, coefficients 0-1 t/unit with
 * one in ten missing (0), modifiers 0.5-1 on a third of the rows (1 elsewhere).
 */
export function syntheticInventory(rows: number, species: number, seed = 1): InventoryArrays {
  const random = seededRandom(seed);
  const amounts = new Float64Array(rows);
  const coefficients = new Float64Array(rows * species);
  const modifiers = new Float64Array(rows * species).fill(1);
  for (let r = 0; r < rows; r++) {
    amounts[r] = random() * 1000;
    const controlled = random() < 1 / 3;
    for (let s = 0; s < species; s++) {
      const at = r * species + s;
      coefficients[at] = random() < 0.1 ? 0 : random();
      if (controlled) modifiers[at] = 0.5 + random() / 2;
    }
  }
  return { species, amounts, coefficients, modifiers };
}

/** The same arithmetic written by hand: sum over rows of amount x coefficient x modifier, per species. */
export function handLoop(amounts: Float64Array, coefficients: Float64Array, modifiers: Float64Array, species: number): Float64Array {
  const totals = new Float64Array(species);
  for (let r = 0; r < amounts.length; r++) {
    const a = amounts[r]!;
    const base = r * species;
    for (let s = 0; s < species; s++) totals[s]! += a * coefficients[base + s]! * modifiers[base + s]!;
  }
  return totals;
}
