import { array, number } from "zod";
import { InvalidMeasureError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import { fractionSchema } from "./fractionSchemas.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";

const schema = measureSchemaOf("seasonalCurtailment", {
  /** Months of the control, 1 = January, e.g. heating season `[11, 12, 1, 2, 3]`. */
  months: array(number().int().min(1).max(12)).min(1),
  /** Share of the activity in those months that is cut [-]. */
  curtailment: fractionSchema,
});

/**
 * A seasonal (heating-season) curtailment, as data.
 * @category Measures
 */
export type SeasonalCurtailmentMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `seasonalCurtailment`: activity of the target cut by `curtailment` in the given months
 * (e.g. industrial production limits in the heating season). Method: factor = 1 - curtailment x
 * (share of the annual activity in those months, from the baseline row's monthly profile). A row
 * without a monthly profile is an error: no flat profile is assumed. The activity (fuel used) is
 * cut by the same factor (`activityFactor`, read by the energy balance).
 *
 * @example
 * ```ts
 * import { SEASONAL_CURTAILMENT } from "cobenefits/engine";
 * SEASONAL_CURTAILMENT.phase; // "modify"
 * ```
 * @category Measures
 */
export const SEASONAL_CURTAILMENT: ModifyMeasureKind<SeasonalCurtailmentMeasure> = {
  phase: "modify",
  carriesOver: true,
  schema,
  activityFactor: (subject, m, ctx, path) => SEASONAL_CURTAILMENT.factors(subject, m, ctx, path).all,
  factors(subject, m, _ctx, path) {
    const profile = subject.monthlyProfile;
    if (profile === undefined) {
      throw new InvalidMeasureError("MISSING_MONTHLY_PROFILE", `seasonal curtailment needs a monthlyProfile on activity ${subject.activityId} (12 shares, January first)`, [...path, "target"]);
    }
    const inMonths = [...new Set(m.months)].reduce((s, month) => s.plus(profile[month - 1] ?? "0"), new Dec(0));
    return { all: new Dec(1).minus(new Dec(m.curtailment).times(inMonths)), bySpecies: {} };
  },
};
