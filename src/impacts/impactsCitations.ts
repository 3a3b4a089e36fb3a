import type { Citation } from "../citations/citation.js";

/**
 * The publications the built-in exposure, health and valuation tables cite. They live in the
 * `cobenefits/impacts` entry, not in the core citation registry, so that they do not weigh on the
 * core import; {@link impactsCitation} finds one by id. DOIs were transcribed from the
 * publications' own pages as recalled by the project's source notes; the data read through
 * rfasst are marked `via` in each row.
 * @category Impacts
 */
export const IMPACTS_CITATIONS: readonly Citation[] = [
  {
    id: "Humbert2011-iF-PM",
    authors: "Humbert S., Marshall J.D., Shaked S., Spadaro J.V., Nishioka Y., Preiss P., McKone T.E., Horvath A., Jolliet O.",
    title: "Intake fraction for particulate matter: recommendations for life cycle impact assessment",
    publisher: "Environmental Science & Technology 45(11):4808-4816",
    year: 2011,
    doi: "10.1021/es103563z",
    note: "Recommended primary PM2.5 intake fractions by archetype (urban, rural, remote; ground-level and elevated releases).",
  },
  {
    id: "Apte2012-iF-cities",
    authors: "Apte J.S., Bombrun E., Marshall J.D., Nazaroff W.W.",
    title: "Global intraurban intake fractions for primary air pollutants from vehicles and other distributed sources",
    publisher: "Environmental Science & Technology 46(6):3415-3423",
    year: 2012,
    doi: "10.1021/es204168q",
    note: "City-specific intake fractions in the supplementary data; not built in (not read for this release): give a city's value as the scenario's own intake fraction.",
  },
  {
    id: "Fantke2017-iF-indoor",
    authors: "Fantke P., Jolliet O., Apte J.S., Hodas N., Evans J., Weschler C.J., Stylianou K.S., Jantunen M., McKone T.E.",
    title: "Characterizing aggregated exposure to primary particulate matter: recommended intake fractions for indoor and outdoor sources",
    publisher: "Environmental Science & Technology 51(16):9089-9100",
    year: 2017,
    doi: "10.1021/acs.est.7b02589",
    note: "Indoor intake fractions for household sources; not built in (tables not read for this release): give them as the scenario's own intake fraction with setting indoor.",
  },
  {
    id: "VanDingenen2018-TM5-FASST",
    authors: "Van Dingenen R., Dentener F., Crippa M., Leitao J., Marmer E., Rao S., Solazzo E., Valentini L.",
    title: "TM5-FASST: a global atmospheric source-receptor model for rapid impact analysis of emission changes on air quality and short-lived climate pollutants",
    publisher: "Atmospheric Chemistry and Physics 18:16173-16211",
    year: 2018,
    doi: "10.5194/acp-18-16173-2018",
    note: "Source-receptor coefficients read in the data distributed with JGCRI's rfasst 1.1.0 (https://github.com/JGCRI/rfasst, commit 63804f4; BSD-2-Clause LICENSE file), not in the paper's tables.",
  },
  {
    id: "Burnett2018-GEMM",
    authors: "Burnett R., Chen H., Szyszkowicz M., Fann N., Hubbell B., Pope C.A. III, Apte J.S., Brauer M., Cohen A., Weichenthal S., et al.",
    title: "Global estimates of mortality associated with long-term exposure to outdoor fine particulate matter",
    publisher: "Proceedings of the National Academy of Sciences 115(38):9592-9597",
    year: 2018,
    doi: "10.1073/pnas.1803222115",
    note: "GEMM hazard ratio model HR(z) = exp(theta log(1 + z/alpha) / (1 + exp(-(z - mu)/nu))), z = max(0, C - 2.4 ug/m3), by cause, with and without the Chinese cohort; cause-specific parameters read in rfasst 1.1.0 data (raw.rr.param.bur2018.with / .without), whose low and high are theta -/+ one standard error.",
  },
  {
    id: "Burnett2014-IER",
    authors: "Burnett R.T., Pope C.A. III, Ezzati M., Olives C., Lim S.S., Mehta S., Shin H.H., Singh G., Hubbell B., Brauer M., et al.",
    title: "An integrated risk function for estimating the global burden of disease attributable to ambient fine particulate matter exposure",
    publisher: "Environmental Health Perspectives 122(4):397-403",
    year: 2014,
    doi: "10.1289/ehp.1307049",
    note: "The integrated exposure-response form RR(z) = 1 + alpha (1 - exp(-gamma z^delta)); the GBD parameter values are IHME data (free for non-commercial use only), so none is bundled: load them as a user data pack.",
  },
  {
    id: "Jerrett2009-O3",
    authors: "Jerrett M., Burnett R.T., Pope C.A. III, Ito K., Thurston G., Krewski D., Shi Y., Calle E., Thun M.",
    title: "Long-term ozone exposure and mortality",
    publisher: "New England Journal of Medicine 360(11):1085-1095",
    year: 2009,
    doi: "10.1056/NEJMoa0803894",
    note: "Respiratory mortality and the April-September mean of the daily 1-hour maximum ozone in the ACS CPS-II cohort; the log-linear coefficients and the 33.3 ppb counterfactual as distributed in rfasst 1.1.0 data (rr_resp_o3_Jerret2009_*, cf_o3), not read in the paper's tables.",
  },
  {
    id: "Mills2007-AOT40-crops",
    authors: "Mills G., Buse A., Gimeno B., Bermejo V., Holland M., Emberson L., Pleijel H.",
    title: "A synthesis of AOT40-based response functions and critical levels of ozone for agricultural and horticultural crops",
    publisher: "Atmospheric Environment 41(12):2630-2643",
    year: 2007,
    url: "https://github.com/JGCRI/rfasst",
    note: "Linear AOT40 yield-response functions; the slopes of rice, wheat, maize and soybean as distributed in rfasst 1.1.0 data (coef.AOT_*), not read in the paper's tables. No DOI is given: none could be verified here; the URL is where the coefficients were read (rfasst), the journal, volume and pages were read in library catalogue records.",
  },
  {
    id: "WangMauzerall2004-crops",
    authors: "Wang X., Mauzerall D.L.",
    title: "Characterizing distributions of surface ozone and its impact on grain production in China, Japan and South Korea: 1990 and 2020",
    publisher: "Atmospheric Environment 38(26):4383-4402",
    year: 2004,
    url: "https://github.com/JGCRI/rfasst",
    note: "Weibull exposure-response functions of the 7- and 12-hour mean ozone (M7, M12); a, b and the threshold of rice, wheat, maize and soybean as distributed in rfasst 1.1.0 data (a.Mi_*, b.Mi_*, coef.Mi_*), not read in the paper's tables. No DOI is given: none could be verified here; the URL is where the coefficients were read (rfasst), the journal, volume and pages were read in library catalogue records.",
  },
  {
    id: "OECD2012-VSL",
    authors: "OECD",
    title: "Mortality Risk Valuation in Environment, Health and Transport Policies",
    publisher: "OECD Publishing, Paris",
    year: 2012,
    doi: "10.1787/9789264130807-en",
    note: "Benefit transfer of the value of a statistical life with an income elasticity; the EU-27 base value and its range as distributed in rfasst 1.1.0 data (vsl_eu_2005, _lb, _ub, gdp_eu_2005); the elasticity 0.8 (0.7-0.9) as recorded in the project's source notes.",
  },
];

/**
 * The citation of a built-in impacts table row, by id.
 *
 * @param id - the citation id, e.g. `"Burnett2018-GEMM"`
 * @returns the citation, or undefined when the id is not one of {@link IMPACTS_CITATIONS}
 * @example
 * ```ts
 * import { impactsCitation } from "cobenefits/impacts";
 * impactsCitation("Burnett2018-GEMM")?.year; // 2018
 * ```
 * @category Impacts
 */
export function impactsCitation(id: string): Citation | undefined {
  return IMPACTS_CITATIONS.find((c) => c.id === id);
}
