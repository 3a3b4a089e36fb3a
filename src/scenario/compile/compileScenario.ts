import { CobenefitsError, InvalidInputError, MissingFactorError, issueOfError } from "../../errors.js";
import { inputIssuesFromZod } from "../../errors/inputIssuesFromZod.js";
import { measureKindOf } from "../../measures/registry.js";
import type { LineagePlan, Plan } from "../plan.js";
import { lifetimeCohorts } from "../lifetimeCohorts.js";
import { type Scenario, scenarioSchema } from "../scenario.js";
import { withGridKeyHints } from "../gridKeyHint.js";
import { compileActivityRow } from "./compileActivityRow.js";
import { combinedMissingFactors } from "./combinedMissingFactors.js";
import { compileContext } from "./compileContext.js";
import { measureUnitsOf } from "./unitsPenetration.js";

function validate(input: unknown): Scenario {
  const r = scenarioSchema.safeParse(input);
  if (r.success) return r.data;
  throw new InvalidInputError("scenario", withGridKeyHints(inputIssuesFromZod(r.error, input, [])));
}

/**
 * The error for the problems of several activity rows: missing factors only, one
 * {@link MissingFactorError} listing them all (the class is the same for one or many); else one
 * {@link InvalidInputError} with every issue (each error an issue with code `error` and it as `cause`).
 */
function combined(problems: readonly CobenefitsError[]): CobenefitsError {
  if (problems.every((e) => e instanceof MissingFactorError && e.code === "MISSING_FACTOR")) return combinedMissingFactors(problems as readonly MissingFactorError[]);
  return new InvalidInputError("scenario", problems.flatMap((e) => (e instanceof InvalidInputError ? e.issues : [issueOfError(e)])));
}

/**
 * Compiles a scenario into a plan of plain arrays: validates it (every problem at once, with
 * paths), resolves units and looks up every factor once (mathjs is never called after this),
 * expands schedules over the years, lets each measure say what it makes of each activity, and
 * checks claims: moving measures claiming more than the whole of an activity in a year are an
 * error naming them.
 *
 * Method, in named steps (src/scenario/compile/): `compileContext` checks everything up
 * front and expands years and penetrations; then each activity row is compiled on its own by
 * `compileActivityRow`: its moved templates (`movedTemplates`), their modifiers
 * (`templateModifiers`) and their coefficients (`templatePlans`). An activity row becomes templates: itself, and one per moving measure that targets it
 * (the claimed share, converted: fuel switch by useful energy, EVs by kWh/km ...). Modify
 * measures attach a per-species factor to every template they match, the moved ones included, so
 * the combined result does not depend on the declared order; the declared order is the order of
 * sequential attribution.
 *
 * @param input - the scenario (plain data; not changed)
 * @returns the plan
 * @throws {@link InvalidInputError} listing every schema problem, unknown, non-canonical (spaced) or
 *   idle metric names (a metric that values none of the species), a species, metric, activity id,
 *   measure id or table id listed twice, text too long and decimals out of range (see
 *   {@link scenarioSchema}), problems in `factors` (at `factors.userTables[i]...`), an unknown
 *   built-in `gridFactor` id (at `gridFactor.id`), a `gridFactor` row whose citation does not resolve, penetrations
 *   outside 0..1, measures that match no activity, filters and dust controls that remove PM2.5 without
 *   saying what they do to the particles nested with it, and more than 31 measures on one activity row
 * @throws {@link MissingFactorError} with `onMissingFactor: "error"`, at the baseline row, or at the
 *   measure (named) whose new activity has no factor; one error for one or many rows, `missing`
 *   listing each (its lookup error, with the nearest keys, as `cause` of a single one)
 * @throws {@link InvalidMeasureError} when a measure cannot act on what it targets (with its id)
 * @throws {@link InvalidMeasureError} (`LIFETIME_PENETRATION_FALLS`) for a measure with a `lifetime`
 *   whose penetration falls below the units it installed that are still within their lifetime
 * @throws {@link OverclaimedActivityError} naming the measures that claim more than an activity,
 *   at the `penetration` of the last of them
 * @throws {@link StockUnitsError} (`NO_STOCK`) for a measure in `units` whose target matches no
 *   baseline row, once the rows compile (a row's own error, such as a misspelt technology, comes first)
 * @throws {@link UnknownFactorError} and other accounting errors, with `onMissingFactor: "error"`
 * @throws {@link DuplicateIdError} for one factor row, user table or citation id used twice (several
 *   such problems, or with others: one {@link InvalidInputError})
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * const plan = compileScenario({ name: "demo", years: { start: 2025, end: 2026 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [] });
 * plan.lineages[0]?.amounts.map(String); // ["100", "100"]
 * ```
 * @category Scenario
 */
export function compileScenario(input: Scenario): Plan {
  const scenario = validate(input);
  const cx = compileContext(scenario);
  // Each activity row is compiled on its own, and the problems of all rows are reported together.
  const problems: CobenefitsError[] = [];
  const lineages: LineagePlan[] = [];
  const missing: Plan["missing"][number][] = [];
  const overlaps: Plan["overlaps"][number][] = [];
  const matched = new Set<number>();
  scenario.baseline.forEach((row, rowIndex) => {
    try {
      const compiled = compileActivityRow(row, rowIndex, cx);
      lineages.push(compiled.lineage);
      missing.push(...compiled.missing);
      overlaps.push(...compiled.overlaps);
      for (const measureIndex of compiled.lineage.measures) matched.add(measureIndex);
    } catch (e) {
      if (!(e instanceof CobenefitsError)) throw e;
      problems.push(e);
    }
  });
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw combined(problems);
  // A measure in units whose target matches no row: told only now, after the rows' own problems.
  if (cx.deferred.length === 1) throw cx.deferred[0];
  if (cx.deferred.length > 1) throw combined(cx.deferred);
  const unmatched = scenario.measures.map((measure, measureIndex) => ({ measure, measureIndex })).filter(({ measureIndex }) => !matched.has(measureIndex));
  if (unmatched.length > 0) {
    throw new InvalidInputError(
      "scenario",
      unmatched.map(({ measure, measureIndex }) => ({
        code: "unmatched" as const,
        key: measure.id,
        path: ["measures", measureIndex, "target"],
        message: `measure ${measure.id} matches no activity${measureKindOf(measure).phase === "move" ? " of the baseline (moving measures act on baseline rows)" : ""}; baseline ids: ${scenario.baseline.map((b) => b.id).join(", ")}`,
      })),
    );
  }
  const plan: Plan = {
    scenario,
    years: cx.years,
    species: scenario.species,
    measures: scenario.measures.map((measure, i) => ({ measure, phase: measureKindOf(measure).phase, penetration: cx.penetrations[i]!, ...measureUnitsOf(scenario, i, cx.years) })),
    lineages,
    missing,
    overlaps,
  };
  lifetimeCohorts(plan); // a lifetime whose penetration falls below the units in service is refused here, not first in the outputs
  return plan;
}
