import type { Citation } from "./citation.js";

const CUP = "Cambridge University Press, Cambridge, United Kingdom and New York, NY, USA";

/**
 * Publications cited by the built-in climate metric sets.
 * @category Citations
 */
export const METRIC_CITATIONS: readonly Citation[] = [
  {
    id: "IPCC-AR4-WG1-Ch2",
    authors: "Forster P., Ramaswamy V., Artaxo P., et al.",
    title: "Changes in Atmospheric Constituents and in Radiative Forcing. In: Climate Change 2007: The Physical Science Basis. Contribution of Working Group I to the Fourth Assessment Report of the IPCC",
    publisher: CUP,
    year: 2007,
    url: "https://www.ipcc.ch/report/ar4/wg1/",
    note: "Table 2.14 (GWP20, GWP100).",
  },
  {
    id: "IPCC-AR5-WG1-Ch8",
    authors: "Myhre G., Shindell D., Breon F.-M., et al.",
    title: "Anthropogenic and Natural Radiative Forcing. In: Climate Change 2013: The Physical Science Basis. Contribution of Working Group I to the Fifth Assessment Report of the IPCC",
    publisher: CUP,
    year: 2013,
    doi: "10.1017/CBO9781107415324.018",
    note: "Table 8.7 and Appendix Table 8.A.1 (GWP and GTP, without and with climate-carbon feedbacks).",
  },
  {
    id: "IPCC-AR6-WG1-Ch7",
    authors: "Forster P., Storelvmo T., Armour K., et al.",
    title: "The Earth's Energy Budget, Climate Feedbacks, and Climate Sensitivity. In: Climate Change 2021: The Physical Science Basis. Contribution of Working Group I to the Sixth Assessment Report of the IPCC",
    publisher: CUP,
    year: 2021,
    doi: "10.1017/9781009157896.009",
    note: "Table 7.15 (emission metrics of CH4 from fossil and non-fossil sources and N2O, with uncertainty).",
  },
  {
    id: "IPCC-AR6-WG1-Ch7-SM",
    authors: "Smith C., Nicholls Z.R.J., Armour K., et al.",
    title: "The Earth's Energy Budget, Climate Feedbacks, and Climate Sensitivity Supplementary Material. In: Climate Change 2021: The Physical Science Basis. Contribution of Working Group I to the Sixth Assessment Report of the IPCC",
    publisher: CUP,
    year: 2021,
    url: "https://www.ipcc.ch/report/ar6/wg1/",
    note: "Table 7.SM.7 (GWP, GTP by species; CH4 value without the CO2 from fossil methane oxidation).",
  },
  {
    id: "Bond2013",
    authors: "Bond T.C., Doherty S.J., Fahey D.W., et al.",
    title: "Bounding the role of black carbon in the climate system: A scientific assessment",
    publisher: "Journal of Geophysical Research: Atmospheres 118(11), 5380-5552",
    year: 2013,
    doi: "10.1002/jgrd.50171",
  },
  {
    id: "BondSun2005",
    authors: "Bond T.C., Sun H.",
    title: "Can reducing black carbon emissions counteract global warming?",
    publisher: "Environmental Science & Technology 39(16), 5921-5926",
    year: 2005,
    doi: "10.1021/es0480421",
  },
  {
    id: "CICERO-2024-BC-metrics",
    authors: "CICERO Center for International Climate Research",
    title: "Report on updated emission metrics for black carbon (title and authors not confirmed; only the abstract was read)",
    publisher: "CICERO, Oslo (institutional repository, handle 11250/3167190)",
    year: 2024,
    url: "https://hdl.handle.net/11250/3167190",
    note: "The abstract gives updated BC GWP100 342 and GTP100 63, against AR5's 658 and 91, and says the values were not updated for AR6.",
  },
];
