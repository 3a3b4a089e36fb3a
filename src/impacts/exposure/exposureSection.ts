import { type ZodType, array, enum as zEnum, literal, strictObject as object, string, union } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import type { EmissionScope } from "../../factors/scopeOfFuel.js";
import type { DecimalString } from "../../units/decimal.js";
import { decimalStringSchema } from "../../units/quantity.js";
import { type YearValues, yearValuesSchema } from "../yearValues.js";
import { type OzoneExposureSection, ozoneExposureSectionSchema } from "./ozoneExposureSection.js";
import { type SecondaryComponent, type SecondaryPrecursor, TM5_FASST_REGIONS, type Tm5FasstRegion } from "./tm5FasstCoefficients.js";

/**
 * An intake fraction the scenario brings itself (a city's own value, or an indoor value for
 * household stoves), with its source.
 * @category Impacts
 */
export interface UserIntakeFraction {
  readonly name: string;
  /** [ppm] mg inhaled per kg emitted */
  readonly value: DecimalString;
  readonly unit: "ppm";
  /** `indoor` for releases inside homes (household stoves), whose intake is of indoor air. */
  readonly setting: "outdoor" | "indoor";
  readonly source: SourceRef;
}

/**
 * A secondary PM2.5 coefficient the scenario brings itself (e.g. from the city's CMAQ or WRF-Chem
 * runs): it replaces the built-in TM5-FASST coefficient for the same precursor and component.
 * @category Impacts
 */
export interface UserSecondaryCoefficient {
  readonly precursor: SecondaryPrecursor;
  readonly component: SecondaryComponent;
  /** [ug/m3 per t/yr] population-weighted concentration change per tonne per year of precursor */
  readonly value: DecimalString;
  readonly unit: "ug/m3 per t/yr";
  readonly source: SourceRef;
}

/**
 * The `impacts.exposure` part of a scenario: how emission changes become a change in the
 * population-weighted annual mean PM2.5 concentration.
 * @category Impacts
 */
export interface ExposureSection {
  /** The exposed population per year [person], with its source. */
  readonly population: { readonly values: YearValues; readonly unit: "person"; readonly source: SourceRef };
  /** The emission scopes released where the population lives (e.g. `["direct"]`, or also `"indirect"` when the city's power plants supply its electricity); named, no default. */
  readonly scopes: readonly EmissionScope[];
  /** The population-average breathing rate [m3/person/day] the intake fractions are turned into concentrations with. */
  readonly breathingRate: { readonly value: DecimalString; readonly unit: "m3/person/day"; readonly source: SourceRef };
  /** Primary PM2.5 by intake fraction: each route maps a sector code (and its sub-sectors) to an intake fraction. */
  readonly primary?: {
    readonly species: "PM2.5";
    readonly routes: readonly { readonly sector: string; readonly intakeFraction: string | UserIntakeFraction }[];
  };
  /** Secondary PM2.5 from SO2, NOx and NH3 by TM5-FASST source-receptor coefficients, optionally replaced by the city's own. */
  readonly secondary?: {
    readonly model: "TM5-FASST";
    readonly sourceRegion: Tm5FasstRegion;
    readonly receptorRegion: Tm5FasstRegion;
    readonly coefficients?: readonly UserSecondaryCoefficient[];
  };
  /** Ozone (the M6M metric [ppb]) from NOx, NMVOC and SO2 by TM5-FASST source-receptor coefficients, optionally replaced by the city's own; no ozone without it. */
  readonly ozone?: OzoneExposureSection;
}

const nonNegative = decimalStringSchema.refine((v) => !v.trim().startsWith("-"), "must not be negative");
const positive = decimalStringSchema.refine((v) => !v.trim().startsWith("-") && !/^[+]?0*(\.0*)?(e[+-]?\d+)?$/i.test(v.trim()), "must be positive");

const userIntakeFractionSchema = object({
  name: string().min(1).max(200),
  value: nonNegative,
  unit: literal("ppm"),
  setting: zEnum(["outdoor", "indoor"]),
  source: sourceRefSchema,
});

const userSecondarySchema = object({
  precursor: zEnum(["SO2", "NOx", "NH3"]),
  component: zEnum(["SO4", "NO3", "NH4"]),
  value: decimalStringSchema,
  unit: literal("ug/m3 per t/yr"),
  source: sourceRefSchema,
});

/**
 * Zod schema of {@link ExposureSection}.
 *
 * @example
 * ```ts
 * import { exposureSectionSchema } from "cobenefits/impacts";
 * exposureSectionSchema.safeParse({ population: { values: [{ year: 2025, value: "1000" }], unit: "person", source: { id: "X", table: "1" } } }).success; // false (breathingRate and a route are missing)
 * ```
 * @category Impacts
 */
export const exposureSectionSchema: ZodType<ExposureSection> = object({
  population: object({ values: yearValuesSchema, unit: literal("person"), source: sourceRefSchema }),
  scopes: array(zEnum(["direct", "indirect", "indirectHeat", "upstream"])).min(1).refine((a) => new Set(a).size === a.length, "each scope once"),
  breathingRate: object({ value: positive, unit: literal("m3/person/day"), source: sourceRefSchema }),
  primary: object({
    species: literal("PM2.5"),
    routes: array(object({ sector: string().min(1).max(200), intakeFraction: union([string().min(1).max(200), userIntakeFractionSchema]) })).min(1),
  }).optional(),
  secondary: object({
    model: literal("TM5-FASST"),
    sourceRegion: zEnum(TM5_FASST_REGIONS),
    receptorRegion: zEnum(TM5_FASST_REGIONS),
    coefficients: array(userSecondarySchema).optional(),
  }).optional(),
  ozone: ozoneExposureSectionSchema.optional(),
}).superRefine((s, ctx) => {
  if (s.primary === undefined && s.secondary === undefined && s.ozone === undefined) ctx.addIssue({ code: "custom", path: [], message: "give primary (intake fractions), secondary (source-receptor coefficients) or ozone, or several" });
  const seen = new Map<string, number>();
  s.primary?.routes.forEach((r, i) => {
    const before = seen.get(r.sector);
    if (before !== undefined) ctx.addIssue({ code: "custom", path: ["primary", "routes", i, "sector"], message: `sector "${r.sector}" already has a route (routes[${before}])` });
    seen.set(r.sector, i);
  });
  const pairs = new Set<string>();
  s.secondary?.coefficients?.forEach((c, i) => {
    const key = `${c.precursor}->${c.component}`;
    if (pairs.has(key)) ctx.addIssue({ code: "custom", path: ["secondary", "coefficients", i], message: `a second coefficient for ${key}` });
    pairs.add(key);
  });
}) as ZodType<ExposureSection>;
