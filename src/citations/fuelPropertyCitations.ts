import type { Citation } from "./citation.js";

/**
 * Publications cited by the built-in national heating values and fuel sulphur limits. Where a
 * value was read in a secondary publication, the row's `via` names it and its quality is
 * `secondary`.
 * @category Citations
 */
export const FUEL_PROPERTY_CITATIONS: readonly Citation[] = [
  {
    id: "GBT2589",
    authors: "Standardization Administration of the People's Republic of China (国家标准化管理委员会)",
    title: "GB/T 2589 综合能耗计算通则 (General rules for calculation of the comprehensive energy consumption), Appendix A: 各种能源折标准煤参考系数 (reference coefficients of energy sources to standard coal)",
    publisher: "Standards Press of China, Beijing",
    year: 2020,
    url: "https://openstd.samr.gov.cn/",
    note: "The table of average net (low) calorific values and coefficients to coal equivalent. The standard itself was not read: its table was read as reproduced in a secondary document (see each row's via); the edition (2008 or 2020) of the reproduction is not stated there.",
  },
  {
    id: "GB19147-2013",
    authors: "General Administration of Quality Supervision, Inspection and Quarantine; Standardization Administration of China",
    title: "GB 19147-2013 车用柴油(IV) / Automobile diesel fuels (China IV and V specifications, sulphur content)",
    publisher: "Standards Press of China, Beijing",
    year: 2013,
    url: "https://dieselnet.com/standards/cn/fuel.php",
    note: "China V on-road diesel sulphur limit, read in DieselNet's summary of Chinese fuel regulations (the standard not read).",
  },
  {
    id: "GB17930-2013",
    authors: "General Administration of Quality Supervision, Inspection and Quarantine; Standardization Administration of China",
    title: "GB 17930-2013 车用汽油 / Gasoline for motor vehicles (China V specification, sulphur content)",
    publisher: "Standards Press of China, Beijing",
    year: 2013,
    url: "https://dieselnet.com/standards/cn/fuel.php",
    note: "China V gasoline sulphur limit, read in DieselNet's summary of Chinese fuel regulations (the standard not read).",
  },
  {
    id: "JP-Hinkakuho-Rule",
    authors: "Ministry of Economy, Trade and Industry, Japan (経済産業省)",
    title: "揮発油等の品質の確保等に関する法律施行規則 (Ordinance for Enforcement of the Act on the Quality Control of Gasoline and Other Fuels), 昭和52年通商産業省令第24号: mandatory specifications (強制規格) of gasoline and diesel",
    publisher: "e-Gov Japanese Law Search (elaws.e-gov.go.jp), law number 352M50000400024",
    year: 1977,
    url: "https://elaws.e-gov.go.jp/document?lawid=352M50000400024",
    note: "As amended; sulphur limits read in the Petroleum Association of Japan's summary of the mandatory specifications (https://www.paj.gr.jp/statis/faq/68), not in the ordinance itself.",
  },
];
