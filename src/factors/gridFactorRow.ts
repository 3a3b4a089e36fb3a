import { type ZodType, enum as zEnum, number, strictObject as object, string } from "zod";
import type { DecimalString } from "../units/decimal.js";
import { ratioUnitSchema } from "../units/unitSchema.js";
import type { CitationRegistry } from "../citations/registry.js";
import { sourceRefSchema } from "../citations/sourceRef.js";
import type { InputIssue } from "../errors.js";
import { inputIssuesFromZod } from "../errors/inputIssuesFromZod.js";
import { citationIssues } from "./factorSet.js";
import { QUALITY, type Quality, type SourceRef } from "./factorRow.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * A national grid electricity CO2 emission factor: CO2 emitted per unit of electricity consumed
 * (or generated, as `definition` says), for one country and data year.
 * @category Factors
 */
export interface GridFactorRow {
  readonly id: string;
  /** ISO 3166-1 alpha-2 country code: `CN`, `JP`, `KR`, `MN` ... */
  readonly country: string;
  /** The year the data describe (fiscal year where the source says so, see `note`). */
  readonly year: number;
  readonly value: DecimalString;
  /** e.g. `t/MWh` (CO2). */
  readonly unit: string;
  /** What the factor covers: national average, generation only, with transmission losses ... */
  readonly definition: string;
  readonly source: SourceRef;
  readonly quality: Quality;
  readonly via?: string;
  readonly note?: string;
}

/**
 * Zod schema of a {@link GridFactorRow}.
 * @category Factors
 */
export const gridFactorRowSchema: ZodType<GridFactorRow> = object({
  id: string().min(1),
  country: string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as CN"),
  year: number().int().min(1990).max(2100),
  value: decimalWhere((d) => d.gte(0), "a grid factor must not be negative"),
  unit: ratioUnitSchema("CO2 mass per electricity, e.g. t/MWh or kg/kWh", (r) => r.numerator.dimension === "mass" && r.denominator.dimension === "energy"),
  definition: string().min(1),
  source: sourceRefSchema,
  quality: zEnum(QUALITY),
  via: string().min(1).optional(),
  note: string().min(1).optional(),
}).refine((r) => r.quality !== "secondary" || r.via !== undefined, {
  message: "a secondary value must name the publication it was read in (via)",
  path: ["via"],
}) as ZodType<GridFactorRow>;

/**
 * Checks a grid factor row given as data (a scenario's own `gridFactor` row) as factor and NCV
 * rows are checked: against {@link gridFactorRowSchema}, and its `source.id` against the
 * citations (built-in plus the user's).
 *
 * @param row - the row, as data
 * @param citations - the citations it may point to (a factor set's `citations`)
 * @param path - where the row is in the caller's input, e.g. `["gridFactor"]`
 * @returns every problem, with its path (none for a valid row)
 * @example
 * ```ts
 * import { builtinCitationRegistry, lookupGridFactor } from "cobenefits";
 * import { gridFactorIssues } from "./gridFactorRow.js";
 * const row = { ...lookupGridFactor({ id: "grid.CN.2022.MEE-NBS.national-average" }), source: { id: "City-2025", table: "T1" } };
 * gridFactorIssues(row, builtinCitationRegistry(), ["gridFactor"]).map((i) => i.path); // [["gridFactor", "source", "id"]]
 * ```
 * @category Factors
 */
export function gridFactorIssues(row: unknown, citations: CitationRegistry, path: readonly (string | number)[]): InputIssue[] {
  const r = gridFactorRowSchema.safeParse(row);
  if (!r.success) return inputIssuesFromZod(r.error, row, path);
  return citationIssues(r.data.source.id, citations.byId, [...path, "source", "id"]);
}
