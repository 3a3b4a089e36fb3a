import type { SourceRef } from "../../citations/sourceRef.js";
import { listGenerationMixes } from "../../factors/lookupGenerationMix.js";
import { listGridFactors } from "../../factors/lookupGridFactor.js";
import {
  listCoalMineMethaneFactors, listGasLeakageEstimates, listGasSupplyMethaneFactors, listMethaneDensities, listPlantEfficiencies, listPlantEmissionLimits,
} from "../../factors/scopeDataLists.js";

/** The groups of built-in scope data the `factors` command lists, in the order it lists them. */
export const SCOPE_DATA_GROUPS = ["grid", "generationMix", "plantEfficiency", "emissionLimit", "coalMineMethane", "methaneDensity", "gasLeakage", "gasSupply"] as const;

/** One of {@link SCOPE_DATA_GROUPS}. */
export type ScopeDataGroup = (typeof SCOPE_DATA_GROUPS)[number];

/**
 * One built-in row of the data behind the indirect, heat and upstream scopes, as the `factors`
 * command prints it: its id, value(s) as published with their unit, what it is, and its source.
 * The row itself is kept for `--json`.
 * @category CLI
 */
export interface ScopeDataEntry {
  readonly group: ScopeDataGroup;
  readonly id: string;
  /** The value or values as published, e.g. `0.5703` or `coal 4.6, hydro 1.3` or `low 10, high 25`. */
  readonly value: string;
  readonly unit: string;
  /** What the row is: country, year, coverage, conditions, in the table's own words where it has them. */
  readonly what: string;
  readonly source: SourceRef;
  readonly quality: string;
  readonly via?: string | undefined;
  readonly note?: string | undefined;
  readonly row: object;
}

const range = (r: { readonly low?: string | undefined; readonly average?: string | undefined; readonly value?: string | undefined; readonly high?: string | undefined }) =>
  ([["low", r.low], ["average", r.average], ["value", r.value], ["high", r.high]] as const).filter(([, v]) => v !== undefined).map(([k, v]) => (k === "value" ? v : `${k} ${v}`)).join(", ");

/**
 * Every built-in row of scope data (grid factors, generation mixes, plant efficiencies, emission
 * limits of plants, coal-mine methane, methane densities, gas leakage estimates, gas-supply methane
 * factors) as entries the `factors` command lists and shows. Values are copied as published (decimal
 * strings), never recomputed.
 *
 * @returns the entries, grouped in the order of {@link SCOPE_DATA_GROUPS}
 * @example
 * ```ts
 * import { scopeDataEntries } from "./scopeDataEntries.js";
 * scopeDataEntries().find((e) => e.id === "limit.CN.ultra-low.coal.SO2")?.value; // "SO2 35"
 * ```
 * @category CLI
 */
export function scopeDataEntries(): readonly ScopeDataEntry[] {
  const common = (r: { readonly source: SourceRef; readonly quality: string; readonly via?: string | undefined; readonly note?: string | undefined }) =>
    ({ source: r.source, quality: r.quality, via: r.via, note: r.note, row: r });
  return [
    ...listGridFactors().map((r): ScopeDataEntry => ({ ...common(r), group: "grid", id: r.id, value: r.value, unit: r.unit, what: `${r.country} ${r.year}: ${r.definition}` })),
    ...listGenerationMixes().map((r): ScopeDataEntry => ({
      ...common(r), group: "generationMix", id: r.id, value: r.components.map((c) => `${c.technology} ${c.value}`).join(", "), unit: r.unit,
      what: `${r.country} ${r.region} ${r.year} (${r.yearKind} year): ${r.coverage}${r.total === undefined ? "" : `; total ${r.total}`}`,
    })),
    ...listPlantEfficiencies().map((r): ScopeDataEntry => ({
      ...common(r), group: "plantEfficiency", id: r.id, value: r.value, unit: r.unit, what: `${r.country} ${r.year} ${r.technology}: ${r.quantity} (${r.basis}); ${r.coverage}`,
    })),
    ...listPlantEmissionLimits().map((r): ScopeDataEntry => ({
      ...common(r), group: "emissionLimit", id: r.id, value: `${r.pollutant} ${r.value}`, unit: r.unit,
      what: `${r.country} ${r.instrument}, ${r.fuel}: at ${r.referenceO2}% O2, dry gas ${r.dryGas === true ? "stated" : "not confirmed"}; ${r.applicability}`,
    })),
    ...listCoalMineMethaneFactors().map((r): ScopeDataEntry => ({
      ...common(r), group: "coalMineMethane", id: r.id, value: range(r), unit: r.unit, what: `${r.miningType} mines, ${r.stage}${r.guidance === undefined ? "" : `; ${r.guidance}`}`,
    })),
    ...listMethaneDensities().map((r): ScopeDataEntry => ({ ...common(r), group: "methaneDensity", id: r.id, value: r.value, unit: r.unit, what: r.conditions })),
    ...listGasLeakageEstimates().map((r): ScopeDataEntry => ({
      ...common(r), group: "gasLeakage", id: r.id, value: r.value, unit: `${r.unit} of ${r.denominator}`,
      what: `${r.country} ${r.year}: ${r.coverage}${r.ci === undefined ? "" : `; 95% CI ${r.ci.lower}-${r.ci.upper}`}; for reference only, not a default`,
    })),
    ...listGasSupplyMethaneFactors().map((r): ScopeDataEntry => ({
      ...common(r), group: "gasSupply", id: r.id, value: range(r), unit: r.unit, what: `${r.segment}, ${r.emission}, ${r.countryGroup} countries`,
    })),
  ];
}

/**
 * One tab-separated line of the `factors grid` / `factors scope-data` listing: group, id, value
 * with unit, what it is, source and table.
 *
 * @param e - the entry, from {@link scopeDataEntries}
 * @returns the line, without a line break
 * @example
 * ```ts
 * import { scopeDataEntries, scopeDataLine } from "./scopeDataEntries.js";
 * scopeDataLine(scopeDataEntries().find((e) => e.id === "limit.CN.ultra-low.coal.SO2")!).split("\t").slice(0, 3);
 * // ["emissionLimit", "limit.CN.ultra-low.coal.SO2", "SO2 35 mg/Nm3"]
 * ```
 * @category CLI
 */
export function scopeDataLine(e: ScopeDataEntry): string {
  return [e.group, e.id, `${e.value} ${e.unit}`, e.what, `${e.source.id} ${e.source.table}`].join("\t");
}

/**
 * The lines `factors show <id>` prints for a scope-data entry: id, group, value and unit, what
 * it is, source (table, page, quality), the citation, `via` and the note.
 *
 * @param e - the entry, from {@link scopeDataEntries}
 * @param citation - the formatted citation of `e.source.id`
 * @returns the lines, without line breaks
 * @example
 * ```ts
 * import { scopeDataEntries, scopeDataDetails } from "./scopeDataEntries.js";
 * scopeDataDetails(scopeDataEntries().find((e) => e.id === "limit.CN.ultra-low.coal.SO2")!, "(citation)")[2];
 * // "  value:      SO2 35 mg/Nm3"
 * ```
 * @category CLI
 */
export function scopeDataDetails(e: ScopeDataEntry, citation: string): string[] {
  return [
    e.id, `  group:      ${e.group}`, `  value:      ${e.value} ${e.unit}`, `  what:       ${e.what}`,
    `  source:     ${e.source.id}, ${e.source.table}${e.source.page === undefined ? "" : `, p. ${e.source.page}`} [${e.quality}]`, `  citation:   ${citation}`,
    ...(e.via === undefined ? [] : [`  via:        ${e.via}`]), ...(e.note === undefined ? [] : [`  note:       ${e.note}`]),
  ];
}
