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
  /** The limit as published: `mg/kg` (ppm by mass) or `%` (by mass). */
  readonly limit: { readonly value: string; readonly unit: "mg/kg" | "%" };
  readonly source: SourceRef;
  readonly quality: Quality;
  readonly via?: string;
  readonly note?: string;
  /**
   * What the standard applies to, from its own description: `road` (fuel for road vehicles,
   * sectors 1.A.3.b) or `fuelOilNotRoad` (fuel oil supplied and used as fuel in boilers and heating,
   * not road fuel: every sector except 1.A.3.b). A row of another sector group may not name it.
   */
  readonly appliesTo: FuelSulphurStandardScope;
}

/**
 * The sector group a fuel sulphur standard covers: `road` = 1.A.3.b only; `fuelOilNotRoad` = any
 * sector except 1.A.3.b.
 * @category Factors
 */
export type FuelSulphurStandardScope = "road" | "fuelOilNotRoad";

const DIESELNET =
  "DieselNet, China: Diesel Fuel (https://dieselnet.com/standards/cn/fuel.php), Table 1 note: sulphur limits of China I-V diesel 2000, 500, 350, 50 and 10 ppm (m/m), of China II-V gasoline 500, 150, 50 and 10 ppm (m/m); " +
  "the standard numbers as TransportPolicy.net lists them (https://www.transportpolicy.net/standard/china-fuels-diesel-and-gasoline/: China V diesel GB 19147-2013, gasoline GB 17930-2013)";
const PAJ = "The Petroleum Association of Japan's summary of the mandatory specifications under the fuel quality act (https://www.paj.gr.jp/statis/faq/68) gives the same 硫黄分 0.001質量%以下 for gasoline and diesel";
const KR = "Applies to fuel oil supplied and used as fuel (boilers, heating), not to road fuels, whose limit (대기환경보전법 시행규칙 별표 33) was not read.";

/**
 * Maximum sulphur contents of road fuels under national fuel standards, as a scenario can name
 * them (`sulphurContent: { standard: "JP-diesel" }`). A limit is a maximum: fuel as sold may hold
 * less, so the SO2 derived from it is an upper bound unless the user gives a measured content.
 *
 * China V (GB 19147-2013 diesel, GB 17930-2013 gasoline): 10 mg/kg, read in secondary summaries
 * (`via`); Japan (Ministry of the Environment's permissible limits, 2006): 0.001% by weight for
 * gasoline and diesel oil; Korea (Ministry of Environment's low-sulphur fuel system, fuel oil used
 * as fuel): diesel 0.1%, heavy fuel oil 0.3%, 0.5% or 1.0% by region. Left out: China VI (GB
 * 17930-2016, GB 19147-2016) and Korea's road fuels (대기환경보전법 시행규칙 별표 33), whose limits
 * were not read in this work; Mongolia (no standard found).
 * @category Factors
 */
export const FUEL_SULPHUR_STANDARDS: readonly FuelSulphurStandard[] = [
  { id: "CN-V-diesel", fuel: "gasDieselOil", limit: { value: "10", unit: "mg/kg" }, source: { id: "GB19147-2013", table: "sulphur content, China V" }, appliesTo: "road", quality: "secondary", via: DIESELNET },
  { id: "CN-V-petrol", fuel: "motorGasoline", limit: { value: "10", unit: "mg/kg" }, source: { id: "GB17930-2013", table: "sulphur content, China V" }, appliesTo: "road", quality: "secondary", via: DIESELNET },
  {
    id: "JP-diesel", fuel: "gasDieselOil", limit: { value: "0.001", unit: "%" }, source: { id: "MOEJ-2006-FuelSulphur", table: "Principal amendments: permissible limit of sulfur in diesel oil" }, appliesTo: "road", quality: "primary",
    note: `0.001% by weight = 10 mg/kg. ${PAJ}.`,
  },
  {
    id: "JP-petrol", fuel: "motorGasoline", limit: { value: "0.001", unit: "%" }, source: { id: "MOEJ-2006-FuelSulphur", table: "Principal amendments: permissible limit of sulfur in gasoline" }, appliesTo: "road", quality: "primary",
    note: `0.001% by weight = 10 mg/kg. ${PAJ}.`,
  },
  { id: "KR-fuelOil-diesel", fuel: "gasDieselOil", limit: { value: "0.1", unit: "%" }, source: { id: "MOEK-LowSulphurFuel", table: "diesel fuel, nationwide since 2012" }, appliesTo: "fuelOilNotRoad", quality: "primary", note: KR },
  { id: "KR-fuelOil-heavy-0.3", fuel: "residualFuelOil", limit: { value: "0.3", unit: "%" }, source: { id: "MOEK-LowSulphurFuel", table: "heavy fuel, 58 local governments including Seoul, the six other special and metropolitan cities and Jeju" }, appliesTo: "fuelOilNotRoad", quality: "primary", note: KR },
  { id: "KR-fuelOil-heavy-0.5", fuel: "residualFuelOil", limit: { value: "0.5", unit: "%" }, source: { id: "MOEK-LowSulphurFuel", table: "heavy fuel, 104 si and gun areas" }, appliesTo: "fuelOilNotRoad", quality: "primary", note: KR },
  { id: "KR-fuelOil-heavy-1.0", fuel: "residualFuelOil", limit: { value: "1.0", unit: "%" }, source: { id: "MOEK-LowSulphurFuel", table: "heavy fuel, other parts of the country" }, appliesTo: "fuelOilNotRoad", quality: "primary", note: KR },
];
