import type { CoalMineMethaneFactor, MethaneDensity } from "../coalMineMethane.js";
import type { GasLeakageEstimate } from "../gasLeakageEstimate.js";

const IPCC_VIA =
  "climate-policy-watcher.org, 'Emission factors for surface mining', a reproduction of the text of section 4.1.4 of the chapter";

/**
 * IPCC 2006 Tier 1 coal-mining CH4 factors, those read.
 *
 * Left out (not reached, see docs/scopes-data.md): underground mining and post-mining factors
 * (Equations 4.1.3 and 4.1.4), the low and high values of surface mining (Equation 4.1.7) and the
 * surface post-mining factors (Equation 4.1.8): their numbers were not in the text as read.
 * Abandoned underground mines (Tier 1 emission factors by years since closure) likewise.
 * @category Factors
 */
export const COAL_MINE_METHANE_FACTORS: readonly CoalMineMethaneFactor[] = [
  {
    id: "ipcc2006.coal-mining.surface.mining",
    miningType: "surface",
    stage: "mining",
    average: "1.2",
    unit: "m3/t",
    guidance:
      "Use the low end of the range for mines with an average overburden depth under 25 m, the high end over 50 m, the average " +
      "for depths between; without data on overburden thickness, the average (1.2 m3/tonne).",
    source: { id: "IPCC2006-V2-Ch4", table: "Equation 4.1.7 (Tier 1: global average method, surface mines), section 4.1.4" },
    quality: "secondary",
    via: IPCC_VIA,
  },
];

/**
 * Densities of CH4 that methods use to turn volumes into masses.
 * @category Factors
 */
export const METHANE_DENSITIES: readonly MethaneDensity[] = [
  {
    id: "ipcc2006.ch4-density.20C-1atm",
    value: "0.67",
    unit: "kg/m3",
    conditions: "20 degC and 1 atm",
    source: { id: "IPCC2006-V2-Ch4", table: "Conversion factor of Equations 4.1.3 to 4.1.8 (density of CH4), section 4.1.4" },
    quality: "secondary",
    via: IPCC_VIA,
    note: "Published as 0.67 x 10^-6 Gg m^-3 (= 0.67 kg/m3).",
  },
];

/**
 * Published estimates of natural-gas supply-chain methane losses, for reference.
 *
 * Left out (not reached): the IPCC 2006 Vol. 2 ch. 4 Tier 1 factors for gas production,
 * transmission and distribution (Tables 4.2.4 and 4.2.5, per 10^6 m3 of gas, developed and
 * developing countries); estimates for China, Korea, Japan or Mongolia.
 * @category Factors
 */
export const GAS_LEAKAGE_ESTIMATES: readonly GasLeakageEstimate[] = [
  {
    id: "leakage.US.2015.Alvarez2018",
    country: "US",
    year: 2015,
    value: "2.3",
    unit: "%",
    denominator: "gross U.S. gas production",
    coverage:
      "U.S. oil and natural gas supply chain: production, gathering, processing, transmission and storage, local distribution, " +
      "oil refining and transportation (facility-scale measurements, validated with aircraft observations)",
    referenceOnly: true,
    source: { id: "Alvarez2018-Science", table: "Abstract; Table 1 (2015 CH4 emissions by industry segment)", page: "186" },
    quality: "primary",
    note:
      "The abstract gives 13 +/- 2 Tg CH4 per year (Table 1: 13, 95% interval +2.1/-1.7), about 60% above the EPA inventory; no " +
      "interval is published for the 2.3% itself. Local distribution is taken from the EPA inventory and is a lower bound (Table 1, note).",
  },
];
