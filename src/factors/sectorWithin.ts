/**
 * Whether a sector code is a given code or one of its sub-sectors: codes are dotted paths
 * (`1.A.3.b.i` lies within `1.A.3.b` and `1.A`), compared segment by segment, so `1.A.3.b.ii` is
 * not within `1.A.3.b.i` although it starts with the same characters.
 *
 * Method: equal codes, or the code starts with the parent followed by a dot.
 *
 * @param sector - the sector code to test, e.g. `1.A.4.b.i`
 * @param parent - the code it may lie within, e.g. `1.A.4`
 * @returns true when `sector` is `parent` or below it
 * @example
 * ```ts
 * import { sectorWithin } from "cobenefits";
 * [sectorWithin("1.A.3.b.i", "1.A.3.b"), sectorWithin("1.A.3.b.ii", "1.A.3.b.i")]; // [true, false]
 * ```
 * @category Factors
 */
export function sectorWithin(sector: string, parent: string): boolean {
  return sector === parent || sector.startsWith(`${parent}.`);
}
