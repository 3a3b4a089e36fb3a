// The names of the files `run --out` writes for the analysis sections (costs, impacts), apart
// from the code that computes them (costOutputs.ts, impactsOutputs.ts): every run checks an
// existing --out folder against them, and loads that code only when the scenario has the section
// (docs/performance.md, "Start-up").

/** The files `run --out` writes for a scenario's costs section (none without one). */
export const COST_FILES: readonly string[] = ["costs.csv", "costs-npv.csv", "cost-per-tonne.csv", "mac.csv", "costs.json"];

const IMPACTS_FILES = new Set(["health.csv", "health.json", "valuation.csv", "valuation.json", "exposure.json", "crops.csv", "crops.json"]);

/**
 * Whether a path in an existing `--out` folder is one of the impacts files `run` writes.
 *
 * @param path - relative to the folder
 * @returns true for health, valuation, exposure and crops files
 * @example
 * ```ts
 * import { isImpactsOutput } from "./analysisOutputFiles.js";
 * isImpactsOutput("health.csv"); // true
 * ```
 * @category Command line
 */
export function isImpactsOutput(path: string): boolean {
  return IMPACTS_FILES.has(path);
}
