import type { CrfParameters } from "./crfs.js";

/**
 * Which parameter values a relative risk is computed with: the central estimate, or the lower or
 * upper bound the function publishes (a 95 % interval of the RR for log-linear functions, theta
 * -/+ one standard error for GEMM; the IER form has no bound here and gives its central value).
 * @category Impacts
 */
export type CrfBound = "central" | "low" | "high";

/**
 * The relative risk (hazard ratio) of a concentration against no exposure above the
 * counterfactual, in float64.
 * - log-linear: RR = rr ^ (z / per);
 * - GEMM (Burnett et al. 2018): HR = exp(theta log(1 + z/alpha) / (1 + exp(-(z - mu)/nu)));
 * - IER (Burnett et al. 2014): RR = 1 + alpha (1 - exp(-gamma z^delta));
 * - log-linear in beta (ozone, Jerrett et al. 2009 as used by rfasst): RR = exp(beta z);
 * with z = max(0, C - counterfactual).
 *
 * @param p - the function's parameters for one endpoint
 * @param concentration - annual mean PM2.5 [ug/m3], or the ozone metric [ppb] for an ozone function
 * @param bound - central, low or high parameter values
 * @returns the relative risk [-], 1 at or below the counterfactual
 * @example
 * ```ts
 * import { relativeRisk } from "cobenefits/impacts";
 * relativeRisk({ family: "log-linear", rr: "1.5", rrLow: "1.2", rrHigh: "1.8", per: "10", counterfactual: "0" }, 20, "central").toFixed(4); // "2.2500"
 * ```
 * @category Impacts
 */
export function relativeRisk(p: CrfParameters, concentration: number, bound: CrfBound): number {
  const z = Math.max(0, concentration - Number(p.counterfactual));
  switch (p.family) {
    case "log-linear": {
      const rr = Number(bound === "low" ? p.rrLow : bound === "high" ? p.rrHigh : p.rr);
      return Math.exp((Math.log(rr) * z) / Number(p.per));
    }
    case "gemm": {
      const se = Number(p.thetaSe);
      const theta = Number(p.theta) + (bound === "low" ? -se : bound === "high" ? se : 0);
      return Math.exp((theta * Math.log(1 + z / Number(p.alpha))) / (1 + Math.exp(-(z - Number(p.mu)) / Number(p.nu))));
    }
    case "ier":
      return 1 + Number(p.alpha) * (1 - Math.exp(-Number(p.gamma) * z ** Number(p.delta)));
    case "log-linear-beta":
      return Math.exp(Number(bound === "low" ? p.betaLow : bound === "high" ? p.betaHigh : p.beta) * z);
  }
}
