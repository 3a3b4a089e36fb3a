import { CobenefitsError, InvalidInputError, type InputIssue, InvalidMeasureError } from "../errors.js";
import { getMetric } from "../metrics/registry.js";
import type { Scenario } from "./scenario.js";

/**
 * Checks the scenario's metric names before anything is computed.
 *
 * @param s - the validated scenario
 * @returns one issue per unknown or invalid metric name, with its path
 * @example
 * ```ts
 * import { metricIssues } from "cobenefits";
 * metricIssues({ metrics: ["AR6-GWP100", "GWP100"] } as never).map((i) => i.path); // [["metrics", 1]]
 * ```
 * @category Scenario
 */
export function metricIssues(s: Pick<Scenario, "metrics">): InputIssue[] {
  return s.metrics.flatMap((name, i) => {
    try {
      getMetric(name);
      return [];
    } catch (e) {
      return [{ path: ["metrics", i], message: e instanceof CobenefitsError ? e.detail : String(e) }];
    }
  });
}

/**
 * Checks that filters and devices that remove PM2.5 say what they do to the species nested with it
 * (BC and OC inside PM2.5; PM2.5 inside PM10 and TSP), for the species the scenario computes, so
 * BC never stays above PM2.5 and PM10 never ignores a PM2.5 cut by omission.
 *
 * @param s - the validated scenario
 * @returns one issue per missing removal, with its path
 * @example
 * ```ts
 * import { particleNestingIssues } from "cobenefits";
 * const s = { species: ["PM2.5", "BC"], measures: [{ id: "f", kind: "dpfRetrofit", removal: { "PM2.5": "0.9" } }] };
 * particleNestingIssues(s as never).map((i) => i.path); // [["measures", 0, "removal", "BC"]]
 * ```
 * @category Scenario
 */
export function particleNestingIssues(s: Pick<Scenario, "species" | "measures">): InputIssue[] {
  const nested = ["BC", "OC", "PM10", "TSP"] as const;
  return s.measures.flatMap((m, i) => {
    if (m.kind !== "controlDevice" && m.kind !== "dpfRetrofit") return [];
    const removal = m.removal as Partial<Record<string, string>>;
    const pm25 = removal["PM2.5"];
    if (pm25 === undefined) return [];
    return nested
      .filter((sp) => s.species.includes(sp) && removal[sp] === undefined)
      .map((sp) => ({
        path: ["measures", i, "removal", sp],
        message: `PM2.5 is removed at ${pm25}; say what the device does to ${sp} too (${sp === "BC" || sp === "OC" ? `${sp} is part of PM2.5` : `PM2.5 is part of ${sp}`})`,
      }));
  });
}

/**
 * Runs a compile step and re-throws any cobenefits error with the path of the scenario element it
 * concerns (and the measure id), so an error found while looking up factors for a moved activity
 * points at the measure, not at an internal accounting row.
 *
 * @param path - the scenario path, e.g. `["measures", 2]`
 * @param context - what is being compiled, appended to the message
 * @param step - the step
 * @param measureId - the measure's id, when the step concerns a measure
 * @returns what the step returns
 * @throws {@link InvalidMeasureError} (for a measure) or {@link InvalidInputError} with the path
 * @example
 * ```ts
 * import { withScenarioPath } from "cobenefits";
 * withScenarioPath(["baseline", 0], "activity boilers", () => 42); // 42
 * ```
 * @category Scenario
 */
export function withScenarioPath<T>(path: readonly (string | number)[], context: string, step: () => T, measureId?: string): T {
  try {
    return step();
  } catch (e) {
    if (!(e instanceof CobenefitsError) || e instanceof InvalidInputError) throw e;
    const detail = `${e.detail} (${context})`;
    if (measureId !== undefined) throw new InvalidMeasureError(e.code, detail, path, measureId);
    throw new InvalidInputError("scenario", [{ path, message: detail }]);
  }
}
