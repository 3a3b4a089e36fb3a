import type { CoalMineMethaneFactor, MethaneDensity } from "../coalMineMethane.js";
import type { GasLeakageEstimate } from "../gasLeakageEstimate.js";
import type { GasSupplyMethaneFactor } from "../gasSupplyMethane.js";

const AMEE = "AMEE open data sets (github.com/mamhoff/datasets, commit b33b25b), a transcription of the chapter's Tier 1 factors:";
const AMEE_UNDERGROUND = `${AMEE} business/processes/fugitive/mining/underground/data.csv`;
const AMEE_SURFACE = `${AMEE} business/processes/fugitive/mining/surface/data.csv`;
const AMEE_GAS = `${AMEE} business/processes/fugitive/oilandgas/data.csv (CH4 column, in kg/m3, numerically equal to Gg per 10^6 m3)`;
const AMEE_DEPTHS = "As the AMEE transcription assigns the values:";
const IPCC_VIA =
  "climate-policy-watcher.org, 'Emission factors for surface mining', a reproduction of the text of section 4.1.4 of the chapter";

/**
 * IPCC 2006 Tier 1 coal-mining CH4 factors: underground and surface mines, mining and post-mining,
 * low, average and high (Equations 4.1.3, 4.1.4, 4.1.7 and 4.1.8), in m3 of CH4 per tonne of coal.
 *
 * Read in the AMEE open data set's transcription of the chapter (by mine or overburden depth) and,
 * for surface mining, in a reproduction of the section's text (which gives the average, 1.2, and
 * the depth rule); the chapter itself was not reached.
 *
 * Left out: abandoned underground mines (Tier 1 factors by years since closure): not read.
 * @category Factors
 */
export const COAL_MINE_METHANE_FACTORS: readonly CoalMineMethaneFactor[] = [
  {
    id: "ipcc2006.coal-mining.underground.mining",
    miningType: "underground",
    stage: "mining",
    low: "10",
    average: "18",
    high: "25",
    unit: "m3/t",
    guidance: `${AMEE_DEPTHS} mine depth less than 200 m (low), 200 to 400 m (average), more than 400 m (high).`,
    source: { id: "IPCC2006-V2-Ch4", table: "Equation 4.1.3 (Tier 1: global average method, underground mines), section 4.1.3.2" },
    quality: "secondary",
    via: AMEE_UNDERGROUND,
  },
  {
    id: "ipcc2006.coal-mining.underground.post-mining",
    miningType: "underground",
    stage: "postMining",
    low: "0.9",
    average: "2.5",
    high: "4.0",
    unit: "m3/t",
    guidance: `${AMEE_DEPTHS} mine depth less than 200 m (low), 200 to 400 m (average), more than 400 m (high).`,
    source: { id: "IPCC2006-V2-Ch4", table: "Equation 4.1.4 (Tier 1: global average method, post-mining emissions, underground mines), section 4.1.3.2" },
    quality: "secondary",
    via: AMEE_UNDERGROUND,
  },
  {
    id: "ipcc2006.coal-mining.surface.mining",
    miningType: "surface",
    stage: "mining",
    low: "0.3",
    average: "1.2",
    high: "2.0",
    unit: "m3/t",
    guidance:
      "Use the low end of the range for mines with an average overburden depth under 25 m, the high end over 50 m, the average " +
      "for depths between; without data on overburden thickness, the average (1.2 m3/tonne).",
    source: { id: "IPCC2006-V2-Ch4", table: "Equation 4.1.7 (Tier 1: global average method, surface mines), section 4.1.4" },
    quality: "secondary",
    via: `${IPCC_VIA} (the average and the depth rule); ${AMEE_SURFACE} (low and high)`,
  },
  {
    id: "ipcc2006.coal-mining.surface.post-mining",
    miningType: "surface",
    stage: "postMining",
    low: "0",
    average: "0.1",
    high: "0.2",
    unit: "m3/t",
    guidance: `${AMEE_DEPTHS} overburden depth less than 25 m (low), 25 to 50 m (average), more than 50 m (high).`,
    source: { id: "IPCC2006-V2-Ch4", table: "Equation 4.1.8 (Tier 1: global average method, post-mining emissions, surface mines), section 4.1.4" },
    quality: "secondary",
    via: AMEE_SURFACE,
    note: "Transcribed as 0.0 (low) in the AMEE data set.",
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

/**
 * IPCC 2006 Tier 1 CH4 factors of the natural-gas supply chain (Tables 4.2.4 and 4.2.5), Gg per
 * 10^6 m3 of gas, for reference: production (fugitive, flaring), transmission (fugitive, venting),
 * storage and distribution, for developed and developing countries. A range where the AMEE
 * transcription gives a lower and an upper value, one value where it gives one.
 *
 * Left out: the tables' uncertainty column, their activity basis per row (gas produced, marketable
 * gas, utility sales), the AMEE data set's "mean" values (midpoints it computed itself, not the
 * IPCC's), gas processing, and CO2 and N2O: not read or not needed here.
 * @category Factors
 */
export const GAS_SUPPLY_METHANE_FACTORS: readonly GasSupplyMethaneFactor[] = [
  {
    id: "ipcc2006.gas-supply.production.fugitive.developed",
    segment: "production",
    emission: "fugitive",
    countryGroup: "developed",
    low: "0.00038",
    high: "0.0023",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.4 (developed countries): gas production, fugitive, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.production.fugitive.developing",
    segment: "production",
    emission: "fugitive",
    countryGroup: "developing",
    low: "0.00034",
    high: "0.024",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.5 (developing countries and countries with economies in transition): gas production, fugitive, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.production.flaring.developed",
    segment: "production",
    emission: "flaring",
    countryGroup: "developed",
    value: "0.00000076",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.4 (developed countries): gas production, flaring, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.production.flaring.developing",
    segment: "production",
    emission: "flaring",
    countryGroup: "developing",
    low: "0.00000076",
    high: "0.000001",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.5 (developing countries and countries with economies in transition): gas production, flaring, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.transmission.fugitive.developed",
    segment: "transmission",
    emission: "fugitive",
    countryGroup: "developed",
    low: "0.000066",
    high: "0.00048",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.4 (developed countries): gas transmission, fugitive, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.transmission.fugitive.developing",
    segment: "transmission",
    emission: "fugitive",
    countryGroup: "developing",
    low: "0.000166",
    high: "0.0011",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.5 (developing countries and countries with economies in transition): gas transmission, fugitive, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.transmission.venting.developed",
    segment: "transmission",
    emission: "venting",
    countryGroup: "developed",
    low: "0.000044",
    high: "0.00032",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.4 (developed countries): gas transmission, venting, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.transmission.venting.developing",
    segment: "transmission",
    emission: "venting",
    countryGroup: "developing",
    low: "0.000044",
    high: "0.00074",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.5 (developing countries and countries with economies in transition): gas transmission, venting, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.storage.all.developed",
    segment: "storage",
    emission: "all",
    countryGroup: "developed",
    value: "0.000025",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.4 (developed countries): gas storage, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.storage.all.developing",
    segment: "storage",
    emission: "all",
    countryGroup: "developing",
    low: "0.000025",
    high: "0.000058",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.5 (developing countries and countries with economies in transition): gas storage, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.distribution.all.developed",
    segment: "distribution",
    emission: "all",
    countryGroup: "developed",
    value: "0.0011",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.4 (developed countries): gas distribution, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
  {
    id: "ipcc2006.gas-supply.distribution.all.developing",
    segment: "distribution",
    emission: "all",
    countryGroup: "developing",
    low: "0.0011",
    high: "0.0025",
    unit: "Gg/10^6 m3",
    source: { id: "IPCC2006-V2-Ch4", table: "Table 4.2.5 (developing countries and countries with economies in transition): gas distribution, CH4" },
    quality: "secondary",
    via: AMEE_GAS,
  },
];
