import type { SourceRef } from "../citations/sourceRef.js";
import type { SulphurContent } from "../factors/sulphurContent.js";
import { type ZodObject, type ZodRawShape, literal, number, strictObject as object, string, union } from "zod";
import type { Quantity } from "../units/quantity.js";
import type { Dec } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { scheduleSchema } from "../activity/schedule.js";
import { targetSchema } from "./target.js";
import { measureUnitsSchema } from "./measureUnits.js";

/**
 * An activity as a measure sees it at compile time: its key, unit and the data needed to convert it.
 * @category Measures
 */
export interface ActivityTemplate {
  readonly activityId: string;
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string | undefined;
  readonly unit: string;
  readonly netCalorificValue?: Quantity | undefined;
  readonly fuelConsumption?: Quantity | undefined;
  /** The national NCV row the NCV came from, when a country was selected (for provenance). */
  readonly netCalorificValueFrom?: { readonly id: string; readonly source: SourceRef } | undefined;
  /** Sulphur content of the fuel (SO2 by mass balance); a template for another fuel does not carry it. */
  readonly sulphurContent?: SulphurContent | undefined;
  /** Sulphur retention [-], with `sulphurContent`. */
  readonly sulphurRetention?: string | undefined;
  readonly heatSegment?: string | undefined;
  /** Monthly shares of the baseline row (12, January first), when given. */
  readonly monthlyProfile?: readonly string[] | undefined;
  /** `indirect` for electricity priced with a grid factor. */
  readonly scope: "direct" | "indirect" | "indirectHeat";
  /** For a row given as stock x intensity: its stock unit and this activity per unit of stock in each year [unit / stock unit], index as the scenario's years. */
  readonly stock?: { readonly unit: string; readonly intensity: readonly Dec[] } | undefined;
}

/**
 * Services a measure may use while compiling: exact energy content of a template's activity unit.
 * @category Measures
 */
export interface MeasureContext {
  /** Energy of one unit of the template's activity, in `energyUnit` (through its NCV; errors when it has none). */
  energyPerUnit(template: ActivityTemplate, energyUnit: string, path: readonly (string | number)[]): Dec;
  /** Exact factor between two units of the same dimension. */
  unitFactor(from: string, to: string, path: readonly (string | number)[]): Dec;
  /** Emission of one unit of the template's activity [t/unit] by the factors, for a species; null: no factor; undefined: a species the scenario does not compute. */
  emissionPerUnit(template: ActivityTemplate, species: Species, path: readonly (string | number)[]): Dec | null | undefined;
}

/**
 * What a moved share becomes: a new activity (key, unit) and how many of its units one unit of
 * the source activity becomes (`conversion`), or `removed` (scrapped, not replaced).
 * @category Measures
 */
export type MoveResult = { readonly template: ActivityTemplate; readonly conversion: Dec } | "removed";

/**
 * A measure kind that moves a claimed share of the baseline activity somewhere else
 * (fuel switch, standard upgrade, scrappage, electric vehicles, stove replacement). Claims of
 * moving measures on the same baseline activity may not exceed the whole of it.
 * @category Measures
 */
export interface MoveMeasureKind<M> {
  readonly phase: "move";
  /**
   * Where in the measure each key field of the activity it makes comes from (`technology` of a
   * scrappage is its `replacement.technology`), so a factor lookup that fails for the made
   * activity (an unknown technology, a unit) is reported at that field of the measure.
   */
  readonly madeFields: Readonly<Partial<Record<"sector" | "fuel" | "technology" | "unit", readonly string[]>>>;
  readonly schema: ZodObject<ZodRawShape>;
  move(source: ActivityTemplate, measure: M, ctx: MeasureContext, path: readonly (string | number)[]): MoveResult;
}

/**
 * A measure kind that multiplies the emissions of the activity it treats, per species
 * (control devices, DPF, dust control, building retrofit, seasonal curtailment). With penetration
 * p the treated share is p, so the multiplier is 1 - p + p x f.
 * @category Measures
 */
export interface ModifyMeasureKind<M> {
  readonly phase: "modify";
  /**
   * Whether the measure follows activity that moving measures took from its target: true for
   * demand-side measures (a retrofitted building needs less heat whatever supplies it; a curtailed
   * plant produces less whatever it burns); false for equipment (a flue-gas device stays on the
   * replaced boiler). A measure that does not carry over acts on moved activity only when its target
   * matches that activity's own key (never through `activityIds`, never on indirect electricity).
   */
  readonly carriesOver: boolean;
  /**
   * For a kind with a per-species `removal`: the species nested with PM2.5 (BC and OC inside it;
   * PM10 and TSP around it) that a measure removing PM2.5 must also give a removal for, whenever
   * the scenario computes them, and how messages name the measure (`device`, `dust control`).
   * Absent: the kind is not asked (it has no PM2.5 removal of its own).
   */
  readonly particleNesting?: ParticleNesting;
  /**
   * For a kind whose effect is a figure the user measured and cites (not the emission factors):
   * the figures as given and their source, so every output can label the measure user-measured.
   */
  readonly userMeasured?: (measure: M) => UserMeasured;
  /**
   * True for a kind that is stated in `units` of stock only (its effect is a cut per unit, e.g.
   * a measured reduction): no penetration can state it, so `withPenetrations` refuses to give it one.
   */
  readonly unitsOnly?: true;
  readonly schema: ZodObject<ZodRawShape>;
  /**
   * The factor on the treated share's activity (the fuel or electricity it uses) [-]: below 1 for
   * measures that cut demand (a retrofit, a curtailment), above 1 for an energy penalty. Absent:
   * the measure changes emissions only, not the fuel used (a filter, a DPF, dust control); the
   * energy balance counts no change for it.
   */
  activityFactor?(subject: ActivityTemplate, measure: M, ctx: MeasureContext, path: readonly (string | number)[]): Dec;
  /** The factor f on the treated share, per species (a species absent from `bySpecies` gets `all`). */
  factors(subject: ActivityTemplate, measure: M, ctx: MeasureContext, path: readonly (string | number)[]): { readonly all: Dec; readonly bySpecies: Partial<Record<Species, Dec>> };
}

/**
 * What a user-measured measure states: its figures per species as given, and their source.
 * @category Measures
 */
export interface UserMeasured {
  /** The user's citation: report, table, page. */
  readonly source: string;
  readonly figures: readonly { readonly species: Species; readonly value: string; readonly unit: string }[];
}

/**
 * What a measure that removes PM2.5 must also say: the nested species it must give a removal for,
 * and how messages name the measure.
 * @category Measures
 */
export interface ParticleNesting {
  /** The species nested with PM2.5 that the measure must give a removal for, when computed. */
  readonly species: readonly Species[];
  /** How a message names the measure, e.g. `device`. */
  readonly name: string;
}

/**
 * The longest `lifetime` a measure may state [yr], so that lifetime tables stay bounded.
 * @example
 * ```ts
 * import { MAX_MEASURE_LIFETIME } from "cobenefits/engine";
 * MAX_MEASURE_LIFETIME; // 200
 * ```
 * @category Measures
 */
export const MAX_MEASURE_LIFETIME = 200;

/** A measure's lifetime as a number of years [yr]. */
const lifetimeYears = number().int("a lifetime is a whole number of years").min(1, "a lifetime is at least 1 year").max(MAX_MEASURE_LIFETIME, `a lifetime is at most ${MAX_MEASURE_LIFETIME} years`);

/**
 * The schema fields every measure shares: id, kind, optional label, target, how much of the
 * target it treats: a penetration schedule (fractions 0..1, per year) or `units` of stock treated
 * by each year (`{ unit: "vehicle", level: <schedule> }`), exactly one of the two; and an optional
 * `lifetime` [yr] (a positive whole number of years, at most {@link MAX_MEASURE_LIFETIME}, as a
 * number or, like every other numeric field, a string such as `"8"`: how long installed units
 * keep saving; read by {@link cobenefits!lifetimeReductions}).
 *
 * @param kind - the measure kind's discriminant
 * @param shape - the kind's own fields
 * @returns the zod object schema of the measure
 * @example
 * ```ts
 * import { measureSchemaOf } from "cobenefits/engine";
 * measureSchemaOf("demo", {}).safeParse({ id: "m", kind: "demo", target: { sector: "1.A" }, penetration: { kind: "constant", value: "0.5" } }).success; // true
 * ```
 * @category Measures
 */
export function measureSchemaOf<K extends string, S extends ZodRawShape>(kind: K, shape: S) {
  return object({
    id: string().min(1, "expected a measure id").refine((id) => id !== "all", 'the id "all" is reserved for the totals of all measures in result tables'),
    kind: literal(kind),
    label: string().optional(),
    target: targetSchema,
    penetration: scheduleSchema.optional(),
    units: measureUnitsSchema.optional(),
    lifetime: union([lifetimeYears, string().regex(/^[0-9]{1,4}$/).transform(Number).pipe(lifetimeYears)], {
      error: `a lifetime is a whole number of years from 1 to ${MAX_MEASURE_LIFETIME}, written as a number (8) or a string ("8")`,
    }).optional()
      .describe("years each installed unit keeps saving, a whole number from 1 to 200 (optional); the outputs then give the measure's reductions over its units' lifetime (lifetime.csv)"),
    ...shape,
  }).superRefine((m, ctx) => {
    const given = (m as { penetration?: unknown }).penetration !== undefined;
    const counted = (m as { units?: unknown }).units !== undefined;
    if (given === counted) ctx.addIssue({ code: "custom", path: [given ? "units" : "penetration"], message: given ? "give either penetration or units, not both" : "expected a penetration (fractions 0..1 per year) or units of stock treated by each year, e.g. { unit: vehicle, level: { kind: constant, value: \"21986\" } }" });
  });
}

/**
 * A type made read-only all the way down, so measures written `as const` are accepted and no
 * measure transform can change its input.
 * @category Measures
 */
export type DeepReadonly<T> = T extends readonly (infer R)[]
  ? readonly DeepReadonly<R>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;
