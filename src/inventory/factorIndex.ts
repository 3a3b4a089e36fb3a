import type { FactorRow, FactorTable } from "../factors/factorRow.js";
import type { FactorSet } from "../factors/factorSet.js";
import { fuelGroupsOf } from "../factors/fuels.js";
import { type FactorKey, type FactorMatch, lookupFactor } from "../factors/lookupFactor.js";
import { rowReachesSector } from "../factors/rowReachesSector.js";

/**
 * A factor set indexed for many lookups: each (sector, fuel, technology, species) key is resolved
 * once, by hashed lookups instead of a scan of every row, and remembered.
 * @category Inventory
 */
export interface FactorIndex {
  readonly set: FactorSet;
  /**
   * The factor row for a key, chosen exactly as {@link lookupFactor} chooses it, or `undefined`
   * when no row matches. Ties and unknown technologies throw the errors `lookupFactor` throws.
   */
  resolve(key: FactorKey): FactorMatch | undefined;
}

interface Entry {
  readonly row: FactorRow;
  readonly table: FactorTable;
}

const SEP = "\u0000";
const keyOf = (sector: string, fuel: string, technology: string | undefined, pollutant: string) => `${sector}${SEP}${fuel}${SEP}${technology ?? ""}${SEP}${pollutant}`;

/**
 * The sector itself and every parent code whose rows reach it, most specific first: `1.A.4.b.i`,
 * `1.A.4.b`, `1.A.4`, `1.A`, `1` (a mobile-machinery code skips its stationary parents, as
 * lookupFactor does).
 */
function sectorChain(sector: string): string[] {
  const parts = sector.split(".");
  return parts.map((_, i) => parts.slice(0, parts.length - i).join(".")).filter((code) => rowReachesSector(code, sector));
}

/**
 * Indexes a factor set for the inventory route: per layer, the rows by exact (sector, fuel,
 * technology, species); resolved keys are cached, so a national inventory with a few hundred
 * distinct keys resolves each once, whatever its number of rows.
 *
 * Method: {@link lookupFactor} ranks the rows that apply to a key by (length of the sector code,
 * exact technology over none, the fuel itself over its groups in order) and lets the first layer
 * with a match decide. Each rank is one exact (sector, technology, fuel) triple, so walking the
 * key's sector codes from the longest, then its technology and none, then the fuel and its
 * groups, and taking the first triple any row has, finds the same row; two rows at that triple
 * are the tie lookupFactor reports (the index then calls it, for its error). A key whose
 * technology no row names goes to lookupFactor too, for its error with the nearest names.
 * Suggestions ("did you mean") are never computed here: a missing factor is `undefined`.
 *
 * @param set - the factor set, from {@link cobenefits!createFactorSet}
 * @returns the index (the set is not changed)
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { createFactorIndex } from "cobenefits/inventory";
 * const index = createFactorIndex(createFactorSet());
 * index.resolve({ sector: "1.A.4.b.i", fuel: "otherBituminousCoal", pollutant: "PM2.5" })?.row.value; // "398"
 * index.resolve({ sector: "1.A.4.b.i", fuel: "none", pollutant: "PM2.5" }); // undefined
 * ```
 * @category Inventory
 */
export function createFactorIndex(set: FactorSet): FactorIndex {
  const layers = set.layers.map((layer) => {
    const rows = new Map<string, Entry[]>();
    for (const table of layer.tables) {
      for (const row of table.rows) {
        const k = keyOf(row.sector, row.fuel, row.technology, row.pollutant);
        const list = rows.get(k);
        if (list === undefined) rows.set(k, [{ row, table }]);
        else list.push({ row, table });
      }
    }
    return { name: layer.name, rows };
  });
  const technologies = new Set(set.layers.flatMap((l) => l.tables.flatMap((t) => t.rows.flatMap((r) => (r.technology === undefined ? [] : [r.technology])))));
  const cache = new Map<string, FactorMatch | undefined>();

  const find = (key: FactorKey): FactorMatch | undefined => {
    if (key.technology !== undefined && !technologies.has(key.technology)) return lookupFactor(set, key); // throws UnknownTechnologyError
    const fuels = [key.fuel, ...fuelGroupsOf(key.fuel)];
    const techs = key.technology === undefined ? [undefined] : [key.technology, undefined];
    const sectors = sectorChain(key.sector);
    for (const layer of layers) {
      for (const sector of sectors) {
        for (const technology of techs) {
          for (const fuel of fuels) {
            const hit = layer.rows.get(keyOf(sector, fuel, technology, key.pollutant));
            if (hit === undefined) continue;
            if (hit.length > 1) return lookupFactor(set, key); // throws AmbiguousFactorError naming the tied rows
            const { row, table } = hit[0]!;
            const citation = set.citations.byId.get(row.source.id);
            if (citation === undefined) throw new Error(`internal: row ${row.id} cites unknown ${row.source.id}`);
            return { row, tableId: table.id, layer: layer.name, citation, matchedSector: row.sector, matchedFuel: row.fuel };
          }
        }
      }
    }
    return undefined;
  };

  return {
    set,
    resolve(key) {
      const k = keyOf(key.sector, key.fuel, key.technology, key.pollutant);
      if (cache.has(k)) return cache.get(k);
      const found = find(key);
      cache.set(k, found);
      return found;
    },
  };
}
