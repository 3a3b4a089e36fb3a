import { evaluateSchedule } from "../../activity/schedule.js";
import { MAX_MASK_MEASURES } from "../../attribution/game.js";
import { InvalidInputError } from "../../errors.js";
import { scopeOfFuel } from "../../factors/scopeOfFuel.js";
import { sulphurMassFraction } from "../../factors/sulphurContent.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import { measureKindOf } from "../../measures/registry.js";
import type { Dec } from "../../units/decimal.js";
import type { LineagePlan, Plan } from "../plan.js";
import type { Scenario } from "../scenario.js";
import type { CompileContext } from "./compileContext.js";
import { withScenarioPath } from "./compileChecks.js";
import { rowStockActivity, rowStockPlan, rowStockTemplate } from "./rowStock.js";
import { movedTemplates } from "./movedTemplates.js";
import { activityNcv, checkNationalNcvUse } from "./activityNcv.js";
import { checkClaims } from "./penetrations.js";
import { templateModifiers } from "./templateModifiers.js";
import { coefficientsOf, templatePlans } from "./templatePlans.js";
import { upstreamTemplates } from "./upstreamTemplates.js";

/** One baseline activity row of a scenario. */
type ActivityRow = Scenario["baseline"][number];

/**
 * Compiles one activity row into its lineage plan: the row as a template (its own coefficients
 * first, so that a problem with its unit, fuel or factors is located at the row), its moved
 * templates, their modifiers and coefficients; the row's measures in declared order (the order of
 * sequential attribution); its activity level per year; and the checks of its claims.
 *
 * @param row - the baseline activity row
 * @param rowIndex - its index in `baseline`
 * @param cx - the compile context
 * @returns the lineage plan, the gaps (missing factors, with `onMissingFactor: "omit"`) and the
 *   overlaps of its measures
 * @throws {@link InvalidInputError} for more than 31 measures on the row, a negative activity level, a sulphur content that is not a mass fraction or names an unknown standard (or one for another fuel), or a fuel the scenario's national NCV table does not list where an NCV is used
 * @throws {@link OverclaimedActivityError} when its moving measures claim more than the whole of it
 * @throws {@link MissingFactorError} and {@link InvalidMeasureError} from the steps
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { compileActivityRow } from "./compileActivityRow.js";
 * const cx = compileContext({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] });
 * compileActivityRow(cx.scenario.baseline[0]!, 0, cx).lineage.measures; // [0]
 * ```
 * @category Scenario
 */
export function compileActivityRow(row: ActivityRow, rowIndex: number, cx: CompileContext): { readonly lineage: LineagePlan; readonly missing: Plan["missing"][number][]; readonly overlaps: Plan["overlaps"][number][] } {
  const { scenario } = cx;
  // checked even when SO2 is not among the species: a mistyped standard is an error, not ignored
  if (row.sulphurContent !== undefined) sulphurMassFraction(row.sulphurContent, row.fuel, ["baseline", rowIndex, "sulphurContent"], row.sector);
  const baseline = { ...baselineTemplate(row, rowIndex, cx), ...rowStockTemplate(row, rowIndex, cx.years) };
  checkNationalNcvUse(row, rowIndex, baseline, coefficientsOf(row, rowIndex, baseline, -1, cx), cx);
  const { candidates, movingMeasures } = movedTemplates(row, baseline, cx);
  const { modifiers, localMeasures } = templateModifiers(row, candidates, movingMeasures, cx);
  const planned = templatePlans(row, rowIndex, candidates, modifiers, localMeasures, cx);
  const { missing } = planned;
  const templates = [...planned.templates, ...upstreamTemplates(row, rowIndex, candidates, planned.templates, localMeasures, cx)];
  if (localMeasures.length > MAX_MASK_MEASURES) {
    throw new InvalidInputError("scenario", [{ code: "too_big", maximum: String(MAX_MASK_MEASURES), path: ["baseline", rowIndex], message: `${localMeasures.length} measures act on activity ${row.id}; at most ${MAX_MASK_MEASURES} can act on one activity row` }]);
  }
  // Local indices so far are in the order found (moving measures first); the plan keeps the declared order.
  const declaredOrder = localMeasures.map((_, i) => i).sort((a, b) => localMeasures[a]! - localMeasures[b]!);
  const toDeclared = new Map(declaredOrder.map((found, declared) => [found, declared]));
  const measures = declaredOrder.map((i) => localMeasures[i]!);
  const lineage: LineagePlan = {
    activityId: row.id,
    amounts: cx.years.map((year) => activityLevel(row, rowIndex, year)),
    ...rowStockPlan(row, rowIndex, cx.years),
    measures,
    moving: movingMeasures.map((_, i) => toDeclared.get(i)!),
    templates: templates.map((t) => ({ ...t, createdBy: t.createdBy < 0 ? -1 : toDeclared.get(t.createdBy)!, modifiers: t.modifiers.map((mo) => ({ ...mo, local: toDeclared.get(mo.local)! })) })),
  };
  checkClaims(lineage, cx.penetrations, scenario, cx.years);
  const overlaps: Plan["overlaps"][number][] = [];
  if (movingMeasures.length > 1) overlaps.push({ activityId: row.id, measures: movingMeasures.map((g) => scenario.measures[g]!.id), kind: "claims" });
  const modifying = measures.filter((g) => measureKindOf(scenario.measures[g]!).phase === "modify");
  if (modifying.length > 1) overlaps.push({ activityId: row.id, measures: modifying.map((g) => scenario.measures[g]!.id), kind: "modifies" });
  return { lineage, missing, overlaps };
}

/** An activity row as a template: its own key, unit and conversion data (its NCV resolved, see `activityNcv`); indirect for electricity. */
function baselineTemplate(row: ActivityRow, rowIndex: number, cx: CompileContext): ActivityTemplate {
  return {
    activityId: row.id, sector: row.sector, fuel: row.fuel, technology: row.technology, unit: row.unit,
    ...activityNcv(row, rowIndex, cx), fuelConsumption: row.fuelConsumption, heatSegment: row.heatSegment,
    sulphurContent: row.sulphurContent, sulphurRetention: row.sulphurRetention,
    monthlyProfile: row.monthlyProfile, scope: scopeOfFuel(row.fuel),
  };
}

/** The row's activity level in a year [its unit] (its `level`, or stock x intensity); negative is an error at its `level` (or `stock`, `intensity`). */
function activityLevel(row: ActivityRow, rowIndex: number, year: number): Dec {
  if (row.level === undefined) return rowStockActivity(row, rowIndex, year).level;
  const v = withScenarioPath(["baseline", rowIndex, "level"], `activity level of ${row.id}`, () => evaluateSchedule(row.level!, year));
  if (v.lt(0)) throw new InvalidInputError("scenario", [{ code: "out_of_range", minimum: "0", path: ["baseline", rowIndex, "level"], message: `activity level in ${year} is ${v.toString()}; it must not be negative` }]);
  return v;
}
