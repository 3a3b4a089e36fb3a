import type { ActivityTemplate, MoveMeasureKind } from "../../measures/measureKind.js";
import { type Measure, measureKindOf } from "../../measures/registry.js";
import { matchesTarget } from "../../measures/target.js";
import { Dec } from "../../units/decimal.js";
import type { Scenario } from "../scenario.js";
import { type CandidateTemplate, targetSubject } from "./candidateTemplate.js";
import type { CompileContext } from "./compileContext.js";
import { withScenarioPath } from "./compileChecks.js";

/**
 * The templates of an activity row under its moving measures: the baseline template first, then
 * one per moving measure whose target matches the row, in declared order (the share it claims,
 * converted by the measure: a fuel switch by useful energy, an EV by kWh/km ...; a scrapped share
 * becomes the baseline activity with conversion 0).
 *
 * @param row - the baseline activity row
 * @param baseline - the row as a template
 * @param cx - the compile context
 * @returns the candidate templates, and the global index of each moving measure (its local index
 *   is its position here)
 * @throws {@link InvalidMeasureError} when a measure cannot act on the row (at `measures[i]`)
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { movedTemplates } from "./movedTemplates.js";
 * const cx = compileContext({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "scrap", kind: "scrappage", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "0.5" }, replacement: null }] });
 * const row = cx.scenario.baseline[0]!;
 * movedTemplates(row, { activityId: "stoves", sector: row.sector, fuel: row.fuel, unit: row.unit, scope: "direct" }, cx).movingMeasures; // [0]
 * ```
 * @category Scenario
 */
export function movedTemplates(row: Scenario["baseline"][number], baseline: ActivityTemplate, cx: CompileContext): { readonly candidates: CandidateTemplate[]; readonly movingMeasures: number[] } {
  const candidates: CandidateTemplate[] = [{ template: baseline, conversion: new Dec(1), createdBy: -1 }];
  const movingMeasures: number[] = [];
  cx.scenario.measures.forEach((measure, measureIndex) => {
    const kind = measureKindOf(measure);
    if (kind.phase !== "move" || !matchesTarget(measure.target, targetSubject(row, baseline))) return;
    const path = ["measures", measureIndex];
    const moved = withScenarioPath(path, `measure ${measure.id} on activity ${row.id}`, () => (kind as MoveMeasureKind<Measure>).move(baseline, measure, cx.measureContext, path), measure.id);
    const createdBy = movingMeasures.length;
    movingMeasures.push(measureIndex);
    candidates.push(moved === "removed" ? { template: baseline, conversion: new Dec(0), createdBy } : { template: moved.template, conversion: moved.conversion, createdBy });
  });
  return { candidates, movingMeasures };
}
