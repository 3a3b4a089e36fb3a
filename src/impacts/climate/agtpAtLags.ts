import { InvalidInputError } from "../../errors.js";
import { agtpCo2, agtpOneLifetime, agtpShortLived, gasRadiativeEfficiency } from "./agtp.js";
import type { ClimateResponseSet } from "./climateResponseSet.js";

/**
 * How one species responds: CO2 through the carbon-cycle impulse response, a gas with one
 * perturbation lifetime (CH4, N2O), or a short-lived species given by the time-integrated forcing
 * of a 1 kg pulse.
 * @category Climate response
 */
export type SpeciesResponse =
  | { readonly kind: "co2" }
  | { readonly kind: "oneLifetime"; readonly gas: "CH4" | "N2O" }
  | { readonly kind: "shortLived"; /** [W m-2 yr kg-1] */ readonly agwp: number };

/**
 * AGTP of one species at each lag, with the set's climate-carbon feedback added for every species
 * but CO2 when the set has one. The feedback is the AR6 7.SM numerical convolution (Gasser et al.
 * 2017): the warming AGTP_x drives an extra CO2 flux F(t) = gamma (AGTP_x * r_F)(t), with
 * r_F(t) = sum_i a_i delta(t) - sum_i (a_i / tau_i) exp(-t / tau_i), whose warming
 * (F * AGTP_CO2)(t) x co2PerCarbon is added; both convolutions on the set's time step, as
 * Table 7.SM.7 was computed.
 *
 * @param set - a climate response set
 * @param response - the species' response
 * @param lags - times after the pulse [yr], each at least 0 and, when a feedback is added, a
 *   multiple of the set's time step
 * @returns AGTP at each lag [K kg-1], float64
 * @throws {@link cobenefits!InvalidInputError} (`lags`) when a lag is negative, not finite, beyond 1000
 *   years, or off the time step of the feedback
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, agtpAtLags } from "cobenefits/impacts";
 * [...agtpAtLags(AR6_CLIMATE_RESPONSE, { kind: "oneLifetime", gas: "CH4" }, [100])].map((v) => v.toPrecision(3)); // ["2.12e-15"] (AR6 Table 7.SM.7)
 * ```
 * @category Climate response
 */
export function agtpAtLags(set: ClimateResponseSet, response: SpeciesResponse, lags: readonly number[]): Float64Array {
  lags.forEach((t, i) => {
    if (!Number.isFinite(t) || t < 0 || t > 1000) throw new InvalidInputError("climate response lags", [{ path: ["lags", i], message: `must be a time from 0 to 1000 years after the pulse, got ${t}` }]);
  });
  const direct = (t: number) => response.kind === "co2" ? agtpCo2(set, t) : response.kind === "shortLived" ? agtpShortLived(set, response.agwp, t) : agtpOneLifetime(set, gasRadiativeEfficiency(set, response.gas), Number(set.gases[response.gas].lifetime.value), t);
  const cc = set.carbonCycleResponse;
  if (response.kind === "co2" || cc === undefined || lags.length === 0) return Float64Array.from(lags, direct);
  const step = Number(cc.step.value);
  const index = lags.map((t, i) => {
    const k = Math.round(t / step);
    if (Math.abs(k * step - t) > 1e-9) throw new InvalidInputError("climate response lags", [{ path: ["lags", i], message: `must be a multiple of the feedback's time step ${cc.step.value} yr, got ${t}` }]);
    return k;
  });
  const n = Math.max(...index) + 1;
  const own = new Float64Array(n);
  const co2 = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    own[k] = direct(k * step);
    co2[k] = agtpCo2(set, k * step);
  }
  const feedback = carbonCycleFeedback(cc, own, co2, step);
  return Float64Array.from(index, (k) => own[k]! + feedback[k]!);
}

/** The warming added by the climate-carbon feedback on the grid k x step (AR6 7.SM, Gasser et al. 2017). */
function carbonCycleFeedback(cc: NonNullable<ClimateResponseSet["carbonCycleResponse"]>, own: Float64Array, co2: Float64Array, step: number): Float64Array {
  const n = own.length;
  const a = cc.a.map((p) => Number(p.value));
  const tau = cc.tau.map((p) => Number(p.value));
  const gamma = Number(cc.gamma.value);
  const ratio = Number(cc.co2PerCarbon.value);
  const rf = new Float64Array(n);
  for (let k = 0; k < n; k++) {
    let s = k === 0 ? a.reduce((x, y) => x + y, 0) / step : 0;
    for (let i = 0; i < 3; i++) s -= (a[i]! / tau[i]!) * Math.exp(-(k * step) / tau[i]!);
    rf[k] = s;
  }
  const flux = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i <= j; i++) s += own[i]! * rf[j - i]!;
    flux[j] = s * gamma * step;
  }
  const out = new Float64Array(n);
  for (let j = 0; j < n; j++) {
    let s = 0;
    for (let i = 0; i <= j; i++) s += flux[i]! * co2[j - i]!;
    out[j] = s * step * ratio;
  }
  return out;
}
