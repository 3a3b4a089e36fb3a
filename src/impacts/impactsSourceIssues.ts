import { createCitationRegistry } from "../citations/registry.js";
import type { InputIssueInit } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { IMPACTS_CITATIONS } from "./impactsCitations.js";

/**
 * The source id of the cost rows {@link withCostsResult} makes: they cite the costs result, whose
 * own rows the costs layer checks against the citation registry.
 * @category Impacts
 */
export const COSTS_RESULT_SOURCE_ID = "cobenefits-costs-result";

function walk(value: unknown, path: (string | number)[], found: { path: (string | number)[]; id: string }[]): void {
  if (Array.isArray(value)) return value.forEach((v, i) => walk(v, [...path, i], found));
  if (value === null || typeof value !== "object") return;
  for (const [k, v] of Object.entries(value)) {
    if (k === "source" && v !== null && typeof v === "object" && typeof (v as { id?: unknown }).id === "string") found.push({ path: [...path, k, "id"], id: (v as { id: string }).id });
    else walk(v, [...path, k], found);
  }
}

/**
 * The `source.id`s of an impacts section that no citation defines: every population, baseline,
 * intake fraction, coefficient, function and VSL parameter the scenario gives must cite a
 * publication the registry knows (the core's built-in citations, the impacts entry's
 * {@link IMPACTS_CITATIONS}, or the scenario's `factors.userCitations`).
 *
 * @param section - the `impacts` section as read
 * @param userCitations - the scenario's `factors.userCitations` (validated here)
 * @returns one issue per unknown id, at its path from `impacts`, with the nearest known ids
 * @throws {@link cobenefits!InvalidInputError} when a user citation is invalid
 * @example
 * ```ts
 * import { impactsSourceIssues } from "cobenefits/impacts";
 * impactsSourceIssues({ health: { baselineConcentration: { source: { id: "Burnett2018-GEMM", table: "1" } } } }).length; // 0
 * impactsSourceIssues({ health: { baselineConcentration: { source: { id: "my-monitoring", table: "1" } } } })[0]?.path; // ["impacts", "health", "baselineConcentration", "source", "id"]
 * ```
 * @category Impacts
 */
export function impactsSourceIssues(section: unknown, userCitations: readonly unknown[] = []): InputIssueInit[] {
  const registry = createCitationRegistry(userCitations);
  const known = new Set([...registry.byId.keys(), ...IMPACTS_CITATIONS.map((c) => c.id), COSTS_RESULT_SOURCE_ID]);
  const found: { path: (string | number)[]; id: string }[] = [];
  walk(section, ["impacts"], found);
  return found.filter((f) => !known.has(f.id)).map((f) => {
    const near = nearestStrings(f.id, [...known], 2);
    return { path: f.path, message: `no citation "${f.id}": add it to factors.userCitations (authors, title, publisher, year, doi or url)${near.length > 0 ? `, or did you mean ${near.map((n) => `"${n}"`).join(" or ")}?` : ""}` };
  });
}
