import type { GenerationMix } from "../generationMix.js";

const NOT_SPLIT = "not split in the source as read";

/**
 * Electricity generation mixes of Japan, China, South Korea and Mongolia, one row per country,
 * data year and source, as published (percentages or amounts).
 *
 * None was read in the primary publication: every row is `quality: "secondary"` and names the
 * publication it was read in (`via`). Where the source lumps kinds of plant together, the row
 * keeps the aggregate (`thermal`, `renewable`) and says what it covers; where the published parts
 * do not add up to the total, the residual is an explicit `other` component marked `derived`.
 *
 * Left out (not reached): China 2015 and the latest year, the North China regional grid, Japan
 * FY2015 and FY2020 by source (only the FY2020 total 1.0008 trillion kWh and non-fossil share 23.7%
 * were read, in METI's press release of 15 April 2022), Korea 2015 and the shares of LNG and oil,
 * Mongolia's split of thermal and renewable generation and any year before 2021; and the China
 * Electricity Council's full-coverage (全口径) 2020 wind, solar and biomass generation (4665, 2611
 * and 1326 x 10^8 kWh), whose coverage differs from the NBS total and so is not mixed into the NBS row.
 * @category Factors
 */
export const GENERATION_MIXES: readonly GenerationMix[] = [
  {
    id: "mix.JP.FY2019.ANRE",
    country: "JP",
    region: "national",
    year: 2019,
    yearKind: "fiscal",
    coverage: "Composition of Japan's power sources (電源構成) in fiscal year 2019 (April 2019 to March 2020), as the Energy White Paper 2021 gives it",
    unit: "%",
    components: [
      { technology: "coal", value: "31.8" },
      { technology: "oil", value: "6.8" },
      { technology: "gas", value: "37.1", includes: "liquefied natural gas (LNG), as the source names it" },
      { technology: "nuclear", value: "6.2" },
      { technology: "hydro", value: "7.8" },
      { technology: "renewable", value: "10.3", includes: `'new' forms of sustainable energy other than hydro (solar, wind, geothermal, biomass ...), ${NOT_SPLIT}` },
    ],
    source: { id: "ANRE-2021-EnergyWhitePaper", table: "Composition of power sources, FY2019 (電源構成)" },
    quality: "secondary",
    via: "Nippon.com, Japan Data: 'Coal Still Accounts for 32% of Japan's Electricity Supply' (2021), which quotes the Energy White Paper 2021",
    note: "The same source gives the amounts: coal 326.2, oil 69.2, LNG 380.3, nuclear 63.8, hydro 79.6 and new energy 105.7 billion kWh.",
  },
  {
    id: "mix.CN.2020.NBS",
    country: "CN",
    region: "national",
    year: 2020,
    yearKind: "calendar",
    coverage:
      "Electricity generation of China in 2020 as the NBS statistical communiqué gives it (industrial output statistics; whether " +
      "they are limited to enterprises above designated size was not confirmed in the communiqué itself)",
    unit: "100 GWh",
    total: "77790.6",
    components: [
      { technology: "thermal", value: "53302.5", includes: `thermal power (火电): coal, gas, oil and biomass combustion plants, ${NOT_SPLIT}` },
      { technology: "hydro", value: "13552.1" },
      { technology: "nuclear", value: "3662.5" },
      {
        technology: "other",
        value: "7273.5",
        derived: true,
        includes: "residual computed by cobenefits: the published total minus thermal, hydro and nuclear, i.e. wind, solar and other generation of the same coverage",
      },
    ],
    source: { id: "NBS-2021-StatisticalCommunique-2020", table: "Electricity generation 2020 (发电量), total and by thermal, hydro and nuclear power" },
    quality: "secondary",
    via: "China Energy Big Data Report 2021 (中国能源大数据报告(2021)), chapter 5 (电力篇, by 王雪辰), section 1, which quotes the NBS communiqué",
    note:
      "Published in 亿千瓦时 (10^8 kWh = 100 GWh). The report prints thermal power as '253302.5', read as 53302.5 with a footnote " +
      "mark '2' in front: the total 77790.6 only fits 53302.5.",
  },
  {
    id: "mix.KR.2020.KEPCO",
    country: "KR",
    region: "national",
    year: 2020,
    yearKind: "calendar",
    coverage: "Electricity generation of South Korea in 2020 by source, as KEPCO's data give it",
    unit: "%",
    components: [
      { technology: "coal", value: "35.6" },
      { technology: "nuclear", value: "29" },
      { technology: "renewable", value: "6.8", includes: `new and renewable energy (신재생에너지), ${NOT_SPLIT}` },
      {
        technology: "other",
        value: "28.6",
        derived: true,
        includes:
          "residual computed by cobenefits: 100 minus the published shares of coal, nuclear and renewables; LNG, oil, pumped storage " +
          "and others, whose shares were not in the source as read; it also takes up the rounding of the published shares",
      },
    ],
    source: { id: "KEPCO-2021-PowerGeneration-2020", table: "Generation by source, 2020" },
    quality: "secondary",
    via:
      "KBS World Radio news (February 2021) and Rosenergoatom's news digest 'South Korea's nuclear power generation volume increases " +
      "in 2020' (2021), both quoting KEPCO",
    note: "The same sources give the amounts: nuclear 160,184 GWh, coal 196,489 GWh and renewables 37,804 GWh; the nuclear share is published as '29 percent'.",
  },
  {
    id: "mix.MN.2021.ERC",
    country: "MN",
    region: "national",
    year: 2021,
    yearKind: "calendar",
    coverage: "Electricity produced in Mongolia in 2021 (7,913.6 million kWh), by kind of plant; imports are not included",
    unit: "%",
    components: [
      { technology: "thermal", value: "89.8", includes: `thermal power plants, ${NOT_SPLIT}` },
      { technology: "renewable", value: "9.1", includes: `renewable energy sources, ${NOT_SPLIT}` },
      {
        technology: "other",
        value: "1.1",
        derived: true,
        includes: "residual computed by cobenefits: 100 minus the published shares of thermal and renewable plants; not named in the source as read",
      },
    ],
    source: { id: "ERC-Mongolia-2022-Statistics-2021", table: "Electricity production by source, 2021" },
    quality: "secondary",
    via: "Mongolia Inc., 'Energy sector' (mongoliainc.com), which names the Energy Regulatory Commission of Mongolia as its source",
    note:
      "Generation, not supply: the same source says Mongolia imports electricity equal to almost one fifth of its consumption " +
      "(from Russia and China), which a consumption-based mix would have to add.",
  },
];
