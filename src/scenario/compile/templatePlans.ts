import { MissingFactorError } from "../../errors.js";
import type { ActivityTemplate } from "../../measures/measureKind.js";
import { type Measure, measureKindOf } from "../../measures/registry.js";
import { Dec } from "../../units/decimal.js";
import type { Plan, TemplatePlan } from "../plan.js";
import type { Scenario } from "../scenario.js";
import type { CandidateTemplate } from "./candidateTemplate.js";
import { combinedMissingFactors } from "./combinedMissingFactors.js";
import type { CompileContext } from "./compileContext.js";
import { baselineRowField, withScenarioPath } from "./compileChecks.js";
import { templateEnergy } from "./templateEnergy.js";
import type { TemplateModifier } from "./templateModifiers.js";
import { type TemplateCoefficients, coefficientKey, templateCoefficients } from "./templateCoefficients.js";

/**
 * The coefficients of a template, looked up once per distinct key and kept in the context's cache;
 * a lookup problem is located at the baseline row, or at the moving measure that made the template.
 *
 * @param row - the baseline activity row
 * @param rowIndex - its index in `baseline`
 * @param template - the template
 * @param createdBy - the global index of the moving measure that made it; -1 for the baseline
 * @param cx - the compile context
 * @returns per species: the coefficient [t/unit] or null with the reason
 * @throws {@link InvalidInputError} or {@link InvalidMeasureError} for a unit, fuel or sector the accounting refuses
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { coefficientsOf } from "./templatePlans.js";
 * const cx = compileContext({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [], baseline: [], measures: [] });
 * const row = { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ" } as never;
 * coefficientsOf(row, 0, { activityId: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", scope: "direct" }, -1, cx)[0]?.coef?.toString(); // "0.9"
 * ```
 * @category Scenario
 */
export function coefficientsOf(row: Scenario["baseline"][number], rowIndex: number, template: ActivityTemplate, createdBy: number, cx: CompileContext): readonly TemplateCoefficients[] {
  const key = coefficientKey(template);
  const cached = cx.coefficientCache.get(key);
  if (cached !== undefined) return cached;
  const lookUp = () => templateCoefficients(template, cx.scenario.species, cx.factors, cx.gridFactor, cx.grid, cx.heat);
  const by = createdBy >= 0 ? cx.scenario.measures[createdBy]! : undefined;
  const coefficients = by === undefined
    ? withScenarioPath(["baseline", rowIndex], `activity ${row.id}`, lookUp, undefined, baselineRowField)
    : withScenarioPath(["measures", createdBy], `activity ${row.id} as measure ${by.id} makes it: ${templateText(template)}`, lookUp, by.id, madeField(by));
  cx.coefficientCache.set(key, coefficients);
  return coefficients;
}

/** Maps an accounting error's path on a made activity to the field of the measure that set it. */
const madeField = (measure: Measure) => (inner: readonly (string | number)[]): readonly string[] | undefined => {
  const kind = measureKindOf(measure);
  if (kind.phase !== "move") return undefined;
  const field = baselineRowField(inner)?.[0];
  return field === "unit" || field === "sector" || field === "fuel" || field === "technology" ? kind.madeFields[field] : undefined;
};

const templateText = (t: ActivityTemplate) => `${t.sector} / ${t.fuel}${t.technology === undefined ? "" : ` / ${t.technology}`}`;

/**
 * The templates of an activity row as the plan holds them: each candidate with its coefficients
 * (a removed share's as 0), their provenance and its modifiers. A species without a factor is an
 * error, or with `onMissingFactor: "omit"` a gap listed in the plan's `missing`.
 *
 * @param row - the baseline activity row
 * @param rowIndex - its index in `baseline`
 * @param candidates - its templates, from `movedTemplates`
 * @param modifiers - their modifiers, from `templateModifiers`
 * @param localMeasures - the global index of each of the row's local measures
 * @param cx - the compile context
 * @returns the template plans (local indices as in `localMeasures`) and the gaps
 * @throws {@link MissingFactorError} for the missing factors (every species of every template at
 *   once), unless `onMissingFactor` is `omit`
 * @example
 * ```ts
 * import { compileContext } from "./compileContext.js";
 * import { templatePlans } from "./templatePlans.js";
 * import { toDec } from "cobenefits";
 * const cx = compileContext({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [], baseline: [], measures: [] });
 * const row = { id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ" } as never;
 * const template = { activityId: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", scope: "direct" as const };
 * templatePlans(row, 0, [{ template, conversion: toDec("1"), createdBy: -1 }], [[]], [], cx).templates[0]?.coef.map(String); // ["0.9"]
 * ```
 * @category Scenario
 */
export function templatePlans(
  row: Scenario["baseline"][number],
  rowIndex: number,
  candidates: readonly CandidateTemplate[],
  modifiers: readonly (readonly TemplateModifier[])[],
  localMeasures: readonly number[],
  cx: CompileContext,
): { readonly templates: TemplatePlan[]; readonly missing: Plan["missing"][number][] } {
  const { scenario } = cx;
  const missing: Plan["missing"][number][] = [];
  // With onMissingFactor "error", every missing species of every template, reported together.
  const errors: MissingFactorError[] = [];
  const templates = candidates.map((candidate, templateIndex): TemplatePlan => {
    const t = candidate.template;
    const createdBy = candidate.createdBy >= 0 ? localMeasures[candidate.createdBy]! : -1;
    const coefficients = coefficientsOf(row, rowIndex, t, createdBy, cx);
    coefficients.forEach((c, speciesIndex) => {
      if (c.coef !== null || candidate.conversion.isZero()) return;
      const species = scenario.species[speciesIndex]!;
      if (scenario.onMissingFactor !== "omit") {
        const what = createdBy < 0 ? `activity ${row.id}` : `activity ${row.id} as measure ${scenario.measures[createdBy]!.id} makes it: ${templateText(t)}`;
        const path = createdBy < 0 ? ["baseline", rowIndex] : ["measures", createdBy];
        const because = c.cause;
        errors.push(new MissingFactorError(
          "MISSING_FACTOR",
          () => `${because?.detail ?? c.reason ?? "no factor"} (${what}; species ${species}); set onMissingFactor: "omit" to list such gaps instead`,
          path,
          [{ activityId: row.id, sector: t.sector, fuel: t.fuel, technology: t.technology, species, path, reason: c.reason ?? "no factor" }],
          because,
        ));
        return;
      }
      missing.push({ activityId: row.id, sector: t.sector, fuel: t.fuel, technology: t.technology, species, reason: c.reason ?? "no factor" });
    });
    return {
      createdBy: candidate.createdBy, sector: t.sector, fuel: t.fuel, technology: t.technology, scope: t.scope, unit: t.unit, energy: templateEnergy(t, cx.factors), conversion: candidate.conversion,
      coef: coefficients.map((c) => (candidate.conversion.isZero() ? new Dec(0) : c.coef)),
      ...(coefficients.some((c) => c.byYear !== undefined) && !candidate.conversion.isZero() ? { coefByYear: coefficients.map((c) => c.byYear ?? (c.coef === null ? null : cx.years.map(() => c.coef!))) } : {}), provenance: coefficients.map((c) => c.provenance), conversions: coefficients.map((c) => c.conversions ?? []), modifiers: modifiers[templateIndex]!,
    };
  });
  if (errors.length > 0) throw combinedMissingFactors(errors);
  return { templates, missing };
}
