import type { PlantEfficiencyRow } from "../plantEfficiency.js";

const NDRC_2021 = {
  country: "CN",
  technology: "coal",
  quantity: "coalConsumptionRate",
  unit: "gce/kWh",
  basis: "notConfirmed",
  coverage: "China's coal-fired power plants, national average, as the NDRC gives it",
  quality: "secondary",
  via:
    "Reuters, 'China to cut coal use at power plants to 300g/kwh by 2025' (2 November 2021), and news reports quoting the same NDRC " +
    "statement (tothetick.com; mznews.co.mz)",
  note:
    "Grams of standard coal (标准煤) per kWh. Reported as the 'average amount of coal used in power generation'; whether it is per kWh " +
    "supplied (供电煤耗) or generated (发电煤耗) was not confirmed. The plan's 2025 target (300 g/kWh) is a target, not data, and is not a row.",
} as const;

/**
 * Published average coal consumption rates (and efficiencies) of power plants, one row per
 * country, technology and data year.
 *
 * Left out (not reached): the China Electricity Council's annual statistics of the coal consumption
 * rate of thermal plants of 6 MW and above, by supply and by generation (so China's 2015 and latest
 * years are missing); net efficiencies of coal and gas plants for Japan, Korea and Mongolia.
 * @category Factors
 */
export const PLANT_EFFICIENCIES: readonly PlantEfficiencyRow[] = [
  { ...NDRC_2021, id: "efficiency.CN.2005.coal.NDRC", year: 2005, value: "370", source: { id: "NDRC-NEA-2021-CoalPowerUpgrade", table: "National average coal consumption of coal power, 2005" } },
  { ...NDRC_2021, id: "efficiency.CN.2020.coal.NDRC", year: 2020, value: "305.5", source: { id: "NDRC-NEA-2021-CoalPowerUpgrade", table: "National average coal consumption of coal power, 2020" } },
];
