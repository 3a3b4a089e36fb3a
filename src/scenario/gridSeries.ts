import { type ZodType, partialRecord, enum as zEnum, strictObject as object, string, union } from "zod";
import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { type ElectricityMix, MIX_TECHNOLOGIES, type MixTechnology } from "../accounting/electricityMix.js";
import { type BuiltinMixShares, gridMixSharesSchema } from "./builtinMixShares.js";
import { type GridPlantSpec, gridPlantSpecSchema } from "./gridPlantSpec.js";
import { ratioUnitSchema } from "../units/unitSchema.js";
import { decimalStringSchema } from "../units/quantity.js";
import { SPECIES, type Species } from "../units/species.js";

/**
 * A scenario's electricity grid over the years (the `grid` field): emission factors of
 * electricity per species and year, given as series (`factors`: a schedule per species, in mass
 * per electricity, e.g. t/MWh), computed from a generation mix per year (`mix`, see
 * `electricityFactorsFromMix`), or both: then a species with a series takes it and the mix gives the others. The schedules are those of the
 * activities (constant, step, interp, growth). Historical years come from published series (cite
 * them in `source`); projections are the user's own input, stated as such: cobenefits never
 * extends a series on its own. `gridFactor` (one CO2 row for all years) remains the CO2-only
 * constant case; CO2 comes from one of them only.
 * @category Scenario
 */
export interface GridSeries {
  /** ISO 3166-1 alpha-2 code of the grid's country, e.g. `CN`. */
  readonly country: string;
  /** What the series or mix is (e.g. "North China grid, published 2015-2022, projected by the city plan"). */
  readonly definition: string;
  /** Where the series, or the mix shares, come from. */
  readonly source: SourceRef;
  /** Per species: its factor per unit of electricity delivered, year by year. */
  readonly factors?: Partial<Record<Species, { readonly unit: string; readonly level: Schedule }>>;
  /** A generation mix per year and the plants behind it. */
  readonly mix?: GridMix;
}

/**
 * The mix of a {@link GridSeries}: like an {@link ElectricityMix}, with each share a schedule
 * (the shares sum to 1 in every year of the scenario: exactly where every share is a written
 * value, within the 40-digit rounding where one is interpolated; see `shareSumTolerance`).
 * @category Scenario
 */
export interface GridMix {
  /** A schedule per technology, or a built-in generation mix by id (the same shares in every year; see {@link BuiltinMixShares}). */
  readonly shares: Partial<Record<MixTechnology, Schedule>> | BuiltinMixShares;
  /** The plants of each combustion technology; efficiencies and emission limits may name built-in rows (see {@link GridPlantSpec}). */
  readonly plants: Partial<Record<MixTechnology, GridPlantSpec>>;
  /** Transmission and distribution losses [-], a number or a schedule over the years, from 0 to below 1 in every year. */
  readonly losses: ElectricityMix["losses"] | Schedule;
  readonly lossesSource: SourceRef;
}

/**
 * Zod schema of a {@link GridSeries}: a country code, a definition, a source, and at least one of
 * `factors` and `mix`.
 * @category Scenario
 */
export const gridSeriesSchema: ZodType<GridSeries> = object({
  country: string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as CN"),
  definition: string().min(1).describe("what the series or mix is, and which years are published and which projected"),
  source: sourceRefSchema,
  factors: partialRecord(zEnum(SPECIES), object({
    unit: ratioUnitSchema("mass per electricity, e.g. t/MWh or g/kWh", (r) => r.numerator.dimension === "mass" && r.denominator.dimension === "energy"),
    level: scheduleSchema,
  })).optional().describe("per species: the factor of electricity delivered as a schedule over the years"),
  mix: object({
    shares: gridMixSharesSchema,
    plants: partialRecord(zEnum(MIX_TECHNOLOGIES), gridPlantSpecSchema).describe("the plants of each combustion technology: fuel, efficiency, controls"),
    losses: union([decimalStringSchema, scheduleSchema]).describe("transmission and distribution losses [-], as a share of electricity sent out (no default), or a schedule over the years"),
    lossesSource: sourceRefSchema,
  }).optional(),
}).refine((g) => g.factors !== undefined || g.mix !== undefined, { message: "give factors, a mix, or both", path: ["factors"] }) as ZodType<GridSeries>;
