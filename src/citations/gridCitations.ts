import type { Citation } from "./citation.js";

/**
 * Publications cited by the built-in national grid electricity factors. Where a bibliographic
 * detail could not be confirmed, the citation's `note` says so.
 * @category Citations
 */
export const GRID_CITATIONS: readonly Citation[] = [
  {
    id: "MEE-NBS-2024-ElectricityCO2-2022",
    authors: "Ministry of Ecology and Environment of the People's Republic of China (生态环境部) and National Bureau of Statistics of China (国家统计局)",
    title: "关于发布2022年电力二氧化碳排放因子的公告 (Announcement on the release of the 2022 electricity carbon dioxide emission factors)",
    publisher: "Ministry of Ecology and Environment of the People's Republic of China, Beijing",
    year: 2024,
    url: "https://www.mee.gov.cn/",
    note:
      "Announcement dated 20 December 2024 (issued by the MEE General Office on 23 December 2024), giving 2022 national, regional " +
      "and provincial average electricity CO2 emission factors, the national average excluding market-traded non-fossil electricity, " +
      "and the national fossil-fuel electricity factor, computed with the method and data sources of the 2021 factors (announcement " +
      "2024 No. 12). Not confirmed: the announcement's number and the address of its page (the URL is the ministry's site); " +
      "the values were not read in the announcement itself.",
  },
  {
    id: "Chen2025-Energies-18-654",
    authors: "Chen F., Lei J., Liu Z., Xiong X.",
    title: "A Comparative Study on the Average CO2 Emission Factors of Electricity of China",
    publisher: "Energies 18(3), 654",
    year: 2025,
    doi: "10.3390/en18030654",
    note: "Abstract: compares the IEA's and the MEE's average CO2 emission factors of electricity for China in 2021.",
  },
  {
    id: "ClimateTransparency-2022",
    authors: "Climate Transparency (partnership of research organisations and NGOs from G20 countries)",
    title: "Climate Transparency Report 2022",
    publisher: "Climate Transparency",
    year: 2022,
    url: "https://www.climate-transparency.org/",
    note:
      "Eighth annual review of G20 climate action, with one country profile per G20 member. Not confirmed: the report's subtitle, " +
      "the address of its page (the URL is the partnership's site) and the pages of the country profiles; the power-sector " +
      "emission intensities were not read in the report itself.",
  },
  {
    id: "CarbonFootprint-2023-InternationalFactors",
    authors: "Carbon Footprint Ltd",
    title: "2023_07 International Factors, release v1.1 (country specific electricity grid greenhouse gas emission factors)",
    publisher: "Carbon Footprint Ltd, United Kingdom",
    year: 2023,
    url: "https://www.carbonfootprint.com/international_electricity_factors.html",
    note:
      "Spreadsheet released in September 2023, sheet 'Country 2023 Electricity Factor': per country, a factor for generation and one " +
      "for transmission and distribution losses; for the rows read here it names the source it took them from or the data it " +
      "calculated them from. Read in a copy of the release file kept with the seed data of the Open Earth Foundation's CityCatalyst.",
  },
  {
    id: "FEPC-2014-FY2013-CO2-intensity",
    authors: "The Federation of Electric Power Companies of Japan (FEPC, 電気事業連合会)",
    title: "CO2 emission intensity of the electric power companies, fiscal year 2013 (電気事業における環境行動計画, follow-up)",
    publisher: "The Federation of Electric Power Companies of Japan, Tokyo",
    year: 2014,
    url: "https://www.fepc.or.jp/",
    note:
      "FEPC's FY2013 emission intensity as reported under the Act on Promotion of Global Warming Countermeasures, before " +
      "Kyoto-mechanism credits. The Petroleum Association of Japan data sheet that quotes it names FEPC's Environmental Action " +
      "Plan (電気事業における環境行動計画) as its source. Not confirmed: the edition, title and year of the FEPC publication " +
      "(the year is inferred from the FY2013 data and the sheet's date, October 2014) and the address of its page (the URL is FEPC's site).",
  },
];
