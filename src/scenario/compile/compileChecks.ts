import { CobenefitsError, InvalidInputError, type InputIssue, InvalidMeasureError, issueOfError } from "../../errors.js";
import { measureKindOf } from "../../measures/registry.js";
import type { MetricSet } from "../../metrics/metricSet.js";
import { canonicalMetricName, getMetric, metricsWithValue } from "../../metrics/registry.js";
import type { Species } from "../../units/species.js";
import { countsInCo2e } from "../metricWeights.js";
import type { Scenario } from "../scenario.js";
import { docsUrl } from "../../docsUrl.js";

/**
 * Checks the scenario's metric names before anything is computed: each must be known, written in
 * its canonical spelling (no spaces, so one metric has one name in results), and value at least
 * one of the scenario's species (else its CO2e would be an empty sum).
 *
 * @param s - the validated scenario
 * @returns one issue per unknown, non-canonical or idle metric name, with its path
 * @example
 * ```ts
 * import { metricIssues } from "cobenefits/engine";
 * metricIssues({ metrics: ["AR6-GWP100", "GWP100"], species: ["CO2"] }).map((i) => i.path); // [["metrics", 1]]
 * ```
 * @category Scenario
 */
export function metricIssues(s: Pick<Scenario, "metrics" | "species">): InputIssue[] {
  return s.metrics.flatMap((name, i): InputIssue[] => {
    const canonical = canonicalMetricName(name);
    if (canonical !== name) return [{ code: "invalid_format" as const, path: ["metrics", i], key: name, message: `write "${canonical}", without spaces, so the metric has one name in results` }];
    let set: MetricSet;
    try {
      set = getMetric(name);
    } catch (e) {
      if (e instanceof CobenefitsError) return [{ ...issueOfError(e, ["metrics", i]), code: "unknown_reference" as const, key: name }];
      throw e;
    }
    if (s.species.some((sp) => countsInCo2e(set, sp))) return [];
    const valued = set.values.map((v) => v.species).filter((sp) => sp !== "CO2-biogenic");
    const elsewhere = s.species.filter((sp) => sp !== "CO2-biogenic").map((sp) => ({ sp, by: metricsWithValue(sp) })).filter((x) => x.by.length > 0);
    const hint = elsewhere.length > 0
      ? `; metrics that value ${elsewhere.map((x) => `${x.sp}: ${x.by.join(", ")}`).join("; ")} (see ${docsUrl("choosing-a-climate-metric.md")})`
      : "; remove the metric, or compute a species it values";
    return [{ code: "invalid_value" as const, path: ["metrics", i], key: name, message: `"${name}" values ${valued.join(", ")}; none of this scenario's species (${s.species.join(", ")})${hint}` }];
  });
}

/**
 * Checks that filters, devices and dust controls that remove PM2.5 say what they do to the species
 * nested with it (BC and OC inside PM2.5; PM2.5 inside PM10 and TSP), for the species the scenario
 * computes, so BC never stays above PM2.5 and PM10 never ignores a PM2.5 cut by omission. Dust
 * control, which acts on particle sizes only, is asked about PM10 and TSP.
 *
 * @param s - the validated scenario
 * @returns one issue per missing removal, with its path
 * @example
 * ```ts
 * import { particleNestingIssues } from "cobenefits/engine";
 * const s = { species: ["PM2.5", "BC"], measures: [{ id: "f", kind: "dpfRetrofit", removal: { "PM2.5": "0.9" } }] };
 * particleNestingIssues(s as never).map((i) => i.path); // [["measures", 0, "removal", "BC"]]
 * ```
 * @category Scenario
 */
export function particleNestingIssues(s: Pick<Scenario, "species" | "measures">): InputIssue[] {
  return s.measures.flatMap((m, i) => {
    const kind = measureKindOf(m);
    const nesting = kind?.phase === "modify" ? kind.particleNesting : undefined;
    if (nesting === undefined) return [];
    const removal = (m as { readonly removal: Partial<Record<string, string>> }).removal;
    const pm25 = removal["PM2.5"];
    if (pm25 === undefined) return [];
    return nesting.species
      .filter((sp) => s.species.includes(sp) && removal[sp] === undefined)
      .map((sp): InputIssue => ({
        code: "missing",
        path: ["measures", i, "removal", sp],
        message: `PM2.5 is removed at ${pm25}; say what the ${nesting.name} does to ${sp} too (${sp === "BC" || sp === "OC" ? `${sp} is part of PM2.5` : `PM2.5 is part of ${sp}`})`,
      }));
  });
}

/**
 * Runs a compile step and re-throws any cobenefits error with the path of the scenario element it
 * concerns (and the measure id), so an error found while looking up factors for a moved activity
 * points at the measure, not at an internal accounting row. Where `field` maps the inner error's
 * path to a field of that element (a baseline row's `unit`, `fuel`, `netCalorificValue.unit`),
 * the error is located at that field. The original error is kept whole, with its typed fields, as
 * `cause` (of the error, or of the issue); its message is not computed until read. An
 * {@link cobenefits!InvalidInputError} from the step has its issues relocated the same way, so no message
 * speaks of the accounting's internal `activities[0]`.
 *
 * @param path - the scenario path, e.g. `["measures", 2]`
 * @param context - what is being compiled, appended to the message
 * @param step - the step
 * @param measureId - the measure's id, when the step concerns a measure
 * @param field - maps the inner error's path to a path below `path`, or undefined to keep `path`
 * @returns what the step returns
 * @throws {@link cobenefits!InvalidMeasureError} (for a measure) or {@link cobenefits!InvalidInputError} with the path
 * @example
 * ```ts
 * import { withScenarioPath } from "cobenefits/engine";
 * withScenarioPath(["baseline", 0], "activity boilers", () => 42); // 42
 * ```
 * @category Scenario
 */
export function withScenarioPath<T>(
  path: readonly (string | number)[],
  context: string,
  step: () => T,
  measureId?: string,
  field?: (inner: readonly (string | number)[]) => readonly (string | number)[] | undefined,
): T {
  try {
    return step();
  } catch (e) {
    if (!(e instanceof CobenefitsError)) throw e;
    const at = (inner: readonly (string | number)[]) => [...path, ...(field?.(inner) ?? [])];
    if (e instanceof InvalidInputError) {
      throw new InvalidInputError("scenario", e.issues.map((i) => ({ ...i, path: at(i.path), message: `${i.message} (${context})` })));
    }
    if (measureId !== undefined) throw new InvalidMeasureError(e.code, () => `${e.detail} (${context})`, at(e.path), measureId, e);
    throw new InvalidInputError("scenario", [{ ...issueOfError(e, at(e.path)), message: `${e.detail} (${context})` }]);
  }
}

/**
 * The field of a baseline row that an accounting error's path names: the accounting sees the row
 * as an activity row (`activities[0].activityLevel.unit`), the user wrote `unit`.
 *
 * @param inner - the accounting error's path, e.g. `["activities", 0, "netCalorificValue", "unit"]`
 * @returns the path below the baseline row, e.g. `["netCalorificValue", "unit"]`, or undefined
 * @example
 * ```ts
 * import { baselineRowField } from "./compileChecks.js";
 * baselineRowField(["activities", 0, "activityLevel", "unit"]); // ["unit"]
 * baselineRowField(["activities", 0, "fuel"]); // ["fuel"]
 * ```
 * @category Scenario
 */
export function baselineRowField(inner: readonly (string | number)[]): readonly (string | number)[] | undefined {
  if (inner[0] !== "activities" || typeof inner[1] !== "number" || inner.length < 3) return undefined;
  const rest = inner.slice(2);
  if (rest[0] === "activityLevel") return rest[1] === "unit" ? ["unit"] : ["level"];
  return rest;
}
