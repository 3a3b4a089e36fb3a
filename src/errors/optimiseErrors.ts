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
  declare readonly targetId: string;
  /** What it reduces: a species, or `CO2e (<metric>)`. */
  declare readonly quantity: string;
  declare readonly year: number;
  /** The reduction it asks for [t/yr]. */
  declare readonly required: number;
  /** Its reduction at the choice with the least total shortfall of all targets [t/yr]. */
  declare readonly reachedTogether: number;
  /** The largest reduction of it alone within the bounds [t/yr]. */
  declare readonly bestAlone: number;
  /** `t` or `t CO2-eq`. */
  declare readonly unit: string;
  /**
   * @param message - what is wrong and what to change (built by the optimiser, so the core import stays small)
   * @param where - the binding target and its figures
   * @param path - where in the input (the target)
   */
  constructor(
    message: string,
    where: { readonly targetId: string; readonly quantity: string; readonly year: number; readonly required: number; readonly reachedTogether: number; readonly bestAlone: number; readonly unit: string },
    path: readonly (string | number)[] = ["targets"],
  ) {
    super("INFEASIBLE_TARGETS", message, path);
    Object.assign(this, where);
  }
}
