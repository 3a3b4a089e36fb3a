import { type ZodType, array, strictObject as object, string } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import { Dec, type DecimalString, isDecimalString } from "../../units/decimal.js";
import { decimalStringSchema } from "../../units/quantity.js";
import { type ChpAllocationInput, chpAllocationInputSchema } from "../chp/allocateChp.js";

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
 * @category Factors
 */
export interface HeatPlant {
  readonly id: string;
  /** Share of the network's heat sent out that this plant supplies [-]; the shares sum to 1. */
  readonly share: DecimalString;
  /** Sector of its emission factors, e.g. `1.A.1.a` (public heat production). */
  readonly sector: string;
  readonly fuel: string;
  readonly technology?: string;
  /** A heat-only boiler: heat sent out per fuel, net calorific basis [-], cited. */
  readonly heatOnly?: { readonly efficiency: DecimalString; readonly source: SourceRef };
  /** A CHP plant: its fuel, outputs and the named allocation method, cited. */
  readonly chp?: ChpAllocationInput & { readonly source: SourceRef };
}

/**
 * Where a scenario's district heat comes from: the plants and the heat network's losses. Nothing
 * has a default. One GJ of heat delivered needs 1 / (1 - networkLoss) GJ sent out; plant p sends
 * out its share of it and burns fuel for it (heat / efficiency, or its CHP fuel allocated to heat
 * per GJ of heat); the emissions are that fuel times the plant's emission factors.
 * @category Factors
 */
export interface HeatSupplySpec {
  /** Heat lost in the network per heat sent out by the plants [GJ/GJ], 0 to below 1, cited. */
  readonly networkLoss: { readonly value: DecimalString; readonly source: SourceRef };
  readonly plants: readonly HeatPlant[];
}

const positive = (what: string) => decimalStringSchema.refine((v) => !isDecimalString(v) || new Dec(v).gt(0), `${what} must be positive`);

/**
 * Zod schema of a {@link HeatSupplySpec} (a scenario's `heatSupply`): a plant states exactly one of
 * `heatOnly` and `chp`; plant ids are unique; the shares sum to exactly 1.
 * @category Factors
 */
export const heatSupplySpecSchema: ZodType<HeatSupplySpec> = object({
  networkLoss: object({
    value: decimalStringSchema.refine((v) => !isDecimalString(v) || (new Dec(v).gte(0) && new Dec(v).lt(1)), "a network loss is a fraction from 0 to below 1"),
    source: sourceRefSchema,
  }).describe("heat lost in the network per heat sent out by the plants [GJ/GJ], cited"),
  plants: array(
    object({
      id: string().min(1).max(200),
      share: decimalStringSchema.refine((v) => !isDecimalString(v) || (new Dec(v).gt(0) && new Dec(v).lte(1)), "a plant's share is a fraction above 0, at most 1"),
      sector: string().regex(/^[0-9](\.[A-Za-z0-9]+)*$/, "expected an NFR/IPCC code such as 1.A.1.a"),
      fuel: string().min(1),
      technology: string().min(1).optional(),
      heatOnly: object({ efficiency: positive("an efficiency"), source: sourceRefSchema }).optional().describe("a heat-only boiler: heat sent out per fuel (NCV basis)"),
      chp: object({ ...{ fuel: chpShape().fuel, electricity: chpShape().electricity, heat: chpShape().heat, method: chpShape().method }, source: sourceRefSchema }).optional()
        .describe("a CHP plant: fuel, electricity and heat over one period and the allocation method named (energy, exergy, efficiency, fixedHeatEfficiency)"),
    }).refine((p) => (p.heatOnly === undefined) !== (p.chp === undefined), { message: "state exactly one of heatOnly and chp", path: ["heatOnly"] }),
  ).min(1, "name at least one plant"),
}).superRefine((s, ctx) => {
  const seen = new Set<string>();
  s.plants.forEach((p, i) => {
    if (seen.has(p.id)) ctx.addIssue({ code: "custom", path: ["plants", i, "id"], message: `plant id ${p.id} listed twice` });
    seen.add(p.id);
  });
  if (s.plants.every((p) => isDecimalString(p.share))) {
    const total = s.plants.reduce((t, p) => t.plus(p.share), new Dec(0));
    if (!total.eq(1)) ctx.addIssue({ code: "custom", path: ["plants"], message: `the plants' shares sum to ${total.toString()}; they must sum to exactly 1` });
  }
}).describe("district heat supply: plants and network losses, every value stated and cited") as ZodType<HeatSupplySpec>;

/** The fields of the CHP allocation input schema (its object shape). */
function chpShape() {
  return (chpAllocationInputSchema as unknown as { shape: Record<"fuel" | "electricity" | "heat" | "method", ZodType> }).shape;
}
