import type { Provenance } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";
import type { Endpoint } from "./endpoints.js";

/**
 * The parameters of one endpoint of a concentration-response function, by family. Concentrations
 * in ug/m3; `counterfactual` is the concentration below which there is no effect.
 * - `log-linear`: RR(C) = rr ^ (max(0, C - counterfactual) / per), with `rrLow`, `rrHigh` its 95 % interval;
 * - `gemm`: HR(z) = exp(theta log(1 + z/alpha) / (1 + exp(-(z - mu)/nu))), z = max(0, C - counterfactual) (Burnett et al. 2018);
 * - `ier`: RR(z) = 1 + alpha (1 - exp(-gamma z^delta)), z = max(0, C - counterfactual) (Burnett et al. 2014);
 * - `log-linear-beta`: RR(C) = exp(beta max(0, C - counterfactual)), with `betaLow`, `betaHigh` the
 *   coefficients of the 95 % interval of the RR (the form rfasst uses for ozone, concentrations in ppb).
 * @category Impacts
 */
export type CrfParameters =
  | { readonly family: "log-linear"; readonly rr: DecimalString; readonly rrLow: DecimalString; readonly rrHigh: DecimalString; readonly per: DecimalString; readonly counterfactual: DecimalString }
  | { readonly family: "gemm"; readonly theta: DecimalString; readonly thetaSe: DecimalString; readonly alpha: DecimalString; readonly mu: DecimalString; readonly nu: DecimalString; readonly counterfactual: DecimalString }
  | { readonly family: "ier"; readonly alpha: DecimalString; readonly gamma: DecimalString; readonly delta: DecimalString; readonly counterfactual: DecimalString }
  | { readonly family: "log-linear-beta"; readonly beta: DecimalString; readonly betaLow: DecimalString; readonly betaHigh: DecimalString; readonly counterfactual: DecimalString };

/**
 * One endpoint of a concentration-response function, with where its parameters come from.
 * @category Impacts
 */
export type CrfEndpoint = CrfParameters & Provenance & { readonly endpoint: Endpoint };

/**
 * A named concentration-response function: one or more endpoints, each with its parameters.
 * @category Impacts
 */
export interface ConcentrationResponseFunction {
  readonly name: string;
  readonly description: string;
  /** What `low` and `high` of its results mean: a 95 % interval, or theta -/+ one standard error. */
  readonly bounds: string;
  /** The pollutant and metric the function acts on: absent or `PM2.5` the annual mean PM2.5 [ug/m3] (impacts.exposure's PM2.5), `O3` the ozone metric of impacts.exposure.ozone [ppb] (M6M). */
  readonly pollutant?: "PM2.5" | "O3";
  readonly endpoints: readonly CrfEndpoint[];
}

const RFASST = "rfasst 1.1.0 data (JGCRI, commit 63804f4)";
const SE_NOTE = "rfasst lists theta as 'medium' and theta -/+ one standard error as 'low'/'high'; the standard error here is high minus medium (equal to medium minus low in every row)";
const gemm = (table: string, endpoint: Endpoint, theta: string, thetaSe: string, alpha: string, mu: string, nu: string): CrfEndpoint => ({
  endpoint, family: "gemm", theta, thetaSe, alpha, mu, nu, counterfactual: "2.4",
  source: { id: "Burnett2018-GEMM", table }, quality: "secondary", via: RFASST, note: SE_NOTE,
});

const WITH = "cause-specific GEMM parameters, all cohorts including the Chinese male cohort";
const WITHOUT = "cause-specific GEMM parameters, all cohorts except the Chinese male cohort";

/**
 * The built-in concentration-response functions: GEMM (Burnett et al. 2018) by cause (ischaemic
 * heart disease, stroke, COPD, lung cancer; adults, one parameter set per cause as distributed, not
 * by age) with and without the Chinese cohort. No log-linear function is built in: the WHO 2021
 * review's relative risks (Chen & Hoek 2020) could not be read for this release, so a scenario
 * defines a log-linear function itself with its source; the GBD integrated exposure-response
 * parameters are IHME data and are never bundled (a user data pack, family `ier`). For ozone:
 * respiratory mortality from long-term exposure, log-linear in the M6M metric above a threshold
 * (Jerrett et al. 2009), with the coefficients rfasst distributes (`rr_resp_o3_Jerret2009_med`,
 * `_low`, `_high`: ln of the RR 1.040 (1.010-1.067) per 10 ppb divided by 10) and the counterfactual
 * `cf_o3` 33.3 ppb; rfasst's GBD 2016 ozone coefficients are IHME's estimate and are not bundled.
 * @category Impacts
 */
export const BUILTIN_CRFS: readonly ConcentrationResponseFunction[] = [
  {
    name: "GEMM-Burnett2018-with-China",
    description: "Global Exposure Mortality Model by cause, fitted to the cohorts including the Chinese male cohort (Burnett et al. 2018)",
    bounds: "theta -/+ one standard error (not a 95 % interval)",
    endpoints: [
      gemm(WITH, "ihd", "0.2969", "0.01787", "1.9", "12", "40.2"),
      gemm(WITH, "stroke", "0.272", "0.07697", "6.2", "16.7", "23.7"),
      gemm(WITH, "copd", "0.251", "0.06762", "6.5", "2.5", "32"),
      gemm(WITH, "lc", "0.2942", "0.06147", "6.2", "9.3", "29.8"),
    ],
  },
  {
    name: "GEMM-Burnett2018-without-China",
    description: "Global Exposure Mortality Model by cause, fitted to the cohorts without the Chinese male cohort (Burnett et al. 2018)",
    bounds: "theta -/+ one standard error (not a 95 % interval)",
    endpoints: [
      gemm(WITHOUT, "ihd", "0.2543", "0.04589", "4.9", "-21.1", "17.7"),
      gemm(WITHOUT, "stroke", "0.1873", "0.08431", "6.2", "14.5", "14.4"),
      gemm(WITHOUT, "copd", "0.2095", "0.06725", "7.2", "2", "14.7"),
      gemm(WITHOUT, "lc", "0.2626", "0.07849", "6.7", "11", "16.5"),
    ],
  },
  {
    name: "Jerrett2009-O3-respiratory",
    description: "Respiratory mortality from long-term ozone exposure, log-linear in the 6-month mean of the daily 1-hour maximum (M6M) above 33.3 ppb (Jerrett et al. 2009, ACS CPS-II cohort, two-pollutant model with PM2.5), as used by TM5-FASST and rfasst",
    bounds: "the 95 % interval of the RR (betaLow, betaHigh)",
    pollutant: "O3",
    endpoints: [{
      endpoint: "resp", family: "log-linear-beta", beta: "0.0039221", betaLow: "0.00099503", betaHigh: "0.0064851", counterfactual: "33.3",
      source: { id: "Jerrett2009-O3", table: "respiratory mortality and ozone, two-pollutant model (coefficients as distributed in rfasst data rr_resp_o3_Jerret2009_med/_low/_high and cf_o3)" },
      quality: "secondary", via: RFASST,
      note: "beta [per ppb] = ln(RR per 10 ppb) / 10: ln(1.040)/10 = 0.0039221, ln(1.010)/10 = 0.00099503, ln(1.067)/10 = 0.0064851 (the RR per 10 ppb re-derived from rfasst's coefficients, not read in the paper); counterfactual 33.3 ppb (rfasst cf_o3, cited there to Jerrett et al. 2009)",
    }],
  },
];
