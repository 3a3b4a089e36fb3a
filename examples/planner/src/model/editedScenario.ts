import { type Plan, type Schedule, withPenetrations } from "cobenefits";
import { lifetimeCohorts } from "cobenefits/engine";
import { isMap, isScalar, isSeq, parseDocument } from "yaml";
import { type ControlPoint, scheduleOf } from "./controlPoints.js";

/** The penetrations the user changed, by measure id: the control points as the sliders left them. */
export type Edits = Readonly<Record<string, readonly ControlPoint[]>>;

/** The edits as the penetration schedules `withPenetrations` and the exported file take. */
export function editSchedules(edits: Edits): Record<string, Schedule> {
  return Object.fromEntries(Object.entries(edits).map(([id, points]) => [id, scheduleOf(points)]));
}

/**
 * The plan with the edits applied, without compiling again (`withPenetrations`: factors, units and
 * templates are kept), refusing what compiling the exported file would refuse: `withPenetrations`
 * throws `OverclaimedActivityError` when measures would move more than all of an activity, and
 * `lifetimeCohorts` (cobenefits/engine, the check `compileScenario` makes) `LifetimeFallsError`
 * when a measure with a lifetime would fall below the units still in service (withPenetrations
 * leaves that check to the lifetime outputs).
 *
 * @param plan - the plan compiled from the file
 * @param edits - the changed penetrations
 * @returns the plan to evaluate
 */
export function editedPlan(plan: Plan, edits: Edits): Plan {
  if (Object.keys(edits).length === 0) return plan;
  const next = withPenetrations(plan, editSchedules(edits));
  lifetimeCohorts(next);
  return next;
}

/**
 * The scenario file with the edits written in: in each edited measure, its `penetration` (or its
 * `units`, for a measure stated in units of stock, which `withPenetrations` replaces the same way)
 * is replaced by the new schedule on one line, in place; every other character of the file (its
 * comments, layout, values) is kept as the user wrote it. The values are quoted decimal text, so
 * the file reads back exactly: `cobenefits run` on it gives the planner's numbers. A JSON file
 * comes back as YAML (the inserted schedule is YAML flow style, which JSON is a subset of).
 *
 * @param text - the scenario file as loaded
 * @param plan - the plan compiled from it (for the measures' order)
 * @param edits - the changed penetrations
 * @returns the YAML text
 */
export function editedScenarioYaml(text: string, plan: Plan, edits: Edits): string {
  const measures = parseDocument(text).get("measures", true);
  if (!isSeq(measures)) throw new Error("the scenario file has no list of measures"); // it compiled, so it has
  const replacements: { start: number; end: number; text: string }[] = [];
  plan.scenario.measures.forEach((m, i) => {
    const points = edits[m.id];
    if (points === undefined) return;
    const node = measures.items[i];
    if (!isMap(node)) throw new Error(`measure ${i} of the file is not a mapping`);
    const pair = node.items.find((p) => isScalar(p.key) && (p.key.value === "penetration" || p.key.value === "units"));
    const schedule = flowSchedule(scheduleOf(points));
    const note = node.flow ? "" : `  # edited in the cobenefits planner${isScalar(pair?.key) && pair.key.value === "units" ? ` (was given in units of stock: ${m.units?.unit ?? "units"})` : ""}`;
    const keyRange = isScalar(pair?.key) ? pair.key.range : undefined;
    const valueRange = (pair?.value as { range?: [number, number, number] } | null)?.range;
    if (keyRange === undefined || keyRange === null || valueRange === undefined) throw new Error(`measure "${m.id}" has neither penetration nor units in the file`); // the schema requires one
    let end = valueRange[1]; // a block value's range runs on to the next key: stop at its last character
    while (end > keyRange[0] && /\s/.test(text[end - 1]!)) end--;
    replacements.push({ start: keyRange[0], end, text: `penetration: ${schedule}${note}` });
  });
  return replacements.sort((a, b) => b.start - a.start).reduce((t, r) => t.slice(0, r.start) + r.text + t.slice(r.end), text);
}

/** A schedule in YAML flow style on one line, values as quoted decimal text. */
function flowSchedule(s: Schedule): string {
  if (s.kind === "constant") return `{ kind: constant, value: "${s.value}" }`;
  if (s.kind === "interp") return `{ kind: interp, points: [${s.points.map((p) => `{ year: ${p.year}, value: "${p.value}" }`).join(", ")}] }`;
  throw new Error(`the planner writes constant and interp schedules only, not ${s.kind}`);
}
