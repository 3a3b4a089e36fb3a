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
    id: "MOEJ-2006-FuelSulphur",
    authors: "Ministry of the Environment, Japan",
    title: "Permissible Limit for the Sulfur Content in Gasoline and Diesel Oil to be Tightened (press release on the amendment of the Permissible Limits for Properties and Substances Contained in Automobile Fuel, Environment Agency Notification No. 64 of July 1995)",
    publisher: "Ministry of the Environment, Japan, Tokyo",
    year: 2006,
    url: "https://www.env.go.jp/en/headline/226.html",
    note: "Press release of 30 November 2006: the permissible limit of sulphur in gasoline and diesel oil reduced to 0.001% by weight (from 0.005%), under the Air Pollution Control Law; METI's ordinance under the Act on the Quality Control of Gasoline and Other Fuels follows it.",
  },
  {
    id: "MOEK-LowSulphurFuel",
    authors: "Ministry of Environment, Republic of Korea",
    title: "Mandatory Use of Low Sulfur Fuel (air quality policy summary)",
    publisher: "Ministry of Environment, Republic of Korea, Sejong",
    year: 2012,
    url: "http://eng.me.go.kr/eng/web/index.do?menuId=228",
    note: "The ministry's English summary of the low-sulphur fuel supply system: since 2012 diesel fuel of at most 0.1% sulphur nationwide; heavy fuel oil at most 0.3% in 58 local governments (Seoul, the six other special and metropolitan cities, Jeju ...), 0.5% in 104 si and gun areas, 1.0% elsewhere. Year: the regime it describes (page undated).",
  },
];
