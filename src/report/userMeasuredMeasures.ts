import type { ScenarioResult } from "../scenario/evaluate/scenarioResult.js";

/**
 * The ids of the measures whose effect is a figure the user measured and cites (a
 * `measuredReduction`), as the result's attribution rows label them (`basis: "user-measured"`).
 * The report tables use it to label those measures' numbers `user-measured` in every output.
 *
 * @param result - from {@link evaluateScenario}
 * @returns the measure ids, in declared order
 * @example
 * ```ts
 * import { compileScenario, evaluateScenario } from "cobenefits";
 * import { userMeasuredMeasures } from "./userMeasuredMeasures.js";
 * const result = evaluateScenario(compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["NOx"], metrics: [],
 *   baseline: [{ id: "trucks", sector: "1.A.3.b.iii", fuel: "gasDieselOil", technology: "Diesel 16 - 32 t - Euro III - 2000", unit: "vkm",
 *     stock: { unit: "vehicle", level: { kind: "constant", value: "100" } }, intensity: { value: "40000", unit: "vkm/vehicle" } }],
 *   measures: [{ id: "devices", kind: "measuredReduction", target: { activityIds: ["trucks"] }, source: "Field test, Table 3",
 *     units: { unit: "vehicle", level: { kind: "constant", value: "10" } }, reductionPerUnit: { NOx: { value: "100", unit: "kg/vehicle" } } }] }));
 * [...userMeasuredMeasures(result)]; // ["devices"]
 * ```
 * @category Report
 */
export function userMeasuredMeasures(result: Pick<ScenarioResult, "attribution">): ReadonlySet<string> {
  return new Set(result.attribution.filter((a) => a.basis === "user-measured").map((a) => a.measure));
}
