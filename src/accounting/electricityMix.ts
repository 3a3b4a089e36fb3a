import { type ZodType, partialRecord, enum as zEnum, strictObject as object, string } from "zod";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { SPECIES, type Species } from "../units/species.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * The generation technologies of an electricity mix the engine prices: those of the published
 * mixes (`GENERATION_TECHNOLOGIES`) without the aggregates `thermal` and `renewable`, which must be
 * split before a mix can be priced (`other` is priced through the fuel its plants name). `nuclear`, `hydro`, `wind` and `solar` burn no fuel at the
 * plant and emit nothing at it (their life-cycle emissions are out of scope); the others burn the
 * fuel their {@link PlantSpec} names.
 * @category Accounting
 */
export const MIX_TECHNOLOGIES = ["coal", "gas", "oil", "nuclear", "hydro", "wind", "solar", "biomass", "other"] as const;

/**
 * A generation technology id; see {@link MIX_TECHNOLOGIES}.
 * @category Accounting
 */
export type MixTechnology = (typeof MIX_TECHNOLOGIES)[number];

/**
 * The technologies that burn no fuel at the plant (no emission at the plant by rule).
 * @category Accounting
 */
export const NON_COMBUSTION_TECHNOLOGIES: readonly MixTechnology[] = ["nuclear", "hydro", "wind", "solar"];

/**
 * A per-technology emission factor given per unit of fuel energy, e.g. from an emission limit in
 * mg/Nm3 converted through the fuel's specific flue-gas volume: used instead of the built-in fuel
 * factor, and with no removal efficiency on top (it is already the controlled emission).
 * @category Accounting
 */
export interface PlantFactorOverride {
  readonly value: DecimalString;
  /** Mass per fuel energy, e.g. `g/GJ`, `kg/TJ`. */
  readonly unit: string;
  readonly source: SourceRef;
}

/**
 * The plants of one combustion technology: the fuel they burn (an id of the fuel list, looked up
 * in sector 1.A.1.a), their net electrical efficiency, and the plant controls stated.
 * @category Accounting
 */
export interface PlantSpec {
  /** The fuel burned, e.g. `otherBituminousCoal`, `naturalGas`, `wood`: its 1.A.1.a factors apply. */
  readonly fuel: string;
  /** Net electrical efficiency [-]: electricity sent out per fuel energy, above 0 and at most 1. */
  readonly efficiency: DecimalString;
  readonly efficiencySource: SourceRef;
  /** Removal efficiency per species [-] of the plants' controls (FGD, SCR, ESP ...), from 0 to 1; a species not listed is uncontrolled. */
  readonly removal?: Partial<Record<Species, DecimalString>>;
  /** Required with `removal`: where the removal efficiencies come from. */
  readonly removalSource?: SourceRef;
  /** Factors per fuel energy that replace the built-in fuel factor of a species (an emission limit converted to g/GJ ...). */
  readonly factorOverrides?: Partial<Record<Species, PlantFactorOverride>>;
}

const fraction = (what: string, open: boolean) =>
  decimalWhere((d) => d.gte(0) && d.lte(1) && !(open && d.isZero()), `${what} must be ${open ? "above 0" : "from 0"} and at most 1`);

/**
 * Zod schema of a {@link PlantSpec}: an efficiency above 0 and at most 1, removal efficiencies from
 * 0 to 1 with their source, no species both removed and overridden.
 * @category Accounting
 */
export const plantSpecSchema: ZodType<PlantSpec> = object({
  fuel: string().min(1),
  efficiency: fraction("a plant efficiency", true),
  efficiencySource: sourceRefSchema,
  removal: partialRecord(zEnum(SPECIES), fraction("a removal efficiency", false)).optional(),
  removalSource: sourceRefSchema.optional(),
  factorOverrides: partialRecord(zEnum(SPECIES), object({ value: decimalWhere((d) => d.gte(0), "a factor must not be negative"), unit: string().min(1), source: sourceRefSchema })).optional(),
})
  .refine((p) => p.removal === undefined || p.removalSource !== undefined, { message: "removal efficiencies need their removalSource", path: ["removalSource"] })
  .superRefine((p, ctx) => {
    for (const sp of Object.keys(p.removal ?? {})) {
      if (p.factorOverrides?.[sp as Species] !== undefined) ctx.addIssue({ code: "custom", path: ["removal", sp], message: `${sp} has both a removal efficiency and a factor override; an override is already the controlled emission, state one` });
    }
  }) as ZodType<PlantSpec>;

/**
 * One year's electricity mix: the share of each technology in generation (shares sum exactly to
 * 1), the plants of each combustion technology with a share, and the transmission and
 * distribution losses (no default).
 * @category Accounting
 */
export interface ElectricityMix {
  /** Share of generation [-] per technology; the shares sum exactly to 1. */
  readonly shares: Partial<Record<MixTechnology, DecimalString>>;
  /** The plants of each combustion technology (coal, gas, oil, biomass, other) that has a share. */
  readonly plants: Partial<Record<MixTechnology, PlantSpec>>;
  /** Transmission and distribution losses [-] as a share of electricity sent out, from 0 to below 1. */
  readonly losses: DecimalString;
  readonly lossesSource: SourceRef;
}

/**
 * Zod schema of an {@link ElectricityMix}: shares from 0 to 1 summing exactly to 1, losses from 0
 * to below 1, plants only for combustion technologies.
 * @category Accounting
 */
export const electricityMixSchema: ZodType<ElectricityMix> = object({
  shares: partialRecord(zEnum(MIX_TECHNOLOGIES), fraction("a share", false)),
  plants: partialRecord(zEnum(MIX_TECHNOLOGIES), plantSpecSchema),
  losses: decimalWhere((d) => d.gte(0) && d.lt(1), "losses must be from 0 to below 1"),
  lossesSource: sourceRefSchema,
}).superRefine((m, ctx) => {
  const values = Object.values(m.shares);
  if (values.every(isDecimalString)) {
    const total = values.reduce((s: Dec, v) => s.plus(v), new Dec(0));
    if (!total.eq(1)) ctx.addIssue({ code: "custom", path: ["shares"], message: `the shares sum to ${total.toString()}, not exactly 1` });
  }
  for (const [tech, share] of Object.entries(m.shares)) {
    const t = tech as MixTechnology;
    if (NON_COMBUSTION_TECHNOLOGIES.includes(t)) continue;
    if (m.plants[t] === undefined && isDecimalString(share) && !new Dec(share).isZero()) ctx.addIssue({ code: "custom", path: ["plants", t], message: `${t} has a share but no plants: name their fuel and efficiency` });
  }
  for (const t of Object.keys(m.plants)) {
    if (NON_COMBUSTION_TECHNOLOGIES.includes(t as MixTechnology)) ctx.addIssue({ code: "custom", path: ["plants", t], message: `${t} burns no fuel at the plant; it takes no plants entry` });
  }
}) as ZodType<ElectricityMix>;
