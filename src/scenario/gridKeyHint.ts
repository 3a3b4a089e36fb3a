import { MIX_TECHNOLOGIES } from "../accounting/electricityMix.js";
import type { InputIssue } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { SPECIES } from "../units/species.js";
import { docsUrl } from "../docsUrl.js";

/** Aggregates of published generation mixes that must be split before a mix can be priced. */
const AGGREGATES: Readonly<Record<string, string>> = {
  thermal: "coal, gas, oil (and other, for other fuels)",
  renewable: "hydro, wind, solar and biomass",
};

/**
 * What an unknown key in a scenario's `grid` most likely meant: the nearest generation technology
 * (under `grid.mix.shares` and `grid.mix.plants`) or species (under `grid.factors` and a plant's
 * `removal` and `factorOverrides`), compared without case first (`so2` -> `SO2`), else by edit
 * distance (`wnd` -> `wind`, `cole` -> `coal`). The aggregates `thermal` and `renewable` of
 * published mixes get how to split them instead.
 *
 * @param path - the path of the object holding the key, e.g. `["grid", "mix", "shares"]`
 * @param key - the unknown key as written
 * @returns the nearest valid keys (at most one), the valid keys, and the hint text, or undefined outside those objects
 * @example
 * ```ts
 * import { gridKeyHint } from "cobenefits/engine";
 * gridKeyHint(["grid", "mix", "shares"], "wnd")?.hint; // 'did you mean "wind"? (one of coal, gas, oil, nuclear, hydro, wind, solar, biomass, other)'
 * gridKeyHint(["grid", "factors"], "so2")?.nearest; // ["SO2"]
 * ```
 * @category Scenario
 */
export function gridKeyHint(path: readonly (string | number)[], key: string): { readonly nearest: readonly string[]; readonly options: readonly string[]; readonly hint: string } | undefined {
  if (path[0] !== "grid") return undefined;
  const last = path[path.length - 1];
  const isTechnology = path.length === 3 && path[1] === "mix" && (last === "shares" || last === "plants");
  const isSpecies = (path.length === 2 && last === "factors") || (path.length === 5 && path[1] === "mix" && path[2] === "plants" && (last === "removal" || last === "factorOverrides"));
  if (!isTechnology && !isSpecies) return undefined;
  const aggregate = isTechnology ? AGGREGATES[key.toLowerCase()] : undefined;
  if (aggregate !== undefined) {
    return { nearest: [], options: MIX_TECHNOLOGIES, hint: `"${key}" is an aggregate of a published mix: split it into ${aggregate}, each with its own share and plants (see ${docsUrl("scenario-file-reference.md")}, grid)` };
  }
  const valid: readonly string[] = isTechnology ? MIX_TECHNOLOGIES : SPECIES;
  const sameButCase = valid.find((v) => v.toLowerCase() === key.toLowerCase());
  const nearest = sameButCase !== undefined ? [sameButCase] : nearestStrings(key.toLowerCase(), valid.map((v) => v.toLowerCase()), 1).map((l) => valid.find((v) => v.toLowerCase() === l)!);
  return { nearest, options: valid, hint: `did you mean "${nearest[0] ?? ""}"? (one of ${valid.join(", ")})` };
}

/**
 * The scenario's issues with every unknown key under `grid` given its {@link gridKeyHint}: the
 * nearest valid key in `nearest` and the hint appended to the message.
 *
 * @param issues - issues of a scenario's validation
 * @returns the same issues, those of unknown grid keys with their hint
 * @example
 * ```ts
 * import { withGridKeyHints } from "cobenefits/engine";
 * withGridKeyHints([{ code: "unknown_key", path: ["grid", "mix", "shares", "cole"], key: "cole", message: 'unknown key "cole"' }])[0]?.nearest; // ["coal"]
 * ```
 * @category Scenario
 */
export function withGridKeyHints(issues: readonly InputIssue[]): InputIssue[] {
  return issues.map((i) => {
    if (i.code !== "unknown_key" || i.key === undefined) return i;
    const h = gridKeyHint(i.path.slice(0, -1), i.key);
    return h === undefined ? i : { ...i, nearest: h.nearest, message: `${i.message}; ${h.hint}` };
  });
}
