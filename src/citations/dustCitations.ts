import type { Citation } from "./citation.js";

const EMEP2019 = "EMEP/EEA air pollutant emission inventory guidebook 2019";
const EEA = "European Environment Agency (EEA Report No 13/2019), Publications Office of the European Union, Luxembourg";
const EMEP2019_URL = "https://www.eea.europa.eu/publications/emep-eea-guidebook-2019";
const AP42 = "Compilation of Air Pollutant Emission Factors (AP-42), Fifth Edition, Volume I: Stationary Point and Area Sources, Chapter 13: Miscellaneous Sources";
const EPA = "U.S. Environmental Protection Agency, Office of Air Quality Planning and Standards, Research Triangle Park, NC";

/**
 * The publications the fugitive dust tables and the road dust equations cite: the EMEP/EEA 2019
 * chapters 2.A.5.a and 2.A.5.b, and US EPA AP-42 sections 13.2.1 (paved roads) and 13.2.2
 * (unpaved roads).
 * @category Citations
 */
export const DUST_CITATIONS: readonly Citation[] = [
  {
    id: "EMEP-EEA-2019-2A5a",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 2.A.5.a Quarrying and mining of minerals other than coal`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 (Table 3-1), Tier 2 emission factors (Table 3-2) and Tier 2 abatement efficiencies (Table 3-3). Values read from the guidebook's emission factor database, where Table 3-2 and 3-3 appear split into numbered parts (Table 3-2_01 ... 3-2_06, Table 3-3_1 ... 3-3_3).",
  },
  {
    id: "EMEP-EEA-2019-2A5b",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 2.A.5.b Construction and demolition`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 emission factors (Tables 3-1 to 3-4, kg per m2 of affected area per year), which the guidebook derives from the WRAP Fugitive Dust Handbook (2006) and MRI (2006). Values read from the guidebook's emission factor database.",
  },
  {
    id: "US-EPA-AP42-13.2.1-2011",
    authors: "US Environmental Protection Agency",
    title: `${AP42}, Section 13.2.1 Paved Roads (January 2011)`,
    publisher: EPA,
    year: 2011,
    url: "https://www.epa.gov/air-emissions-factors-and-quantification/ap-42-fifth-edition-volume-i-chapter-13-miscellaneous-0",
    note: "Equation 1 (E = k (sL)^0.91 (W)^1.02), Equation 2 (annual precipitation correction 1 - P/4N) and Table 13.2.1-1 (particle size multipliers k). The section itself could not be opened while transcribing; the constants were read in independent transcriptions that agree (see docs/data-sources.md).",
  },
  {
    id: "US-EPA-AP42-13.2.2-2006",
    authors: "US Environmental Protection Agency",
    title: `${AP42}, Section 13.2.2 Unpaved Roads (November 2006)`,
    publisher: EPA,
    year: 2006,
    url: "https://www.epa.gov/air-emissions-factors-and-quantification/ap-42-fifth-edition-volume-i-chapter-13-miscellaneous-0",
    note: "Equations 1a (industrial sites), 1b (public roads) and 2 (annual precipitation correction (365 - P)/365), Table 13.2.2-2 (constants k, a, b, c, d) and Table 13.2.2-4 (C, the 1980s fleet's exhaust, brake and tyre wear term of Equation 1b). The section itself could not be opened while transcribing; the constants were read in independent transcriptions that agree (see docs/data-sources.md).",
  },
];
