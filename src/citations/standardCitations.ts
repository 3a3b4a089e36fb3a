import type { Citation } from "./citation.js";

const TRANSPORT_POLICY = "TransportPolicy.net, a joint project of the International Council on Clean Transportation (ICCT) and DieselNet";
const UNDATED = "Web page without a publication date: the year given is the latest year named in the stored copy read, not a publication date.";

/**
 * Publications that state how Chinese national vehicle emission standards compare with the Euro
 * classes, cited by `NATIONAL_STANDARDS` (read as stored public copies of the pages).
 * @category Citations
 */
export const STANDARD_CITATIONS: readonly Citation[] = [
  {
    id: "TransportPolicy-China-HD-Emissions",
    authors: "International Council on Clean Transportation (ICCT) and DieselNet",
    title: "China: Heavy-duty: Emissions",
    publisher: TRANSPORT_POLICY,
    year: 2023,
    url: "https://www.transportpolicy.net/standard/china-heavy-duty-emissions/",
    note: `Overview and History sections: China I, II, III... follow the European precedent as equivalent Euro standards; China V similar to Euro V; China VI-a equivalent to Euro VI. ${UNDATED}`,
  },
  {
    id: "TransportPolicy-China",
    authors: "International Council on Clean Transportation (ICCT) and DieselNet",
    title: "Regions: China",
    publisher: TRANSPORT_POLICY,
    year: 2019,
    url: "https://www.transportpolicy.net/region/asia/china/",
    note: `Introduction: China 5 and China V analogous to Euro 5 and V; China 6 (light-duty) more stringent than Euro 6. ${UNDATED}`,
  },
  {
    id: "DieselNet-China-HD",
    authors: "DieselNet",
    title: "Emission Standards: China: Heavy-Duty Engines",
    publisher: "DieselNet (Ecopoint Inc.)",
    year: 2023,
    url: "https://dieselnet.com/standards/cn/hd.php",
    note: `China III-V Emission Standards section: the China III-V stages were based on Euro III-V, respectively; China VI-a and VI-b have the same emission limits. ${UNDATED}`,
  },
  {
    id: "ICCT-2018-ChinaVI-HDV",
    authors: "International Council on Clean Transportation (ICCT)",
    title: "China's Stage VI emissions standard for heavy-duty vehicles (final rule)",
    publisher: "ICCT Policy Update, Washington DC",
    year: 2018,
    url: "https://theicct.org/publication/chinas-stage-vi-emissions-standard-for-heavy-duty-vehicles-final-rule/",
    note: "Introduction: China VI-a is largely equivalent to Euro VI; China VI-b introduces slightly more stringent testing requirements and remote emission monitoring.",
  },
];
