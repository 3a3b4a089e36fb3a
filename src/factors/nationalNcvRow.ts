import type { NcvRow } from "./ncvRow.js";

/**
 * A net calorific value from a national table: an {@link NcvRow} with the country it is the
 * official value of, the product as the national table names it, and its basis. Only net values
 * are stored (`basis: "net"`): a gross calorific value is never used as an NCV.
 * @category Factors
 */
export interface NationalNcvRow extends NcvRow {
  /** ISO 3166-1 alpha-2 code, e.g. `CN`. */
  readonly country: string;
  /** The product as the national table names it, e.g. `原煤 (raw coal)`. */
  readonly product: string;
  readonly basis: "net";
}
