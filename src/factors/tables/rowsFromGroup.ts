import type { FactorRow, Quality, ROW_FLAGS } from "../factorRow.js";
import type { DecimalString } from "../../units/decimal.js";
import type { Species } from "../../units/species.js";

/**
 * A value as published, alone or with its published 95% confidence interval as
 * `[value, lower, upper]`.
 * @category Factors
 */
export type PublishedValue = DecimalString | readonly [value: DecimalString, lower: DecimalString, upper: DecimalString];

/**
 * The factors that one source table gives for one sector, fuel and technology, written once
 * and expanded into {@link FactorRow}s by {@link rowsFromGroup}.
 * @category Factors
 */
export interface RowGroup {
  /** Citation id of the publication (a key of the citation registry). */
  readonly citation: string;
  /** First part of every row id, naming the source, e.g. `emep2019`. */
  readonly idPrefix: string;
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  /** The table every value is read from, as the publication names it, e.g. `Table 3-3`. */
  readonly table: string;
  /** Tables for the species read from another table than {@link RowGroup.table}. */
  readonly tables?: Readonly<Partial<Record<Species, string>>>;
  /** The unit of every value, e.g. `g/GJ`. */
  readonly unit: string;
  /** Units for the species published in another unit than {@link RowGroup.unit}, e.g. BC as `% of PM2.5`. */
  readonly units?: Readonly<Partial<Record<Species, string>>>;
  readonly quality: Quality;
  /** The values by species, in the order they become rows. */
  readonly values: Readonly<Partial<Record<Species, PublishedValue>>>;
  /** A note for every row of the group. */
  readonly note?: string;
  /** Notes for single species (after the group's note, when there is one). */
  readonly notes?: Readonly<Partial<Record<Species, string>>>;
  /** Flags for single species. */
  readonly flags?: Readonly<Partial<Record<Species, readonly (typeof ROW_FLAGS)[number][]>>>;
}

/**
 * Expands a {@link RowGroup} into one {@link FactorRow} per species, with a stable id made of the
 * id prefix, the sector and table without dots and spaces, the fuel, the technology (when given)
 * as a slug, and the species: `emep2019.1A4bi.T3-3.hardCoalAndBrownCoal.NOx`,
 * `emep2019.1A3biii.T3-21.gasDieselOil.Diesel-16-32-t-Euro-VI.NOx`.
 *
 * Values are copied as written; nothing is converted, checked or dropped here (the table tests
 * validate every row against `factorRowSchema`).
 *
 * @param group - the published values of one sector, fuel and technology
 * @returns the rows, in the order of `group.values`
 * @example
 * ```ts
 * import { rowsFromGroup } from "./rowsFromGroup.js";
 * const rows = rowsFromGroup({
 *   citation: "EMEP-EEA-2019-1A4", idPrefix: "emep2019", sector: "1.A.4.b.i", fuel: "biomass",
 *   table: "Table 3-6", unit: "g/GJ", quality: "officialDatabase", values: { NOx: ["50", "30", "150"] },
 * });
 * rows[0]?.id; // "emep2019.1A4bi.T3-6.biomass.NOx"
 * ```
 * @category Factors
 */
export function rowsFromGroup(group: RowGroup): FactorRow[] {
  const { citation, idPrefix, sector, fuel, technology, quality, values } = group;
  const techSlug =
    technology === undefined
      ? ""
      : `.${technology.replace(/<=/g, "le").replace(/>=/g, "ge").replace(/</g, "lt").replace(/>/g, "gt").replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-|-$/g, "")}`;
  return (Object.entries(values) as [Species, PublishedValue][]).map(([pollutant, published]) => {
    const table = group.tables?.[pollutant] ?? group.table;
    const [value, lower, upper] = typeof published === "string" ? [published] : published;
    const note = [group.note, group.notes?.[pollutant]].filter((n) => n !== undefined).join(" ");
    const flags = group.flags?.[pollutant];
    return {
      id: `${idPrefix}.${sector.replace(/\./g, "")}.${table.replace(/^Table /, "T")}.${fuel}${techSlug}.${pollutant}`,
      sector,
      fuel,
      ...(technology === undefined ? {} : { technology }),
      pollutant,
      value,
      unit: group.units?.[pollutant] ?? group.unit,
      ...(lower === undefined || upper === undefined ? {} : { ci: { lower, upper } }),
      source: { id: citation, table },
      quality,
      ...(note === "" ? {} : { note }),
      ...(flags === undefined ? {} : { flags }),
    };
  });
}
