import { formatCitation } from "../citations/citation.js";
import { CobenefitsError, InvalidInputError, type InputIssueInit, NumericOverflowError } from "../errors.js";
import type { FactorSet } from "../factors/factorSet.js";
import type { GridFactorRow } from "../factors/gridFactorRow.js";
import { lookupFactor } from "../factors/lookupFactor.js";
import { Dec } from "../units/decimal.js";
import { SPECIES, type Species, isSpecies } from "../units/species.js";
import { type FactorIndex, createFactorIndex } from "./factorIndex.js";
import { type InventoryMissingFactor, inventoryMissingFactorsError } from "../errors.js";
import type { InventoryFactorUse, InventoryResult, InventorySpeciesTotal, InventoryTotal } from "./inventoryResult.js";
import { type InventorySums, sumsOf } from "./inventorySums.js";
import { type CoefficientSource, type KeyCoefficient, type Locate, isNoFactor, keyCoefficient } from "./keyCoefficients.js";
import { scopeOfFuel } from "../factors/scopeOfFuel.js";

/**
 * Options of {@link computeInventory} and {@link computeInventoryFromCsv}.
 * @category Inventory
 */
export interface InventoryOptions {
  /** The factors (user tables over built-ins), from {@link cobenefits!createFactorSet}; indexed once per set. */
  readonly factors: FactorSet;
  /** Species to compute (required: there is no default list). */
  readonly species: readonly Species[];
  /** `error` (default): keys without a factor throw, all listed with the nearest valid keys. `omit`: they are listed in `missing`, never silently zero. */
  readonly onMissingFactor?: "error" | "omit";
  /** Grid factor for activities with fuel `electricity` (CO2 only, indirect scope). */
  readonly gridFactor?: GridFactorRow;
  /** Also compute every total exactly in decimals (`exact` of each total); the float64 `value`s are computed either way. */
  readonly exact?: boolean;
}

const indexes = new WeakMap<FactorSet, FactorIndex>();

/** The factor index of a set, built on first use and kept as long as the set is. */
function indexOf(set: FactorSet): FactorIndex {
  let index = indexes.get(set);
  if (index === undefined) indexes.set(set, (index = createFactorIndex(set)));
  return index;
}

/** Problems of the options, all at once. */
export function inventoryOptionIssues(options: { readonly species: readonly Species[] }): InputIssueInit[] {
  const issues: InputIssueInit[] = [];
  if (options.species.length === 0) issues.push({ path: ["species"], message: "name at least one species to compute" });
  options.species.forEach((s, i) => {
    if (!isSpecies(s)) issues.push({ path: ["species", i], message: `unknown species "${String(s)}"; valid: ${SPECIES.join(", ")}` });
    else if (options.species.indexOf(s) !== i) issues.push({ path: ["species", i], message: `species "${s}" is listed twice` });
  });
  return issues;
}

/** Why a key has no factor, with lookupFactor's nearest valid keys (computed only here, for an error). */
function reasonWithNearest(set: FactorSet, m: InventoryMissingFactor): string {
  if (m.fuel === "electricity") return m.reason;
  try {
    lookupFactor(set, { sector: m.sector, fuel: m.fuel, technology: m.technology, pollutant: m.species as Species });
  } catch (e) {
    if (e instanceof CobenefitsError) return e.detail;
    throw e;
  }
  return m.reason;
}

/**
 * Emissions by sector and species from an inventory's sums per key: one exact coefficient per
 * key and species, times the key's sums, accumulated in float64 (and in decimals with `exact`).
 * The shared back end of {@link computeInventory} and {@link computeInventoryFromCsv}.
 * @internal
 */
export function inventoryFromSums(sums: InventorySums, options: InventoryOptions, locate: Locate, file?: string): InventoryResult {
  const issues = inventoryOptionIssues(options);
  if (issues.length > 0) throw new InvalidInputError("inventory options", issues);
  const index = indexOf(options.factors);
  const ctx = { index, sums, gridFactor: options.gridFactor, locate };
  const species = options.species;
  const S = species.length;
  const K = sums.keys.length;
  const sectors = [...new Set(sums.keys.map((k) => k.sector))].sort();
  const sectorAt = new Map(sectors.map((s, i) => [s, i]));
  const scopes = ["direct", "indirect"] as const;
  const totals = scopes.map(() => new Float64Array(sectors.length * S));
  const exact = sums.exact === undefined ? undefined : scopes.map(() => Array.from({ length: sectors.length * S }, () => new Dec(0)));
  const present = scopes.map(() => new Uint8Array(sectors.length));
  const incomplete = scopes.map(() => new Uint8Array(S));
  const missing: InventoryMissingFactor[] = [];
  const rules: InventoryResult["rules"][number][] = [];
  const used = new Map<string, { source: CoefficientSource; rows: number }>();
  let counted = new Set<string>(); // the sources already counted for the current key
  const use = (source: CoefficientSource, rows: number) => {
    const id = `${source.kind}\u0000${source.tableId}\u0000${source.rowId}`;
    if (counted.has(id)) return;
    counted.add(id);
    const hit = used.get(id);
    if (hit === undefined) used.set(id, { source, rows });
    else hit.rows += rows;
  };

  for (let k = 0; k < K; k++) {
    const key = sums.keys[k]!;
    const at = sectorAt.get(key.sector)! * S;
    const sum = sumsOf(sums, k);
    const ex = sums.exact;
    counted = new Set();
    for (let s = 0; s < S; s++) {
      const c = keyCoefficient(ctx, k, species[s]!);
      const scope = scopeOfFuel(key.fuel) === "indirect" ? 1 : 0;
      present[scope]![at / S] = 1;
      if (isNoFactor(c)) {
        incomplete[scope]![s] = 1;
        missing.push({
          sector: key.sector, fuel: key.fuel, ...(key.technology === undefined ? {} : { technology: key.technology }), species: species[s]!,
          rows: sums.rows[k]!, firstRow: sums.firstRow[k]!, ...(file === undefined ? {} : { line: sums.firstLine[k]! }), reason: c.noFactor,
        });
        continue;
      }
      if (c.rule !== undefined) rules.push({ sector: key.sector, fuel: key.fuel, ...(key.technology === undefined ? {} : { technology: key.technology }), species: species[s]!, rule: c.rule });
      for (const source of c.sources) use(source, source.kind === "ncv" ? sums.rowsNoNcv[k]! : sums.rows[k]!);
      totals[scope]![at + s]! += term(c, sum);
      if (exact !== undefined && ex !== undefined) {
        const cell = exact[scope]!;
        cell[at + s] = cell[at + s]!.plus(c.all.times(ex.all[k]!)).plus(c.noNcv.times(ex.noNcv[k]!)).plus(c.energy.times(ex.energy[k]!)).plus(c.perNcv.times(ex.perNcv[k]!));
      }
    }
  }
  if (missing.length > 0 && options.onMissingFactor !== "omit") {
    throw inventoryMissingFactorsError(missing.map((m) => ({ ...m, reason: reasonWithNearest(options.factors, m) })), file);
  }

  const rows: InventoryTotal[] = [];
  const bySpecies: InventorySpeciesTotal[] = [];
  scopes.forEach((scope, si) => {
    const t = totals[si]!;
    const speciesSum = new Float64Array(S);
    const speciesExact = species.map(() => new Dec(0));
    sectors.forEach((sector, i) => {
      if (present[si]![i] !== 1) return;
      species.forEach((sp, s) => {
        const value = t[i * S + s]!;
        const e = exact?.[si]![i * S + s];
        if (!Number.isFinite(value) && e === undefined) throw new NumericOverflowError(`the ${sp} total of sector ${sector} overflows float64 (beyond about 1.8e308); compute with exact: true (the command's --exact)`, { species: sp });
        speciesSum[s]! += value;
        if (e !== undefined) speciesExact[s] = speciesExact[s]!.plus(e);
        rows.push({ sector, species: sp, scope, value: Number.isFinite(value) ? value : null, ...(e === undefined ? {} : { exact: e.toString() }), unit: "t" });
      });
    });
    if (scope === "indirect" && !present[si]!.includes(1)) return;
    species.forEach((sp, s) => {
      const finite = Number.isFinite(speciesSum[s]!);
      if (!finite && exact === undefined) throw new NumericOverflowError(`the ${sp} total overflows float64 (beyond about 1.8e308); compute with exact: true (the command's --exact)`, { species: sp });
      bySpecies.push({ species: sp, scope, value: finite ? speciesSum[s]! : null, ...(exact === undefined ? {} : { exact: speciesExact[s]!.toString() }), unit: "t", complete: incomplete[si]![s] !== 1 });
    });
  });

  const citations = options.factors.citations.byId;
  const provenance: InventoryFactorUse[] = [...used.values()].map(({ source: u, rows: n }) => {
    const c = citations.get(u.source.id);
    return {
      kind: u.kind, factorRow: u.rowId, table: u.tableId, layer: u.layer, sector: u.sector ?? null, fuel: u.fuel, technology: u.technology ?? null, species: u.species ?? null,
      value: u.value, unit: u.unit, quality: u.quality, source: u.source, citation: c === undefined ? `(no citation registered for ${u.source.id})` : formatCitation(c), rows: n,
    };
  });
  return { rows: sums.rowCount, keys: K, species, totals: rows, speciesTotals: bySpecies, provenance, missing, rules };
}

/** A key's emission [t] in float64: each exact coefficient rounded once, times the key's float sums. */
function term(c: KeyCoefficient, sum: ReturnType<typeof sumsOf>): number {
  let v = c.all.toNumber() * sum.all;
  if (!c.noNcv.isZero()) v += c.noNcv.toNumber() * sum.noNcv;
  if (!c.energy.isZero()) v += c.energy.toNumber() * sum.energy;
  if (!c.perNcv.isZero()) v += c.perNcv.toNumber() * sum.perNcv;
  return v;
}
