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

/**
 * Table 1.2's lower and upper values [TJ/Gg] (the 95% confidence interval), for the fuels where they
 * were read: in a public code transcription of Table 1.2 (TypeScript constants of an implementation
 * of the CDM tools, which use these bounds), not in the PDF, so they carry `via`.
 */
const RANGE: Readonly<Record<string, readonly [DecimalString, DecimalString]>> = {
  motorGasoline: ["42.5", "44.8"],
  gasDieselOil: ["41.4", "43.3"],
  residualFuelOil: ["39.8", "41.7"],
  lpg: ["44.8", "52.2"],
  naturalGas: ["46.5", "50.4"],
  anthracite: ["21.6", "32.2"],
  otherBituminousCoal: ["19.9", "30.5"],
  subBituminousCoal: ["11.5", "26.0"],
  lignite: ["5.5", "21.6"],
};

const RANGE_VIA =
  "value: IPCC Emission Factor Database export; lower and upper (ci) only: a public code transcription of Table 1.2 " +
  "(constants of a CDM-tools implementation giving default, lower and upper NCVs), not checked against the PDF";

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
 * included (`"48.0"`). The table's lower and upper values are the rows' `ci` for motor gasoline,
 * gas/diesel oil, residual fuel oil, LPG, natural gas, anthracite, other bituminous and
 * sub-bituminous coal and lignite, read in a secondary transcription (`via`); left out for coking
 * coal, wood, charcoal, kerosene, patent fuel and brown coal briquettes (not read). A user's NCV
 * outside a fuel's interval is refused unless acknowledged (see {@link ncvRangeIssues}).
 * @category Factors
 */
export const IPCC2006_NCV: readonly NcvRow[] = Object.entries(NCV).map(([fuel, value]) => {
  const note = NOTES[fuel];
  const range = RANGE[fuel];
  return {
    id: `ipcc2006.T1.2.${fuel}.NCV`,
    fuel,
    value,
    unit: "TJ/Gg",
    source: { id: "IPCC2006-V2-Ch1", table: "Table 1.2" },
    quality: "officialDatabase",
    ...(range === undefined ? {} : { ci: { lower: range[0], upper: range[1] }, via: RANGE_VIA }),
    ...(note === undefined ? {} : { note }),
  };
});
