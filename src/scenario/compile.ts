import { toFactorBasis } from "../accounting/toFactorBasis.js";
import { evaluateSchedule } from "../activity/schedule.js";
import { CobenefitsError, InvalidInputError, type InputIssue, MissingFactorError, OverclaimedActivityError, UnknownGridFactorError } from "../errors.js";
import { createFactorSet, type FactorSet, inputIssuesFromZod } from "../factors/factorSet.js";
import type { FactorTable } from "../factors/factorRow.js";
import { type GridFactorRow, gridFactorIssues } from "../factors/gridFactorRow.js";
import { listGridFactors, lookupGridFactor } from "../factors/lookupGridFactor.js";
import { nearestStrings } from "../nearestStrings.js";
import type { NcvRow } from "../factors/ncvRow.js";
import type { ActivityTemplate, MeasureContext, ModifyMeasureKind, MoveMeasureKind } from "../measures/measureKind.js";
import { type Measure, measureKindOf } from "../measures/registry.js";
import { matchesTarget } from "../measures/target.js";
import { Dec } from "../units/decimal.js";
import { conversionFactor, parseUnit } from "../units/units.js";
import type { LineagePlan, Plan, TemplatePlan } from "./plan.js";
import { type Scenario, scenarioSchema } from "./scenario.js";
import { metricIssues, particleNestingIssues, withScenarioPath } from "./compileChecks.js";
import { checkClaims, expandPenetrations } from "./penetrations.js";
import { MAX_MASK_MEASURES } from "./game.js";
import { templateCoefficients } from "./templateCoefficients.js";

function validate(input: unknown): Scenario {
  const r = scenarioSchema.safeParse(input);
  if (r.success) return r.data;
  throw new InvalidInputError("scenario", inputIssuesFromZod(r.error, input, []));
}


/**
 * Compiles a scenario into a plan of plain arrays: validates it (every problem at once, with
 * paths), resolves units and looks up every factor once (mathjs is never called after this),
 * expands schedules over the years, lets each measure say what it makes of each activity, and
 * checks claims: moving measures claiming more than the whole of an activity in a year are an
 * error naming them.
 *
 * Method: an activity row becomes templates: itself, and one per moving measure that targets it
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
 *   measure (named) whose new activity has no factor
 * @throws {@link InvalidMeasureError} when a measure cannot act on what it targets (with its id)
 * @throws {@link OverclaimedActivityError} naming the measures that claim more than an activity,
 *   at the `penetration` of the last of them
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
  const s = validate(input);
  const { factors, grid } = checkedFactors(s);
  const years = Array.from({ length: s.years.end - s.years.start + 1 }, (_, i) => s.years.start + i);
  const pen = expandPenetrations(s, years);
  const ctx: MeasureContext = {
    energyPerUnit: (t, energyUnit, path) =>
      withScenarioPath(path, `energy content of activity ${t.activityId}`, () => toFactorBasis(
        {
          id: t.activityId, sector: t.sector, fuel: t.fuel, activityLevel: { value: "1", unit: t.unit },
          ...(t.netCalorificValue === undefined ? {} : { netCalorificValue: t.netCalorificValue }),
          ...(t.fuelConsumption === undefined ? {} : { fuelConsumption: t.fuelConsumption }), // vehicle-km -> fuel mass -> energy
        },
        parseUnit(energyUnit, path),
        factors,
      ).amount),
    unitFactor: (from, to, path) => conversionFactor(from, to, path),
  };
  const coefCache = new Map<string, ReturnType<typeof templateCoefficients>>();
  const missing: Plan["missing"][number][] = [];
  const overlaps: Plan["overlaps"][number][] = [];

  const matched = new Set<number>();
  const coefKey = (t: ActivityTemplate) => JSON.stringify([t.sector, t.fuel, t.technology, t.unit, t.netCalorificValue, t.fuelConsumption]);
  // Each activity row is compiled on its own, and the problems of all rows are reported together.
  const problems: CobenefitsError[] = [];
  const compiled = s.baseline.map((b, bi): LineagePlan | undefined => { try {
    const base: ActivityTemplate = {
      activityId: b.id, sector: b.sector, fuel: b.fuel, technology: b.technology, unit: b.unit,
      netCalorificValue: b.netCalorificValue, fuelConsumption: b.fuelConsumption, heatSegment: b.heatSegment,
      monthlyProfile: b.monthlyProfile, scope: b.fuel === "electricity" ? "indirect" : "direct",
    };
    // The row's own unit, fuel and factors first, so that their problems are located at the row
    // and not at the first measure that converts it.
    if (!coefCache.has(coefKey(base))) coefCache.set(coefKey(base), withScenarioPath(["baseline", bi], `activity ${b.id}`, () => templateCoefficients(base, s.species, factors, grid)));
    const subject = (t: ActivityTemplate) => ({ ...t, activityId: b.id, heatSegment: b.heatSegment });
    const raw: { t: ActivityTemplate; conversion: Dec; createdBy: number }[] = [{ t: base, conversion: new Dec(1), createdBy: -1 }];
    const local: number[] = [];
    const moving: number[] = [];
    s.measures.forEach((m, mi) => {
      const kind = measureKindOf(m);
      if (kind.phase !== "move" || !matchesTarget(m.target, subject(base))) return;
      matched.add(mi);
      const result = withScenarioPath(["measures", mi], `measure ${m.id} on activity ${b.id}`, () => (kind as MoveMeasureKind<Measure>).move(base, m, ctx, ["measures", mi]), m.id);
      moving.push(local.length);
      local.push(mi);
      if (result !== "removed") raw.push({ t: result.template, conversion: result.conversion, createdBy: local.length - 1 });
      else raw.push({ t: base, conversion: new Dec(0), createdBy: local.length - 1 });
    });
    const modifiersOf = raw.map(() => [] as { local: number; factors: Dec[] }[]);
    s.measures.forEach((m, mi) => {
      const kind = measureKindOf(m);
      if (kind.phase !== "modify") return;
      let li = -1;
      raw.forEach((r, ti) => {
        const moved = r.createdBy >= 0;
        const reaches = !moved || (kind as ModifyMeasureKind<Measure>).carriesOver || (m.target.activityIds === undefined && r.t.scope === "direct");
        if (!reaches || !matchesTarget(m.target, subject(r.t))) return;
        if (li < 0) {
          li = local.length;
          local.push(mi);
        }
        matched.add(mi);
        const f = withScenarioPath(["measures", mi], `measure ${m.id} on activity ${b.id}`, () => (kind as ModifyMeasureKind<Measure>).factors(subject(r.t), m, ctx, ["measures", mi]), m.id);
        modifiersOf[ti]!.push({ local: li, factors: s.species.map((sp) => f.bySpecies[sp] ?? f.all) });
      });
    });
    const templates: TemplatePlan[] = raw.map((r, ti) => {
      const key = coefKey(r.t);
      let coefs = coefCache.get(key);
      if (coefs === undefined) {
        const by = r.createdBy >= 0 ? s.measures[local[r.createdBy]!]! : undefined;
        coefs = by === undefined
          ? withScenarioPath(["baseline", bi], `activity ${b.id}`, () => templateCoefficients(r.t, s.species, factors, grid))
          : withScenarioPath(["measures", local[r.createdBy]!], `activity ${b.id} as measure ${by.id} makes it: ${r.t.sector} / ${r.t.fuel}${r.t.technology === undefined ? "" : ` / ${r.t.technology}`}`, () => templateCoefficients(r.t, s.species, factors, grid), by.id);
        coefCache.set(key, coefs);
      }
      coefs.forEach((c, si) => {
        if (c.coef !== null || r.conversion.isZero()) return;
        const sp = s.species[si]!;
        if (s.onMissingFactor !== "omit") {
          const mi = r.createdBy >= 0 ? local[r.createdBy]! : -1;
          const what = mi < 0 ? `activity ${b.id}` : `activity ${b.id} as measure ${s.measures[mi]!.id} makes it: ${r.t.sector} / ${r.t.fuel}${r.t.technology === undefined ? "" : ` / ${r.t.technology}`}`;
          throw new MissingFactorError("MISSING_FACTOR", `${c.reason ?? "no factor"} (${what}; species ${sp}); set onMissingFactor: "omit" to list such gaps instead`, mi < 0 ? ["baseline", bi] : ["measures", mi], b.id, sp);
        }
        missing.push({ activityId: b.id, sector: r.t.sector, fuel: r.t.fuel, technology: r.t.technology, species: sp, reason: c.reason ?? "no factor" });
      });
      return {
        createdBy: r.createdBy, sector: r.t.sector, fuel: r.t.fuel, technology: r.t.technology, scope: r.t.scope, conversion: r.conversion,
        coef: coefs.map((c) => (r.conversion.isZero() ? new Dec(0) : c.coef)), provenance: coefs.map((c) => c.provenance), modifiers: modifiersOf[ti]!,
      };
    });
    if (local.length > MAX_MASK_MEASURES) {
      throw new InvalidInputError("scenario", [{ path: ["baseline", bi], message: `${local.length} measures act on activity ${b.id}; at most ${MAX_MASK_MEASURES} can act on one activity row` }]);
    }
    const order = local.map((_, i) => i).sort((a, c) => local[a]! - local[c]!);
    const remap = new Map(order.map((old, neu) => [old, neu]));
    const measures = order.map((i) => local[i]!);
    const plan: LineagePlan = {
      activityId: b.id,
      amounts: years.map((y) => evaluateScheduleChecked(b, y, bi)),
      measures,
      moving: moving.map((i) => remap.get(i)!),
      templates: templates.map((t) => ({ ...t, createdBy: t.createdBy < 0 ? -1 : remap.get(t.createdBy)!, modifiers: t.modifiers.map((mo) => ({ ...mo, local: remap.get(mo.local)! })) })),
    };
    checkClaims(plan, pen, s, years);
    if (moving.length > 1) overlaps.push({ activityId: b.id, measures: moving.map((i) => s.measures[local[i]!]!.id), kind: "claims" });
    const modifying = measures.filter((g) => measureKindOf(s.measures[g]!).phase === "modify");
    if (modifying.length > 1) overlaps.push({ activityId: b.id, measures: modifying.map((g) => s.measures[g]!.id), kind: "modifies" });
    return plan;
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    problems.push(e);
    return undefined;
  } });
  if (problems.length === 1) throw problems[0];
  if (problems.length > 1) throw new InvalidInputError("scenario", problems.flatMap((e) => (e instanceof InvalidInputError ? e.issues : [{ path: e.path, message: e.detail }])));
  const lineages = compiled as LineagePlan[];
  const unmatched = s.measures.map((m, i) => ({ m, i })).filter(({ i }) => !matched.has(i));
  if (unmatched.length > 0) {
    throw new InvalidInputError(
      "scenario",
      unmatched.map(({ m, i }) => ({
        path: ["measures", i, "target"],
        message: `measure ${m.id} matches no activity${measureKindOf(m).phase === "move" ? " of the baseline (moving measures act on baseline rows)" : ""}; baseline ids: ${s.baseline.map((b) => b.id).join(", ")}`,
      })),
    );
  }
  return {
    scenario: s,
    years,
    species: s.species,
    measures: s.measures.map((m, i) => ({ measure: m, phase: measureKindOf(m).phase, penetration: pen[i]! })),
    lineages,
    missing,
    overlaps,
  };
}

function evaluateScheduleChecked(b: Scenario["baseline"][number], y: number, bi: number): Dec {
  const v = withScenarioPath(["baseline", bi, "level"], `activity level of ${b.id}`, () => evaluateSchedule(b.level, y));
  if (v.lt(0)) throw new InvalidInputError("scenario", [{ path: ["baseline", bi, "level"], message: `activity level in ${y} is ${v.toString()}; it must not be negative` }]);
  return v;
}

/**
 * Every up-front problem of a validated scenario at once: metric names, particle nesting, the
 * factor set built from `factors` (its issues located under `factors`), and a grid factor row whose
 * citation does not resolve (the scenario's userCitations count).
 */
function checkedFactors(s: Scenario): { factors: FactorSet; grid: GridFactorRow | undefined } {
  const issues: InputIssue[] = [...metricIssues(s), ...particleNestingIssues(s)];
  let factors: FactorSet | undefined;
  try {
    factors = createFactorSet({
      ...(s.factors?.userTables === undefined ? {} : { userTables: s.factors.userTables as FactorTable[] }),
      ...(s.factors?.userCitations === undefined ? {} : { userCitations: s.factors.userCitations }),
      ...(s.factors?.userNcv === undefined ? {} : { userNcv: s.factors.userNcv as NcvRow[] }),
      ...(s.factors?.builtinTables === undefined ? {} : { builtinTables: s.factors.builtinTables }),
    }, ["factors"]);
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    issues.push(...e.issues);
  }
  if (factors !== undefined && s.gridFactor !== undefined && "country" in s.gridFactor) issues.push(...gridFactorIssues(s.gridFactor, factors.citations, ["gridFactor"]));
  const grid = s.gridFactor === undefined ? undefined : "country" in s.gridFactor ? s.gridFactor : builtinGrid(s.gridFactor.id, issues);
  if (issues.length > 0 || factors === undefined) throw new InvalidInputError("scenario", issues);
  return { factors, grid };
}

/** A built-in grid factor row by id; an unknown id is an issue at `gridFactor.id`, with the nearest ids. */
function builtinGrid(id: string, issues: InputIssue[]): GridFactorRow | undefined {
  try {
    return lookupGridFactor({ id });
  } catch (e) {
    if (!(e instanceof UnknownGridFactorError)) throw e;
    const ids = listGridFactors().map((r) => r.id);
    issues.push({ path: ["gridFactor", "id"], message: `unknown grid factor id "${id}"; nearest: ${nearestStrings(id, ids, 3).join(", ")} (see listGridFactors(), or the factors command)` });
    return undefined;
  }
}
