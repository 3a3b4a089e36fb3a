import { type ZodType, array, strictObject as object, string } from "zod";
import { fuelGroupsOf } from "../factors/fuels.js";
import { sectorWithin } from "../factors/sectorWithin.js";

/**
 * Which activity a measure acts on. Every field given must match: `sector` matches the code and
 * its sub-sectors, `fuel` the fuel or a fuel of that group, `technology` exactly, `heatSegment`
 * the baseline row's heat segment, `activityIds` the baseline row ids.
 * @category Measures
 */
export interface Target {
  readonly sector?: string;
  readonly fuel?: string;
  readonly technology?: string;
  readonly heatSegment?: string;
  readonly activityIds?: readonly string[];
}

/**
 * Zod schema of a {@link Target}; at least one field is required (a measure never targets "everything" by omission).
 * @category Measures
 */
export const targetSchema: ZodType<Target> = object({
  sector: string().min(1).optional(),
  fuel: string().min(1).optional(),
  technology: string().min(1).optional(),
  heatSegment: string().min(1).optional(),
  activityIds: array(string().min(1)).min(1).optional(),
}).refine((t) => Object.values(t).some((v) => v !== undefined), {
  message: "a target needs at least one of sector, fuel, technology, heatSegment, activityIds",
}) as ZodType<Target>;

/**
 * What a target is matched against: an activity's key and its baseline row's id and heat segment.
 * @category Measures
 */
export interface TargetSubject {
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string | undefined;
  readonly heatSegment?: string | undefined;
  readonly activityId: string;
}


/**
 * Whether a target matches an activity.
 *
 * @param target - the measure's target
 * @param subject - the activity's key, baseline id and heat segment
 * @returns true when every field of the target matches
 * @example
 * ```ts
 * import { matchesTarget } from "cobenefits/engine";
 * matchesTarget({ sector: "1.A.4", fuel: "hardCoal" }, { sector: "1.A.4.b.i", fuel: "anthracite", activityId: "stoves" }); // true
 * ```
 * @category Measures
 */
export function matchesTarget(target: Target, subject: TargetSubject): boolean {
  if (target.sector !== undefined && !sectorWithin(subject.sector, target.sector)) return false;
  if (target.fuel !== undefined && subject.fuel !== target.fuel && !fuelGroupsOf(subject.fuel).includes(target.fuel)) return false;
  if (target.technology !== undefined && subject.technology !== target.technology) return false;
  if (target.heatSegment !== undefined && subject.heatSegment !== target.heatSegment) return false;
  if (target.activityIds !== undefined && !target.activityIds.includes(subject.activityId)) return false;
  return true;
}
