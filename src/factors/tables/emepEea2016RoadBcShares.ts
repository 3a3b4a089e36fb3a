import type { FactorRow, FactorTable } from "../factorRow.js";
import type { DecimalString } from "../../units/decimal.js";

/** The table these shares come from, as far as it could be named: its number was not read. */
const TABLE = "BC and OM fractions of exhaust PM (Tier 3 PM speciation; table number not read)";

/**
 * What the shares were read in: the guidebook table itself could not be read (docs/data-sources.md,
 * "Road BC and OC"); the values are outputs of one public transcription of it, printed as text.
 */
const VEIN =
  "vein (R package, atmoschem/vein): speciate(spec = \"bcom\"), whose help page cites this chapter (\"Ntziachristos and Samaras 2016\") " +
  "and which returns BC = PM x BC% / 100";
const ISSUE_278 =
  "its output for 1 g of exhaust PM (PC petrol III: BC 0.15 g; LCV petrol III: 0.15 g; HDV diesel III: 0.70 g) printed by the " +
  "package's author in GitHub issue atmoschem/vein#278 (comment of 2025-03-17)";
const TEST_SPECIATE = "its test tests/testthat/test-speciate.R, which expects 0.25 g BC from 1 g of exhaust PM for PC petrol I";
const ONE = "One transcription, not checked against the guidebook";

/**
 * The mapping from the transcription's classes to the Tier 2 technologies of the built-in EMEP/EEA
 * 2019 tables: its vehicle class (PC, LCV, HDV = heavy-duty vehicles including buses, the
 * chapter's 1.A.3.b.iii), fuel (G petrol, D diesel) and Euro class (I, III) onto every Tier 2
 * technology of that category, fuel and Euro class. No DPF: the Tier 2 Euro 1, Euro 3 and Euro III
 * technologies are the unfiltered ones. A DPF fitted later is a `dpfRetrofit`.
 * @category Factors
 */
export const ROAD_BC_SHARE_MAPPING: readonly {
  readonly transcribed: string;
  readonly sector: string;
  readonly fuel: string;
  readonly share: DecimalString;
  readonly technologies: readonly string[];
  /** Where the value was read (the row's `via`). */
  readonly via: string;
}[] = [
  {
    transcribed: "PC, petrol (G), Euro I",
    sector: "1.A.3.b.i",
    fuel: "motorGasoline",
    share: "25",
    technologies: ["Petrol Small - Euro 1 - 91/441/EEC", "Petrol Medium - Euro 1 - 91/441/EEC", "Petrol Large-SUV-Executive - Euro 1 - 91/441/EEC"],
    via: `${VEIN}; ${TEST_SPECIATE}. ${ONE}`,
  },
  {
    transcribed: "PC, petrol (G), Euro III",
    sector: "1.A.3.b.i",
    fuel: "motorGasoline",
    share: "15",
    technologies: ["Petrol Small - Euro 3 - 98/69/EC I", "Petrol Medium - Euro 3 - 98/69/EC I", "Petrol Large-SUV-Executive - Euro 3 - 98/69/EC I"],
    via: `${VEIN}; ${ISSUE_278}. ${ONE}`,
  },
  {
    transcribed: "LCV, petrol (G), Euro III",
    sector: "1.A.3.b.ii",
    fuel: "motorGasoline",
    share: "15",
    technologies: ["Petrol - Euro 3 - 98/69/EC I"],
    via: `${VEIN}; ${ISSUE_278}. ${ONE}`,
  },
  {
    transcribed: "HDV, diesel (D), Euro III",
    sector: "1.A.3.b.iii",
    fuel: "gasDieselOil",
    share: "70",
    technologies: [
      "Diesel <=7.5 t - Euro III - 2000",
      "Diesel 7.5 - 16 t - Euro III - 2000",
      "Diesel 16 - 32 t - Euro III - 2000",
      "Diesel >32 t - Euro III - 2000",
      "Urban Buses Standard - Euro III - 2000",
      "Coaches Standard - Euro III - 2000",
    ],
    via: `${VEIN}; ${ISSUE_278}. ${ONE}`,
  },
];

const slug = (technology: string): string =>
  technology.replace(/<=/g, "le").replace(/>=/g, "ge").replace(/</g, "lt").replace(/>/g, "gt").replace(/[^A-Za-z0-9.]+/g, "-").replace(/^-|-$/g, "");

const rows: FactorRow[] = ROAD_BC_SHARE_MAPPING.flatMap((m) =>
  m.technologies.map(
    (technology): FactorRow => ({
      id: `emep2016.${m.sector.replace(/\./g, "")}.BCshare.${m.fuel}.${slug(technology)}.BC`,
      sector: m.sector,
      fuel: m.fuel,
      technology,
      pollutant: "BC",
      value: m.share,
      unit: "% of PM2.5",
      source: { id: "EMEP-EEA-2016-1A3bi-iv", table: TABLE },
      quality: "secondary",
      via: m.via,
      note:
        `BC as a share of exhaust PM, transcribed for "${m.transcribed}" and applied to this Tier 2 technology (ROAD_BC_SHARE_MAPPING); ` +
        "turns into g/km through the technology's EMEP/EEA 2019 Tier 2 PM2.5 (exhaust PM2.5 = PM10 = TSP as the database states). " +
        "2016 edition of the chapter, not the 2019 one; no 95% interval published with it; OM (given per BC, not OC) is not transcribed.",
    }),
  ),
);

/**
 * BC shares of exhaust PM2.5 for the road Tier 2 technologies that one readable transcription of
 * the EMEP/EEA 2016 road chapter's BC and OM speciation table covers: petrol passenger cars of
 * Euro 1 (25 % of PM2.5), petrol passenger cars and light commercial vehicles of Euro 3 (15 %)
 * and diesel heavy-duty trucks, urban buses and coaches of Euro III (70 %).
 *
 * Method: each transcribed class is mapped onto the Tier 2 technologies of its category, fuel and
 * Euro class ({@link ROAD_BC_SHARE_MAPPING}); the rows are `% of PM2.5`, so BC in g/km is the
 * technology's built-in PM2.5 times the share. Reference: EMEP/EEA air pollutant emission
 * inventory guidebook 2016, 1.A.3.b.i-iv Road transport (lead authors Ntziachristos and Samaras),
 * quality `secondary`, read via the R package vein's printed output (each row names it in `via`).
 * Every other road technology has no built-in BC (see `BUILTIN_FACTOR_GAPS`).
 * @category Factors
 */
export const EMEP_EEA_2016_ROAD_BC_SHARES: FactorTable = {
  id: "emep-eea-2016-road-bc-shares",
  title: "EMEP/EEA air pollutant emission inventory guidebook 2016, 1.A.3.b.i-iv Road transport: BC fractions of exhaust PM (secondary, via one transcription)",
  rows,
};
