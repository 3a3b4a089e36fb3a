import { type ZodType, discriminatedUnion } from "zod";
import { BUILDING_RETROFIT } from "./buildingRetrofit.js";
import { CONTROL_DEVICE } from "./controlDevice.js";
import { DPF_RETROFIT } from "./dpfRetrofit.js";
import { DUST_CONTROL } from "./dustControl.js";
import { ELECTRIC_VEHICLE } from "./electricVehicle.js";
import { FUEL_SWITCH } from "./fuelSwitch.js";
import type { ModifyMeasureKind, MoveMeasureKind, UserMeasured } from "./measureKind.js";
import { MEASURED_REDUCTION } from "./measuredReduction.js";
import { SCRAPPAGE } from "./scrappage.js";
import { SEASONAL_CURTAILMENT } from "./seasonalCurtailment.js";
import { STANDARD_UPGRADE } from "./standardUpgrade.js";
import { STOVE_REPLACEMENT } from "./stoveReplacement.js";

/**
 * Every measure kind, keyed by its `kind`. A new kind is its own file plus its line here (and its
 * import): the {@link Measure} union, the schema and the JSON Schema follow from this table.
 * @category Measures
 */
export const MEASURE_KINDS = {
  fuelSwitch: FUEL_SWITCH,
  standardUpgrade: STANDARD_UPGRADE,
  scrappage: SCRAPPAGE,
  electricVehicle: ELECTRIC_VEHICLE,
  stoveReplacement: STOVE_REPLACEMENT,
  controlDevice: CONTROL_DEVICE,
  dpfRetrofit: DPF_RETROFIT,
  dustControl: DUST_CONTROL,
  buildingRetrofit: BUILDING_RETROFIT,
  seasonalCurtailment: SEASONAL_CURTAILMENT,
  measuredReduction: MEASURED_REDUCTION,
} as const;

/** The measure data type of a kind definition. */
type MeasureOf<K> = K extends MoveMeasureKind<infer M> ? M : K extends ModifyMeasureKind<infer M> ? M : never;

/**
 * A measure, as plain serialisable data, discriminated by `kind`: one of the types of
 * {@link MEASURE_KINDS} (FuelSwitchMeasure, ControlDeviceMeasure ...).
 * @category Measures
 */
export type Measure = {
  [K in keyof typeof MEASURE_KINDS]: (typeof MEASURE_KINDS)[K] extends MoveMeasureKind<infer M> ? M : (typeof MEASURE_KINDS)[K] extends ModifyMeasureKind<infer M> ? M : never;
}[keyof typeof MEASURE_KINDS];

/** The registry keys that differ from their kind's discriminant. */
type MisnamedKinds = { [K in keyof typeof MEASURE_KINDS]: [MeasureOf<(typeof MEASURE_KINDS)[K]>["kind"]] extends [K] ? never : K }[keyof typeof MEASURE_KINDS];
// Compiles only when every key is its kind's discriminant: `measureKindOf` looks kinds up by `kind`.
const registryKeysAreKinds: [MisnamedKinds] extends [never] ? true : MisnamedKinds = true;

/**
 * Zod schema of a {@link Measure}: a union discriminated by `kind`, built from the registry.
 * @category Measures
 */
export const measureSchema: ZodType<Measure> = discriminatedUnion(
  "kind",
  Object.values(MEASURE_KINDS).map((k) => k.schema) as unknown as Parameters<typeof discriminatedUnion>[1],
) as unknown as ZodType<Measure>;

/**
 * The kind definition of a measure (its phase and transform), looked up by `kind`.
 *
 * @param measure - the measure
 * @returns the kind definition
 * @example
 * ```ts
 * import { measureKindOf } from "cobenefits/engine";
 * measureKindOf({ kind: "dustControl" }).phase; // "modify"
 * ```
 * @category Measures
 */
export function measureKindOf(measure: Pick<Measure, "kind">): MoveMeasureKind<Measure> | ModifyMeasureKind<Measure> {
  return MEASURE_KINDS[measure.kind] as MoveMeasureKind<Measure> | ModifyMeasureKind<Measure>;
}

/**
 * What a user-measured measure states (its figures and source), or undefined for a measure
 * whose effect comes from the emission factors.
 *
 * @param measure - the measure
 * @returns the figures as given and their source, or undefined
 * @example
 * ```ts
 * import { userMeasuredOf } from "cobenefits/engine";
 * userMeasuredOf({ id: "m", kind: "dustControl", target: { sector: "2.A.5.b" }, penetration: { kind: "constant", value: "1" }, removal: { "PM2.5": "0.5" } } as never); // undefined
 * ```
 * @category Measures
 */
export function userMeasuredOf(measure: Measure): UserMeasured | undefined {
  const kind = measureKindOf(measure);
  return kind.phase === "modify" ? kind.userMeasured?.(measure) : undefined;
}
