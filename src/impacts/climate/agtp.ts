import type { ClimateResponseSet } from "./climateResponseSet.js";

/** The numbers of a set as float64, resolved once. */
interface Resolved {
  readonly q: readonly [number, number];
  readonly d: readonly [number, number];
  readonly a: readonly [number, number, number, number];
  readonly tau: readonly [number, number, number];
  readonly co2Efficiency: number;
}

const resolvedCache = new WeakMap<ClimateResponseSet, Resolved>();

function resolved(set: ClimateResponseSet): Resolved {
  const hit = resolvedCache.get(set);
  if (hit !== undefined) return hit;
  const n = (p: { value: string }) => Number(p.value);
  const a = [n(set.co2.a[0]), n(set.co2.a[1]), n(set.co2.a[2]), n(set.co2.a[3])] as const;
  const tau = [n(set.co2.tau[0]), n(set.co2.tau[1]), n(set.co2.tau[2])] as const;
  const r: Resolved = { q: [n(set.thermal.q[0]), n(set.thermal.q[1])], d: [n(set.thermal.d[0]), n(set.thermal.d[1])], a, tau, co2Efficiency: n(set.co2.agwp100) / co2AirborneIntegral(a, tau, 100) };
  resolvedCache.set(set, r);
  return r;
}

/** Integral of the CO2 impulse response from 0 to H [yr]. */
function co2AirborneIntegral(a: readonly number[], tau: readonly number[], h: number): number {
  return a[0]! * h + tau.reduce((s, t, i) => s + a[i + 1]! * t * -Math.expm1(-h / t), 0);
}

/**
 * Radiative efficiency of CO2 per kg, derived from the set's AGWP100 of CO2 and its carbon-cycle
 * impulse response: A = AGWP100 / integral_0^100 (a0 + sum_i a_i exp(-t / tau_i)) dt.
 *
 * @param set - a climate response set, e.g. {@link AR6_CLIMATE_RESPONSE}
 * @returns A_CO2 [W m-2 kg-1], float64
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, co2RadiativeEfficiency } from "cobenefits/impacts";
 * co2RadiativeEfficiency(AR6_CLIMATE_RESPONSE).toPrecision(4); // "1.709e-15"
 * ```
 * @category Climate response
 */
export function co2RadiativeEfficiency(set: ClimateResponseSet): number {
  return resolved(set).co2Efficiency;
}

/**
 * Radiative efficiency of CH4 or N2O per kg: the sum of the set's terms per ppb (for N2O plus its
 * methane factor times the CH4 sum), divided by the kg of the gas in one ppb of the atmosphere,
 * 1e-9 x (M_gas / M_air) x mass of the atmosphere.
 *
 * @param set - a climate response set
 * @param gas - `CH4` or `N2O`
 * @returns A [W m-2 kg-1], float64
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, gasRadiativeEfficiency } from "cobenefits/impacts";
 * gasRadiativeEfficiency(AR6_CLIMATE_RESPONSE, "CH4").toPrecision(4); // "1.997e-13"
 * ```
 * @category Climate response
 */
export function gasRadiativeEfficiency(set: ClimateResponseSet, gas: "CH4" | "N2O"): number {
  const perPpb = (g: "CH4" | "N2O") => set.gases[g].radiativeEfficiency.reduce((s, t) => s + Number(t.parameter.value), 0);
  const factor = set.gases[gas].ch4Factor;
  const efficiency = perPpb(gas) + (factor === undefined ? 0 : Number(factor.value) * perPpb("CH4"));
  const kgPerPpb = 1e-9 * (Number(set.gases[gas].molarMass.value) / Number(set.atmosphere.molarMassAir.value)) * Number(set.atmosphere.mass.value);
  return efficiency / kgPerPpb;
}

/**
 * AGWP of CO2 at horizon H: A_CO2 x integral_0^H of the CO2 impulse response.
 *
 * @param set - a climate response set
 * @param horizon - H [yr], at least 0
 * @returns AGWP_CO2(H) [W m-2 yr kg-1], float64
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, agwpCo2 } from "cobenefits/impacts";
 * agwpCo2(AR6_CLIMATE_RESPONSE, 20).toPrecision(3); // "2.43e-14"
 * ```
 * @category Climate response
 */
export function agwpCo2(set: ClimateResponseSet, horizon: number): number {
  const r = resolved(set);
  return r.co2Efficiency * co2AirborneIntegral(r.a, r.tau, horizon);
}

/**
 * AGTP of CO2 at time t after a 1 kg pulse, the closed form of AR5 8.SM.11 (eq. 8.SM.15) and AR6
 * 7.SM: A sum_j q_j [a0 (1 - exp(-t/d_j)) + sum_i a_i tau_i (exp(-t/tau_i) - exp(-t/d_j)) / (tau_i - d_j)].
 *
 * @param set - a climate response set
 * @param t - time after the pulse [yr], at least 0
 * @returns AGTP_CO2(t) [K kg-1], float64
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, agtpCo2 } from "cobenefits/impacts";
 * agtpCo2(AR6_CLIMATE_RESPONSE, 100).toPrecision(3); // "3.95e-16" (AR6 Table 7.SM.7)
 * ```
 * @category Climate response
 */
export function agtpCo2(set: ClimateResponseSet, t: number): number {
  const { q, d, a, tau, co2Efficiency } = resolved(set);
  let s = 0;
  for (let j = 0; j < 2; j++) {
    s += a[0] * q[j]! * -Math.expm1(-t / d[j]!);
    for (let i = 0; i < 3; i++) s += a[i + 1]! * tau[i]! * q[j]! * (Math.exp(-t / tau[i]!) - Math.exp(-t / d[j]!)) / (tau[i]! - d[j]!);
  }
  return co2Efficiency * s;
}

/**
 * AGTP at time t after a 1 kg pulse of a gas with one perturbation lifetime alpha, without the
 * climate-carbon feedback: A alpha sum_j q_j (exp(-t/alpha) - exp(-t/d_j)) / (alpha - d_j).
 *
 * @param set - a climate response set (its thermal response)
 * @param efficiency - A [W m-2 kg-1], e.g. from {@link gasRadiativeEfficiency}
 * @param lifetime - alpha [yr], not equal to either d_j
 * @param t - time after the pulse [yr], at least 0
 * @returns AGTP(t) [K kg-1], float64
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, agtpOneLifetime, gasRadiativeEfficiency } from "cobenefits/impacts";
 * agtpOneLifetime(AR6_CLIMATE_RESPONSE, gasRadiativeEfficiency(AR6_CLIMATE_RESPONSE, "CH4"), 11.8, 100).toPrecision(3); // "1.93e-15"
 * ```
 * @category Climate response
 */
export function agtpOneLifetime(set: ClimateResponseSet, efficiency: number, lifetime: number, t: number): number {
  const { q, d } = resolved(set);
  let s = 0;
  for (let j = 0; j < 2; j++) s += q[j]! * (Math.exp(-t / lifetime) - Math.exp(-t / d[j]!)) / (lifetime - d[j]!);
  return efficiency * lifetime * s;
}

/**
 * AGTP at time t after a 1 kg pulse of a species whose forcing lasts days to weeks (BC, OC, SO2 ...),
 * so that the time-integrated forcing acts as an impulse: AGWP_inf x sum_j (q_j / d_j) exp(-t/d_j)
 * (the short-lifetime limit of the one-lifetime form; Fuglestvedt et al. 2010, AR5 8.SM.11).
 *
 * @param set - a climate response set (its thermal response)
 * @param agwp - the time-integrated forcing of a 1 kg pulse [W m-2 yr kg-1]
 * @param t - time after the pulse [yr], at least 0
 * @returns AGTP(t) [K kg-1], float64
 * @example
 * ```ts
 * import { AR6_CLIMATE_RESPONSE, agtpShortLived } from "cobenefits/impacts";
 * agtpShortLived(AR6_CLIMATE_RESPONSE, 1e-10, 0).toPrecision(3); // "1.31e-11"
 * ```
 * @category Climate response
 */
export function agtpShortLived(set: ClimateResponseSet, agwp: number, t: number): number {
  const { q, d } = resolved(set);
  return agwp * (q[0] / d[0] * Math.exp(-t / d[0]) + q[1] / d[1] * Math.exp(-t / d[1]));
}
