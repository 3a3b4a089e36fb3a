import type { FactorUse } from "../accounting/computeEmissions.js";
import type { ConversionStep } from "../accounting/toFactorBasis.js";
import type { Measure } from "../measures/registry.js";
import type { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import type { Scenario } from "./scenario.js";
import type { EmissionScope } from "../factors/scopeOfFuel.js";

/**
 * One activity an activity row can become under the measures: the baseline itself (template 0)
 * or the share moved by a moving measure. Emissions [t] = amount x share x conversion x coef x
 * product of the modifiers' blended factors.
 * @category Scenario
 */
export interface TemplatePlan {
  /** Local index (into the lineage's `measures`) of the moving measure that creates it; -1 for the baseline. */
  readonly createdBy: number;
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string | undefined;
  readonly scope: EmissionScope;
  /** Unit of this template's activity (e.g. `t`, `GJ`, `MWh`, `vkm`). */
  readonly unit: string;
  /** Energy of one unit of this template's activity [GJ/unit] and how it was converted; or null with the reason (no NCV, no fuel consumption). Read by the energy balance. */
  readonly energy: TemplateEnergy;
  /** Units of this template's activity per unit of the baseline row's activity. */
  readonly conversion: Dec;
  /** Emission per unit of this template's activity [t/unit], per species (index as plan.species); null = no factor. */
  readonly coef: readonly (Dec | null)[];
  /** Per species, the coefficient in each year (index as plan.years) when it changes over the years (electricity on a grid series or mix); then it replaces `coef`, which holds the first year's. Null where `coef` is null. */
  readonly coefByYear?: readonly (readonly Dec[] | null)[];
  /** Provenance of each species' coefficient (empty when null). */
  readonly provenance: readonly (readonly FactorUse[])[];
  /** Per species, the unit conversions on the way to its factor's basis (the NCV used and its national table row, if any). */
  readonly conversions?: readonly (readonly ConversionStep[])[];
  /** Modify measures acting on it: local index, factor on the treated share per species, and factor on the treated share's activity (fuel used; 1 for end-of-pipe devices). */
  readonly modifiers: readonly { readonly local: number; readonly factors: readonly Dec[]; readonly activity: Dec }[];
}

/**
 * A template's coefficient [t/unit] of species `si` in year `yi`, read from `coefByYear` where the
 * coefficient changes over the years, else from `coef`; null when it has no factor.
 *
 * @param t - the template
 * @param si - species index (as plan.species)
 * @param yi - year index (as plan.years)
 * @returns the coefficient, or null
 * @example
 * ```ts
 * import { toDec } from "cobenefits";
 * import { coefAt } from "cobenefits/engine";
 * coefAt({ coef: [toDec("1")], coefByYear: [[toDec("1"), toDec("0.5")]] } as never, 0, 1)?.toString(); // "0.5"
 * ```
 * @category Scenario
 */
export function coefAt(t: Pick<TemplatePlan, "coef" | "coefByYear">, si: number, yi: number): Dec | null {
  const row = t.coefByYear?.[si];
  return row === undefined || row === null ? (t.coef[si] ?? null) : row[yi]!;
}

/**
 * Energy content of one unit of a template's activity [GJ/unit], through the conversion the
 * engine uses (the activity's NCV, else the factor set's NCV for the fuel; vehicle-km through the
 * fuel consumption), with the steps as text; or `null` with the reason when no conversion exists.
 * @category Scenario
 */
export type TemplateEnergy = { readonly gjPerUnit: Dec; readonly via: string } | { readonly gjPerUnit: null; readonly reason: string };

/**
 * One baseline activity row and everything the measures can make of it.
 * @category Scenario
 */
export interface LineagePlan {
  readonly activityId: string;
  /** Baseline activity level per year [baseline unit], index as plan.years. */
  readonly amounts: readonly Dec[];
  /** For a row given as stock x intensity: the stock unit, the stock per year [stock unit] and the intensity per year [baseline unit / stock unit]; amounts = counts x intensity. */
  readonly stock?: { readonly unit: string; readonly counts: readonly Dec[]; readonly intensity: readonly Dec[] };
  /** Global indices of the measures that can affect this row, in declared order. */
  readonly measures: readonly number[];
  /** Local indices of the moving measures among `measures`. */
  readonly moving: readonly number[];
  readonly templates: readonly TemplatePlan[];
}

/**
 * A compiled scenario: units resolved, factors looked up, schedules expanded, claims checked.
 * Plain arrays read by both evaluators (exact and fast).
 * @category Scenario
 */
export interface Plan {
  readonly scenario: Scenario;
  readonly years: readonly number[];
  readonly species: readonly Species[];
  readonly measures: readonly {
    readonly measure: Measure;
    readonly phase: "move" | "modify";
    readonly penetration: readonly Dec[];
    /** For a measure stated in units of stock: its unit, the units treated [unit] and the stock it targets [unit] per year (penetration = counts / stock). */
    readonly units?: { readonly unit: string; readonly counts: readonly Dec[]; readonly stock: readonly Dec[] };
  }[];
  readonly lineages: readonly LineagePlan[];
  /** Activity and species with no factor (only with `onMissingFactor: "omit"`). */
  readonly missing: readonly { readonly activityId: string; readonly sector: string; readonly fuel: string; readonly technology?: string | undefined; readonly species: Species; readonly reason: string }[];
  /** Measures acting on the same activity (reported; claims above 1 are errors at compile time). */
  readonly overlaps: readonly { readonly activityId: string; readonly measures: readonly string[]; readonly kind: "claims" | "modifies" }[];
}
