import { enum as zEnum, strictObject as object, partialRecord, string } from "zod";
import { MeasuredReductionError, StockUnitsError } from "../errors.js";
import { Dec } from "../units/decimal.js";
import { SPECIES, type Species } from "../units/species.js";
import { ratioUnitSchema } from "../units/unitSchema.js";
import { parseRatioUnit } from "../units/units.js";
import { type DeepReadonly, type ModifyMeasureKind, measureSchemaOf } from "./measureKind.js";
import { decimalWhere } from "../units/decimalWhere.js";

/** A measured cut per unit of stock per year, e.g. `{ value: "500", unit: "kg/vehicle" }`. */
const perUnitSchema = object({
  value: decimalWhere((d) => d.gt(0), "expected a positive reduction per unit, e.g. \"500\" (kg/vehicle)"),
  unit: ratioUnitSchema("a mass per unit of stock, e.g. kg/vehicle or t/household", (r) => r.numerator.dimension === "mass" && r.denominator.dimension !== "mass"),
});

const schema = measureSchemaOf("measuredReduction", {
  /** The measured reduction per unit of stock per year, by species, e.g. `{ NOx: { value: "500", unit: "kg/vehicle" } }`. */
  reductionPerUnit: partialRecord(zEnum(SPECIES), perUnitSchema).refine((r) => Object.keys(r).length > 0, "name at least one species, e.g. { NOx: { value: \"500\", unit: kg/vehicle } }"),
  /** Where the measured figure comes from (required): the report, table and page, so every output can cite it. */
  source: string().min(1, "a measured reduction needs its source: the report, table and page the figure comes from"),
}).superRefine((m, ctx) => {
  if (m.units === undefined && m.penetration !== undefined) ctx.addIssue({ code: "custom", path: ["penetration"], message: "a measured reduction is counted per unit of stock: give units (e.g. { unit: vehicle, level: { kind: constant, value: \"77\" } }) instead of a penetration" });
});

/**
 * A measured per-unit reduction, as data.
 * @category Measures
 */
export type MeasuredReductionMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `measuredReduction`: a reduction measured on the equipment itself, per unit of stock per year
 * ("each device cuts 500 kg NOx per vehicle per year"), cited by the user (`source`, required) and
 * labelled user-measured in every output. It is stated in `units` of stock (the devices fitted
 * by each year) on a target whose rows are given as stock x intensity.
 *
 * Method: on each targeted row, the measured cut r_s [t per unit of stock per year] becomes the
 * factor f_s = 1 - r_s / e_s on the treated share, where e_s = intensity x coefficient is what one
 * unit of stock emits by the factors [t per unit per year]; the penetration is units / stock. The
 * treated units then emit e_s - r_s each: the engine keeps its multiplicative, Shapley-consistent
 * form, and with other measures on the same units the cut is scaled by what they leave (it is
 * measured against the factors' baseline). Species not listed are unchanged.
 *
 * @example
 * ```ts
 * import { MEASURED_REDUCTION } from "cobenefits/engine";
 * MEASURED_REDUCTION.phase; // "modify"
 * ```
 * @category Measures
 */
export const MEASURED_REDUCTION: ModifyMeasureKind<MeasuredReductionMeasure> = {
  phase: "modify",
  carriesOver: false,
  unitsOnly: true,
  userMeasured: (m) => ({ source: m.source, figures: (Object.entries(m.reductionPerUnit) as [Species, { readonly value: string; readonly unit: string }][]).map(([species, r]) => ({ species, value: r.value, unit: r.unit })) }),
  schema,
  factors(subject, m, ctx, path) {
    const bySpecies: Partial<Record<Species, Dec>> = {};
    for (const [sp, given] of Object.entries(m.reductionPerUnit) as [Species, { readonly value: string; readonly unit: string }][]) {
      const at = [...path, "reductionPerUnit", sp];
      const fields = { measureId: m.id, activityId: subject.activityId, species: sp };
      if (subject.stock === undefined) {
        throw new StockUnitsError("NO_STOCK", `measure ${m.id} gives a reduction per ${parseRatioUnit(given.unit).denominator.text} but activity ${subject.activityId} has no stock; give it a stock and an intensity instead of a level`, [...path, "target"], { measureId: m.id, unit: parseRatioUnit(given.unit).denominator.text, activityIds: [subject.activityId] });
      }
      const ratio = parseRatioUnit(given.unit, [...at, "unit"]);
      // [t per unit of the stock]: the given mass in t, per the stock's own unit.
      const reduction = new Dec(given.value).times(ctx.unitFactor(ratio.numerator.text, "t", [...at, "unit"])).times(ctx.unitFactor(subject.stock.unit, ratio.denominator.text, [...at, "unit"]));
      const coef = ctx.emissionPerUnit(subject, sp, path);
      if (coef === undefined) continue; // a species the scenario does not compute
      const intensity = subject.stock.intensity;
      if (intensity.every((x) => x.isZero())) continue; // nothing of it is left to treat (e.g. a scrapped share)
      if (coef === null || intensity.some((x) => !x.eq(intensity[0]!))) {
        const why = coef === null ? `activity ${subject.activityId} has no ${sp} factor to compare it with` : `the intensity of activity ${subject.activityId} changes over the years (${intensity.map(String).join(", ")} ${subject.unit}/${subject.stock.unit}), so one factor cannot carry it; give a constant intensity`;
        throw new MeasuredReductionError("NO_EMISSION_PER_UNIT", `measure ${m.id}: ${why}`, at, { ...fields, reduction: reduction.toString() });
      }
      const emission = intensity[0]!.times(coef);
      if (reduction.gt(emission)) {
        throw new MeasuredReductionError(
          "REDUCTION_EXCEEDS_EMISSION",
          `measure ${m.id} cuts ${reduction.toString()} t ${sp} per ${subject.stock.unit} per year (${given.value} ${given.unit}, ${m.source}), more than the ${emission.toString()} t one ${subject.stock.unit} of activity ${subject.activityId} emits by the factors (${intensity[0]!.toString()} ${subject.unit}/${subject.stock.unit} x ${coef.toString()} t/${subject.unit}); check the figure, its unit and the activity's intensity`,
          at,
          { ...fields, reduction: reduction.toString(), emission: emission.toString() },
        );
      }
      bySpecies[sp] = new Dec(1).minus(reduction.div(emission));
    }
    return { all: new Dec(1), bySpecies };
  },
};
