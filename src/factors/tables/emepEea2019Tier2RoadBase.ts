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
