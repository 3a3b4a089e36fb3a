import type { FactorRow, FactorTable } from "../factorRow.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the EMEP/EEA 2019 emission factor database (the guidebook's 1.A.3.b.vi-vii
// tables). The database files one row per vehicle class under a lettered table id (Table_3-1a to
// Table_3-1d, ...); rows cite the table number (Table 3-1) and keep the database's class label in
// their note. Values are g per vehicle-km; the fuel is `none` (wear is not fuel combustion).
const WEAR = { citation: "EMEP-EEA-2019-1A3bvi-vii", idPrefix: "emep2019", quality: "officialDatabase", unit: "g/km", fuel: "none" } as const;
const TYRE_BRAKE = "1.A.3.b.vi";
const ROAD = "1.A.3.b.vii";
const TIER1 = "Tier 1 (tyre and brake wear together in 1.A.3.b.vi; road surface wear in 1.A.3.b.vii), as the database gives its source: Guidebook (2006) chapter B770.";
const TIER2 = "Tier 2 at the reference conditions: the speed (and, for heavy-duty vehicles, load and axle) corrections of the Tier 2 method are not applied, and no BC fraction is given.";
const SIZES_VIA =
  "gtfs2emis (R package, ipeaGIT/gtfs2emis, R/emi_europe_emep_wear.R, citing the 2019 chapter) and vein (R package, atmoschem/vein, R/speciate.R, citing the 2016 chapter), which agree";

/** The chapter's Tier 2 mass fractions of TSP (PM10, PM2.5) for each wear process, as two independent transcriptions give them. */
const SIZE_FRACTIONS = {
  "tyre wear": { PM10: "0.6", "PM2.5": "0.42" },
  "brake wear": { PM10: "0.98", "PM2.5": "0.39" },
  "road surface wear": { PM10: "0.5", "PM2.5": "0.27" },
} as const satisfies Record<string, { PM10: DecimalString; "PM2.5": DecimalString }>;

/**
 * Tier 2 PM10 and PM2.5 of one vehicle class and wear process: its TSP (as published) times the
 * chapter's mass fractions, stored as `derived` rows that say how they were computed.
 */
function tier2Sizes(sector: string, table: string, category: string, process: keyof typeof SIZE_FRACTIONS, tsp: DecimalString): FactorRow[] {
  const f = SIZE_FRACTIONS[process];
  const values = { PM10: new Dec(tsp).times(f.PM10).toString(), "PM2.5": new Dec(tsp).times(f["PM2.5"]).toString() };
  return rowsFromGroup({
    ...WEAR, sector, table, technology: `${category}: ${process}`, quality: "derived", values,
    note:
      `Derived: the ${table} TSP (${tsp} g/km) times the chapter's ${process} mass fraction of TSP (PM10 ${f.PM10}, PM2.5 ${f["PM2.5"]}), ` +
      `read in ${SIZES_VIA}; the fractions reproduce the database's Tier 1 PM10 and PM2.5 (Tables 3-1, 3-2) from the Tier 2 TSP to the published digits. ${TIER2}`,
  }).map((r) => ({ ...r, via: SIZES_VIA }));
}
const label = (published: string, table: string): string => `The database labels this vehicle class "${published}" (${table}).`;

/**
 * EMEP/EEA 2019 emission factors for non-exhaust PM from road transport: tyre and brake wear
 * (1.A.3.b.vi) and road surface wear (1.A.3.b.vii), g per vehicle-km, fuel `none`.
 *
 * Tier 1 (Tables 3-1 and 3-2, with their 95% intervals): TSP, PM10 and PM2.5 for two-wheelers,
 * passenger cars, light commercial vehicles (the database's "LGVs") and heavy-duty vehicles
 * ("HGVs"), under technologies named like the Tier 1 exhaust rows ("Passenger cars", "Light
 * commercial vehicles", "Heavy-duty vehicles") plus "Two-wheelers". A city's road activity in
 * vehicle-km by category finds them at sector 1.A.3.b.vi or 1.A.3.b.vii, fuel `none`, technology
 * the category.
 *
 * Tier 2 (Tables 3-3, 3-5 and 3-7): TSP of tyre wear, brake wear and road surface wear by vehicle
 * class, under technologies "<class>: tyre wear", "<class>: brake wear", "<class>: road surface
 * wear", with the database's quality code in the note and the 95% interval where given (tyre and
 * brake); and their PM10 and PM2.5, `derived` as TSP times the chapter's mass fractions of each
 * process (read in two public transcriptions that agree, named in `via`; they reproduce the
 * database's Tier 1 values). Left out: the BC fractions of wear particles (not read), the speed
 * corrections and the heavy-duty load and axle corrections (not applied: the rows are at the
 * reference conditions); Tier 2 tyre and brake wear of heavy-duty vehicles (the database has no
 * value: the chapter derives them with the load and axle corrections).
 * @category Factors
 */
export const EMEP_EEA_2019_ROAD_WEAR: FactorTable = {
  id: "emep-eea-2019-road-wear",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2019, 1.A.3.b.vi-vii Road tyre and brake wear, road surface wear: Tier 1 (Tables 3-1, 3-2) and Tier 2 TSP (Tables 3-3, 3-5, 3-7)",
  rows: [
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-1", technology: "Two-wheelers", note: `${TIER1} ${label("Two-wheelers", "Table_3-1a")}`,
      values: { TSP: ["0.0083", "0.0064", "0.0103"], PM10: ["0.0064", "0.0047", "0.0081"], "PM2.5": ["0.0034", "0.0026", "0.0042"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-1", technology: "Passenger cars", note: `${TIER1} ${label("Passenger Cars", "Table_3-1b")}`,
      values: { TSP: ["0.0182", "0.0111", "0.0262"], PM10: ["0.0138", "0.0083", "0.0195"], "PM2.5": ["0.0074", "0.0045", "0.0107"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-1", technology: "Light commercial vehicles", note: `${TIER1} ${label("LGVs", "Table_3-1c")}`,
      values: { TSP: ["0.0286", "0.0176", "0.0362"], PM10: ["0.0216", "0.0139", "0.0272"], "PM2.5": ["0.0117", "0.0071", "0.0148"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-1", technology: "Heavy-duty vehicles", note: `${TIER1} ${label("HGVs", "Table_3-1d")}`,
      values: { TSP: ["0.0777", "0.0462", "0.132"], PM10: ["0.059", "0.05", "0.095"], "PM2.5": ["0.0316", "0.0281", "0.0541"] } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-2", technology: "Two-wheelers", note: `${TIER1} ${label("Two-wheelers", "Table_3-2a")}`,
      values: { TSP: ["0.006", "0.0036", "0.0081"], PM10: ["0.003", "0.0018", "0.0041"], "PM2.5": ["0.0016", "0.001", "0.0022"] } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-2", technology: "Passenger cars", note: `${TIER1} ${label("Passenger Cars", "Table_3-2b")}`,
      values: { TSP: ["0.015", "0.009", "0.0203"], PM10: ["0.0075", "0.0045", "0.0101"], "PM2.5": ["0.0041", "0.0024", "0.0055"] } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-2", technology: "Light commercial vehicles", note: `${TIER1} ${label("LGVs", "Table_3-2c")}`,
      values: { TSP: ["0.015", "0.009", "0.0203"], PM10: ["0.0075", "0.0045", "0.0101"], "PM2.5": ["0.0041", "0.0024", "0.0055"] } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-2", technology: "Heavy-duty vehicles", note: `${TIER1} ${label("HGVs", "Table_3-2d")}`,
      values: { TSP: ["0.076", "0.0456", "0.103"], PM10: ["0.038", "0.0228", "0.0513"], "PM2.5": ["0.0205", "0.0123", "0.0277"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-3", technology: "Two-wheelers: tyre wear", note: `${TIER2} Quality code B. ${label("Two-wheelers", "Table_3-3a")}`, values: { TSP: ["0.0046", "0.0042", "0.0053"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-3", technology: "Passenger cars: tyre wear", note: `${TIER2} Quality code B. ${label("Passenger Cars", "Table_3-3b")}`, values: { TSP: ["0.0107", "0.0067", "0.0162"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-3", technology: "Light commercial vehicles: tyre wear", note: `${TIER2} Quality code B. ${label("LGVs", "Table_3-3c")}`, values: { TSP: ["0.0169", "0.0088", "0.0217"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-5", technology: "Two-wheelers: brake wear", note: `${TIER2} Quality code D. ${label("Two-wheelers", "Table_3-5a")}`, values: { TSP: ["0.0037", "0.0022", "0.005"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-5", technology: "Passenger cars: brake wear", note: `${TIER2} Quality code B. ${label("Passenger Cars", "Table_3-5b")}`, values: { TSP: ["0.0075", "0.0044", "0.01"] } }),
    ...rowsFromGroup({ ...WEAR, sector: TYRE_BRAKE, table: "Table 3-5", technology: "Light commercial vehicles: brake wear", note: `${TIER2} Quality code B. ${label("LGVs", "Table_3-5c")}`, values: { TSP: ["0.0117", "0.0088", "0.0145"] } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-7", technology: "Two-wheelers: road surface wear", note: `${TIER2} Quality code C-D; no interval given. ${label("Two-wheelers", "Table_3-7a")}`, values: { TSP: "0.006" } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-7", technology: "Passenger cars: road surface wear", note: `${TIER2} Quality code C-D; no interval given. ${label("Passenger Cars", "Table_3-7b")}`, values: { TSP: "0.015" } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-7", technology: "Light commercial vehicles: road surface wear", note: `${TIER2} Quality code C-D; no interval given. ${label("LGVs", "Table_3-7c")}`, values: { TSP: "0.015" } }),
    ...rowsFromGroup({ ...WEAR, sector: ROAD, table: "Table 3-7", technology: "Heavy-duty vehicles: road surface wear", note: `${TIER2} Quality code C-D; no interval given. ${label("HGVs", "Table_3-7d")}`, values: { TSP: "0.076" } }),
    ...tier2Sizes(TYRE_BRAKE, "Table 3-3", "Two-wheelers", "tyre wear", "0.0046"),
    ...tier2Sizes(TYRE_BRAKE, "Table 3-3", "Passenger cars", "tyre wear", "0.0107"),
    ...tier2Sizes(TYRE_BRAKE, "Table 3-3", "Light commercial vehicles", "tyre wear", "0.0169"),
    ...tier2Sizes(TYRE_BRAKE, "Table 3-5", "Two-wheelers", "brake wear", "0.0037"),
    ...tier2Sizes(TYRE_BRAKE, "Table 3-5", "Passenger cars", "brake wear", "0.0075"),
    ...tier2Sizes(TYRE_BRAKE, "Table 3-5", "Light commercial vehicles", "brake wear", "0.0117"),
    ...tier2Sizes(ROAD, "Table 3-7", "Two-wheelers", "road surface wear", "0.006"),
    ...tier2Sizes(ROAD, "Table 3-7", "Passenger cars", "road surface wear", "0.015"),
    ...tier2Sizes(ROAD, "Table 3-7", "Light commercial vehicles", "road surface wear", "0.015"),
    ...tier2Sizes(ROAD, "Table 3-7", "Heavy-duty vehicles", "road surface wear", "0.076"),
  ],
};
