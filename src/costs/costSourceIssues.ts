import type { CitationRegistry } from "../citations/registry.js";
import type { SourceRef } from "../citations/sourceRef.js";
import { nearestStrings } from "../nearestStrings.js";
import type { CostsSection } from "./costsSection.js";

/**
 * The sources of a costs section that the citation registry does not hold: every `source` of the
 * discount rate, conversions, prices, cost rows and subsidies must be a built-in citation or one of
 * the scenario's `factors.userCitations`.
 *
 * @param section - a validated costs section
 * @param registry - the built-in citations and the scenario's own
 * @returns one issue per unknown id, at the source's `id`, with the nearest ids (paths from the section)
 * @example
 * ```ts
 * import { builtinCitationRegistry } from "cobenefits";
 * import { costSourceIssues } from "cobenefits/costs";
 * const section = { currency: "CNY", priceYear: 2020, discountRate: "0.08", discountRateSource: { id: "No-Such-Report", table: "p. 3" }, measures: [] };
 * costSourceIssues(section, builtinCitationRegistry()).map((i) => i.path); // [["discountRateSource", "id"]]
 * ```
 * @category Costs
 */
export function costSourceIssues(section: CostsSection, registry: CitationRegistry): { readonly path: readonly (string | number)[]; readonly message: string }[] {
  const sources: { readonly source: SourceRef | undefined; readonly path: readonly (string | number)[] }[] = [
    { source: section.discountRateSource, path: ["discountRateSource"] },
    ...(section.conversions ?? []).map((c, i) => ({ source: c.source, path: ["conversions", i, "source"] })),
    ...(section.prices ?? []).map((p, i) => ({ source: p.source, path: ["prices", i, "source"] })),
  ];
  section.measures.forEach((m, i) => {
    for (const k of ["investment", "fixedOM", "variableOM"] as const) sources.push({ source: m[k]?.source, path: ["measures", i, k, "source"] });
    (m.subsidies ?? []).forEach((s, j) => {
      sources.push({ source: s.source, path: ["measures", i, "subsidies", j, "source"] }, { source: s.amount?.source, path: ["measures", i, "subsidies", j, "amount", "source"] });
    });
  });
  const ids = [...registry.byId.keys()];
  return sources.flatMap(({ source, path }) => (source === undefined || registry.byId.has(source.id) ? [] : [{
    path: [...path, "id"],
    message: `no citation "${source.id}" (add it to factors.userCitations); nearest ids: ${nearestStrings(source.id, ids, 3).join(", ")}`,
  }]));
}
