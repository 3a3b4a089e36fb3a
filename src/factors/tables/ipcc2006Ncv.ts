import type { NcvRow } from "../ncvRow.js";
import type { DecimalString } from "../../units/decimal.js";

/** Table 1.2 net calorific values [TJ/Gg], as the IPCC Emission Factor Database export gives them. */
const NCV: Readonly<Record<string, DecimalString>> = {
  anthracite: "26.7",
  cokingCoal: "28.2",
  otherBituminousCoal: "25.8",
  subBituminousCoal: "18.9",
  lignite: "11.9",
  naturalGas: "48.0",
  lpg: "47.3",
  gasDieselOil: "43.0",
  residualFuelOil: "40.4",
  motorGasoline: "44.3",
  wood: "15.6",
  charcoal: "29.5",
  kerosene: "43.8",
  patentFuel: "20.7",
  brownCoalBriquettes: "20.7",
};

const NOTES: Readonly<Record<string, string>> = {
  gasDieselOil:
    "IPCC fuel: Gas/Diesel Oil. The IPCC Emission Factor Database lists it twice, as Gas Oil and as Diesel Oil, " +
    "with the same value; the Diesel Oil row is transcribed.",
};

/**
 * 2006 IPCC Guidelines, Vol. 2, Table 1.2: default net calorific values (NCVs), TJ/Gg (equal to
 * GJ/t and MJ/kg), for the IPCC fuels of the fuel catalogue: anthracite, coking coal, other
 * bituminous coal, sub-bituminous coal, lignite, natural gas, LPG, gas/diesel oil, residual fuel
 * oil, motor gasoline, wood/wood waste, charcoal, other kerosene, patent fuel and brown coal
 * briquettes.
 *
 * Values are written as the IPCC Emission Factor Database export gives them, trailing zeros
 * included (`"48.0"`). Left out: the table's lower and upper values (not in the extract read),
 * so no row has a `ci`.
 * @category Factors
 */
export const IPCC2006_NCV: readonly NcvRow[] = Object.entries(NCV).map(([fuel, value]) => {
  const note = NOTES[fuel];
  return {
    id: `ipcc2006.T1.2.${fuel}.NCV`,
    fuel,
    value,
    unit: "TJ/Gg",
    source: { id: "IPCC2006-V2-Ch1", table: "Table 1.2" },
    quality: "officialDatabase",
    ...(note === undefined ? {} : { note }),
  };
});
