import type { SourceRef, Quality } from "../../citations/sourceRef.js";

/**
 * A fuel standard's maximum sulphur content, as published.
 * @category Factors
 */
export interface FuelSulphurStandard {
  /** Id a scenario names, e.g. `CN-V-diesel`. */
  readonly id: string;
  /** Fuel id the standard is for. */
  readonly fuel: string;
  /** The limit as published: `mg/kg` (ppm by mass). */
  readonly limit: { readonly value: string; readonly unit: "mg/kg" };
  readonly source: SourceRef;
  readonly quality: Quality;
  readonly via?: string;
  readonly note?: string;
}

const DIESELNET =
  "DieselNet, China: Diesel Fuel (https://dieselnet.com/standards/cn/fuel.php), Table 1 note: sulphur limits of China I-V diesel 2000, 500, 350, 50 and 10 ppm (m/m), of China II-V gasoline 500, 150, 50 and 10 ppm (m/m); " +
  "the standard numbers as TransportPolicy.net lists them (https://www.transportpolicy.net/standard/china-fuels-diesel-and-gasoline/: China V diesel GB 19147-2013, gasoline GB 17930-2013)";
const PAJ = "Petroleum Association of Japan, 「品確法」とは (https://www.paj.gr.jp/statis/faq/68): table of the mandatory specifications, 硫黄分 0.001質量%以下 for gasoline and for diesel";

/**
 * Maximum sulphur contents of road fuels under national fuel standards, as a scenario can name
 * them (`sulphurContent: { standard: "JP-diesel" }`). A limit is a maximum: fuel as sold may hold
 * less, so the SO2 derived from it is an upper bound unless the user gives a measured content.
 *
 * China V (GB 19147-2013 diesel, GB 17930-2013 gasoline): 10 mg/kg; Japan (揮発油等品確法施行規則,
 * mandatory specifications): 0.001 mass% = 10 mg/kg for gasoline and diesel. All read in secondary
 * summaries (`via`). Left out: China VI (GB 17930-2016, GB 19147-2016) and Korea (대기환경보전법
 * 시행규칙 별표 33), whose limits were not read in this work; Mongolia (no standard found).
 * @category Factors
 */
export const FUEL_SULPHUR_STANDARDS: readonly FuelSulphurStandard[] = [
  { id: "CN-V-diesel", fuel: "gasDieselOil", limit: { value: "10", unit: "mg/kg" }, source: { id: "GB19147-2013", table: "sulphur content, China V" }, quality: "secondary", via: DIESELNET },
  { id: "CN-V-petrol", fuel: "motorGasoline", limit: { value: "10", unit: "mg/kg" }, source: { id: "GB17930-2013", table: "sulphur content, China V" }, quality: "secondary", via: DIESELNET },
  {
    id: "JP-diesel", fuel: "gasDieselOil", limit: { value: "10", unit: "mg/kg" }, source: { id: "JP-Hinkakuho-Rule", table: "軽油の強制規格 (diesel mandatory specification), 硫黄分" }, quality: "secondary", via: PAJ,
    note: "Published as 0.001 質量% (mass percent), equal to 10 mg/kg.",
  },
  {
    id: "JP-petrol", fuel: "motorGasoline", limit: { value: "10", unit: "mg/kg" }, source: { id: "JP-Hinkakuho-Rule", table: "揮発油の強制規格 (gasoline mandatory specification), 硫黄分" }, quality: "secondary", via: PAJ,
    note: "Published as 0.001 質量% (mass percent), equal to 10 mg/kg.",
  },
];
