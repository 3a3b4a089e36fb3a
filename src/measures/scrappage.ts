import { null as zNull, strictObject as object, string, union } from "zod";
import { Dec } from "../units/decimal.js";
import { type DeepReadonly, type MoveMeasureKind, measureSchemaOf } from "./measureKind.js";

const schema = measureSchemaOf("scrappage", {
  /** The class that replaces the scrapped vehicles' vehicle-km, or `null` when they are not replaced. */
  replacement: union([object({ technology: string().min(1) }), zNull()]),
});

/**
 * A scrappage programme for old vehicles, as data.
 * @category Measures
 */
export type ScrappageMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `scrappage`: a share of the target vehicles is scrapped; their vehicle-km are driven by a
 * replacement class, or not driven at all (`replacement: null`, e.g. a ban without replacement).
 *
 * @example
 * ```ts
 * import { SCRAPPAGE } from "cobenefits/engine";
 * SCRAPPAGE.phase; // "move"
 * ```
 * @category Measures
 */
export const SCRAPPAGE: MoveMeasureKind<ScrappageMeasure> = {
  phase: "move",
  madeFields: { technology: ["replacement", "technology"] },
  schema,
  move(source, m) {
    if (m.replacement === null) return "removed";
    return { template: { ...source, technology: m.replacement.technology }, conversion: new Dec(1) };
  },
};
