import type { Citation } from "../../citations/citation.js";

/**
 * Publications cited by the built-in climate response parameters, beside
 * `IPCC-AR6-WG1-Ch7-SM` (already in the core registry). Kept in the impacts layer so that the
 * core import does not carry them; pass them to `createCitationRegistry` with your own.
 * @example
 * ```ts
 * import { CLIMATE_RESPONSE_CITATIONS } from "cobenefits/impacts";
 * CLIMATE_RESPONSE_CITATIONS.map((c) => c.id); // ["Joos2013", "Gasser2017", "TrenberthSmith2005"]
 * ```
 * @category Climate response
 */
export const CLIMATE_RESPONSE_CITATIONS: readonly Citation[] = [
  {
    id: "Joos2013",
    authors: "Joos F., Roth R., Fuglestvedt J.S., Peters G.P., Enting I.G., et al.",
    title: "Carbon dioxide and climate impulse response functions for the computation of greenhouse gas metrics: a multi-model analysis",
    publisher: "Atmospheric Chemistry and Physics 13, 2793-2825",
    year: 2013,
    doi: "10.5194/acp-13-2793-2013",
    note: "Fit of the multi-model mean CO2 impulse response (a0..a3, tau1..tau3), the one AR5 and AR6 use for emission metrics.",
  },
  {
    id: "Gasser2017",
    authors: "Gasser T., Peters G.P., Fuglestvedt J.S., Collins W.J., Shindell D.T., Ciais P.",
    title: "Accounting for the climate-carbon feedback in emission metrics",
    publisher: "Earth System Dynamics 8, 235-253",
    year: 2017,
    doi: "10.5194/esd-8-235-2017",
    note: "Impulse response of the carbon flux to warming, used by AR6 to add the climate-carbon feedback to the metrics of non-CO2 species.",
  },
  {
    id: "TrenberthSmith2005",
    authors: "Trenberth K.E., Smith L.",
    title: "The Mass of the Atmosphere: A Constraint on Global Analyses",
    publisher: "Journal of Climate 18, 864-875",
    year: 2005,
    doi: "10.1175/JCLI-3299.1",
    note: "Total mass of the atmosphere (5.1352e18 kg), used to turn ppb into kg.",
  },
];
