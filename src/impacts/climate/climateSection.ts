import { type ZodType, looseObject } from "zod";

/**
 * The `impacts.climate` part of a scenario: the temperature response of the scenario's emission
 * changes. A placeholder schema that accepts any object, so that the `impacts` section validates
 * while the climate-response step is built; the climate step replaces it with its own schema.
 *
 * @example
 * ```ts
 * import { climateSectionSchema } from "cobenefits/impacts";
 * climateSectionSchema.safeParse({}).success; // true
 * ```
 * @category Impacts
 */
export const climateSectionSchema: ZodType<ClimateSection> = looseObject({}) as ZodType<ClimateSection>;

/**
 * The `impacts.climate` part of a scenario (see {@link climateSectionSchema}).
 * @category Impacts
 */
export type ClimateSection = Readonly<Record<string, unknown>>;
