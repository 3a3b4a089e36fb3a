import type { GridFactorRow } from "../gridFactorRow.js";
import type { DecimalString } from "../../units/decimal.js";

const CARBON_FOOTPRINT = "Carbon Footprint Ltd, 2023_07 International Factors release v1.1 (spreadsheet), sheet 'Country 2023 Electricity Factor'";
const SANDPIPER =
  "Sandpiper, 'Grid Emission Factor – Key Progress in China's Climate Regulation', newsletter Sandpiper Portal to China " +
  "(early 2025), which quotes the MEE release";
const MEE_NOTE = "Published in kgCO2/kWh (numerically equal to t/MWh).";

/**
 * A 2021 power-sector intensity of the Climate Transparency Report 2022, as Carbon Footprint Ltd
 * lists it: the total, with Carbon Footprint's split into generation and T&D losses.
 */
function climateTransparency2021(country: string, name: string, total: DecimalString, generation: DecimalString, td: DecimalString): GridFactorRow {
  return {
    id: `grid.${country}.2021.ClimateTransparency`,
    country,
    year: 2021,
    value: total,
    unit: "t/MWh",
    definition:
      `National power-sector CO2 emission intensity of ${name} for 2021 as the Climate Transparency Report 2022 gives it, listed by ` +
      `Carbon Footprint Ltd as the factor for electricity consumed: ${generation} for generation plus ${td} for transmission and ` +
      "distribution losses (Carbon Footprint Ltd's split).",
    source: { id: "ClimateTransparency-2022", table: `Country profile: ${name}` },
    quality: "secondary",
    via: CARBON_FOOTPRINT,
    note: "Not read in the Climate Transparency Report itself; which of the three figures the report prints was not checked.",
  };
}

/**
 * National grid electricity CO2 emission factors for China, Japan, South Korea and Mongolia,
 * t/MWh (numerically equal to kg/kWh), one row per source, definition and data year.
 *
 * Most rows were not read in the primary publication: they have `quality: "secondary"` and name
 * the publication they were read in (`via`). Read each row's `definition` before use: the rows
 * differ in coverage (national average, utilities' sales, generation only or with transmission
 * and distribution losses). The Mongolia row is Carbon Footprint Ltd's own calculation, read in its
 * release file.
 *
 * Left out: the MEE/NBS 2022 provincial factors of Yunnan and Sichuan (given as a pair of values,
 * not a single national number); the Japanese Ministry of the Environment's "alternative value"
 * (代替値) 0.000550 t-CO2/kWh (a default for reporting electricity whose supplier has no published
 * factor, with no data year); and both JCM methodology MN_AM003 factors for Mongolia: the
 * conservative grid factor (the emission factor of the most efficient coal-fired CHP plant, an
 * ex-ante project value with no data year, not a grid average) and the diesel-generator factor
 * (captive or off-grid, not a grid factor); and the Korea Power Exchange's 2011 power-sector
 * factor (443 g/kWh), which is greenhouse gases in CO2 equivalent, not CO2 alone, read only in a news report.
 * @category Factors
 */
export const GRID_ELECTRICITY_FACTORS: readonly GridFactorRow[] = [
  {
    id: "grid.CN.2022.MEE-NBS.national-average",
    country: "CN",
    year: 2022,
    value: "0.5366",
    unit: "t/MWh",
    definition:
      "National average electricity CO2 emission factor (全国电力平均二氧化碳排放因子) for 2022, published by the MEE and the NBS " +
      "for accounting the CO2 emissions of electricity consumption. Whether transmission and distribution losses are included " +
      "was not confirmed (the calculation notes were not read).",
    source: { id: "MEE-NBS-2024-ElectricityCO2-2022", table: "2022 national average electricity CO2 emission factor" },
    quality: "secondary",
    via: SANDPIPER,
    note: MEE_NOTE,
  },
  {
    id: "grid.CN.2022.MEE-NBS.national-average-excluding-market-traded-non-fossil",
    country: "CN",
    year: 2022,
    value: "0.5856",
    unit: "t/MWh",
    definition:
      "National average electricity CO2 emission factor for 2022 excluding the non-fossil electricity traded on the market " +
      "(全国电力平均二氧化碳排放因子（不包括市场化交易的非化石能源电量）), published by the MEE and the NBS.",
    source: { id: "MEE-NBS-2024-ElectricityCO2-2022", table: "2022 national average electricity CO2 emission factor excluding market-traded non-fossil electricity" },
    quality: "secondary",
    via: SANDPIPER,
    note: MEE_NOTE,
  },
  {
    id: "grid.CN.2021.IEA",
    country: "CN",
    year: 2021,
    value: "0.6093",
    unit: "t/MWh",
    definition:
      "Average CO2 emission factor of electricity of China for 2021 as reported by the International Energy Agency, quoted by " +
      "Chen et al. (2025), who compare it with the MEE's factor and trace the difference to electricity trade, the allocation of " +
      "combined heat and power emissions, power plants' own use, and data sources. Generation or consumption basis not confirmed.",
    source: { id: "Chen2025-Energies-18-654", table: "Abstract" },
    quality: "secondary",
    via: "Chen et al. (2025), Energies 18(3), 654, abstract, quoting the International Energy Agency",
    note: "The IEA publication and edition the value comes from were not identified, so the citation is the paper it was read in.",
  },
  climateTransparency2021("CN", "China", "0.5572", "0.4845", "0.0727"),
  climateTransparency2021("JP", "Japan", "0.4615", "0.4295", "0.0320"),
  {
    id: "grid.JP.2013.FEPC",
    country: "JP",
    year: 2013,
    value: "0.570",
    unit: "t/MWh",
    definition:
      "CO2 emission intensity at the point of use (使用端, per kWh of electricity sold, so transmission and distribution losses " +
      "are included) of the FEPC electric power companies in fiscal year 2013, actual value before Kyoto-mechanism credits " +
      "(実排出係数). Covers the FEPC companies, not every electricity supplier in Japan.",
    source: { id: "FEPC-2014-FY2013-CO2-intensity", table: "FY2013 CO2 emission intensity (使用端, 実排出係数)" },
    quality: "secondary",
    via: "Petroleum Association of Japan (石油連盟), data sheet 'エネルギー別 二酸化炭素排出係数' (CO2 emission factors by energy type), 7 October 2014",
    note: "Year is the Japanese fiscal year 2013 (April 2013 to March 2014). Published as 0.570 kg-CO2/kWh.",
  },
  climateTransparency2021("KR", "South Korea", "0.4113", "0.3706", "0.0407"),
  {
    id: "grid.MN.2022.CarbonFootprint",
    country: "MN",
    year: 2022,
    value: "0.8017",
    unit: "t/MWh",
    definition:
      "National grid electricity factor of Mongolia for 2022 for electricity consumed, calculated by Carbon Footprint Ltd from " +
      "Our World in Data fuel-mix data: 0.6812 for generation plus 0.1205 for transmission and distribution losses.",
    source: { id: "CarbonFootprint-2023-InternationalFactors", table: "Sheet 'Country 2023 Electricity Factor': Mongolia" },
    quality: "primary",
    note: "Carbon Footprint Ltd's own estimate (read in its release file), not an official national factor.",
  },
];
