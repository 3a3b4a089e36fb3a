import { type ZodType, array, enum as zEnum, literal, strictObject as object, string, union } from "zod";
import { type SourceRef, sourceRefSchema } from "../../citations/sourceRef.js";
import type { DecimalString } from "../../units/decimal.js";
import { decimalStringSchema } from "../../units/quantity.js";
import { type YearValues, yearValuesSchema } from "../yearValues.js";
import { ENDPOINTS, type Endpoint } from "./endpoints.js";

/**
 * A concentration-response function the scenario defines itself: log-linear (an RR per
 * increment with its 95 % interval), GEMM (Burnett et al. 2018 form) or the GBD integrated
 * exposure-response form (Burnett et al. 2014), e.g. loaded from a data pack whose licence does
 * not allow bundling (IHME data).
 * @category Impacts
 */
export type UserCrf =
  | { readonly name: string; readonly family: "log-linear"; readonly endpoint: Endpoint; readonly rr: DecimalString; readonly rrLow: DecimalString; readonly rrHigh: DecimalString; readonly per: DecimalString; readonly counterfactual: DecimalString; readonly source: SourceRef }
  | { readonly name: string; readonly family: "gemm"; readonly endpoint: Endpoint; readonly theta: DecimalString; readonly thetaSe: DecimalString; readonly alpha: DecimalString; readonly mu: DecimalString; readonly nu: DecimalString; readonly counterfactual: DecimalString; readonly source: SourceRef }
  | { readonly name: string; readonly family: "ier"; readonly endpoint: Endpoint; readonly alpha: DecimalString; readonly gamma: DecimalString; readonly delta: DecimalString; readonly counterfactual: DecimalString; readonly source: SourceRef }
  | { readonly name: string; readonly family: "log-linear-beta"; readonly endpoint: Endpoint; readonly beta: DecimalString; readonly betaLow: DecimalString; readonly betaHigh: DecimalString; readonly counterfactual: DecimalString; readonly pollutant?: "PM2.5" | "O3"; readonly source: SourceRef };

/**
 * The `impacts.health` part of a scenario: the baseline the functions act on and the functions,
 * named (no default), side by side.
 * @category Impacts
 */
export interface HealthSection {
  /** Population-weighted annual mean PM2.5 without the measures [ug/m3], per year. */
  readonly baselineConcentration: { readonly values: YearValues; readonly unit: "ug/m3"; readonly source: SourceRef };
  /** Deaths per year in the exposed population by endpoint, without the measures [death/yr]. */
  readonly baselineDeaths: readonly { readonly endpoint: Endpoint; readonly values: YearValues; readonly unit: "death/yr"; readonly source: SourceRef }[];
  /** The receptor's ozone metric without the measures [ppb] (M6M), per year: needed by ozone functions (`pollutant: O3`). */
  readonly ozoneBaseline?: { readonly metric: "M6M"; readonly values: YearValues; readonly unit: "ppb"; readonly source: SourceRef };
  /** Function names (`cobenefits crf` lists the built-in ones) or functions defined here. */
  readonly functions: readonly (string | UserCrf)[];
}

const dec = decimalStringSchema;
const name = string().min(1).max(200);
const endpoint = zEnum(ENDPOINTS);

const userCrfSchema = union([
  object({ name, family: literal("log-linear"), endpoint, rr: dec, rrLow: dec, rrHigh: dec, per: dec, counterfactual: dec, source: sourceRefSchema }),
  object({ name, family: literal("gemm"), endpoint, theta: dec, thetaSe: dec, alpha: dec, mu: dec, nu: dec, counterfactual: dec, source: sourceRefSchema }),
  object({ name, family: literal("ier"), endpoint, alpha: dec, gamma: dec, delta: dec, counterfactual: dec, source: sourceRefSchema }),
  object({ name, family: literal("log-linear-beta"), endpoint, beta: dec, betaLow: dec, betaHigh: dec, counterfactual: dec, pollutant: zEnum(["PM2.5", "O3"]).optional(), source: sourceRefSchema }),
]);

/**
 * Zod schema of {@link HealthSection}.
 *
 * @example
 * ```ts
 * import { healthSectionSchema } from "cobenefits/impacts";
 * healthSectionSchema.safeParse({ functions: [] }).success; // false
 * ```
 * @category Impacts
 */
export const healthSectionSchema: ZodType<HealthSection> = object({
  baselineConcentration: object({ values: yearValuesSchema, unit: literal("ug/m3"), source: sourceRefSchema }),
  baselineDeaths: array(object({ endpoint, values: yearValuesSchema, unit: literal("death/yr"), source: sourceRefSchema })).min(1),
  ozoneBaseline: object({ metric: literal("M6M"), values: yearValuesSchema, unit: literal("ppb"), source: sourceRefSchema }).optional(),
  functions: array(union([name, userCrfSchema])).min(1),
}).superRefine((s, ctx) => {
  const ends = new Set<string>();
  s.baselineDeaths.forEach((d, i) => {
    if (ends.has(d.endpoint)) ctx.addIssue({ code: "custom", path: ["baselineDeaths", i, "endpoint"], message: `endpoint "${d.endpoint}" already has baseline deaths` });
    ends.add(d.endpoint);
  });
  const names = new Set<string>();
  s.functions.forEach((f, i) => {
    const n = typeof f === "string" ? f : f.name;
    if (names.has(n)) ctx.addIssue({ code: "custom", path: ["functions", i], message: `function "${n}" is named twice` });
    names.add(n);
  });
}) as ZodType<HealthSection>;
