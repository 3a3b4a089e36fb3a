import type { FactorTable } from "../factorRow.js";
import type { DecimalString } from "../../units/decimal.js";
import { getFuel } from "../fuels.js";
import { rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the IPCC Emission Factor Database (EFDB) export of the 2006 IPCC Guidelines,
// Volume 2 (Energy): Table 1.4 (CO2) and Tables 2.2 to 2.5 (CH4 and N2O, stationary combustion).
// Every value in kg/TJ on a net calorific basis, written as the EFDB gives it.
const IPCC = { idPrefix: "ipcc2006", quality: "officialDatabase", unit: "kg/TJ" } as const;

const GAS_DIESEL =
  "IPCC fuel: Gas/Diesel Oil. The IPCC Emission Factor Database lists it twice, as Gas Oil and as Diesel Oil, " +
  "with the same values; the Diesel Oil rows are transcribed.";
const BIOGENIC =
  "CO2 from biomass carbon: under the 2006 IPCC Guidelines it is reported apart, as an information item, " +
  "and not counted in sectoral or national totals.";
const T2_5 =
  "Table 2.5 covers residential (1.A.4.b) and agriculture/forestry/fishing stationary combustion (1.A.4.c.i) with the same values; " +
  "stored once under each (the IPCC Emission Factor Database files them under one category, 1.A.4.b - Residential 1.A.4.c.i - Stationary).";

/** Table 1.4: default CO2 emission factors for combustion [kg/TJ], one value per fuel for every sector. */
const CO2: Readonly<Record<string, DecimalString>> = {
  anthracite: "98300",
  cokingCoal: "94600",
  otherBituminousCoal: "94600",
  subBituminousCoal: "96100",
  lignite: "101000",
  naturalGas: "56100",
  lpg: "63100",
  gasDieselOil: "74100",
  residualFuelOil: "77400",
  motorGasoline: "69300",
  wood: "112000",
  charcoal: "112000",
  kerosene: "71900",
  patentFuel: "97500",
  brownCoalBriquettes: "97500",
};

/** `[CH4, N2O]` of one fuel in one table [kg/TJ]. */
type Ch4N2o = readonly [ch4: DecimalString, n2o: DecimalString];

/** Tables 2.2 to 2.5: default CH4 and N2O emission factors for stationary combustion [kg/TJ], by fuel. */
const CH4_N2O: Readonly<Record<string, readonly [t22: Ch4N2o, t23: Ch4N2o, t24: Ch4N2o, t25: Ch4N2o]>> = {
  //                    Table 2.2        Table 2.3        Table 2.4         Table 2.5
  anthracite:          [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
  cokingCoal:          [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
  otherBituminousCoal: [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
  subBituminousCoal:   [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
  lignite:             [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
  naturalGas:          [["1", "0.1"],   ["1", "0.1"],    ["5", "0.1"],     ["5", "0.1"]],
  lpg:                 [["1", "0.1"],   ["1", "0.1"],    ["5", "0.1"],     ["5", "0.1"]],
  gasDieselOil:        [["3", "0.6"],   ["3", "0.6"],    ["10", "0.6"],    ["10", "0.6"]],
  residualFuelOil:     [["3", "0.6"],   ["3", "0.6"],    ["10", "0.6"],    ["10", "0.6"]],
  motorGasoline:       [["3", "0.6"],   ["3", "0.6"],    ["10", "0.6"],    ["10", "0.6"]],
  wood:                [["30", "4"],    ["30", "4"],     ["300", "4"],     ["300", "4"]],
  charcoal:            [["200", "4"],   ["200", "4"],    ["200", "1"],     ["200", "1"]],
  kerosene:            [["3", "0.6"],   ["3", "0.6"],    ["10", "0.6"],    ["10", "0.6"]],
  patentFuel:          [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
  brownCoalBriquettes: [["1", "1.5"],   ["10", "1.5"],   ["10", "1.5"],    ["300", "1.5"]],
};

/** Tables 2.2 to 2.5, in the column order of {@link CH4_N2O}: sector, and what the table covers. */
const SECTOR_TABLES: readonly { readonly table: string; readonly sector: string; readonly covers: string; readonly note?: string }[] = [
  { table: "Table 2.2", sector: "1.A.1", covers: "the energy industries" },
  { table: "Table 2.3", sector: "1.A.2", covers: "manufacturing industries and construction" },
  { table: "Table 2.4", sector: "1.A.4.a", covers: "the commercial/institutional category" },
  { table: "Table 2.5", sector: "1.A.4.b", covers: "the residential and agriculture/forestry/fishing categories", note: T2_5 },
];

/** Table 2.5 (column 3) again, for agriculture/forestry/fishing stationary combustion. */
const T2_5_AGRICULTURE = { table: "Table 2.5", sector: "1.A.4.c.i", covers: "the residential and agriculture/forestry/fishing categories", note: T2_5 } as const;

function joinNotes(...notes: readonly (string | undefined)[]): { note?: string } {
  const text = notes.filter((n) => n !== undefined).join(" ");
  return text === "" ? {} : { note: text };
}

/**
 * One of Tables 2.2 to 2.5 (`column` 0 to 3) as a factor table: CH4 and N2O of every fuel, under
 * the table's sector or under `spec` (Table 2.5 is stored once for 1.A.4.b and once for 1.A.4.c.i).
 */
function sectorTable(column: 0 | 1 | 2 | 3, spec = SECTOR_TABLES[column]): FactorTable {
  if (spec === undefined) throw new RangeError(`no sector table in column ${column}`);
  const { table, sector, covers, note } = spec;
  const idSuffix = spec === SECTOR_TABLES[column] ? "" : `-${sector.replace(/\./g, "")}`;
  return {
    id: `ipcc2006-v2-${table.replace(" ", "-").toLowerCase()}${idSuffix}`,
    title: `2006 IPCC Guidelines, Vol. 2 Energy, ${table}: default CH4 and N2O emission factors for stationary combustion in ${covers} (kg/TJ)`,
    rows: Object.entries(CH4_N2O).flatMap(([fuel, columns]) => {
      const [CH4, N2O] = columns[column];
      return rowsFromGroup({
        ...IPCC,
        citation: "IPCC2006-V2-Ch2",
        sector,
        table,
        fuel,
        values: { CH4, N2O },
        ...joinNotes(note, fuel === "gasDieselOil" ? GAS_DIESEL : undefined),
      });
    }),
  };
}

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 1.4: default CO2 emission factors for combustion, kg/TJ
 * (net calorific basis).
 *
 * One row per fuel at sector `1.A` (fuel combustion activities), so it applies to every
 * combustion sector, stationary and road alike: the value is the same in every sector table
 * (the IPCC Emission Factor Database repeats it under Tables 2.2 to 2.5). Fossil fuels are stored
 * as `CO2`; wood/wood waste and charcoal as `CO2-biogenic` (biomass carbon, reported apart and not
 * counted in national totals under the IPCC rules). Fuels: the IPCC fuels of the fuel catalogue
 * (anthracite, coking coal, other bituminous coal, sub-bituminous coal, lignite, natural gas,
 * LPG, gas/diesel oil, residual fuel oil, motor gasoline, wood/wood waste, charcoal, other
 * kerosene, patent fuel, brown coal briquettes).
 * Read in the IPCC Emission Factor Database export of the table. Left out: the table's lower and
 * upper default values (not in the extract read), so no row has a `ci`.
 * @category Factors
 */
export const IPCC2006_T1_4_CO2: FactorTable = {
  id: "ipcc2006-v2-table-1.4",
  title: "2006 IPCC Guidelines, Vol. 2 Energy, Table 1.4: default CO2 emission factors for combustion (kg/TJ, net calorific basis)",
  rows: Object.entries(CO2).flatMap(([fuel, value]) => {
    const biogenic = getFuel(fuel).carbon === "biogenic";
    return rowsFromGroup({
      ...IPCC,
      citation: "IPCC2006-V2-Ch1",
      sector: "1.A",
      table: "Table 1.4",
      fuel,
      values: biogenic ? { "CO2-biogenic": value } : { CO2: value },
      ...joinNotes(biogenic ? BIOGENIC : undefined, fuel === "gasDieselOil" ? GAS_DIESEL : undefined),
    });
  }),
};

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 2.2: default CH4 and N2O emission factors for stationary
 * combustion in the energy industries (1.A.1), kg/TJ (net calorific basis), for the IPCC fuels of
 * the fuel catalogue. CO2 is in {@link IPCC2006_T1_4_CO2}. Read in the IPCC Emission Factor
 * Database export of the table. The extract read has no uncertainty ranges, so no row has a `ci`.
 * @category Factors
 */
export const IPCC2006_T2_2_ENERGY_INDUSTRIES: FactorTable = sectorTable(0);

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 2.3: default CH4 and N2O emission factors for stationary
 * combustion in manufacturing industries and construction (1.A.2), kg/TJ (net calorific basis),
 * for the IPCC fuels of the fuel catalogue. CO2 is in {@link IPCC2006_T1_4_CO2}. Read in the IPCC
 * Emission Factor Database export of the table. The extract read has no uncertainty ranges, so no
 * row has a `ci`.
 * @category Factors
 */
export const IPCC2006_T2_3_MANUFACTURING: FactorTable = sectorTable(1);

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 2.4: default CH4 and N2O emission factors for stationary
 * combustion in the commercial/institutional category (1.A.4.a), kg/TJ (net calorific basis),
 * for the IPCC fuels of the fuel catalogue. CO2 is in {@link IPCC2006_T1_4_CO2}. Read in the IPCC
 * Emission Factor Database export of the table. The extract read has no uncertainty ranges, so no
 * row has a `ci`.
 * @category Factors
 */
export const IPCC2006_T2_4_COMMERCIAL: FactorTable = sectorTable(2);

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 2.5: default CH4 and N2O emission factors for stationary
 * combustion in the residential and agriculture/forestry/fishing categories, kg/TJ (net
 * calorific basis), for the IPCC fuels of the fuel catalogue.
 *
 * Stored under 1.A.4.b (residential). The table also covers agriculture/forestry/fishing
 * stationary combustion (1.A.4.c.i) with the same values: those rows are in
 * {@link IPCC2006_T2_5_AGRICULTURE} (every row says so in its note). CO2 is in
 * {@link IPCC2006_T1_4_CO2}. Read in the IPCC Emission Factor Database export of the table.
 * The extract read has no uncertainty ranges, so no row has a `ci`.
 * @category Factors
 */
export const IPCC2006_T2_5_RESIDENTIAL: FactorTable = sectorTable(3);

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 2.5 again, stored under agriculture/forestry/fishing
 * stationary combustion (1.A.4.c.i): the table covers the residential and the
 * agriculture/forestry/fishing categories with the same values (the IPCC Emission Factor Database
 * files them under "1.A.4.b - Residential 1.A.4.c.i - Stationary"). Same values as
 * {@link IPCC2006_T2_5_RESIDENTIAL}, kg/TJ (net calorific basis); no row has a `ci`.
 * @example
 * ```ts
 * import { createFactorSet, lookupFactor } from "cobenefits";
 * lookupFactor(createFactorSet(), { sector: "1.A.4.c.i", fuel: "anthracite", pollutant: "CH4" }).row.value; // "300"
 * ```
 * @category Factors
 */
export const IPCC2006_T2_5_AGRICULTURE: FactorTable = sectorTable(3, T2_5_AGRICULTURE);

/**
 * Every IPCC 2006 stationary-combustion table of this module: Table 1.4 (CO2, all combustion)
 * and Tables 2.2 to 2.5 (CH4 and N2O by sector; Table 2.5 under 1.A.4.b and under 1.A.4.c.i). No row has a `ci`: the extract read has no
 * uncertainty ranges.
 * @category Factors
 */
export const IPCC2006_STATIONARY_TABLES: readonly FactorTable[] = [
  IPCC2006_T1_4_CO2,
  IPCC2006_T2_2_ENERGY_INDUSTRIES,
  IPCC2006_T2_3_MANUFACTURING,
  IPCC2006_T2_4_COMMERCIAL,
  IPCC2006_T2_5_RESIDENTIAL,
  IPCC2006_T2_5_AGRICULTURE,
];
