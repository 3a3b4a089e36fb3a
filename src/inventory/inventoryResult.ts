import type { SourceRef } from "../citations/sourceRef.js";
import type { DecimalString } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import type { InventoryMissingFactor } from "../errors.js";

/**
 * The emission of one species from one sector of an inventory, for one scope.
 * @category Inventory
 */
export interface InventoryTotal {
  readonly sector: string;
  readonly species: Species;
  /** `direct`: the activities' own emissions; `indirect`: electricity through a grid factor. */
  readonly scope: "direct" | "indirect";
  /** The total [t/yr], float64; `null` only when it is beyond float64 and `exact` holds it. */
  readonly value: number | null;
  /** The same total as an exact decimal [t/yr], with `exact: true`. */
  readonly exact?: DecimalString;
  readonly unit: "t";
}

/**
 * The total of one species over every sector of an inventory, for one scope.
 * @category Inventory
 */
export interface InventorySpeciesTotal {
  readonly species: Species;
  readonly scope: "direct" | "indirect";
  /** Sum over sectors [t/yr], float64; `null` only when it is beyond float64 and `exact` holds it. */
  readonly value: number | null;
  /** The same sum, exact [t/yr], with `exact: true`. */
  readonly exact?: DecimalString;
  readonly unit: "t";
  /** False when some activity key of this scope has no factor for the species (see `missing`). */
  readonly complete: boolean;
}

/**
 * One table row an inventory used, once however many activity rows it priced: an emission
 * factor, a net calorific value or a grid factor, with its citation.
 * @category Inventory
 */
export interface InventoryFactorUse {
  readonly kind: "factor" | "ncv" | "grid";
  /** The row's id in its table. */
  readonly factorRow: string;
  /** Table id (`grid` for a grid factor, `ncv` for an NCV row). */
  readonly table: string;
  /** `user`, `builtin` or `option`. */
  readonly layer: string;
  /** The sector code of the row (a factor row may sit at a parent code). */
  readonly sector: string | null;
  /** The fuel or fuel group of the row. */
  readonly fuel: string;
  readonly technology: string | null;
  /** The species of a factor row; null for an NCV. */
  readonly species: Species | null;
  readonly value: DecimalString;
  readonly unit: string;
  readonly quality: string;
  readonly source: SourceRef;
  /** Authors (year). Title. Publisher. DOI or URL. */
  readonly citation: string;
  /** Activity rows it priced [-]. */
  readonly rows: number;
}

/**
 * An inventory's emissions by sector and species, with the provenance of every factor used.
 * @category Inventory
 */
export interface InventoryResult {
  /** Activity rows read [-]. */
  readonly rows: number;
  /** Distinct activity keys (sector, fuel, technology, unit) among them [-]. */
  readonly keys: number;
  readonly species: readonly Species[];
  /** Totals by sector (in code order) and species (in the order asked), direct first, then indirect. */
  readonly totals: readonly InventoryTotal[];
  /** Totals by species over every sector, direct first, then indirect. */
  readonly speciesTotals: readonly InventorySpeciesTotal[];
  /** Each distinct table row used, with the rows it priced and its citation. */
  readonly provenance: readonly InventoryFactorUse[];
  /** Keys and species without a factor (with `onMissingFactor: "omit"`; never silently zero). */
  readonly missing: readonly InventoryMissingFactor[];
  /** Keys and species whose emission is zero by a rule (e.g. fossil CO2 of wood), with the rule. */
  readonly rules: readonly { readonly sector: string; readonly fuel: string; readonly technology?: string; readonly species: Species; readonly rule: string }[];
}
