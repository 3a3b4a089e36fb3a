import type { Plan } from "../plan.js";
import { userMeasuredOf } from "../../measures/registry.js";
import { type EmissionGroups, reportedInScope } from "./emissionGroups.js";
import type { AttributionRowOf, EmissionsRowOf } from "./scenarioResult.js";

/**
 * How an evaluator's numbers become result numbers: exact decimals to decimal strings, float64 as
 * they are.
 * @category Scenario
 */
export interface ResultNumbers<V, N> {
  /** a - b, in the evaluator's arithmetic. */
  minus(a: V, b: V): V;
  /** The value as the result holds it. */
  out(value: V): N;
}

/**
 * The emission rows of a result, in the order both evaluators give them: by year, then sector and
 * scope ({@link EmissionGroups.order}), then species as in the plan. One row per year, group and
 * species (the upstream scope: CH4 only, see `reportedInScope`); reduction = baseline - scenario.
 *
 * @param plan - the plan evaluated
 * @param groups - its sector and scope groups
 * @param emission - baseline and scenario emission of a year, group and species (indices) [t/yr]
 * @param numbers - the evaluator's arithmetic
 * @returns the rows [t/yr]
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { emissionGroups } from "./emissionGroups.js";
 * import { emissionRows } from "./resultRows.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }], measures: [] });
 * emissionRows(plan, emissionGroups(plan), () => [90, 60] as const, { minus: (a, b) => a - b, out: (v) => v })[0]?.reduction; // 30
 * ```
 * @category Scenario
 */
export function emissionRows<V, N>(
  plan: Plan,
  groups: EmissionGroups,
  emission: (yearIndex: number, group: number, speciesIndex: number) => readonly [baseline: V, scenario: V],
  numbers: ResultNumbers<V, N>,
): EmissionsRowOf<N>[] {
  return plan.years.flatMap((year, yi) =>
    groups.order.flatMap((g) =>
      plan.species.flatMap((species, si) => {
        const { sector, scope } = groups.groups[g]!;
        if (!reportedInScope(scope, species)) return [];
        const [baseline, scenario] = emission(yi, g, si);
        return { year, sector, scope, species, baseline: numbers.out(baseline), scenario: numbers.out(scenario), reduction: numbers.out(numbers.minus(baseline, scenario)), unit: "t" as const };
      }),
    ),
  );
}

/**
 * The attribution rows of a result, in the order both evaluators give them: by year, then measure
 * (declared order), then species.
 *
 * @param plan - the plan evaluated
 * @param shares - standalone, sequential and Shapley reduction of a year, measure and species (indices) [t/yr]
 * @param out - the value as the result holds it
 * @returns the rows [t/yr]
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { attributionRows } from "./resultRows.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["SO2"], metrics: [],
 *   baseline: [{ id: "stoves", sector: "1.A.4.b.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "fgd", kind: "controlDevice", target: { activityIds: ["stoves"] }, penetration: { kind: "constant", value: "1" }, removal: { SO2: "0.9" } }] });
 * attributionRows(plan, () => [81, 81, 81] as const, (v) => v)[0]?.measure; // "fgd"
 * ```
 * @category Scenario
 */
export function attributionRows<V, N>(
  plan: Plan,
  shares: (yearIndex: number, measureIndex: number, speciesIndex: number) => readonly [standalone: V, sequential: V, shapley: V],
  out: (value: V) => N,
): AttributionRowOf<N>[] {
  const measured = plan.measures.map((m) => (userMeasuredOf(m.measure) === undefined ? {} : { basis: "user-measured" as const }));
  return plan.years.flatMap((year, yi) =>
    plan.measures.flatMap((m, mi) =>
      plan.species.map((species, si) => {
        const [standalone, sequential, shapley] = shares(yi, mi, si);
        return { year, measure: m.measure.id, species, standalone: out(standalone), sequential: out(sequential), shapley: out(shapley), unit: "t" as const, ...measured[mi] };
      }),
    ),
  );
}
