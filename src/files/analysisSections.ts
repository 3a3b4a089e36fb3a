import type { ZodType } from "zod";
import { impactsSectionSchema } from "../impacts/impactsSection.js";

/**
 * The keys of a scenario's analysis sections, read beside the engine's own fields: each is
 * validated by the schema of its layer (costs, impacts, uncertainty, optimise), not by the core
 * scenario schema, so that the core import does not carry them.
 * @example
 * ```ts
 * import { ANALYSIS_SECTION_KEYS } from "cobenefits/files";
 * ANALYSIS_SECTION_KEYS.includes("costs"); // true
 * ```
 * @category Scenario files
 */
export const ANALYSIS_SECTION_KEYS = ["uncertainty", "costs", "targets", "optimise", "impacts"] as const;

/**
 * One of {@link ANALYSIS_SECTION_KEYS}.
 * @category Scenario files
 */
export type AnalysisSectionKey = (typeof ANALYSIS_SECTION_KEYS)[number];

/**
 * The schema of each analysis section, by key. The scenario-file readers validate every section a
 * file has with its schema, locating each problem by line and column; a section whose schema is
 * not listed here is refused, never ignored. The JSON Schema for editors includes them.
 * @category Scenario files
 */
export const ANALYSIS_SECTIONS: Readonly<Partial<Record<AnalysisSectionKey, ZodType>>> = {
  impacts: impactsSectionSchema,
};
