import { CobenefitsError } from "./cobenefitsError.js";

/**
 * A measure stated in units of stock that its target cannot carry: more units treated than the
 * targeted rows' stock in a year (`UNITS_EXCEED_STOCK`), or a target with no stock in the
 * measure's unit (`NO_STOCK`: a targeted row given by level, or counted in another unit).
 * @category Errors
 */
export class StockUnitsError extends CobenefitsError {
  declare readonly code: "UNITS_EXCEED_STOCK" | "NO_STOCK";
  readonly measureId: string;
  /** The measure's unit of stock, e.g. `vehicle`. */
  readonly unit: string;
  /** The baseline rows the measure targets. */
  readonly activityIds: readonly string[];
  /** `UNITS_EXCEED_STOCK`: the year, the units treated and the stock of the targeted rows then [unit]. */
  readonly year: number | undefined;
  readonly units: string | undefined;
  readonly stock: string | undefined;
  /**
   * @param code - `UNITS_EXCEED_STOCK` or `NO_STOCK`
   * @param detail - the message
   * @param path - the measure's `units` (or its `unit`) in the scenario
   * @param fields - the measure, its unit, the targeted rows; the year, units and stock when they exceed it
   */
  constructor(
    code: "UNITS_EXCEED_STOCK" | "NO_STOCK",
    detail: string,
    path: readonly (string | number)[],
    fields: { readonly measureId: string; readonly unit: string; readonly activityIds: readonly string[]; readonly year?: number; readonly units?: string; readonly stock?: string },
  ) {
    super(code, detail, path);
    this.measureId = fields.measureId;
    this.unit = fields.unit;
    this.activityIds = fields.activityIds;
    this.year = fields.year;
    this.units = fields.units;
    this.stock = fields.stock;
  }
}

/**
 * A measured per-unit reduction larger than what the factors say one unit of stock emits
 * (`REDUCTION_EXCEEDS_EMISSION`), or one that cannot be turned into a factor on its target
 * (`NO_EMISSION_PER_UNIT`: no factor for the species, or an intensity that changes over the years).
 * @category Errors
 */
export class MeasuredReductionError extends CobenefitsError {
  declare readonly code: "REDUCTION_EXCEEDS_EMISSION" | "NO_EMISSION_PER_UNIT";
  readonly measureId: string;
  readonly activityId: string;
  readonly species: string;
  /** The measured reduction per unit of stock [t / stock unit / yr], as given, converted. */
  readonly reduction: string;
  /** What one unit of stock emits by the factors [t / stock unit / yr]; undefined when unknown. */
  readonly emission: string | undefined;
  /**
   * @param code - `REDUCTION_EXCEEDS_EMISSION` or `NO_EMISSION_PER_UNIT`
   * @param detail - the message
   * @param path - the species' reduction in the measure
   * @param fields - measure, activity, species, the reduction and emission per unit
   */
  constructor(
    code: "REDUCTION_EXCEEDS_EMISSION" | "NO_EMISSION_PER_UNIT",
    detail: string,
    path: readonly (string | number)[],
    fields: { readonly measureId: string; readonly activityId: string; readonly species: string; readonly reduction: string; readonly emission?: string },
  ) {
    super(code, detail, path);
    this.measureId = fields.measureId;
    this.activityId = fields.activityId;
    this.species = fields.species;
    this.reduction = fields.reduction;
    this.emission = fields.emission;
  }
}
