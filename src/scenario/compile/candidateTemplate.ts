import type { ActivityTemplate } from "../../measures/measureKind.js";
import type { TargetSubject } from "../../measures/target.js";
import type { Dec } from "../../units/decimal.js";
import type { Scenario } from "../scenario.js";

/**
 * One activity an activity row can become, before its coefficients are looked up: the baseline
 * row itself, or the share a moving measure moves elsewhere.
 * @category Scenario
 */
export interface CandidateTemplate {
  readonly template: ActivityTemplate;
  /** Units of this activity per unit of the baseline row's activity (0 for a removed share). */
  readonly conversion: Dec;
  /** Index (into the row's local measures) of the moving measure that creates it; -1 for the baseline. */
  readonly createdBy: number;
}

/**
 * What a measure's target sees of a template of an activity row: the template's own key (sector,
 * fuel, technology), with the baseline row's id and heat segment, so that a target naming the row
 * still finds what the row became.
 *
 * @param row - the baseline activity row
 * @param template - one of its templates
 * @returns the subject a target is matched against
 * @example
 * ```ts
 * import { targetSubject } from "./candidateTemplate.js";
 * targetSubject({ id: "stoves", heatSegment: "homes" } as never, { activityId: "x", sector: "1.A.4.b.i", fuel: "naturalGas", unit: "GJ", scope: "direct" }).activityId; // "stoves"
 * ```
 * @category Scenario
 */
export function targetSubject(row: Scenario["baseline"][number], template: ActivityTemplate): TargetSubject & ActivityTemplate {
  return { ...template, activityId: row.id, heatSegment: row.heatSegment };
}
