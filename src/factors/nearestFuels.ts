import { distance } from "../nearestStrings.js";

/** A fuel as matched: its id, with its label and IPCC 2006 name where it has them (a fuel group is an id only). */
export type NamedFuel = string | { readonly id: string; readonly label?: string | undefined; readonly ipcc2006Name?: string | undefined };

/** A name compared without case, spaces or punctuation: "Liquefied Petroleum Gases" ~ "liquefiedPetroleumGases". */
const squeezed = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, "");

/**
 * The fuel ids (or fuel group ids) nearest to what was written, matching each fuel's id, its label
 * and its IPCC 2006 name: `liquefiedPetroleumGases` and `LPG` name `lpg`, `Gas/Diesel Oil` and
 * `diesel` name `gasDieselOil`, `petrol` names `motorGasoline`. A written name equal to a label or
 * IPCC name (ignoring case, spaces and punctuation) or a word of one comes first, then one a name
 * contains (`fuelOil` in residual fuel oil); the rest by edit distance (ties in the order of
 * `candidates`).
 *
 * @param written - the fuel as written
 * @param candidates - the valid fuels (`FUELS`, with labels and IPCC names) and fuel group ids
 * @param count - how many to return
 * @returns up to `count` ids, nearest first
 * @example
 * ```ts
 * import { nearestFuels } from "./nearestFuels.js";
 * import { FUELS } from "cobenefits";
 * nearestFuels("liquefiedPetroleumGases", FUELS, 1); // ["lpg"]
 * nearestFuels("diesel", [...FUELS, "liquidFuels"], 1); // ["gasDieselOil"]
 * ```
 * @category Factors
 */
export function nearestFuels(written: string, candidates: readonly NamedFuel[], count: number): string[] {
  const w = squeezed(written);
  const score = (fuel: NamedFuel): number => {
    const names = typeof fuel === "string" ? [fuel] : [fuel.id, ...[fuel.label, fuel.ipcc2006Name].filter((n): n is string => n !== undefined)];
    // the label's words too: "Gas/diesel oil (diesel)" holds "diesel", "Motor gasoline (petrol)" holds "petrol"
    const words = names.flatMap((n) => n.split(/[^A-Za-z0-9]+/).filter((x) => x.length >= 3));
    if (w.length > 0 && [...names, ...words].some((n) => squeezed(n) === w)) return -2;
    if (w.length >= 4 && names.some((n) => squeezed(n).includes(w))) return -1;
    return Math.min(...names.map((n) => distance(w, squeezed(n))));
  };
  return candidates.map((c, i) => ({ c: typeof c === "string" ? c : c.id, i, d: score(c) })).sort((x, y) => x.d - y.d || x.i - y.i).slice(0, count).map((x) => x.c);
}
