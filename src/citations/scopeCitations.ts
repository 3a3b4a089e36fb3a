import type { Citation } from "./citation.js";

const IPCC2006_EDITORS = "IPCC (Eggleston H.S., Buendia L., Miwa K., Ngara T., Tanabe K., eds.)";
const IPCC2006_PUBLISHER = "IGES, Hayama, Japan (IPCC National Greenhouse Gas Inventories Programme)";

/**
 * Publications cited by the data of the indirect and upstream scopes: generation mixes, plant
 * efficiencies, plant emission limits and upstream methane. Most were read through another
 * publication (each row names it in `via`); where a bibliographic detail could not be confirmed,
 * the citation's `note` says so.
 * @category Citations
 */
export const SCOPE_CITATIONS: readonly Citation[] = [
  {
    id: "ANRE-2021-EnergyWhitePaper",
    authors: "Agency for Natural Resources and Energy, Ministry of Economy, Trade and Industry of Japan (資源エネルギー庁)",
    title: "Energy White Paper 2021 (令和2年度エネルギーに関する年次報告, エネルギー白書2021)",
    publisher: "Ministry of Economy, Trade and Industry, Tokyo",
    year: 2021,
    url: "https://www.enecho.meti.go.jp/about/whitepaper/",
    note:
      "Composition of Japan's power sources (電源構成) in fiscal year 2019. Read as quoted by Nippon.com (Japan Data, 'Coal Still " +
      "Accounts for 32% of Japan's Electricity Supply', 2021). Not confirmed: the chart or table number and the page in the white paper.",
  },
  {
    id: "NBS-2021-StatisticalCommunique-2020",
    authors: "National Bureau of Statistics of China (国家统计局)",
    title: "中华人民共和国2020年国民经济和社会发展统计公报 (Statistical Communiqué of the People's Republic of China on the 2020 National Economic and Social Development)",
    publisher: "National Bureau of Statistics of China, Beijing",
    year: 2021,
    url: "https://www.stats.gov.cn/",
    note:
      "Electricity generation 2020, total and thermal, hydro and nuclear (industrial enterprises above designated size). Read as " +
      "quoted by the China Energy Big Data Report 2021 (中国能源大数据报告(2021)), chapter 5 (电力篇), section 1. Not confirmed: the " +
      "address of the communiqué's page (the URL is the bureau's site).",
  },
  {
    id: "KEPCO-2021-PowerGeneration-2020",
    authors: "Korea Electric Power Corporation (KEPCO, 한국전력공사)",
    title: "Electric power generation by source, 2020 (announced 18 February 2021)",
    publisher: "Korea Electric Power Corporation, Naju",
    year: 2021,
    url: "https://home.kepco.co.kr/",
    note:
      "KEPCO's 2020 generation data as reported by KBS World Radio and by Rosenergoatom's news digest, 2021. Not confirmed: the " +
      "title of KEPCO's own release or statistics publication, and its address (the URL is KEPCO's site).",
  },
  {
    id: "ERC-Mongolia-2022-Statistics-2021",
    authors: "Energy Regulatory Commission of Mongolia (Эрчим хүчний зохицуулах хороо)",
    title: "Energy statistics 2021: electricity production by source",
    publisher: "Energy Regulatory Commission of Mongolia, Ulaanbaatar",
    year: 2022,
    url: "https://erc.gov.mn/",
    note:
      "Electricity produced in 2021 and the shares of thermal and renewable plants, as quoted (with the commission named as " +
      "the source) by Mongolia Inc., 'Energy sector'. Not confirmed: the title, year and page of the commission's publication.",
  },
  {
    id: "NDRC-NEA-2021-CoalPowerUpgrade",
    authors: "National Development and Reform Commission (国家发展改革委) and National Energy Administration (国家能源局) of China",
    title: "全国煤电机组改造升级实施方案 (Implementation plan for the upgrading of coal-fired power units nationwide)",
    publisher: "National Development and Reform Commission, Beijing",
    year: 2021,
    url: "https://www.ndrc.gov.cn/",
    note:
      "Published November 2021 with the national average coal consumption of coal power in 2005 and 2020 and the 2025 target. Read " +
      "as reported by Reuters (2 November 2021) and news sites quoting it. Not confirmed: the exact title, the document number and " +
      "whether the rate is per kWh generated or supplied.",
  },
  {
    id: "NDRC-MEP-NEA-2014-CoalPowerActionPlan",
    authors: "National Development and Reform Commission, Ministry of Environmental Protection and National Energy Administration of China",
    title: "煤电节能减排升级与改造行动计划（2014—2020年）(Action plan for the upgrading and retrofit of coal power for energy saving and emission reduction, 2014-2020)",
    publisher: "National Development and Reform Commission, Beijing",
    year: 2014,
    url: "https://www.ndrc.gov.cn/",
    note:
      "The ultra-low emission concentrations of coal-fired units (smoke dust 10, SO2 35, NOx 50 mg/m3 at 6% reference O2). Read in " +
      "the abstract of an article in 广东科技 (Guangdong Science & Technology) 2019(1), 69-73, which quotes the plan. The 2015 work " +
      "plan of the MEP, NDRC and NEA (全面实施燃煤电厂超低排放和节能改造工作方案) extended the requirement nationwide by 2020 (read " +
      "in Zhang Y. et al. 2021, Advances in Environmental Protection 11(6), doi:10.12677/AEP.2021.116129). Not confirmed: the " +
      "document number (发改能源〔2014〕2093号) and the page of the limits.",
  },
  {
    id: "IPCC2006-V2-Ch4",
    authors: IPCC2006_EDITORS,
    title: "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Volume 2: Energy, Chapter 4: Fugitive Emissions",
    publisher: IPCC2006_PUBLISHER,
    year: 2006,
    url: "https://www.ipcc-nggip.iges.or.jp/public/2006gl/vol2.html",
    note:
      "Section 4.1.3 and 4.1.4 (underground and surface coal mining: Equations 4.1.3, 4.1.4, 4.1.7 and 4.1.8 and their conversion " +
      "factor, the CH4 density) and Tables 4.2.4 and 4.2.5 (Tier 1 factors of oil and gas systems, developed and developing " +
      "countries). The chapter PDF was not reached: the values were read in the AMEE open data sets' transcription of the chapter " +
      "and, for surface mining and the CH4 density, in a reproduction of section 4.1.4's text (climate-policy-watcher.org).",
  },
  {
    id: "Alvarez2018-Science",
    authors: "Alvarez R.A., Zavala-Araiza D., Lyon D.R., et al.",
    title: "Assessment of methane emissions from the U.S. oil and gas supply chain",
    publisher: "Science 361(6398), 186-188",
    year: 2018,
    doi: "10.1126/science.aar7204",
    note: "Abstract (read in the author manuscript, PubMed Central PMC6223263) and Table 1 (2015 emissions by industry segment, 95% intervals).",
  },
];
