import type { Citation } from "./citation.js";

const IPCC2006_V2 = "2006 IPCC Guidelines for National Greenhouse Gas Inventories, Volume 2: Energy";
const IPCC2006_EDITORS = "IPCC (Eggleston H.S., Buendia L., Miwa K., Ngara T., Tanabe K., eds.)";
const IPCC2006_PUBLISHER = "IGES, Hayama, Japan (IPCC National Greenhouse Gas Inventories Programme)";
const EMEP2019 = "EMEP/EEA air pollutant emission inventory guidebook 2019";
const EEA = "European Environment Agency (EEA Report No 13/2019), Publications Office of the European Union, Luxembourg";
const EMEP2019_URL = "https://www.eea.europa.eu/publications/emep-eea-guidebook-2019";

/**
 * Every publication the built-in tables cite. A row's `source.id` points here.
 * @category Citations
 */
export const BUILTIN_CITATIONS: readonly Citation[] = [
  {
    id: "IPCC2006-V2-Ch1",
    authors: IPCC2006_EDITORS,
    title: `${IPCC2006_V2}, Chapter 1: Introduction`,
    publisher: IPCC2006_PUBLISHER,
    year: 2006,
    url: "https://www.ipcc-nggip.iges.or.jp/public/2006gl/vol2.html",
    note: "Table 1.2 (net calorific values) and Table 1.4 (default CO2 emission factors for combustion). Values read from the IPCC Emission Factor Database export of these tables.",
  },
  {
    id: "IPCC2006-V2-Ch2",
    authors: IPCC2006_EDITORS,
    title: `${IPCC2006_V2}, Chapter 2: Stationary Combustion`,
    publisher: IPCC2006_PUBLISHER,
    year: 2006,
    url: "https://www.ipcc-nggip.iges.or.jp/public/2006gl/vol2.html",
    note: "Tables 2.2 to 2.5 (default CH4 and N2O emission factors by sector). Values read from the IPCC Emission Factor Database export of these tables.",
  },
  {
    id: "IPCC2006-V2-Ch3",
    authors: IPCC2006_EDITORS,
    title: `${IPCC2006_V2}, Chapter 3: Mobile Combustion`,
    publisher: IPCC2006_PUBLISHER,
    year: 2006,
    url: "https://www.ipcc-nggip.iges.or.jp/public/2006gl/vol2.html",
    note: "Table 3.2.2 (road transport N2O and CH4 default emission factors). Values read from the IPCC Emission Factor Database export.",
  },
  {
    id: "EMEP-EEA-2019-1A1",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 1.A.1 Energy industries`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 tables (Tables 3-2 to 3-7). Values read from the guidebook's emission factor database.",
  },
  {
    id: "EMEP-EEA-2019-1A2",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 1.A.2 Manufacturing industries and construction (combustion)`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 tables (Tables 3-2 to 3-5). Values read from the guidebook's emission factor database.",
  },
  {
    id: "EMEP-EEA-2019-1A4",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 1.A.4 Small combustion`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 tables (Tables 3-3 to 3-10) and Tier 2 tables (Tables 3-12 to 3-31 and 3-39 to 3-48). Values read from the guidebook's emission factor database; page numbers were not read.",
  },
  {
    id: "EMEP-EEA-2019-1A3bi-iv",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 1.A.3.b.i-iv Road transport: exhaust emissions from passenger cars, light commercial trucks, heavy-duty vehicles including buses and motor cycles`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 (Tables 3-5 to 3-7, 3-12) and Tier 2 (Tables 3-17 to 3-24) emission factors. Values read from the guidebook's emission factor database.",
  },
  {
    id: "EMEP-EEA-2019-1A2gvii-NRMM",
    authors: "European Environment Agency (lead author Morten Winther)",
    title: `${EMEP2019}, 1.A.2.g.vii, 1.A.4.a.ii, 1.A.4.b.ii, 1.A.4.c.ii, 1.A.4.c.iii, 1.A.5.b Non-road mobile sources and machinery`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 (Table 3-1) and Tier 2 (Table 3-2) emission factors for off-road machinery, g per tonne of fuel. Values read from the guidebook's emission factor database (source of the values given there: Winther 2016); the chapter PDF was not reached, so pages are not given.",
  },
  {
    id: "EMEP-EEA-2019-1A3bvi-vii",
    authors: "European Environment Agency",
    title: `${EMEP2019}, 1.A.3.b.vi-vii Road tyre and brake wear, road surface wear`,
    publisher: EEA,
    year: 2019,
    doi: "10.2800/293657",
    url: EMEP2019_URL,
    note: "Tier 1 (Tables 3-1, 3-2: TSP, PM10, PM2.5) and Tier 2 TSP (Tables 3-3, 3-5, 3-7) emission factors. Values read from the guidebook's emission factor database.",
  },
  {
    id: "EMEP-EEA-2016-1A3bi-iv",
    authors: "European Environment Agency (lead authors Leonidas Ntziachristos, Zissis Samaras)",
    title: "EMEP/EEA air pollutant emission inventory guidebook 2016, 1.A.3.b.i-iv Passenger cars, light commercial trucks, heavy-duty vehicles including buses and motor cycles",
    publisher: "European Environment Agency, Copenhagen",
    year: 2016,
    url: "https://www.eea.europa.eu/publications/emep-eea-guidebook-2016",
    note: "BC fractions of exhaust PM (the chapter's BC and OM speciation table) for a few classes only, read in one public transcription (rows name it in `via`); the chapter itself was not reached, so table and page numbers are not given.",
  },
  {
    id: "IUPAC-2021-AtomicWeights",
    authors: "Prohaska T., Irrgeher J., Benefield J., et al.",
    title: "Standard atomic weights of the elements 2021 (IUPAC Technical Report)",
    publisher: "Pure and Applied Chemistry 94(5), 573-600",
    year: 2022,
    doi: "10.1515/pac-2019-0603",
    note: "Conventional (abridged) atomic weights used for element-basis rules and the sulphur mass balance.",
  },
];
