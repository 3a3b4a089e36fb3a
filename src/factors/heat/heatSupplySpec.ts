import { type ZodType, array, strictObject as object, string } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import { Dec, type DecimalString, isDecimalString } from "../../units/decimal.js";
import { type ChpAllocationInput, chpAllocationInputSchema } from "../chp/allocateChp.js";
import { decimalWhere } from "../../units/decimalWhere.js";

/**
 * The fuel id of district heat delivered to a building (`GJ` of heat at the building's substation).
 * Its emissions happen at the heat plants, through the scenario's {@link HeatSupplySpec}, in scope
 * `indirectHeat`.
 * @category Factors
 */
export const DISTRICT_HEAT = "districtHeat";

/**
 * One plant of a district heat supply: its share of the heat sent out, its fuel and emission
 * factor key, and how much fuel one GJ of its heat takes: a heat-only boiler's efficiency, or a
 * CHP plant's fuel, outputs and the allocation method the user names (see `allocateChp`).
 * `V` is the form of the share and a heat-only boiler's efficiency: a decimal (one year's supply,
 * the default), or in a scenario's `heatSupply` a decimal or a {@link cobenefits!Schedule} over the years.
 * @category Factors
 */
export interface HeatPlant<V = DecimalString> {
  readonly id: string;
  /** Share of the network's heat sent out that this plant supplies [-]; the shares sum to 1 (in every year). */
  readonly share: V;
  /** Sector of its emission factors, e.g. `1.A.1.a` (public heat production). */
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  /** A heat-only boiler: heat sent out per fuel, net calorific basis [-], cited. */
  readonly heatOnly?: { readonly efficiency: V; readonly source: SourceRef };
  /** A CHP plant: its fuel, outputs and the named allocation method, cited (the same in every year). */
  readonly chp?: ChpAllocationInput & { readonly source: SourceRef };
}

/**
 * Where a scenario's district heat comes from: the plants and the heat network's losses. Nothing
 * has a default. One GJ of heat delivered needs 1 / (1 - networkLoss) GJ sent out; plant p sends
 * out its share of it and burns fuel for it (heat / efficiency, or its CHP fuel allocated to heat
 * per GJ of heat); the emissions are that fuel times the plant's emission factors. `V` is the form
 * of a value (see {@link HeatPlant}): `HeatSupplySpec` is one year's supply, with decimals.
 * @category Factors
 */
export interface HeatSupplySpec<V = DecimalString> {
  /** Heat lost in the network per heat sent out by the plants [GJ/GJ], 0 to below 1, cited. */
  readonly networkLoss: { readonly value: V; readonly source: SourceRef };
  readonly plants: readonly HeatPlant<V>[];
}

const positive = (what: string) => decimalWhere((d) => d.gt(0), `${what} must be positive`);

/**
 * Zod schema of a heat supply whose values take the form `value` makes of a checked decimal (the
 * decimal itself, or a union with a schedule): a plant states exactly one of `heatOnly` and
 * `chp`; plant ids are unique; where every share is a decimal, the shares sum to exactly 1; a CHP
 * plant's heat output is above 0 (its fuel per GJ of heat is a ratio to it).
 *
 * @param value - the schema of a value, from the schema of the decimal form (with its range check)
 * @param tolerance - how far from 1 the sum of the shares may be [-] (0: exactly 1, the default)
 * @returns the schema
 * @example
 * ```ts
 * import { heatSupplySchemaOf } from "./heatSupplySpec.js";
 * const src = { id: "X", table: "T" };
 * heatSupplySchemaOf((d) => d).safeParse({ networkLoss: { value: "1", source: src }, plants: [] }).success; // false
 * ```
 * @category Factors
 */
export function heatSupplySchemaOf<V>(value: (decimal: ZodType<DecimalString>) => ZodType<V>, tolerance = new Dec(0)): ZodType<HeatSupplySpec<V>> {
  return object({
    networkLoss: object({
      value: value(decimalWhere((d) => d.gte(0) && d.lt(1), "a network loss is a fraction from 0 to below 1")),
      source: sourceRefSchema,
    }).describe("heat lost in the network per heat sent out by the plants [GJ/GJ], cited"),
    plants: array(
      object({
        id: string().min(1).max(200),
        share: value(decimalWhere((d) => d.gte(0) && d.lte(1), "a plant's share is a fraction from 0 to 1")),
        sector: string().regex(/^[0-9](\.[A-Za-z0-9]+)*$/, "expected an NFR/IPCC code such as 1.A.1.a"),
        fuel: string().min(1),
        technology: string().min(1).optional(),
        heatOnly: object({ efficiency: value(positive("an efficiency")), source: sourceRefSchema }).optional().describe("a heat-only boiler: heat sent out per fuel (NCV basis)"),
        chp: object({ ...{ fuel: chpShape().fuel, electricity: chpShape().electricity, heat: object({ value: positive("a CHP plant's heat output"), unit: (chpShape().heat as unknown as { shape: { unit: ZodType } }).shape.unit }), method: chpShape().method }, source: sourceRefSchema }).optional()
          .describe("a CHP plant: fuel, electricity and heat over one period and the allocation method named (energy, exergy, efficiency, fixedHeatEfficiency)"),
      }).refine((p) => (p.heatOnly === undefined) !== (p.chp === undefined), { message: "state exactly one of heatOnly and chp", path: ["heatOnly"] }),
    ).min(1, "name at least one plant"),
  }).superRefine((s, ctx) => {
    const seen = new Set<string>();
    s.plants.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["plants", i, "id"], message: `plant id ${p.id} listed twice` });
      seen.add(p.id);
    });
    if (s.plants.every((p) => isDecimalString(p.share as string))) {
      const total = s.plants.reduce((t, p) => t.plus(p.share as unknown as DecimalString), new Dec(0));
      if (total.minus(1).abs().gt(tolerance)) ctx.addIssue({ code: "custom", path: ["plants"], message: `the plants' shares sum to ${total.toString()}; they must sum to exactly 1` });
    }
  }).describe("district heat supply: plants and network losses, every value stated and cited") as unknown as ZodType<HeatSupplySpec<V>>;
}

/**
 * Zod schema of a {@link HeatSupplySpec} (one year's heat supply, every value a decimal): a plant
 * states exactly one of `heatOnly` and `chp`; plant ids are unique; the shares sum to exactly 1;
 * a CHP plant's heat output is above 0.
 * @category Factors
 */
export const heatSupplySpecSchema: ZodType<HeatSupplySpec> = heatSupplySchemaOf((d) => d);

/** The fields of the CHP allocation input schema (its object shape). */
function chpShape() {
  return (chpAllocationInputSchema as unknown as { shape: Record<"fuel" | "electricity" | "heat" | "method", ZodType> }).shape;
}
