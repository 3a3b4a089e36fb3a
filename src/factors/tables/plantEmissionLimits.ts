import type { PlantEmissionLimit } from "../plantEmissionLimit.js";

const ULTRA_LOW = {
  country: "CN",
  instrument: "ultra-low emission (超低排放)",
  applicability:
    "Coal-fired generating units: existing units of 300 MW and above in China's eastern region under the 2014 action plan (and new " +
    "units); extended to all units able to be retrofitted, nationwide by 2020, by the 2015 work plan (全面实施燃煤电厂超低排放和节能改造工作方案)",
  fuel: "coal",
  unit: "mg/Nm3",
  referenceO2: "6",
  // the source as read gives mg/m3 at 6% O2 but does not say dry gas: not asserted (see the note)
  dryGas: "notConfirmed",
  quality: "secondary",
  via: "Abstract of an article in 广东科技 (Guangdong Science & Technology) 2019(1), 69-73, which quotes the 2014 action plan",
  note:
    "Published as mg/m3 at a reference O2 content of 6%; that this is dry flue gas at 273.15 K and 101.325 kPa (the convention of " +
    "China's emission standards) was not confirmed in the source as read.",
} as const;

/**
 * Emission limits of power plants as presets, with their reference O2 content: China's
 * ultra-low emission concentrations for coal-fired units.
 *
 * Left out (not reached, see docs/scopes.md, "Data of the indirect and upstream scopes"): the limits of GB 13223-2011 (Emission standard of
 * air pollutants for thermal power plants, Table 1 and the special limits of Table 2), Korea's
 * thermal power plant standards (Enforcement Rule of the Clean Air Conservation Act, annex on
 * permissible emission standards) and Japan's (Air Pollution Control Act, Enforcement Regulations):
 * none of their tables was read.
 * @category Factors
 */
export const PLANT_EMISSION_LIMITS: readonly PlantEmissionLimit[] = [
  {
    ...ULTRA_LOW,
    id: "limit.CN.ultra-low.coal.TSP",
    pollutant: "TSP",
    value: "10",
    source: { id: "NDRC-MEP-NEA-2014-CoalPowerActionPlan", table: "Ultra-low emission concentrations of coal-fired units: smoke dust (烟尘)" },
    note: `${ULTRA_LOW.note} The limit is for smoke dust (烟尘), total particulate matter, stored here as TSP.`,
  },
  {
    ...ULTRA_LOW,
    id: "limit.CN.ultra-low.coal.SO2",
    pollutant: "SO2",
    value: "35",
    source: { id: "NDRC-MEP-NEA-2014-CoalPowerActionPlan", table: "Ultra-low emission concentrations of coal-fired units: SO2" },
  },
  {
    ...ULTRA_LOW,
    id: "limit.CN.ultra-low.coal.NOx",
    pollutant: "NOx",
    value: "50",
    source: { id: "NDRC-MEP-NEA-2014-CoalPowerActionPlan", table: "Ultra-low emission concentrations of coal-fired units: nitrogen oxides (氮氧化物)" },
    note: `${ULTRA_LOW.note} Whether NOx is expressed as NO2 was not stated in the source as read.`,
  },
];
