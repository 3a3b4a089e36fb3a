import type { Quality, SourceRef } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";

/**
 * One published parameter of a climate response: its value as a decimal string, its unit, and
 * where it was read (publication, table, page), with the data-quality flag and, when the value was
 * read in the authors' code or data rather than in the publication, `via` naming it.
 * @category Climate response
 */
export interface ResponseParameter {
  readonly value: DecimalString;
  /** e.g. `K (W m-2)-1`, `yr`, `W m-2 ppb-1`. */
  readonly unit: string;
  readonly source: SourceRef;
  readonly quality: Quality;
  readonly via?: string;
  readonly note?: string;
}

/**
 * A named set of parameters that turns a pulse emission of CO2, CH4 or N2O into global mean
 * temperature change over time (the absolute global temperature change potential, AGTP(t)):
 * - `thermal`: the climate's temperature response to a unit forcing, two exponentials
 *   R(t) = sum_j q_j / d_j exp(-t / d_j) [K (W m-2)-1 yr-1];
 * - `co2`: the carbon-cycle impulse response a0 + sum_i a_i exp(-t / tau_i) and the published
 *   AGWP of CO2 at 100 years, from which the radiative efficiency per kg is derived;
 * - `gases`: for CH4 and N2O, the radiative efficiency per ppb (direct and indirect terms), the
 *   perturbation lifetime and the molar mass that turns ppb into kg;
 * - `carbonCycleResponse`: when present, the carbon-cycle response to the warming of a non-CO2
 *   species (AR6's metrics include it), applied to every species except CO2.
 * @category Climate response
 */
export interface ClimateResponseSet {
  /** e.g. `AR6-7SM-AGTP`. */
  readonly name: string;
  readonly description: string;
  readonly thermal: { readonly q: readonly [ResponseParameter, ResponseParameter]; readonly d: readonly [ResponseParameter, ResponseParameter] };
  readonly co2: {
    readonly a: readonly [ResponseParameter, ResponseParameter, ResponseParameter, ResponseParameter];
    readonly tau: readonly [ResponseParameter, ResponseParameter, ResponseParameter];
    /** AGWP of CO2 at 100 years [W m-2 yr kg-1]: the radiative efficiency per kg is derived from it. */
    readonly agwp100: ResponseParameter;
  };
  readonly atmosphere: { readonly mass: ResponseParameter; readonly molarMassAir: ResponseParameter };
  readonly gases: {
    readonly CH4: GasResponse;
    readonly N2O: GasResponse;
  };
  readonly carbonCycleResponse?: {
    readonly a: readonly [ResponseParameter, ResponseParameter, ResponseParameter];
    readonly tau: readonly [ResponseParameter, ResponseParameter, ResponseParameter];
    /** Sensitivity of the land and ocean carbon flux to warming. */
    readonly gamma: ResponseParameter;
    /** Mass ratio that turns the flux into CO2 (44.01/12.0 in the chapter's code). */
    readonly co2PerCarbon: ResponseParameter;
    /** Time step of the numerical convolution [yr]. */
    readonly step: ResponseParameter;
  };
}

/**
 * The response of a gas with one perturbation lifetime: radiative efficiency terms per ppb that add
 * up (direct forcing with its rapid adjustment, ozone, stratospheric water vapour, and for N2O the
 * methane it destroys, as a factor times the CH4 efficiency), its lifetime and molar mass.
 * @category Climate response
 */
export interface GasResponse {
  readonly radiativeEfficiency: readonly { readonly term: string; readonly parameter: ResponseParameter }[];
  /** For N2O: ppb of CH4 changed per ppb of N2O, times the CH4 radiative efficiency (sum of its terms). */
  readonly ch4Factor?: ResponseParameter;
  readonly lifetime: ResponseParameter;
  readonly molarMass: ResponseParameter;
}
