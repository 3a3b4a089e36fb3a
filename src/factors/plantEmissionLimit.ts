import { type ZodType, enum as zEnum, literal, strictObject as object, string, union } from "zod";
import { provenanceShape, type Provenance } from "../citations/sourceRef.js";
import { SPECIES, type Species } from "../units/species.js";
import type { DecimalString } from "../units/decimal.js";
import { ratioUnitSchema } from "../units/unitSchema.js";
import { decimalWhere } from "../units/decimalWhere.js";

/**
 * An emission limit of power or heat plants as an official document sets it: a concentration in
 * flue gas at a reference O2 content, for a kind of plant and a species. A preset, not a
 * default: the user chooses whether plants meet it. Whether the gas is dry is stated only where
 * the source was read to say so (`dryGas`); `limitToFactor` works on dry gas, so using a
 * `notConfirmed` row there is the user's assumption, to be stated with the result.
 * @category Factors
 */
export interface PlantEmissionLimit extends Provenance {
  /** Stable id, e.g. `limit.CN.ultra-low.coal.SO2`. */
  readonly id: string;
  /** ISO 3166-1 alpha-2 code of the country whose document sets the limit. */
  readonly country: string;
  /** The document's short name, e.g. `ultra-low emission (超低排放)`. */
  readonly instrument: string;
  /** The plants the limit applies to, in the document's words (kind, size, region, date). */
  readonly applicability: string;
  /** The fuel the plants burn, as the document names it. */
  readonly fuel: string;
  readonly pollutant: Species;
  /** The limit as published, a decimal string. */
  readonly value: DecimalString;
  /** Mass per normal volume of flue gas, e.g. `mg/Nm3`. */
  readonly unit: string;
  /** The reference O2 content of the flue gas [% by volume, dry]. */
  readonly referenceO2: DecimalString;
  /**
   * Whether the concentration is on dry flue gas: `true` when the source as read says so;
   * `"notConfirmed"` when it does not (the row's note says what was read). Never asserted
   * from convention alone.
   */
  readonly dryGas: true | "notConfirmed";
}

const percent = decimalWhere((d) => d.gte(0) && d.lt(21), "expected an O2 content of at least 0 and below 21 (% by volume)");

/**
 * Zod schema of a {@link PlantEmissionLimit}: a non-negative concentration in mass per normal
 * volume (`mg/Nm3`), a reference O2 content between 0 and 21%, and a `via` for a secondary value.
 * @category Factors
 */
export const plantEmissionLimitSchema: ZodType<PlantEmissionLimit> = object({
  id: string().min(1),
  country: string().regex(/^[A-Z]{2}$/, "expected an ISO 3166-1 alpha-2 code such as CN"),
  instrument: string().min(1),
  applicability: string().min(1),
  fuel: string().min(1),
  pollutant: zEnum(SPECIES),
  value: decimalWhere((d) => d.gte(0), "a limit must not be negative"),
  unit: ratioUnitSchema("mass per normal volume of flue gas, e.g. mg/Nm3", (r) => r.numerator.dimension === "mass" && r.denominator.dimension === "gasVolume"),
  referenceO2: percent,
  dryGas: union([literal(true), literal("notConfirmed")]),
  ...provenanceShape,
}).refine((r) => r.quality !== "secondary" || r.via !== undefined, {
  message: "a secondary value must name the publication it was read in (via)",
  path: ["via"],
}) as ZodType<PlantEmissionLimit>;
