import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";
import { type CropsResult, computeCrops } from "./crops/computeCrops.js";
import { type ExposureResult, computeExposure } from "./exposure/computeExposure.js";
import { type HealthResult, computeHealth } from "./health/computeHealth.js";
import { type ImpactsSection, parseImpactsSection } from "./impactsSection.js";
import { impactsSourceIssues } from "./impactsSourceIssues.js";
import { InvalidInputError } from "../errors.js";
import { type ValuationResult, computeValuation } from "./valuation/computeValuation.js";

/**
 * What the impacts chain gives for a scenario: each step whose part the section has.
 * @category Impacts
 */
export interface ImpactsResult {
  readonly exposure?: ExposureResult;
  readonly health?: HealthResult;
  readonly valuation?: ValuationResult;
  /** Ozone damage to crops avoided, when the section has `crops`. */
  readonly crops?: CropsResult;
}

/**
 * Runs the impacts chain on an exact scenario result: exposure (population-weighted PM2.5 change
 * per measure), health (avoided deaths per measure under each named function) and valuation,
 * each for the parts the section has, and the ozone damage to crops avoided (`crops`). The `climate` part is computed by the climate step.
 *
 * @param result - an exact scenario result (`evaluateScenario`)
 * @param impacts - the scenario's `impacts` section (validated here)
 * @param userCitations - the scenario's `factors.userCitations`: every `source.id` of the section must be a citation (built in or one of these)
 * @returns the steps' results
 * @throws {@link cobenefits!InvalidInputError} for an invalid section, a source id no citation defines, or inputs missing for a year, each with its path from `impacts`
 * @example
 * ```ts
 * import { computeImpacts } from "cobenefits/impacts";
 * typeof computeImpacts; // "function"
 * ```
 * @category Impacts
 */
export function computeImpacts(result: ScenarioResult, impacts: ImpactsSection | unknown, userCitations: readonly unknown[] = []): ImpactsResult {
  const section = parseImpactsSection(impacts);
  const unknownSources = impactsSourceIssues(section, userCitations);
  if (unknownSources.length > 0) throw new InvalidInputError("impacts sources", unknownSources);
  const crops = section.crops === undefined ? {} : { crops: computeCrops(result, section.crops) };
  if (section.exposure === undefined) return crops;
  const exposure = computeExposure(result, section.exposure);
  if (section.health === undefined) return { exposure, ...crops };
  const health = computeHealth(exposure, section.health);
  if (section.valuation === undefined) return { exposure, health, ...crops };
  return { exposure, health, valuation: computeValuation(health, section.valuation), ...crops };
}
