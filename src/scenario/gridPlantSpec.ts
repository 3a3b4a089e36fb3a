import { type ZodType, partialRecord, enum as zEnum, strictObject as object, string, union } from "zod";
import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import type { FactorUse } from "../accounting/computeEmissions.js";
import type { MixTechnology, PlantFactorOverride, PlantSpec } from "../accounting/electricityMix.js";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import { CobenefitsError, InvalidInputError, type InputIssueInit, issueOfError } from "../errors.js";
import { citationIssues, type FactorSet } from "../factors/factorSet.js";
import { limitToFactor } from "../factors/limitToFactor.js";
import { efficiencyFromCoalRate } from "../factors/plantEfficiency.js";
import { listPlantEfficiencies, listPlantEmissionLimits } from "../factors/scopeDataLists.js";
import type { CitedQuantity } from "../factors/upstream/upstreamSpec.js";
import { nearestStrings } from "../nearestStrings.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { SPECIES, type Species } from "../units/species.js";
import { ratioUnitSchema } from "../units/unitSchema.js";
import { parseRatioUnit } from "../units/units.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * A plant efficiency taken from a built-in row (`listPlantEfficiencies()`): a published efficiency,
 * or a coal consumption rate turned into one by {@link cobenefits!efficiencyFromCoalRate} with the energy
 * of the coal equivalent the user states and cites (no default: e.g. `{ value: "1", unit: "tce/t" }`,
 * 29.3076 GJ/t, China's 7000 kcal/kg).
 * @category Scenario
 */
export interface BuiltinPlantEfficiency {
  readonly builtin: string;
  /** Energy per mass of the coal equivalent [energy/mass], e.g. `MJ/kg`, `tce/t`; needed for a coal consumption rate. */
  readonly coalEquivalentEnergy?: CitedQuantity;
}

/**
 * An emission-limit preset the plants are stated to meet (`listPlantEmissionLimits()`, named by the
 * id without `limit.` and the pollutant, e.g. `CN.ultra-low.coal`), with the fuel's specific dry
 * flue-gas volume the user states and cites: each limit becomes a factor override of its species
 * through {@link cobenefits!limitToFactor}.
 * @category Scenario
 */
export interface PlantLimitPreset {
  readonly preset: string;
  /** Specific dry flue-gas volume of the plants' fuel [normal volume/energy], e.g. `Nm3/GJ`, cited. */
  readonly flueGasVolume: CitedQuantity;
  /** O2 content [%] at which `flueGasVolume` is given (`"0"` for a stoichiometric volume). */
  readonly flueGasVolumeO2: DecimalString;
  /** O2 content of dry air [%] the O2 correction uses (e.g. `"21"`), as the limit's standard says. */
  readonly airO2: DecimalString;
}

/**
 * The plants of a grid mix's technology as a scenario states them: a {@link cobenefits!PlantSpec} whose
 * efficiency may name a built-in row (then without `efficiencySource`: the row's citation is used),
 * and which may meet an emission-limit preset (`limits`). The efficiency and each removal
 * efficiency may be a {@link cobenefits!Schedule} over the years (checked in every year of the scenario).
 * @category Scenario
 */
export interface GridPlantSpec extends Omit<PlantSpec, "efficiency" | "efficiencySource" | "removal"> {
  readonly efficiency: DecimalString | Schedule | BuiltinPlantEfficiency;
  /** Required with a number or a schedule as efficiency. */
  readonly efficiencySource?: SourceRef;
  /** Removal efficiency per species [-], a number or a schedule over the years, from 0 to 1. */
  readonly removal?: Partial<Record<Species, DecimalString | Schedule>>;
  readonly limits?: PlantLimitPreset;
}

const citedQuantity = (what: string, dims: (r: ReturnType<typeof parseRatioUnit>) => boolean) =>
  object({ value: decimalWhere((d) => d.gt(0), "must be positive"), unit: ratioUnitSchema(what, dims), source: sourceRefSchema });
const fraction = (what: string, open: boolean) =>
  decimalWhere((d) => d.gte(0) && d.lte(1) && !(open && d.isZero()), `${what} must be ${open ? "above 0" : "from 0"} and at most 1`);

/**
 * Zod schema of a {@link GridPlantSpec}.
 * @category Scenario
 */
export const gridPlantSpecSchema: ZodType<GridPlantSpec> = object({
  fuel: string().min(1),
  efficiency: union([
    fraction("a plant efficiency", true),
    scheduleSchema,
    object({
      builtin: string().min(1).describe("id of a built-in plant efficiency row (listPlantEfficiencies())"),
      coalEquivalentEnergy: citedQuantity("energy per mass of the coal equivalent, e.g. MJ/kg or tce/t", (r) => r.numerator.dimension === "energy" && r.denominator.dimension === "mass").optional(),
    }),
  ]).describe("net electrical efficiency [-] (a number or a schedule over the years), or a built-in row by id"),
  efficiencySource: sourceRefSchema.optional(),
  removal: partialRecord(zEnum(SPECIES), union([fraction("a removal efficiency", false), scheduleSchema])).optional(),
  removalSource: sourceRefSchema.optional(),
  factorOverrides: partialRecord(zEnum(SPECIES), object({ value: decimalWhere((d) => d.gte(0), "a factor must not be negative"), unit: string().min(1), source: sourceRefSchema })).optional(),
  limits: object({
    preset: string().min(1).describe("an emission-limit preset, e.g. CN.ultra-low.coal"),
    flueGasVolume: citedQuantity("normal volume per fuel energy, e.g. Nm3/GJ", (r) => r.numerator.dimension === "gasVolume" && r.denominator.dimension === "energy"),
    flueGasVolumeO2: decimalStringSchema,
    airO2: decimalStringSchema,
  }).optional().describe("the plants meet an emission-limit preset: each limit becomes a factor override through the stated flue-gas volume"),
})
  .refine((p) => "builtin" in Object(p.efficiency) || p.efficiencySource !== undefined, { message: "an efficiency needs its efficiencySource", path: ["efficiencySource"] })
  .refine((p) => !("builtin" in Object(p.efficiency)) || p.efficiencySource === undefined, { message: "a built-in efficiency cites its own row; remove efficiencySource", path: ["efficiencySource"] })
  .refine((p) => p.removal === undefined || p.removalSource !== undefined, { message: "removal efficiencies need their removalSource", path: ["removalSource"] }) as ZodType<GridPlantSpec>;

/** The id of a limit row without `limit.` and its pollutant: the preset it belongs to. */
const presetOf = (id: string) => id.slice("limit.".length, id.lastIndexOf("."));

/**
 * What a {@link GridPlantSpec} resolves to: the plant spec the accounting layer prices, the
 * provenance of its presets (for every species, and per overridden species), and the problems.
 * @category Scenario
 */
export interface ResolvedGridPlant {
  /** The plants; where a value is a schedule, `plant` holds its first written value and `schedules` the schedule (see `plantInYear`). */
  readonly plant: PlantSpec;
  /** The values given as schedules: evaluated and checked per year by `plantInYear`. */
  readonly schedules?: { readonly efficiency?: Schedule; readonly removal?: Partial<Record<Species, Schedule>> };
  readonly uses: readonly FactorUse[];
  readonly speciesUses: Partial<Record<Species, readonly FactorUse[]>>;
  readonly issues: readonly InputIssueInit[];
}

/**
 * A grid plant with its presets applied: a built-in efficiency row becomes the efficiency (a coal
 * consumption rate through {@link cobenefits!efficiencyFromCoalRate}, a percentage over 100); a limit
 * preset becomes a factor override [g/GJ] per limited species through {@link cobenefits!limitToFactor}.
 *
 * @param tech - the technology the plants serve (a row or preset for another kind of plant is refused)
 * @param spec - the plants as stated
 * @param factors - the factor set (its citations)
 * @param path - where the plants are, e.g. `["grid", "mix", "plants", "coal"]`
 * @returns the plant spec, provenance and issues (unknown ids with the nearest ones, a row of
 *   another technology, a missing coal-equivalent energy, a species both limited and removed or
 *   overridden, an unknown citation, conversion problems)
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { resolveGridPlant } from "./gridPlantSpec.js";
 * const r = resolveGridPlant("coal", { fuel: "otherBituminousCoal",
 *   efficiency: { builtin: "efficiency.CN.2020.coal.NDRC", coalEquivalentEnergy: { value: "29.3076", unit: "MJ/kg", source: { id: "EMEP-EEA-2019-1A1", table: "user-stated" } } } },
 *   createFactorSet(), ["plants", "coal"]);
 * r.plant.efficiency.slice(0, 8); // "0.402078": 3600 / (305.5 gce/kWh x 29.3076 MJ/kg)
 * ```
 * @category Scenario
 */
export function resolveGridPlant(tech: MixTechnology, spec: GridPlantSpec, factors: FactorSet, path: readonly (string | number)[]): ResolvedGridPlant {
  const issues: InputIssueInit[] = [];
  const uses: FactorUse[] = [];
  const speciesUses: Partial<Record<Species, FactorUse[]>> = {};
  const { limits, efficiency: eff, efficiencySource, ...rest } = spec;
  let efficiency: DecimalString = "1";
  let source: SourceRef = efficiencySource ?? { id: "-", table: "-" };
  const schedules: { efficiency?: Schedule; removal?: Partial<Record<Species, Schedule>> } = {};
  if (typeof eff === "string") efficiency = eff;
  else if ("kind" in eff) [efficiency, schedules.efficiency] = [firstValue(eff), eff];
  else {
    const r = builtinEfficiency(tech, eff, factors, [...path, "efficiency"], issues);
    if (r !== undefined) {
      ({ efficiency, source } = r);
      uses.push(...r.uses);
    }
  }
  const overrides: Partial<Record<Species, PlantFactorOverride>> = { ...(spec.factorOverrides ?? {}) };
  if (limits !== undefined) {
    const at = [...path, "limits"];
    issues.push(...citationIssues(limits.flueGasVolume.source.id, factors.citations.byId, [...at, "flueGasVolume", "source", "id"]));
    const all = listPlantEmissionLimits();
    const rows = all.filter((r) => presetOf(r.id) === limits.preset);
    if (rows.length === 0) {
      const presets = [...new Set(all.map((r) => presetOf(r.id)))];
      const nearest = nearestStrings(limits.preset, presets, 3);
      issues.push({ code: "unknown_reference", key: limits.preset, nearest, path: [...at, "preset"], message: `unknown emission-limit preset "${limits.preset}"; did you mean ${nearest.join(", ")}? (see listPlantEmissionLimits())` });
    }
    for (const row of rows) {
      const sp = row.pollutant;
      if (row.fuel !== tech) issues.push({ path: [...at, "preset"], message: `${row.id} is a limit for ${row.fuel} plants, not ${tech}` });
      if (spec.removal?.[sp] !== undefined || spec.factorOverrides?.[sp] !== undefined) {
        issues.push({ path: [...at, "preset"], message: `${sp} is limited by the preset ${limits.preset} and also has a ${spec.removal?.[sp] !== undefined ? "removal efficiency" : "factor override"}; a limit is already the controlled emission, state one` });
        continue;
      }
      try {
        const f = limitToFactor({ concentration: { value: row.value, unit: row.unit }, referenceO2: row.referenceO2, flueGasVolume: { value: limits.flueGasVolume.value, unit: limits.flueGasVolume.unit }, flueGasVolumeO2: limits.flueGasVolumeO2, airO2: limits.airO2 });
        overrides[sp] = { value: f.value as DecimalString, unit: f.unit, source: row.source };
        const derivation = `${sp} limit ${row.value} ${row.unit} at ${row.referenceO2}% O2 x flue-gas volume ${limits.flueGasVolume.value} ${limits.flueGasVolume.unit} at ${limits.flueGasVolumeO2}% O2 x (${limits.airO2} - ${limits.flueGasVolumeO2}) / (${limits.airO2} - ${row.referenceO2}) = ${f.value} g/GJ (limitToFactor)`;
        speciesUses[sp] = [
          { rowId: row.id, tableId: "plantEmissionLimits", layer: "builtin", value: row.value, unit: row.unit, source: row.source, quality: row.quality, derivation },
          { rowId: `${path.join(".")}.limits.flueGasVolume`, tableId: "flueGasVolume", layer: "user", value: limits.flueGasVolume.value, unit: limits.flueGasVolume.unit, source: limits.flueGasVolume.source, quality: "userSupplied" },
        ];
      } catch (e) {
        if (e instanceof InvalidInputError) issues.push(...e.issues.map((i) => ({ ...i, path: [...at, ...(i.path[0] === "concentration" || i.path[0] === "referenceO2" ? ["preset"] : i.path)] })));
        else if (e instanceof CobenefitsError) issues.push(issueOfError(e, [...at, ...e.path]));
        else throw e;
        break;
      }
    }
  }
  const { removal: stated, ...others } = rest;
  const removal: Partial<Record<Species, DecimalString>> = {};
  for (const [sp, v] of Object.entries(stated ?? {}) as [Species, DecimalString | Schedule][]) {
    if (typeof v === "string") removal[sp] = v;
    else {
      removal[sp] = firstValue(v);
      (schedules.removal ??= {})[sp] = v;
    }
  }
  const plant: PlantSpec = { ...others, ...(stated === undefined ? {} : { removal }), efficiency, efficiencySource: source, ...(Object.keys(overrides).length === 0 ? {} : { factorOverrides: overrides }) };
  return { plant, uses, speciesUses, issues, ...(Object.keys(schedules).length === 0 ? {} : { schedules }) };
}

/** A schedule's first written value. */
function firstValue(s: Schedule): DecimalString {
  switch (s.kind) {
    case "constant": return s.value;
    case "step": return s.steps[0]!.value;
    case "interp": return s.points[0]!.value;
    case "growth": return s.base.value;
  }
}

/** A built-in efficiency row as an efficiency, its source and provenance; undefined (with issues) when it cannot be. */
function builtinEfficiency(tech: MixTechnology, eff: BuiltinPlantEfficiency, factors: FactorSet, at: readonly (string | number)[], issues: InputIssueInit[]): { efficiency: DecimalString; source: SourceRef; uses: FactorUse[] } | undefined {
  const all = listPlantEfficiencies();
  const row = all.find((r) => r.id === eff.builtin);
  if (row === undefined) {
    const nearest = nearestStrings(eff.builtin, all.map((r) => r.id), 3);
    issues.push({ code: "unknown_reference", key: eff.builtin, nearest, path: [...at, "builtin"], message: `unknown plant efficiency "${eff.builtin}"; did you mean ${nearest.join(", ")}? (see listPlantEfficiencies())` });
    return undefined;
  }
  if (row.technology !== tech) issues.push({ path: [...at, "builtin"], message: `${row.id} is for ${row.technology} plants, not ${tech}` });
  const rowUse = (derivation: string): FactorUse => ({ rowId: row.id, tableId: "plantEfficiencies", layer: "builtin", value: row.value, unit: row.unit, source: row.source, quality: row.quality, derivation });
  if (row.quantity === "efficiency") {
    if (eff.coalEquivalentEnergy !== undefined) issues.push({ path: [...at, "coalEquivalentEnergy"], message: `${row.id} is an efficiency, not a coal consumption rate: it needs no coalEquivalentEnergy` });
    const efficiency = new Dec(row.value).div(100).toString();
    return { efficiency, source: row.source, uses: [rowUse(`efficiency ${row.value}% = ${efficiency} (basis: ${row.basis})`)] };
  }
  const ce = eff.coalEquivalentEnergy;
  if (ce === undefined) {
    issues.push({ code: "missing", expected: "a cited energy per mass, e.g. { value: \"29.3076\", unit: \"MJ/kg\", source }", path: [...at, "coalEquivalentEnergy"], message: `${row.id} is a coal consumption rate (${row.value} gce/kWh): state the energy of the coal equivalent it counts in (coalEquivalentEnergy, e.g. 29.3076 MJ/kg for China's 7000 kcal/kg), cited` });
    return undefined;
  }
  issues.push(...citationIssues(ce.source.id, factors.citations.byId, [...at, "coalEquivalentEnergy", "source", "id"]));
  const mjPerKg = new Dec(ce.value).times(parseRatioUnit(ce.unit).toBase).div(1e6).toString();
  try {
    const efficiency = efficiencyFromCoalRate(row.value, mjPerKg);
    return {
      efficiency, source: row.source,
      uses: [
        rowUse(`efficiency = 3600 / (${row.value} gce/kWh x ${mjPerKg} MJ/kg) = ${efficiency} (efficiencyFromCoalRate; basis of the rate: ${row.basis})`),
        { rowId: `${at.join(".")}.coalEquivalentEnergy`, tableId: "coalEquivalentEnergy", layer: "user", value: ce.value, unit: ce.unit, source: ce.source, quality: "userSupplied" },
      ],
    };
  } catch (e) {
    if (!(e instanceof InvalidInputError)) throw e;
    issues.push(...e.issues.map((i) => ({ ...i, path: [...at, "coalEquivalentEnergy", "value"] })));
    return undefined;
  }
}
