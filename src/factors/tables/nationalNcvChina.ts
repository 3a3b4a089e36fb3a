import type { NationalNcvRow } from "../nationalNcvRow.js";

const VIA = "附表二 各种能源折标准煤参考系数, as reproduced in a document at http://www.huatuo6.cn/wenku/rdvvd/4gNGBm3BKO (columns 平均低位发热量 and 折标准煤系数)";
const SOURCE = { id: "GBT2589", table: "Appendix A, 各种能源折标准煤参考系数" } as const;

/** Product of the national table, its value [kcal/kg] as published, and the catalogue fuels it is the statistics' value for. */
const PRODUCTS: readonly { readonly product: string; readonly value: string; readonly fuels: readonly string[]; readonly note?: string }[] = [
  {
    product: "原煤 (raw coal)",
    value: "5000",
    fuels: ["anthracite", "otherBituminousCoal", "subBituminousCoal", "lignite"],
    note:
      "Chinese energy statistics count all coal as mined under raw coal, whatever its rank; the one average applies to each rank here. Coking coal is left out (it is mostly counted washed, 洗精煤). " +
      "Agrees with NRC (2000), Cooperation in the Energy Futures of China and the United States, Appendix (energy conversion factors, note 2): Chinese average raw coal 20.93 GJ/t (low heat).",
  },
  { product: "汽油 (gasoline)", value: "10300", fuels: ["motorGasoline"] },
  { product: "柴油 (diesel oil)", value: "10200", fuels: ["gasDieselOil"] },
  { product: "燃料油 (fuel oil)", value: "10000", fuels: ["residualFuelOil"] },
];

/**
 * China's reference average net (low) calorific values, from the national standard's table of
 * coefficients to standard coal (GB/T 2589, Appendix A), in kcal/kg as read: raw coal 5000,
 * gasoline 10300, diesel oil 10200, fuel oil 10000. The coefficient column agrees (raw coal 0.7143
 * kgce/kg = 5000/7000). Read in a reproduction of the table (`via`), so quality `secondary`.
 *
 * Left out: LPG and natural gas (their values were cut off in the reproduction read), cleaned
 * coal and coke (no catalogue fuel), and the kJ/kg column (not in the reproduction read).
 * @category Factors
 */
export const CHINA_NCV: readonly NationalNcvRow[] = PRODUCTS.flatMap((p) =>
  p.fuels.map((fuel) => ({
    id: `CN.GBT2589.${fuel}.NCV`,
    country: "CN",
    product: p.product,
    basis: "net" as const,
    fuel,
    value: p.value,
    unit: "kcal/kg",
    source: SOURCE,
    quality: "secondary" as const,
    via: VIA,
    ...(p.note === undefined ? {} : { note: p.note }),
  })),
);
