import { type ZodType, array, enum as zEnum, strictObject as object, string } from "zod";
import type { SourceRef } from "../../citations/sourceRef.js";
import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { nearestStrings } from "../../nearestStrings.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import { type CoalMineMethaneFactor, type MethaneDensity, coalMineMethaneFactor } from "../coalMineMethane.js";
import { listCoalMineMethaneFactors, listMethaneDensities } from "../scopeDataLists.js";

/**
 * One IPCC 2006 Tier 1 coal-mining factor a scenario names: the kind of mine, the stage and which
 * of its values (the IPCC ties the choice to mine or overburden depth: the user chooses, no default).
 * @category Factors
 */
export interface CoalMinePresetRow {
  readonly miningType: "underground" | "surface";
  readonly stage: "mining" | "postMining";
  readonly statistic: "low" | "average" | "high";
}

/**
 * CH4 per tonne of coal from built-in IPCC 2006 Vol. 2 ch. 4 rows (`upstream.coal.methanePerTonne:
 * { builtin, density }`): the sum of the named rows (e.g. underground mining, Equation 4.1.3, and
 * post-mining, Equation 4.1.4), each at its named statistic, in m3/t, times the named CH4 density.
 * @category Factors
 */
export interface CoalMinePreset {
  /** The rows, each kind of mine and stage at most once. */
  readonly builtin: readonly CoalMinePresetRow[];
  /** Id of a built-in CH4 density (`listMethaneDensities()`), e.g. `ipcc2006.ch4-density.20C-1atm`. */
  readonly density: string;
}

/**
 * Zod schema of a {@link CoalMinePreset}.
 * @category Factors
 */
export const coalMinePresetSchema: ZodType<CoalMinePreset> = object({
  builtin: array(object({
    miningType: zEnum(["underground", "surface"]),
    stage: zEnum(["mining", "postMining"]),
    statistic: zEnum(["low", "average", "high"]).describe("low, average or high: the IPCC ties the choice to mine (or overburden) depth; no default"),
  })).min(1, "name at least one row (kind of mine, stage, statistic)")
    .refine((rows) => new Set(rows.map((r) => `${r.miningType}.${r.stage}`)).size === rows.length, "each kind of mine and stage at most once")
    .describe("IPCC 2006 Vol. 2 ch. 4 Tier 1 coal-mining rows (listCoalMineMethaneFactors()), summed"),
  density: string().min(1).describe("id of a built-in CH4 density (listMethaneDensities()), e.g. ipcc2006.ch4-density.20C-1atm"),
}) as ZodType<CoalMinePreset>;

/**
 * What a {@link CoalMinePreset} gives: CH4 per tonne of coal, and each row used.
 * @category Factors
 */
export interface ResolvedCoalMinePreset {
  /** CH4 [kg/t] of coal: the sum of the parts. */
  readonly value: DecimalString;
  readonly unit: "kg/t";
  readonly parts: readonly { readonly row: CoalMineMethaneFactor; readonly statistic: CoalMinePresetRow["statistic"]; readonly value: DecimalString }[];
  readonly density: MethaneDensity;
  /** The sum in words. */
  readonly derivation: string;
  /** A source for the whole (the first row's citation, its tables joined). */
  readonly source: SourceRef;
}

/**
 * The problems of a {@link CoalMinePreset}: an unknown density id (with the nearest ids), a row
 * without the named statistic.
 *
 * @param preset - the preset as stated
 * @param path - where it is, e.g. `["upstream", "coal", "methanePerTonne"]`
 * @returns the issues (none when {@link resolveCoalMinePreset} will succeed)
 * @example
 * ```ts
 * import { coalMinePresetIssues } from "cobenefits";
 * coalMinePresetIssues({ builtin: [{ miningType: "surface", stage: "mining", statistic: "average" }], density: "ipcc2006.ch4-density" }, ["d"])[0]?.path; // ["d", "density"]
 * ```
 * @category Factors
 */
export function coalMinePresetIssues(preset: CoalMinePreset, path: readonly (string | number)[]): InputIssueInit[] {
  const issues: InputIssueInit[] = [];
  const densities = listMethaneDensities();
  if (!densities.some((d) => d.id === preset.density)) {
    const nearest = nearestStrings(preset.density, densities.map((d) => d.id), 3);
    issues.push({ code: "unknown_reference", key: preset.density, nearest, path: [...path, "density"], message: `unknown CH4 density "${preset.density}"; did you mean ${nearest.join(", ")}? (see listMethaneDensities())` });
  }
  preset.builtin.forEach((p, i) => {
    const row = listCoalMineMethaneFactors().find((r) => r.miningType === p.miningType && r.stage === p.stage);
    if (row === undefined) issues.push({ path: [...path, "builtin", i], message: `no built-in row for ${p.miningType} mines, stage ${p.stage}` });
    else if (row[p.statistic] === undefined) issues.push({ path: [...path, "builtin", i, "statistic"], message: `${row.id} has no ${p.statistic} value; it has ${(["low", "average", "high"] as const).filter((k) => row[k] !== undefined).join(", ")}` });
  });
  return issues;
}

/**
 * CH4 per tonne of coal from a {@link CoalMinePreset}: EF [kg/t] = sum over the rows of EF_row
 * [m3/t] x density [kg/m3] ({@link coalMineMethaneFactor}; IPCC 2006 Vol. 2 ch. 4 Equations 4.1.3,
 * 4.1.4, 4.1.7, 4.1.8 and their conversion factor). Exact.
 *
 * @param preset - the rows and the density
 * @param path - where the preset is (for errors)
 * @returns the factor [kg/t] with each part
 * @throws {@link InvalidInputError} with the issues of {@link coalMinePresetIssues}
 * @example
 * ```ts
 * import { resolveCoalMinePreset } from "cobenefits";
 * resolveCoalMinePreset({ builtin: [{ miningType: "underground", stage: "mining", statistic: "average" }, { miningType: "underground", stage: "postMining", statistic: "average" }], density: "ipcc2006.ch4-density.20C-1atm" }, []).value;
 * // "13.735": (18 + 2.5) m3/t x 0.67 kg/m3
 * ```
 * @category Factors
 */
export function resolveCoalMinePreset(preset: CoalMinePreset, path: readonly (string | number)[]): ResolvedCoalMinePreset {
  const issues = coalMinePresetIssues(preset, path);
  if (issues.length > 0) throw new InvalidInputError("coal-mine methane preset", issues);
  const density = listMethaneDensities().find((d) => d.id === preset.density)!;
  const parts = preset.builtin.map((p) => {
    const row = listCoalMineMethaneFactors().find((r) => r.miningType === p.miningType && r.stage === p.stage)!;
    return { row, statistic: p.statistic, value: coalMineMethaneFactor(row, p.statistic, density).value as DecimalString };
  });
  const value = parts.reduce((s, p) => s.plus(p.value), new Dec(0)).toString();
  const derivation = `${parts.map((p) => `${p.row.id} ${p.statistic} ${p.row[p.statistic]} m3/t`).join(" + ")}, x density ${density.value} kg/m3 (${density.id}) = ${value} kg CH4/t`;
  const first = parts[0]!.row.source;
  return { value, unit: "kg/t", parts, density, derivation, source: { ...first, table: parts.map((p) => p.row.source.table).join("; ") } };
}
