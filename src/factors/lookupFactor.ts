import type { Citation } from "../citations/citation.js";
import { AmbiguousFactorError, UnknownFactorError, UnknownTechnologyError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import type { Species } from "../units/species.js";
import { builtinFactorGapsFor } from "./builtinFactorGaps.js";
import type { FactorRow, FactorTable } from "./factorRow.js";
import type { FactorSet } from "./factorSet.js";
import { fuelGroupsOf } from "./fuels.js";
import { nearestFactorKeys } from "./nearestFactorKeys.js";
import { sectorWithin } from "./sectorWithin.js";
import { rowReachesSector } from "./rowReachesSector.js";
import { docsUrl } from "../docsUrl.js";

/**
 * What a factor is looked up by.
 * @category Factors
 */
export interface FactorKey {
  /** NFR/IPCC code of the activity, e.g. `1.A.4.b.i`; rows of parent codes (`1.A.4.b`, `1.A`) also match. */
  readonly sector: string;
  /** Fuel id; rows for a fuel group the fuel belongs to also match. */
  readonly fuel: string;
  /** Technology as the tables name it; rows with no technology also match. */
  readonly technology?: string | undefined;
  readonly pollutant: Species;
}

/**
 * A found factor with its provenance: which layer, table and row, why it matched, and its citation.
 * @category Factors
 */
export interface FactorMatch {
  readonly row: FactorRow;
  readonly tableId: string;
  /** `user` or `builtin`. */
  readonly layer: string;
  readonly citation: Citation;
  /** The sector code and fuel (or group) of the row that matched. */
  readonly matchedSector: string;
  readonly matchedFuel: string;
}


const technologyIndex = new WeakMap<FactorSet, Map<string, FactorRow[]>>();

/** Every technology named by a row of the set, with its rows (computed once per set). */
function technologiesOf(set: FactorSet): Map<string, FactorRow[]> {
  let index = technologyIndex.get(set);
  if (index === undefined) {
    index = new Map();
    for (const l of set.layers) {
      for (const t of l.tables) {
        for (const r of t.rows) {
          if (r.technology === undefined) continue;
          const list = index.get(r.technology) ?? [];
          list.push(r);
          index.set(r.technology, list);
        }
      }
    }
    technologyIndex.set(set, index);
  }
  return index;
}

function appliesIgnoringTechnology(row: FactorRow, key: FactorKey): boolean {
  const { technology: _ignored, ...generic } = row;
  return score(generic, { ...key, technology: undefined }) !== undefined;
}

/** Specificity of a row for a key, or undefined when it does not apply. Higher is more specific. */
function score(row: FactorRow, key: FactorKey): readonly [number, number, number] | undefined {
  if (!rowReachesSector(row.sector, key.sector)) return undefined;
  let tech: number;
  if (row.technology === undefined) tech = 0;
  else if (row.technology === key.technology) tech = 1;
  else return undefined;
  const groups = fuelGroupsOf(key.fuel);
  let fuel: number;
  if (row.fuel === key.fuel) fuel = groups.length + 1;
  else {
    const i = groups.indexOf(row.fuel);
    if (i < 0) return undefined;
    fuel = groups.length - i;
  }
  return [row.sector.split(".").length, tech, fuel];
}

function better(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function keyText(k: { sector: string; fuel: string; technology?: string | undefined; pollutant: string }): string {
  return `${k.sector} / ${k.fuel}${k.technology !== undefined ? ` / ${k.technology}` : ""} / ${k.pollutant}`;
}

/**
 * Looks up the emission factor for a key.
 *
 * Method: layers are searched in order (user tables before built-ins); the first layer with any
 * matching row decides. Within a layer the most specific row wins: longest matching sector code,
 * then an exact technology over a generic row, then the fuel itself over its groups (e.g.
 * `otherBituminousCoal` before `hardCoal` before `hardCoalAndBrownCoal`). Two equally specific
 * rows are an error, never a silent pick. A mobile-machinery code (`1.A.2.g.vii`, `1.A.4.c.ii`, ...)
 * takes no row from a stationary-combustion parent such as `1.A.2` (see `rowReachesSector`).
 *
 * @param set - the factor set
 * @param key - sector, fuel, technology and pollutant
 * @param path - where the key came from in the input, for error messages
 * @returns the row with its provenance and citation
 * @throws {@link UnknownFactorError} naming the nearest valid keys, and, when the key reaches a gap the
 *   built-in tables document ({@link BUILTIN_FACTOR_GAPS}), why the factor is not built in and what to do instead
 * @throws {@link AmbiguousFactorError} naming the tied rows
 * @throws {@link UnknownTechnologyError} when no row of the set names the key's technology
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * const m = lookupFactor(createFactorSet(), { sector: "1.A.4.b.i", fuel: "otherBituminousCoal", pollutant: "NOx" });
 * [m.row.value, m.row.unit, m.row.source.table]; // ["110", "g/GJ", "Table 3-3"]
 * ```
 * @category Factors
 */
export function lookupFactor(set: FactorSet, key: FactorKey, path: readonly (string | number)[] = []): FactorMatch {
  if (key.technology !== undefined && !technologiesOf(set).has(key.technology)) {
    const technology = key.technology;
    // suggestions are computed only when the message is read (never for a gap that is only listed)
    const near = () => nearestStrings(technology, [...technologiesOf(set).entries()].filter(([, rows]) => rows.some((r) => appliesIgnoringTechnology(r, key))).map(([t]) => t), 5);
    throw new UnknownTechnologyError(technology, near, path);
  }
  for (const layer of set.layers) {
    let best: { row: FactorRow; table: FactorTable; s: readonly number[] }[] = [];
    for (const cand of layer.byPollutant.get(key.pollutant) ?? []) {
      const s = score(cand.row, key);
      if (s === undefined) continue;
      const first = best[0];
      const cmp = first === undefined ? 1 : better(s, first.s);
      if (cmp > 0) best = [{ ...cand, s }];
      else if (cmp === 0) best.push({ ...cand, s });
    }
    if (best.length > 1) throw new AmbiguousFactorError(key, best.map((b) => `${b.row.id} (${b.table.id})`), path);
    const hit = best[0];
    if (hit !== undefined) {
      const citation = set.citations.byId.get(hit.row.source.id);
      if (citation === undefined) throw new Error(`internal: row ${hit.row.id} cites unknown ${hit.row.source.id}`);
      return { row: hit.row, tableId: hit.table.id, layer: layer.name, citation, matchedSector: hit.row.sector, matchedFuel: hit.row.fuel };
    }
  }
  const samePollutant = set.layers.flatMap((l) => (l.byPollutant.get(key.pollutant) ?? []).map((c) => c.row));
  // a factor the built-in tables deliberately leave out says so, and what to do instead
  const gap = builtinFactorGapsFor({ sector: key.sector, species: key.pollutant, ...(key.technology === undefined ? {} : { technology: key.technology }) })[0];
  const hint = gap === undefined ? undefined : `not built in: ${gap.what} (${docsUrl("data-sources.md")}, "${gap.docs}"); instead, ${gap.instead}; nearest valid keys`;
  const needTechnology = samePollutant.filter((r) => r.technology !== undefined && appliesIgnoringTechnology(r, key));
  if (needTechnology.length > 0) {
    throw new UnknownFactorError(key, () => nearestFactorKeys(key, needTechnology, keyText, 5), path, hint ?? "rows for this sector and fuel exist only per technology: name one");
  }
  const pool = () => (samePollutant.length > 0 ? samePollutant : set.layers.flatMap((l) => [...l.byPollutant.values()].flat().map((c) => c.row)));
  throw new UnknownFactorError(key, () => nearestFactorKeys(key, pool(), keyText, 5), path, ...(hint === undefined ? [] : [hint]));
}

/**
 * Lists the factor rows of a set that apply to a sector, fuel or pollutant (any filter may be left out).
 *
 * @param set - the factor set
 * @param filter - optional sector (rows of that sector, of its sub-sectors and of the parents whose rows reach it: `1.A.3.b.i` never lists `1.A.3.b.ii`, `1.A.2.g.vii` never lists the stationary `1.A.2` rows), fuel (id or group), pollutant
 * @returns matching rows with their table id and layer
 * @example
 * ```ts
 * import { createFactorSet, listFactors } from "cobenefits";
 * listFactors(createFactorSet(), { sector: "1.A.4.b.i", pollutant: "PM2.5" }).length > 0; // true
 * ```
 * @category Factors
 */
export function listFactors(
  set: FactorSet,
  filter: { readonly sector?: string; readonly fuel?: string; readonly pollutant?: Species } = {},
): { readonly row: FactorRow; readonly tableId: string; readonly layer: string }[] {
  return set.layers.flatMap((l) =>
    l.tables.flatMap((t) =>
      t.rows
        .filter(
          (r) =>
            (filter.sector === undefined || sectorWithin(r.sector, filter.sector) || rowReachesSector(r.sector, filter.sector)) &&
            (filter.fuel === undefined || r.fuel === filter.fuel || fuelGroupsOf(filter.fuel).includes(r.fuel)) &&
            (filter.pollutant === undefined || r.pollutant === filter.pollutant),
        )
        .map((row) => ({ row, tableId: t.id, layer: l.name })),
    ),
  );
}
