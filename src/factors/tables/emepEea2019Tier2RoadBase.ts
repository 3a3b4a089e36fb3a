import type { FactorRow } from "../factorRow.js";
import { type RowGroup, rowsFromGroup } from "./rowsFromGroup.js";

/**
 * Shared parts of the EMEP/EEA 2019 Tier 2 road tables, transcribed from the guidebook's emission
 * factor database: every value is in g per vehicle-km (`km` in a factor unit means vehicle-km),
 * the technology is the segment and Euro class as published, and PM2.5 comes from the table after
 * the one that gives NOx, CO, NMVOC, N2O and NH3.
 */
const TIER2 = { citation: "EMEP-EEA-2019-1A3bi-iv", idPrefix: "emep2019", quality: "officialDatabase", unit: "g/km" } as const;

/** Passenger cars: Tables 3-17 and 3-18. */
export const TIER2_PASSENGER_CARS = { ...TIER2, sector: "1.A.3.b.i", table: "Table 3-17", tables: { "PM2.5": "Table 3-18" } } as const;
/** Light commercial vehicles: Tables 3-19 and 3-20. */
export const TIER2_LIGHT_COMMERCIAL = { ...TIER2, sector: "1.A.3.b.ii", table: "Table 3-19", tables: { "PM2.5": "Table 3-20" } } as const;
/** Heavy-duty trucks: Tables 3-21 and 3-22. */
export const TIER2_HEAVY_DUTY = { ...TIER2, sector: "1.A.3.b.iii", table: "Table 3-21", tables: { "PM2.5": "Table 3-22" } } as const;
/** Buses and coaches: Tables 3-23 and 3-24. */
export const TIER2_BUSES = { ...TIER2, sector: "1.A.3.b.iii", table: "Table 3-23", tables: { "PM2.5": "Table 3-24" } } as const;

/**
 * The note on a Tier 2 value that looks out of line with its neighbours: kept as the database gives
 * it (not checked against the guidebook PDF, which could not be read), listed in docs/data-sources.md.
 */
export const outOfLine = (what: string): string =>
  `Looks out of line, kept as the database gives it (not checked against the guidebook PDF): ${what}.`;

/** The note on every Tier 2 exhaust PM10 and TSP row: why it equals the PM2.5 of its table. */
export const EXHAUST_PM_SIZES =
  "Exhaust PM as the guidebook's database states it: it gives every Tier 2 PM2.5 value as \"Calculated using Tier 3 method, " +
  "assuming TSP=PM10=PM2.5\", so PM10 and TSP are stored equal to the PM2.5 of the " +
  "same table. Tyre, brake and road surface wear are 1.A.3.b.vi and 1.A.3.b.vii.";

/**
 * The rows of one Tier 2 road group, with exhaust PM10 and TSP equal to its PM2.5 (read from the
 * same table and carrying the PM2.5 row's note and {@link EXHAUST_PM_SIZES}) where the group gives PM2.5.
 *
 * @param group - the published values of one segment and Euro class
 * @returns the rows, PM10 and TSP right after PM2.5
 */
export function tier2RoadRows(group: RowGroup): FactorRow[] {
  const pmTable = group.tables?.["PM2.5"];
  if (group.values["PM2.5"] === undefined || pmTable === undefined) return rowsFromGroup(group);
  const values = Object.fromEntries(
    Object.entries(group.values).flatMap(([species, v]) => (species === "PM2.5" ? [[species, v], ["PM10", v], ["TSP", v]] : [[species, v]])),
  ) as RowGroup["values"];
  const pmNote = group.notes?.["PM2.5"];
  const sizesNote = pmNote === undefined ? EXHAUST_PM_SIZES : `${pmNote} ${EXHAUST_PM_SIZES}`;
  return rowsFromGroup({
    ...group,
    values,
    tables: { ...group.tables, PM10: pmTable, TSP: pmTable },
    notes: { ...group.notes, PM10: sizesNote, TSP: sizesNote },
  });
}
