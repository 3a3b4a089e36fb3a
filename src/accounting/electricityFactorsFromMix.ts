import type { SourceRef } from "../citations/sourceRef.js";
import { CobenefitsError, InvalidInputError, type InputIssueInit, UnknownFactorError, issueOfError } from "../errors.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { parseFactorUnit } from "../factors/factorUnit.js";
import { citationIssues, type FactorSet } from "../factors/factorSet.js";
import { ZodError } from "zod";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import type { Species } from "../units/species.js";
import { conversionFactor } from "../units/units.js";
import { computeEmissions, type FactorUse } from "./computeEmissions.js";
import { type ElectricityMix, type MixTechnology, NON_COMBUSTION_TECHNOLOGIES, electricityMixSchema } from "./electricityMix.js";

/** GJ of energy in one MWh. */
const GJ_PER_MWH = new Dec("3.6");

/**
 * One technology's part in a species' electricity factor.
 * @category Accounting
 */
export interface MixContribution {
  readonly technology: MixTechnology;
  /** Share of generation [-]. */
  readonly share: DecimalString;
  /** The plant's emission per MWh sent out [t/MWh]: fuel factor [t/GJ] x 3.6 GJ/MWh / efficiency x (1 - removal); 0 for a technology that burns no fuel. */
  readonly perMWhGenerated: DecimalString;
  /** Fuel factor per GJ of fuel [t/GJ] (after an override, before removal); absent for a technology that burns no fuel. */
  readonly perGJFuel?: DecimalString;
  readonly efficiency?: DecimalString;
  readonly removal?: DecimalString;
  /** The fuel factor rows used (or the override), with their citations. */
  readonly factors: readonly FactorUse[];
  /** A rule applied instead of a factor (no combustion; zero fossil CO2 of biomass ...). */
  readonly rule?: string;
}

/**
 * A species' emission per MWh of electricity delivered to the consumer, from a mix, with every step.
 * @category Accounting
 */
export interface ElectricityFactor {
  readonly species: Species;
  /** [t/MWh delivered] = sum over technologies of share x perMWhGenerated, / (1 - losses). */
  readonly value: DecimalString;
  readonly unit: "t/MWh";
  readonly contributions: readonly MixContribution[];
  readonly losses: DecimalString;
  readonly lossesSource: SourceRef;
  /** The computation in words, with each technology's numbers. */
  readonly derivation: string;
}

/**
 * Emission factors of electricity for every species from a generation mix: per technology, its
 * fuel's 1.A.1.a factors (EMEP/EEA 2019 Tier 1 for the pollutants, IPCC 2006 for CO2, CH4 and
 * N2O, as the factor set holds them) through the stated net plant efficiency and the stated
 * removal efficiencies of its controls; weighted by the shares of generation; divided by
 * (1 - transmission and distribution losses). Exact decimals (40 significant digits).
 *
 * Method: for a combustion technology k and species s, `f_k,s [t/MWh] = EF_k,s [t/GJ fuel] x 3.6
 * GJ/MWh / eta_k x (1 - r_k,s)`, where EF is the built-in 1.A.1.a factor of its fuel (BC and OC as
 * their share of PM2.5; fossil CO2 of a biogenic fuel zero by rule) or the technology's factor
 * override; nuclear, hydro, wind and solar emit nothing at the plant. The delivered factor is
 * `F_s = sum_k share_k x f_k,s / (1 - losses)`. Left out: life-cycle emissions (fuel supply,
 * construction), the plants' own electricity use beyond the efficiency stated, imports.
 *
 * @param mix - the shares [-], plants (fuel, efficiency [-], removal [-] per species, overrides [mass/GJ]) and losses [-]
 * @param species - the species to compute
 * @param factors - the factor set (its 1.A.1.a rows and citations)
 * @param path - where the mix is in the caller's input, e.g. `["grid", "mix"]`
 * @param options - `shareSumTolerance`, the largest difference of the sum of shares from 1 accepted [-], for shares computed by interpolation (the decimal rounding; see `shareSumTolerance` of the scenario's grid); without it the shares sum exactly to 1. The shares are used as given, never renormalised.
 * @returns per species, the factor [t/MWh delivered] with each technology's contribution
 * @throws {@link InvalidInputError} for an invalid mix (shares not summing exactly to 1, a combustion technology with a share and no plants, an unknown citation ...)
 * @throws {@link UnknownFactorError} / {@link MissingFactorError} when a plant's fuel has no 1.A.1.a factor for a species and no override
 * @example
 * ```ts
 * import { createFactorSet, electricityFactorsFromMix } from "cobenefits";
 * const src = { id: "EMEP-EEA-2019-1A1", table: "user-stated" };
 * const [so2] = electricityFactorsFromMix({
 *   shares: { coal: "0.6", wind: "0.4" },
 *   plants: { coal: { fuel: "otherBituminousCoal", efficiency: "0.4", efficiencySource: src } },
 *   losses: "0.1", lossesSource: src,
 * }, ["SO2"], createFactorSet(), ["mix"]);
 * so2?.value; // "0.00492"
 * // 820 g/GJ (EMEP/EEA 2019 1.A.1.a Table 3-2, hard coal) x 3.6 GJ/MWh / 0.4 x 0.6 / (1 - 0.1), in t/MWh
 * ```
 * @category Accounting
 */
export function electricityFactorsFromMix(mix: ElectricityMix, species: readonly Species[], factors: FactorSet, path: readonly (string | number)[], options: { readonly shareSumTolerance?: DecimalString } = {}): ElectricityFactor[] {
  const parsed = electricityMixSchema.safeParse(mix);
  if (!parsed.success) {
    const total = Object.values(mix.shares).every(isDecimalString) ? Object.values(mix.shares).reduce((t: Dec, v) => t.plus(v), new Dec(0)) : undefined;
    const withinRounding = options.shareSumTolerance !== undefined && total !== undefined && total.minus(1).abs().lte(options.shareSumTolerance);
    // the schema asks for exactly 1; shares the caller computed (interpolated) may differ from 1 by the decimal rounding it states
    const kept = parsed.error.issues.filter((i) => !(withinRounding && i.code === "custom" && i.path.length === 1 && i.path[0] === "shares" && i.message.startsWith("the shares sum to")));
    if (kept.length > 0) throw new InvalidInputError("electricity mix", inputIssuesFromZod(new ZodError(kept), mix, path));
  }
  const issues: InputIssueInit[] = [...citationIssues(mix.lossesSource.id, factors.citations.byId, [...path, "lossesSource", "id"])];
  for (const [tech, plant] of Object.entries(mix.plants)) {
    const at = [...path, "plants", tech];
    issues.push(...citationIssues(plant.efficiencySource.id, factors.citations.byId, [...at, "efficiencySource", "id"]));
    if (plant.removalSource !== undefined) issues.push(...citationIssues(plant.removalSource.id, factors.citations.byId, [...at, "removalSource", "id"]));
    for (const [sp, o] of Object.entries(plant.factorOverrides ?? {})) issues.push(...citationIssues(o.source.id, factors.citations.byId, [...at, "factorOverrides", sp, "source", "id"]));
  }
  if (issues.length > 0) throw new InvalidInputError("electricity mix", issues);
  const keep = new Dec(1).minus(mix.losses);
  return species.map((s) => {
    const contributions = (Object.entries(mix.shares) as [MixTechnology, DecimalString][]).map(([tech, share]) => contribution(mix, tech, share, s, factors, [...path, "plants", tech]));
    const generated = contributions.reduce((sum, c) => sum.plus(new Dec(c.share).times(c.perMWhGenerated)), new Dec(0));
    const value = generated.div(keep);
    const parts = contributions.map((c) => `${c.technology} ${c.share} x ${c.perMWhGenerated}${c.rule === undefined ? "" : ` (${c.rule})`}`);
    return {
      species: s, value: value.toString(), unit: "t/MWh" as const, contributions, losses: mix.losses, lossesSource: mix.lossesSource,
      derivation: `${s} per MWh delivered = (${parts.join(" + ")}) t/MWh generated / (1 - losses ${mix.losses}); per technology: fuel factor [t/GJ] x 3.6 GJ/MWh / efficiency x (1 - removal)`,
    };
  });
}

/** One technology's emission per MWh generated, for one species. */
function contribution(mix: ElectricityMix, tech: MixTechnology, share: DecimalString, s: Species, factors: FactorSet, at: readonly (string | number)[]): MixContribution {
  const plant = mix.plants[tech];
  if (NON_COMBUSTION_TECHNOLOGIES.includes(tech) || plant === undefined) {
    // a combustion technology without plants has a zero share (the schema refuses it otherwise)
    return { technology: tech, share, perMWhGenerated: "0", factors: [], rule: NON_COMBUSTION_TECHNOLOGIES.includes(tech) ? "no combustion at the plant" : "zero share" };
  }
  const override = plant.factorOverrides?.[s];
  let perGJ: Dec;
  let uses: readonly FactorUse[];
  let rule: string | undefined;
  if (override !== undefined) {
    const unit = parseFactorUnit(override.unit, [...at, "factorOverrides", s, "unit"]);
    if (unit.kind !== "rate" || unit.basis.dimension !== "energy") throw new InvalidInputError("electricity mix", [{ path: [...at, "factorOverrides", s, "unit"], message: `a factor override is mass per fuel energy, e.g. g/GJ; got "${override.unit}"` }]);
    perGJ = new Dec(override.value).times(unit.mass.toBase).div(1000).div(conversionFactor(unit.basis.text, "GJ", [...at, "factorOverrides", s, "unit"]));
    uses = [{ rowId: `plants.${tech}.factorOverrides.${s}`, tableId: "plantFactorOverride", layer: "user", value: override.value, unit: override.unit, source: override.source, quality: "userSupplied" }];
  } else {
    const fuelRow = { id: `plants.${tech}`, sector: "1.A.1.a", fuel: plant.fuel, activityLevel: { value: "1", unit: "GJ" } };
    try {
      const hit = computeEmissions([fuelRow], { factors, species: [s], onMissingFactor: "error" }).rows[0]!;
      perGJ = new Dec(hit.value);
      uses = hit.factors;
      rule = hit.rule;
    } catch (e) {
      if (e instanceof InvalidInputError) throw new InvalidInputError("electricity mix", e.issues.map((i) => ({ ...i, path: [...at, "fuel"] })));
      if (e instanceof UnknownFactorError) throw new UnknownFactorError(e.key, () => e.nearest, [...at, "fuel"], `${tech} plants: no 1.A.1.a ${s} factor for their fuel and no factorOverrides.${s}; nearest valid keys`);
      // an unknown fuel, a fuel with no NCV ...: a problem of the plants' fuel, located there
      if (e instanceof CobenefitsError && e.code !== "MISSING_FACTOR") throw new InvalidInputError("electricity mix", [issueOfError(e, [...at, "fuel"])]);
      throw e;
    }
  }
  const removal = override === undefined ? plant.removal?.[s] : undefined;
  const perMWh = perGJ.times(GJ_PER_MWH).div(plant.efficiency).times(new Dec(1).minus(removal ?? "0"));
  return {
    technology: tech, share, perMWhGenerated: perMWh.toString(), perGJFuel: perGJ.toString(), efficiency: plant.efficiency,
    ...(removal === undefined ? {} : { removal }), factors: uses, ...(rule === undefined ? {} : { rule }),
  };
}
