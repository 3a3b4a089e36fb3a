import { strictObject as object, string } from "zod";
import { Dec } from "../units/decimal.js";
import { type DeepReadonly, type MoveMeasureKind, measureSchemaOf } from "./measureKind.js";

const schema = measureSchemaOf("standardUpgrade", {
  to: object({ technology: string().min(1) }),
});

/**
 * A vehicle emission-standard upgrade, as data.
 * @category Measures
 */
export type StandardUpgradeMeasure = DeepReadonly<ReturnType<typeof schema.parse>>;

/**
 * `standardUpgrade`: a share of a fleet's vehicle-km moves from one emission class to another
 * (e.g. Euro IV to Euro VI buses); the same vehicle-km, priced with the new class's Tier 2 g/km.
 *
 * @example
 * ```ts
 * import { STANDARD_UPGRADE } from "cobenefits/engine";
 * STANDARD_UPGRADE.phase; // "move"
 * ```
 * @category Measures
 */
export const STANDARD_UPGRADE: MoveMeasureKind<StandardUpgradeMeasure> = {
  phase: "move",
  madeFields: { technology: ["to", "technology"] },
  schema,
  move(source, m) {
    return { template: { ...source, technology: m.to.technology }, conversion: new Dec(1) };
  },
};
