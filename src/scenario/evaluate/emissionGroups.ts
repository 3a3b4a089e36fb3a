import type { Plan } from "../plan.js";
import type { EmissionScope } from "../../factors/scopeOfFuel.js";

/**
 * Where emissions are reported: a sector and a scope (`indirect` for electricity priced with the
 * grid factor, `upstream` for the opt-in upstream methane of the fuels used).
 * @category Scenario
 */
export interface EmissionGroup {
  readonly sector: string;
  readonly scope: EmissionScope;
}

/**
 * The sector and scope groups of a plan's templates, numbered once for both evaluators.
 * @category Scenario
 */
export interface EmissionGroups {
  /** Every (sector, scope) pair of the plan's templates, in order of first appearance. */
  readonly groups: readonly EmissionGroup[];
  /** Per lineage (index as `plan.lineages`), the group index of each of its templates. */
  readonly templateGroups: readonly Int32Array[];
  /** Group indices in the order of result rows: by sector, then scope. */
  readonly order: readonly number[];
}

/**
 * Numbers the (sector, scope) groups of a plan's templates: each template's group, and the order in
 * which result rows list them (by sector, then scope). Both evaluators report emissions per year,
 * group and species in this order.
 *
 * @param plan - a plan from {@link compileScenario}
 * @returns the groups, each template's group and the row order
 * @example
 * ```ts
 * import { compileScenario } from "cobenefits";
 * import { emissionGroups } from "./emissionGroups.js";
 * const plan = compileScenario({ name: "demo", years: { start: 2030, end: 2030 }, species: ["CO2"], metrics: [], gridFactor: { id: "grid.CN.2022.MEE-NBS.national-average" },
 *   baseline: [{ id: "boilers", sector: "1.A.4.a.i", fuel: "anthracite", unit: "TJ", level: { kind: "constant", value: "100" } }],
 *   measures: [{ id: "heatPumps", kind: "fuelSwitch", target: { activityIds: ["boilers"] }, penetration: { kind: "constant", value: "0.5" },
 *     to: { fuel: "electricity" }, efficiencyFrom: "0.7", efficiencyTo: "3", toUnit: "MWh" }] });
 * emissionGroups(plan).groups; // [{ sector: "1.A.4.a.i", scope: "direct" }, { sector: "1.A.4.a.i", scope: "indirect" }]
 * ```
 * @category Scenario
 */
export function emissionGroups(plan: Plan): EmissionGroups {
  const index = new Map<string, number>();
  const groups: EmissionGroup[] = [];
  const templateGroups = plan.lineages.map((l) =>
    Int32Array.from(l.templates, (t) => {
      const key = `${t.sector}|${t.scope}`;
      let g = index.get(key);
      if (g === undefined) {
        g = groups.length;
        index.set(key, g);
        groups.push({ sector: t.sector, scope: t.scope });
      }
      return g;
    }),
  );
  const order = groups.map((_, g) => g).sort((a, b) => compareGroups(groups[a]!, groups[b]!));
  return { groups, templateGroups, order };
}

/**
 * The order of result rows within a year: by sector, then scope.
 *
 * @param a - a group
 * @param b - another group
 * @returns negative, zero or positive, as for `Array.prototype.sort`
 * @example
 * ```ts
 * import { compareGroups } from "./emissionGroups.js";
 * compareGroups({ sector: "1.A.4", scope: "indirect" }, { sector: "1.A.4", scope: "direct" }) > 0; // true
 * ```
 * @category Scenario
 */
export function compareGroups(a: EmissionGroup, b: EmissionGroup): number {
  return a.sector.localeCompare(b.sector) || a.scope.localeCompare(b.scope);
}

/**
 * Whether result rows report a species in a scope: every species in `direct` and `indirect`;
 * only CH4 in `upstream` (the upstream scope counts methane only, so its other species are not
 * zeros but not counted, and have no rows).
 *
 * @param scope - the scope of a group
 * @param species - a species
 * @returns true when rows of the scope list the species
 * @example
 * ```ts
 * import { reportedInScope } from "./emissionGroups.js";
 * [reportedInScope("upstream", "CH4"), reportedInScope("upstream", "SO2"), reportedInScope("direct", "SO2")]; // [true, false, true]
 * ```
 * @category Scenario
 */
export function reportedInScope(scope: EmissionGroup["scope"], species: string): boolean {
  return scope !== "upstream" || species === "CH4";
}
