import type { FactorTable } from "../factorRow.js";
import { rowsFromGroup } from "./rowsFromGroup.js";

// Transcribed from the IPCC Emission Factor Database (EFDB) export of the 2006 IPCC Guidelines,
// Volume 2 (Energy), Chapter 3, Table 3.2.2. Values in kg/TJ, written as the EFDB gives them.
const ROAD = {
  idPrefix: "ipcc2006",
  citation: "IPCC2006-V2-Ch3",
  sector: "1.A.3.b",
  table: "Table 3.2.2",
  unit: "kg/TJ",
  quality: "officialDatabase",
} as const;

const USEPA =
  "The IPCC's source for this value, as the EFDB gives it: USEPA (2004), Update of methane and nitrous oxide emission factors " +
  "for on-highway vehicles, EPA420-P-04-016.";
const TNO =
  "The IPCC's source for this value, as the EFDB gives it: TNO (2003), Evaluation of the environmental impact of modern " +
  "passenger cars on petrol, diesel, automotive LPG and CNG.";

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 3.2.2: road transport default CH4 and N2O emission
 * factors, kg/TJ, stored under 1.A.3.b (road transportation).
 *
 * Transcribed: motor gasoline for three technologies as the table names them ("Uncontrolled",
 * "Oxidation Catalyst", "Low Mileage Light Duty Vehicle Vintage 1995 or later"; the EFDB export
 * spells the second "Oxidaton Catalyst"), diesel oil (fuel `gasDieselOil`; the EFDB also lists
 * the same values under Gas Oil), natural gas and LPG. Motor gasoline has no row without a
 * technology: a lookup must name one of the three. Left out: the biogasoline rows (US trucks,
 * Brazil cars), because the fuel catalogue has no biogasoline. CO2 for road fuels is the
 * Table 1.4 value in `IPCC2006_T1_4_CO2` (stored at sector 1.A). Read in the IPCC Emission
 * Factor Database export of the table. The extract read has no uncertainty ranges, so no row
 * has a `ci`.
 * @category Factors
 */
export const IPCC2006_T3_2_2_ROAD: FactorTable = {
  id: "ipcc2006-v2-table-3.2.2",
  title: "2006 IPCC Guidelines, Vol. 2 Energy, Table 3.2.2: road transport N2O and CH4 default emission factors (kg/TJ)",
  rows: [
    ...rowsFromGroup({ ...ROAD, fuel: "motorGasoline", technology: "Uncontrolled", values: { CH4: "33", N2O: "3.2" }, note: USEPA }),
    ...rowsFromGroup({
      ...ROAD,
      fuel: "motorGasoline",
      technology: "Oxidation Catalyst",
      values: { CH4: "25", N2O: "8.0" },
      note: `${USEPA} The EFDB export spells the technology "Oxidaton Catalyst".`,
    }),
    ...rowsFromGroup({
      ...ROAD,
      fuel: "motorGasoline",
      technology: "Low Mileage Light Duty Vehicle Vintage 1995 or later",
      values: { CH4: "3.8", N2O: "5.7" },
      note: USEPA,
    }),
    ...rowsFromGroup({
      ...ROAD,
      fuel: "gasDieselOil",
      values: { CH4: "3.9", N2O: "3.9" },
      note:
        "Table 3.2.2 names the fuel Diesel Oil; the EFDB lists the same values under Gas Oil. The IPCC's source for this value, " +
        "as the EFDB gives it: EEA (2005), EMEP/CORINAIR Emission Inventory Guidebook 2005.",
    }),
    ...rowsFromGroup({ ...ROAD, fuel: "naturalGas", values: { CH4: "92", N2O: "3" }, note: TNO }),
    ...rowsFromGroup({ ...ROAD, fuel: "lpg", values: { CH4: "62", N2O: "0.2" }, note: TNO }),
  ],
};
