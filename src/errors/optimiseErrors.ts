import { CobenefitsError } from "./cobenefitsError.js";

/**
 * Targets of a least-cost portfolio that no choice of penetrations within the `optimise:` bounds
 * meets. It names the binding target (the one furthest below its requirement, relative to its
 * baseline, at the choice with the least total shortfall) and the best reduction it reaches:
 * there, with the other targets pulling against it (`reachedTogether`), and alone, with every
 * chosen measure free within its bounds (`bestAlone`). Reductions in t/yr of the species, or
 * t CO2-eq/yr under the metric, as float64 numbers from the fast kernel.
 * @category Errors
 */
export class InfeasibleTargetsError extends CobenefitsError {
  declare readonly code: "INFEASIBLE_TARGETS";
  /** The binding target's id. */
  readonly targetId: string;
  /** What it reduces: a species, or `CO2e (<metric>)`. */
  readonly quantity: string;
  readonly year: number;
  /** The reduction it asks for [t/yr]. */
  readonly required: number;
  /** Its reduction at the choice with the least total shortfall of all targets [t/yr]. */
  readonly reachedTogether: number;
  /** The largest reduction of it alone within the bounds [t/yr]. */
  readonly bestAlone: number;
  /** `t` or `t CO2-eq`. */
  readonly unit: string;
  /**
   * @param where - the binding target and its figures
   * @param path - where in the input (the target)
   */
  constructor(
    where: { readonly targetId: string; readonly quantity: string; readonly year: number; readonly required: number; readonly reachedTogether: number; readonly bestAlone: number; readonly unit: string; readonly others: number },
    path: readonly (string | number)[] = ["targets"],
  ) {
    const g = (v: number) => Number(v.toPrecision(6)).toString();
    super(
      "INFEASIBLE_TARGETS",
      `target "${where.targetId}" (${where.quantity} in ${where.year}) cannot be met within the optimise bounds: it asks for a reduction of at least ${g(where.required)} ${where.unit}/yr; ` +
        (where.others > 0 ? `with the other ${where.others === 1 ? "target" : `${where.others} targets`} met as far as they can be, it reaches ${g(where.reachedTogether)}; ` : "") +
        `alone, the best reachable is ${g(where.bestAlone)} ${where.unit}/yr. Lower the target, raise the measures' maxPenetration, allow earlier years, or add measures to optimise.measures`,
      path,
    );
    this.targetId = where.targetId;
    this.quantity = where.quantity;
    this.year = where.year;
    this.required = where.required;
    this.reachedTogether = where.reachedTogether;
    this.bestAlone = where.bestAlone;
    this.unit = where.unit;
  }
}
