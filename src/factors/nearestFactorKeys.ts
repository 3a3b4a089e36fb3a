import { distance } from "../nearestStrings.js";
import { fuelGroupsOf } from "./fuels.js";

/** A factor key as the suggestions compare it. */
export interface FactorKeyParts {
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string | undefined;
  readonly pollutant: string;
}

/** How many leading segments two sector codes share: `1.A.3.b.iii` and `1.A.3.b.i` share 4. */
const sharedSegments = (a: string, b: string): number => {
  const x = a.split(".");
  const y = b.split(".");
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n;
};

/** A fuel and the groups it belongs to (a group is its own family). */
const familyOf = (fuel: string): readonly string[] => [fuel, ...fuelGroupsOf(fuel)];

/** 0 for the same fuel, 1 for a fuel of the same family (a shared group: diesel and gas oil, lignite and hard coal), 2 otherwise. */
const fuelRank = (a: string, b: string): number => {
  if (a === b) return 0;
  const fa = familyOf(a);
  return familyOf(b).some((f) => fa.includes(f)) ? 1 : 2;
};

/**
 * The factor keys nearest to one that has no factor, for a "did you mean": first those of the
 * nearest sector (most leading code segments shared: road transport for a truck), then, within a
 * sector, of the same fuel or fuel family (diesel before coal), then by the edit distance of the
 * keys written out. So a diesel truck without a factor is pointed to other road or diesel rows,
 * never first to household coal.
 *
 * @param key - the key without a factor
 * @param candidates - the keys that have one
 * @param text - a key written out (`sector / fuel / technology / pollutant`)
 * @param count - how many to return
 * @returns up to `count` keys written out, nearest first, each once
 * @example
 * ```ts
 * import { nearestFactorKeys } from "./nearestFactorKeys.js";
 * const text = (k: { sector: string; fuel: string; pollutant: string }) => `${k.sector} / ${k.fuel} / ${k.pollutant}`;
 * const rows = [{ sector: "1.A.4.b.i", fuel: "anthracite", pollutant: "SO2" }, { sector: "1.A.1.a", fuel: "gasOil", pollutant: "SO2" }];
 * nearestFactorKeys({ sector: "1.A.3.b.iii", fuel: "gasDieselOil", pollutant: "SO2" }, rows, text, 1); // ["1.A.1.a / gasOil / SO2"]
 * ```
 * @category Factors
 */
export function nearestFactorKeys<K extends FactorKeyParts>(key: FactorKeyParts, candidates: readonly K[], text: (k: FactorKeyParts) => string, count: number): string[] {
  const written = text(key);
  const scored = candidates.map((c, i) => ({ t: text(c), i, s: sharedSegments(key.sector, c.sector), f: fuelRank(key.fuel, c.fuel), d: distance(written, text(c)) }));
  scored.sort((x, y) => y.s - x.s || x.f - y.f || x.d - y.d || x.i - y.i);
  return [...new Set(scored.map((x) => x.t))].slice(0, count);
}
