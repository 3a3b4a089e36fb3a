import { type ZodType, discriminatedUnion } from "zod";
import { BUILDING_RETROFIT, type BuildingRetrofitMeasure } from "./buildingRetrofit.js";
import { CONTROL_DEVICE, type ControlDeviceMeasure } from "./controlDevice.js";
import { DPF_RETROFIT, type DpfRetrofitMeasure } from "./dpfRetrofit.js";
import { DUST_CONTROL, type DustControlMeasure } from "./dustControl.js";
import { ELECTRIC_VEHICLE, type ElectricVehicleMeasure } from "./electricVehicle.js";
import { FUEL_SWITCH, type FuelSwitchMeasure } from "./fuelSwitch.js";
import type { ModifyMeasureKind, MoveMeasureKind } from "./measureKind.js";
import { SCRAPPAGE, type ScrappageMeasure } from "./scrappage.js";
import { SEASONAL_CURTAILMENT, type SeasonalCurtailmentMeasure } from "./seasonalCurtailment.js";
import { STANDARD_UPGRADE, type StandardUpgradeMeasure } from "./standardUpgrade.js";
import { STOVE_REPLACEMENT, type StoveReplacementMeasure } from "./stoveReplacement.js";

/**
 * A measure, as plain serialisable data, discriminated by `kind`.
 * @category Measures
 */
export type Measure =
  | FuelSwitchMeasure
  | StandardUpgradeMeasure
  | ScrappageMeasure
  | ElectricVehicleMeasure
  | StoveReplacementMeasure
  | ControlDeviceMeasure
  | DpfRetrofitMeasure
  | DustControlMeasure
  | BuildingRetrofitMeasure
  | SeasonalCurtailmentMeasure;

/**
 * Every measure kind, keyed by its `kind`. A new kind is one new file plus one line here.
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
} as const satisfies Record<Measure["kind"], MoveMeasureKind<never> | ModifyMeasureKind<never>>;

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
 * import { measureKindOf } from "cobenefits";
 * measureKindOf({ kind: "dustControl" }).phase; // "modify"
 * ```
 * @category Measures
 */
export function measureKindOf(measure: Pick<Measure, "kind">): MoveMeasureKind<Measure> | ModifyMeasureKind<Measure> {
  return MEASURE_KINDS[measure.kind] as MoveMeasureKind<Measure> | ModifyMeasureKind<Measure>;
}
