import { type ZodType, array, enum as zEnum, literal, number, strictObject as object, string, union } from "zod";
import { provenanceShape, type Provenance } from "../citations/sourceRef.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * The kinds of generation a mix is split into. `coal` ... `biomass` are single technologies a
 * per-technology factor can be applied to; `thermal` (combustion plants whose fuels the source does
 * not split), `renewable` (renewable plants the source does not split; a component's `includes`
 * says which) and `other` (the rest, or a residual) are aggregates: no fuel factor applies to them
 * until the user splits them.
 * @category Factors
 */
export const GENERATION_TECHNOLOGIES = ["coal", "gas", "oil", "nuclear", "hydro", "wind", "solar", "biomass", "thermal", "renewable", "other"] as const;

/**
 * A kind of generation; see {@link GENERATION_TECHNOLOGIES}.
 * @category Factors
 */
export type GenerationTechnology = (typeof GENERATION_TECHNOLOGIES)[number];

/**
 * The aggregates among {@link GENERATION_TECHNOLOGIES}: kinds no single fuel factor applies to.
 * @category Factors
 */
export const AGGREGATE_GENERATION_TECHNOLOGIES: readonly GenerationTechnology[] = ["thermal", "renewable", "other"];

/**
 * How a mix's components are given: as published percentages (`%`, summing to exactly 100) or as
 * published amounts of electricity, summing to exactly the published `total`.
 * @category Factors
 */
export const GENERATION_MIX_UNITS = ["%", "TWh", "GWh", "100 GWh"] as const;

/**
 * One part of a generation mix, as published.
 * @category Factors
 */
export interface GenerationMixComponent {
  readonly technology: GenerationTechnology;
  /** The share [%] or amount [the mix's unit] as published, a decimal string. */
  readonly value: DecimalString;
  /** What the component covers, in the source's words, when that is not plain from its technology. */
  readonly includes?: string;
  /** True when cobenefits computed the value (a residual: the total minus the published components); `includes` says how. */
  readonly derived?: true;
}

/**
 * The electricity generation of a country (or grid region) in one year, split by kind of plant,
 * with its citation and quality flag.
 * @category Factors
 */
export interface GenerationMix extends Provenance {
  /** Stable id, e.g. `mix.JP.FY2019.ANRE`. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 country code. */
  readonly country: string;
  /** `national`, or the name of a regional grid (e.g. `North China grid`). */
  readonly region: string;
  /** The year the data describe. */
  readonly year: number;
  /** `calendar`, or `fiscal` (Japan: April to March of the next year). */
  readonly yearKind: "calendar" | "fiscal";
  /** What is counted: gross generation, generation of plants above a size, ... */
  readonly coverage: string;
  readonly unit: (typeof GENERATION_MIX_UNITS)[number];
  /** The published total in `unit`; absent for percentages (their total is 100). */
  readonly total?: DecimalString;
  readonly components: readonly GenerationMixComponent[];
}

const componentSchema = object({
  technology: zEnum(GENERATION_TECHNOLOGIES),
  value: decimalWhere((d) => d.gte(0), "a share or amount must not be negative"),
  includes: string().min(1).optional(),
  derived: literal(true).optional(),
});

/** The sum of a mix's components, or undefined when one is not a decimal (the field checks say so). */
function componentSum(components: readonly { readonly value: string }[]): Dec | undefined {
  if (!components.every((c) => isDecimalString(c.value))) return undefined;
  return components.reduce((s, c) => s.plus(c.value), new Dec(0));
}

/**
 * Zod schema of a {@link GenerationMix}: the components name each technology at most once, a
 * derived component says what it is (`includes`), a secondary value names its `via`, and the
 * components sum to exactly 100 (`%`) or to exactly the published `total` (amounts), so a residual
 * is never left implicit.
 * @category Factors
 */
export const generationMixSchema: ZodType<GenerationMix> = object({
  id: string().min(1),
  country: string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as CN"),
  region: string().min(1),
  year: number().int().min(1990).max(2100),
  yearKind: union([literal("calendar"), literal("fiscal")]),
  coverage: string().min(1),
  unit: zEnum(GENERATION_MIX_UNITS),
  total: decimalWhere((d) => d.gt(0), "a total must be positive").optional(),
  components: array(componentSchema).min(1),
  ...provenanceShape,
})
  .refine((m) => new Set(m.components.map((c) => c.technology)).size === m.components.length, { message: "each technology at most once", path: ["components"] })
  .refine((m) => m.components.every((c) => c.derived !== true || c.includes !== undefined), { message: "a derived component must say what it is and how it was computed (includes)", path: ["components"] })
  .refine((m) => (m.unit === "%") === (m.total === undefined), { message: "amounts need their published total; percentages have none", path: ["total"] })
  .refine(
    (m) => {
      const sum = componentSum(m.components);
      if (sum === undefined || (m.total !== undefined && !isDecimalString(m.total))) return true;
      return sum.eq(m.total ?? 100);
    },
    { message: "the components must sum to exactly 100 (%) or to the published total; state the residual as an explicit `other` component", path: ["components"] },
  )
  .refine((m) => m.quality !== "secondary" || m.via !== undefined, { message: "a secondary value must name the publication it was read in (via)", path: ["via"] }) as ZodType<GenerationMix>;

/**
 * The share of each component of a generation mix as a fraction of 1, as decimal strings of
 * `places` decimal places that sum to exactly 1.
 *
 * Method: share_i = value_i / total (total = 100 for percentages, else the published total),
 * apportioned by largest remainders (Hamilton's method): each share is first rounded down to
 * `places` places, then the units of the last place still missing to make 1 go, one each, to the
 * components with the largest remainders (the earlier of equals). Each share is within one unit of
 * the last place of its exact value.
 *
 * @param mix - the generation mix
 * @param places - decimal places of each share (0 to 30)
 * @returns one share [fraction] per component, in the mix's order
 * @throws nothing for a mix that {@link generationMixSchema} accepts (the built-in ones are); check
 *   a mix of your own with the schema first
 * @example
 * ```ts
 * import { generationShares, lookupGenerationMix } from "cobenefits";
 * const mix = lookupGenerationMix({ id: "mix.JP.FY2019.ANRE" });
 * generationShares(mix, 4).find((s) => s.technology === "coal")?.share; // "0.3180"
 * ```
 * @category Factors
 */
export function generationShares(mix: GenerationMix, places = 6): readonly { readonly technology: GenerationTechnology; readonly share: DecimalString }[] {
  const digits = Math.min(30, Math.max(0, Math.trunc(places)));
  const scale = new Dec(10).pow(digits);
  const total = new Dec(mix.total ?? 100);
  const exact = mix.components.map((c) => new Dec(c.value).times(scale).div(total));
  const units = exact.map((x) => x.floor());
  const missing = scale.minus(units.reduce((s, u) => s.plus(u), new Dec(0))).toNumber(); // 0 .. components - 1
  const byRemainder = exact.map((x, i) => ({ i, remainder: x.minus(units[i]!) })).sort((a, b) => b.remainder.comparedTo(a.remainder) || a.i - b.i);
  for (const { i } of byRemainder.slice(0, missing)) units[i] = units[i]!.plus(1);
  return mix.components.map((c, i) => ({ technology: c.technology, share: units[i]!.div(scale).toFixed(digits) }));
}
