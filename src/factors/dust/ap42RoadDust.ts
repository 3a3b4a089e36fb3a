import type { DecimalString } from "../../units/decimal.js";
import type { Provenance } from "../../citations/sourceRef.js";

/**
 * The particle sizes the AP-42 road dust equations give; TSP is AP-42's PM-30, which AP-42 uses as
 * the surrogate of total suspended particulate.
 * @category Factors
 */
export type RoadDustSpecies = "PM2.5" | "PM10" | "TSP";

/**
 * The sizes of the AP-42 road dust equations, in row order.
 * @category Factors
 */
export const ROAD_DUST_SPECIES: readonly RoadDustSpecies[] = ["PM2.5", "PM10", "TSP"];

const PAVED_VIA =
  "AP-42 13.2.1 (January 2011) itself could not be opened while transcribing; k and the exponents agree in independent transcriptions: the vein R package (emis_paved), the Chilean RM 2020 inventory report tables, and open-source road dust code.";

/**
 * AP-42 13.2.1 (January 2011), Table 13.2.1-1: the particle size multiplier k of Equation 1, in
 * g per vehicle-km travelled (g/VKT). TSP takes the PM-30 multiplier, which AP-42 uses as the
 * surrogate of total suspended particulate.
 * @category Factors
 */
export const AP42_PAVED_K: Readonly<Record<RoadDustSpecies, DecimalString>> = { "PM2.5": "0.15", PM10: "0.62", TSP: "3.23" };

/**
 * AP-42 13.2.1 (January 2011), Equation 1: the exponents of silt loading sL [g/m2] and mean
 * vehicle weight W [short ton].
 * @category Factors
 */
export const AP42_PAVED_EXPONENTS = { siltLoading: "0.91", weight: "1.02" } as const;

/**
 * Where the paved road constants come from and how they were read.
 * @category Factors
 */
export const AP42_PAVED_PROVENANCE: Provenance = {
  source: { id: "US-EPA-AP42-13.2.1-2011", table: "Equation 1, Equation 2, Table 13.2.1-1" },
  quality: "agreedTranscriptions",
  via: PAVED_VIA,
};

/**
 * AP-42 13.2.2 (November 2006), Table 13.2.2-2, industrial roads (Equation 1a): k [lb per
 * vehicle-mile travelled], a and b; quality rating B for each size. TSP is PM-30.
 * @category Factors
 */
export const AP42_UNPAVED_INDUSTRIAL: Readonly<Record<RoadDustSpecies, { readonly k: DecimalString; readonly a: DecimalString; readonly b: DecimalString }>> = {
  "PM2.5": { k: "0.15", a: "0.9", b: "0.45" },
  PM10: { k: "1.5", a: "0.9", b: "0.45" },
  TSP: { k: "4.9", a: "0.7", b: "0.45" },
};

/**
 * AP-42 13.2.2 (November 2006), Table 13.2.2-2, public roads (Equation 1b): k [lb/VMT], a, c and
 * d; and Table 13.2.2-4: C [lb/VMT], the 1980s fleet's exhaust, brake wear and tyre wear that
 * Equation 1b subtracts. TSP is PM-30.
 * @category Factors
 */
export const AP42_UNPAVED_PUBLIC: Readonly<Record<RoadDustSpecies, { readonly k: DecimalString; readonly a: DecimalString; readonly c: DecimalString; readonly d: DecimalString; readonly C: DecimalString }>> = {
  "PM2.5": { k: "0.18", a: "1", c: "0.2", d: "0.5", C: "0.00036" },
  PM10: { k: "1.8", a: "1", c: "0.2", d: "0.5", C: "0.00047" },
  TSP: { k: "6.0", a: "1", c: "0.3", d: "0.3", C: "0.00047" },
};

/**
 * Where the unpaved road constants come from and how they were read.
 * @category Factors
 */
export const AP42_UNPAVED_PROVENANCE: { readonly industrial: Provenance; readonly public: Provenance } = {
  industrial: {
    source: { id: "US-EPA-AP42-13.2.2-2006", table: "Equation 1a, Equation 2, Table 13.2.2-2", page: "13.2.2-4, 13.2.2-5, 13.2.2-7" },
    quality: "secondary",
    via: "the minephys environment specification (knowledge rows read on the primary PDF, Table 13.2.2-2, p. 13.2.2-5, with quality rating B), agreeing with the EPA4213 R package",
  },
  public: {
    source: { id: "US-EPA-AP42-13.2.2-2006", table: "Equation 1b, Equation 2, Table 13.2.2-2, Table 13.2.2-4", page: "13.2.2-4, 13.2.2-5, 13.2.2-7" },
    quality: "secondary",
    via: "the EPA4213 R package (EFpublicRoadUnpaved and its constants lookup); the public-road constants were not found in a second independent transcription",
  },
};

/** Exact conversions of AP-42's US customary units: 1 lb = 0.45359237 kg, 1 mile = 1.609344 km, 1 short ton = 0.90718474 t (international yard and pound agreement, 1959). */
export const POUND_IN_GRAMS = "453.59237";
export const MILE_IN_KM = "1.609344";
export const SHORT_TON_IN_TONNES = "0.90718474";

/** The number of days of the annual averaging period of AP-42's precipitation corrections (13.2.1 Equation 2 with N = 365; 13.2.2 Equation 2). */
export const DAYS_PER_YEAR = 365;
