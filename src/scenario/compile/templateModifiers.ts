import type { ModifyMeasureKind } from "../../measures/measureKind.js";
import { type Measure, measureKindOf } from "../../measures/registry.js";
import { matchesTarget } from "../../measures/target.js";
import { Dec } from "../../units/decimal.js";
import type { TemplatePlan } from "../plan.js";
import type { Scenario } from "../scenario.js";
import { type CandidateTemplate, targetSubject } from "./candidateTemplate.js";
import type { CompileContext } from "./compileContext.js";
import { withScenarioPath } from "./compileChecks.js";

/** A modify measure acting on a template: its local index and its factor on the treated share, per species. */
export type TemplateModifier = TemplatePlan["modifiers"][number];

/**
 * The modify measures acting on each template of an activity row, in declared order, each with
 * its factor per species on the treated share and its factor on the treated share's activity (the
 * kind's `activityFactor`; 1 when it has none: an end-of-pipe device). A modify measure reaches the baseline template when
 * its target matches; it reaches a moved template when the kind carries over to moved activity
 * (`carriesOver`: demand-side measures), or when its target names no activity ids and the moved
 * activity is direct and matches it by its own key (equipment stays on the equipment it targets).
 *
 * @param row - the baseline activity row
 * @param candidates - the row's templates, from `movedTemplates`
 * @param localMeasures - the global indices of the row's measures so far (the moving ones)
 * @param cx - the compile context
 * @returns per template, its modifiers; and the row's measures with the modifying ones appended
 *   (a modifier's local index is its position there)
 * @throws {@link InvalidMeasureError} when a measure cannot act on what it matched (at `measures[i]`)
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { templateModifiers } from "./templateModifiers.js";
 * import { toDec } from "cobenefits";
 * const cx = compileContext({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] });
 * const row = cx.scenario.baseline[0]!;
 * const template = { activityId: "stoves", sector: row.sector, fuel: row.fuel, unit: row.unit, scope: "direct" as const };
 * templateModifiers(row, [{ template, conversion: toDec("1"), createdBy: -1 }], [], cx).modifiers[0]?.[0]?.factors.map(String); // ["0.1"]
 * ```
 * @category Scenario
 */
export function templateModifiers(
  row: Scenario["baseline"][number],
  candidates: readonly CandidateTemplate[],
  localMeasures: readonly number[],
  cx: CompileContext,
): { readonly modifiers: TemplateModifier[][]; readonly localMeasures: number[] } {
  const modifiers = candidates.map((): TemplateModifier[] => []);
  const local = [...localMeasures];
  cx.scenario.measures.forEach((measure, measureIndex) => {
    const kind = measureKindOf(measure);
    if (kind.phase !== "modify") return;
    let localIndex = -1;
    candidates.forEach((candidate, templateIndex) => {
      const moved = candidate.createdBy >= 0;
      const reaches = !moved || kind.carriesOver || (measure.target.activityIds === undefined && candidate.template.scope === "direct");
      const subject = withConvertedStock(targetSubject(row, candidate.template), candidate);
      if (!reaches || !matchesTarget(measure.target, subject)) return;
      if (localIndex < 0) {
        localIndex = local.length;
        local.push(measureIndex);
      }
      const path = ["measures", measureIndex];
      const f = withScenarioPath(path, `measure ${measure.id} on activity ${row.id}`, () => (kind as ModifyMeasureKind<Measure>).factors(subject, measure, cx.measureContext, path), measure.id, (inner) => belowPath(inner, path));
      const m = kind as ModifyMeasureKind<Measure>;
      const activity = m.activityFactor === undefined ? new Dec(1) : withScenarioPath(path, `measure ${measure.id} on activity ${row.id}`, () => m.activityFactor!(subject, measure, cx.measureContext, path), measure.id, (inner) => belowPath(inner, path));
      modifiers[templateIndex]!.push({ local: localIndex, factors: cx.scenario.species.map((sp): Dec => f.bySpecies[sp] ?? f.all), activity });
    });
  });
  return { modifiers, localMeasures: local };
}

/** A template's stock intensity in its own unit: the row's intensity times the template's conversion (0 for a removed share). */
function withConvertedStock<T extends CandidateTemplate["template"]>(subject: T, candidate: CandidateTemplate): T {
  const stock = subject.stock;
  if (stock === undefined || candidate.createdBy < 0) return subject;
  return { ...subject, stock: { unit: stock.unit, intensity: stock.intensity.map((x) => x.times(candidate.conversion)) } };
}

/** The part of an error's path below the measure's own path (kinds locate their errors at their fields), or undefined. */
function belowPath(inner: readonly (string | number)[], path: readonly (string | number)[]): readonly (string | number)[] | undefined {
  return inner.length > path.length && path.every((p, i) => inner[i] === p) ? inner.slice(path.length) : undefined;
}
