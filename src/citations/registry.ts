import { deepFreeze } from "../deepFreeze.js";
import { DuplicateIdError, InvalidInputError, UnknownCitationError } from "../errors.js";
import { BUILTIN_CITATIONS } from "./builtinCitations.js";
import { type Citation, citationSchema } from "./citation.js";
import { GRID_CITATIONS } from "./gridCitations.js";
import { DUST_CITATIONS } from "./dustCitations.js";
import { FUEL_PROPERTY_CITATIONS } from "./fuelPropertyCitations.js";
import { METRIC_CITATIONS } from "./metricCitations.js";
import { STANDARD_CITATIONS } from "./standardCitations.js";
import { SCOPE_CITATIONS } from "./scopeCitations.js";

const ALL_BUILTIN: readonly Citation[] = deepFreeze([...BUILTIN_CITATIONS, ...METRIC_CITATIONS, ...GRID_CITATIONS, ...STANDARD_CITATIONS, ...DUST_CITATIONS, ...FUEL_PROPERTY_CITATIONS, ...SCOPE_CITATIONS]);
import { nearestStrings } from "../nearestStrings.js";

/**
 * A read-only set of citations keyed by id.
 * @category Citations
 */
export interface CitationRegistry {
  readonly byId: ReadonlyMap<string, Citation>;
}

/** The registry of `citations`; an id defined twice is an error located at the repetition among the user's (index minus `firstUser`). */
function build(citations: readonly Citation[], firstUser = citations.length): CitationRegistry {
  const byId = new Map<string, Citation>();
  citations.forEach((c, i) => {
    if (byId.has(c.id)) throw new DuplicateIdError("DUPLICATE_CITATION", c.id, `citation id "${c.id}" is defined twice; ids must be unique`, i >= firstUser ? [i - firstUser, "id"] : []);
    byId.set(c.id, c);
  });
  return { byId };
}

let builtin: CitationRegistry | undefined;

/**
 * The registry of built-in citations (publications cited by the built-in tables and metrics).
 * @returns the registry
 * @example
 * ```ts
 * import { builtinCitationRegistry } from "cobenefits";
 * builtinCitationRegistry().byId.get("EMEP-EEA-2019-1A4")?.year; // 2019
 * ```
 * @category Citations
 */
export function builtinCitationRegistry(): CitationRegistry {
  builtin ??= build(ALL_BUILTIN);
  return builtin;
}

/**
 * Makes a registry of the built-in citations plus a user's own (e.g. a city's measurement report).
 * User citations are validated; an id that clashes with a built-in one is an error, never an override.
 *
 * @param userCitations - the user's citations (plain data)
 * @returns a new registry; inputs are not changed
 * @throws {@link InvalidInputError} listing every invalid field
 * @throws {@link DuplicateIdError} when an id is already taken (path: the index of the user citation and `id`)
 * @example
 * ```ts
 * import { createCitationRegistry } from "cobenefits";
 * const reg = createCitationRegistry([{ id: "Beijing-2024-boiler-tests", authors: "Beijing EPB",
 *   title: "Boiler stack tests", publisher: "Beijing EPB", year: 2024, url: "https://example.org/r" }]);
 * reg.byId.has("Beijing-2024-boiler-tests"); // true
 * ```
 * @category Citations
 */
export function createCitationRegistry(userCitations: readonly unknown[]): CitationRegistry {
  const issues = userCitations.flatMap((c, i) => {
    const r = citationSchema.safeParse(c);
    return r.success ? [] : r.error.issues.map((iss) => ({ path: [i, ...iss.path.map((p) => (typeof p === "symbol" ? String(p) : p))], message: iss.message }));
  });
  if (issues.length > 0) throw new InvalidInputError("citations", issues);
  return build([...ALL_BUILTIN, ...(userCitations as Citation[])], ALL_BUILTIN.length);
}

/**
 * Finds a citation by id.
 *
 * @param id - the citation id
 * @param registry - where to look (default: the built-in registry)
 * @returns the citation
 * @throws {@link UnknownCitationError} naming the nearest known ids
 * @example
 * ```ts
 * import { getCitation } from "cobenefits";
 * getCitation("IPCC2006-V2-Ch2").year; // 2006
 * ```
 * @category Citations
 */
export function getCitation(id: string, registry: CitationRegistry = builtinCitationRegistry()): Citation {
  const c = registry.byId.get(id);
  if (c === undefined) throw new UnknownCitationError(id, nearestStrings(id, [...registry.byId.keys()], 3));
  return c;
}

/**
 * Lists every citation in a registry.
 * @param registry - the registry (default: built-in)
 * @returns the citations, in definition order
 * @example
 * ```ts
 * import { listCitations } from "cobenefits";
 * listCitations().length > 0; // true
 * ```
 * @category Citations
 */
export function listCitations(registry: CitationRegistry = builtinCitationRegistry()): readonly Citation[] {
  return [...registry.byId.values()];
}
