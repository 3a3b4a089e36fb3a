import { type ZodType, partialRecord, enum as zEnum, strictObject as object, string } from "zod";
import type { FactorUse } from "../accounting/computeEmissions.js";
import { MIX_TECHNOLOGIES, type MixTechnology } from "../accounting/electricityMix.js";
import { type SourceRef, sourceRefSchema } from "../citations/sourceRef.js";
import type { InputIssueInit } from "../errors.js";
import { citationIssues, type FactorSet } from "../factors/factorSet.js";
import { AGGREGATE_GENERATION_TECHNOLOGIES, type GenerationTechnology, generationShares } from "../factors/generationMix.js";
import { listGenerationMixes } from "../factors/lookupGenerationMix.js";
import { nearestStrings } from "../nearestStrings.js";
import { Dec, type DecimalString, isDecimalString } from "../units/decimal.js";
import { type Schedule, scheduleSchema } from "../activity/schedule.js";
import { decimalWhere } from "../units/decimalWhere.js";

/** Decimal places of a built-in mix's shares (largest-remainder rounding, {@link cobenefits!generationShares}); exact for the published percentages. */
export const BUILTIN_SHARE_PLACES = 12;


/**
 * A grid mix's shares taken from a built-in generation mix (`grid.mix.shares: { builtin }`): the
 * same shares in every year of the scenario. An aggregate of the mix (`thermal`, `renewable`,
 * `other`) has no fuel, so the user splits it into technologies, with a cited split; no split is
 * assumed.
 * @category Scenario
 */
export interface BuiltinMixShares {
  /** Id of a built-in generation mix (`listGenerationMixes()`), e.g. `mix.CN.2020.NBS`. */
  readonly builtin: string;
  /** Per aggregate of the mix: the fraction [-] of it each technology has (summing exactly to 1), and where the split comes from. */
  readonly split?: Partial<Record<"thermal" | "renewable" | "other", Partial<Record<MixTechnology, DecimalString>>>> & { readonly source: SourceRef };
}

const fractions = partialRecord(zEnum(MIX_TECHNOLOGIES), decimalWhere((d) => d.gte(0) && d.lte(1), "a fraction of the aggregate is from 0 to 1"))
  .refine((f) => !Object.values(f).every(isDecimalString) || Object.values(f).reduce((s: Dec, v) => s.plus(v as string), new Dec(0)).eq(1), "the fractions of a split must sum exactly to 1");

const splitSchema = object({
  thermal: fractions.optional(),
  renewable: fractions.optional(),
  other: fractions.optional(),
  source: sourceRefSchema,
});

/**
 * Zod schema of {@link BuiltinMixShares}.
 * @category Scenario
 */
export const builtinMixSharesSchema: ZodType<BuiltinMixShares> = object({
  builtin: string().min(1).describe("id of a built-in generation mix (listGenerationMixes()), its shares used in every year"),
  split: splitSchema.optional().describe("per aggregate of the mix (thermal, renewable, other): the fraction of each technology, summing exactly to 1, cited"),
}) as ZodType<BuiltinMixShares>;

/**
 * Zod schema of a grid mix's `shares`: a schedule per technology, or `builtin` (with `split`),
 * not both. One object (not a union), so that each problem is reported at its own path.
 * @category Scenario
 */
export const gridMixSharesSchema: ZodType<Partial<Record<MixTechnology, Schedule>> | BuiltinMixShares> = object({
  builtin: string().min(1).optional().describe("id of a built-in generation mix (listGenerationMixes()), its shares used in every year, instead of schedules"),
  split: splitSchema.optional().describe("with builtin, per aggregate of the mix (thermal, renewable, other): the fraction of each technology, summing exactly to 1, cited"),
})
  .catchall(scheduleSchema)
  .superRefine((v, ctx) => {
    const techs = Object.keys(v).filter((k) => k !== "builtin" && k !== "split");
    for (const k of techs) {
      if ((MIX_TECHNOLOGIES as readonly string[]).includes(k)) continue;
      const nearest = nearestStrings(k, MIX_TECHNOLOGIES, 1);
      ctx.addIssue({ code: "custom", path: [k], message: `unknown technology "${k}"; did you mean "${nearest[0] ?? ""}"? (one of ${MIX_TECHNOLOGIES.join(", ")}, or builtin)`, params: { issueCode: "unknown_key", key: k, nearest } });
    }
    if (v.builtin !== undefined && techs.length > 0) ctx.addIssue({ code: "custom", path: ["builtin"], message: "give either builtin (a built-in mix) or a schedule per technology, not both" });
    if (v.split !== undefined && v.builtin === undefined) ctx.addIssue({ code: "custom", path: ["split"], message: "split divides the aggregates of a built-in mix: name it with builtin" });
  })
  .describe("share of generation per technology as a schedule (the shares sum exactly to 1 in every year), or a built-in generation mix by id with the split of its aggregates") as ZodType<Partial<Record<MixTechnology, Schedule>> | BuiltinMixShares>;

/**
 * What a built-in mix gives a grid: a share per technology, the provenance rows, and the problems.
 * @category Scenario
 */
export interface ResolvedMixShares {
  readonly shares: Partial<Record<MixTechnology, DecimalString>>;
  /** The mix (and the split) as factor uses, for the provenance of every species. */
  readonly uses: readonly FactorUse[];
  /** A short description, e.g. `built-in mix mix.JP.FY2019.ANRE (JP national FY2019)`. */
  readonly label: string;
  readonly issues: readonly InputIssueInit[];
}

/**
 * The shares of a grid mix from a built-in generation mix: each published component as a fraction
 * of the total ({@link cobenefits!generationShares}, {@link BUILTIN_SHARE_PLACES} places, summing exactly to
 * 1); an aggregate component times the user's split of it (exact products, so the shares still sum
 * exactly to 1).
 *
 * @param spec - the mix id and the split of its aggregates
 * @param country - the grid's country (the mix must be of it)
 * @param factors - the factor set (its citations)
 * @param path - where `shares` is in the scenario, e.g. `["grid", "mix", "shares"]`
 * @returns the shares [-] per technology, provenance and issues (an unknown id with the nearest ids,
 *   another country, an aggregate without a split, a split of an aggregate the mix lacks, an unknown citation)
 * @example
 * ```ts
 * import { createFactorSet } from "cobenefits";
 * import { resolveBuiltinShares } from "./builtinMixShares.js";
 * const r = resolveBuiltinShares({ builtin: "mix.JP.FY2019.ANRE" }, "JP", createFactorSet(), ["grid", "mix", "shares"]);
 * r.shares.coal; // "0.318"
 * ```
 * @category Scenario
 */
export function resolveBuiltinShares(spec: BuiltinMixShares, country: string, factors: FactorSet, path: readonly (string | number)[]): ResolvedMixShares {
  const mixes = listGenerationMixes();
  const mix = mixes.find((m) => m.id === spec.builtin);
  if (mix === undefined) {
    const nearest = nearestStrings(spec.builtin, mixes.map((m) => m.id), 3);
    return { shares: {}, uses: [], label: spec.builtin, issues: [{ code: "unknown_reference", key: spec.builtin, nearest, path: [...path, "builtin"], message: `unknown generation mix "${spec.builtin}"; did you mean ${nearest.join(", ")}? (see listGenerationMixes())` }] };
  }
  const label = `built-in mix ${mix.id} (${mix.country} ${mix.region} ${mix.yearKind === "fiscal" ? "FY" : ""}${mix.year})`;
  const issues: InputIssueInit[] = [];
  if (mix.country !== country) issues.push({ path: [...path, "builtin"], message: `${mix.id} is a mix of ${mix.country}, the grid is of ${country}` });
  if (spec.split !== undefined) issues.push(...citationIssues(spec.split.source.id, factors.citations.byId, [...path, "split", "source", "id"]));
  const shares: Partial<Record<MixTechnology, Dec>> = {};
  const add = (t: MixTechnology, v: Dec) => { shares[t] = (shares[t] ?? new Dec(0)).plus(v); };
  const splitText: string[] = [];
  const published = generationShares(mix, BUILTIN_SHARE_PLACES).map((c) => ({ ...c, share: new Dec(c.share).toString() as DecimalString }));
  for (const { technology, share } of published) {
    if (!AGGREGATE_GENERATION_TECHNOLOGIES.includes(technology)) {
      add(technology as MixTechnology, new Dec(share));
      continue;
    }
    if (new Dec(share).isZero()) continue;
    const split = spec.split?.[technology as "thermal" | "renewable" | "other"];
    if (split === undefined) {
      const what = mix.components.find((c) => c.technology === technology)?.includes;
      issues.push({ code: "missing", expected: "a split of the aggregate", path: [...path, "split", technology], message: `${mix.id} has the aggregate "${technology}" (${share} of generation${what === undefined ? "" : `: ${what}`}), which no fuel factor applies to: split it into technologies with split.${technology} (e.g. { coal: "0.95", gas: "0.05" }) and cite the split in split.source` });
      continue;
    }
    for (const [t, f] of Object.entries(split) as [MixTechnology, DecimalString][]) add(t, new Dec(share).times(f));
    splitText.push(`${technology} ${share} split ${Object.entries(split).map(([t, f]) => `${t} ${f}`).join(", ")}`);
  }
  for (const agg of ["thermal", "renewable", "other"] as const) {
    if (spec.split?.[agg] !== undefined && !published.some((c) => c.technology === (agg as GenerationTechnology))) issues.push({ path: [...path, "split", agg], message: `${mix.id} has no "${agg}" to split; its components are ${published.map((c) => c.technology).join(", ")}` });
  }
  const out = Object.fromEntries(Object.entries(shares).map(([t, v]) => [t, v.toString()])) as Partial<Record<MixTechnology, DecimalString>>;
  const uses: FactorUse[] = [{
    rowId: mix.id, tableId: "generationMixes", layer: "builtin", value: mix.total ?? "100", unit: mix.unit, source: mix.source, quality: mix.quality,
    derivation: `shares of generation from ${label}: ${published.map((c) => `${c.technology} ${c.share}`).join(", ")} (component / total, ${BUILTIN_SHARE_PLACES} places, largest remainder)${splitText.length === 0 ? "" : `; ${splitText.join("; ")}`}`,
  }];
  if (spec.split !== undefined) uses.push({ rowId: `${mix.id}.split`, tableId: "mixSplit", layer: "user", value: "1", unit: "-", source: spec.split.source, quality: "userSupplied", derivation: `split of the aggregates: ${splitText.join("; ")}` });
  return { shares: out, uses, label, issues };
}
