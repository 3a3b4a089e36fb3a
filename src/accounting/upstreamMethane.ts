import { resolveCoalMinePreset } from "../factors/upstream/coalMinePreset.js";
import type { ActivityRow } from "../activity/activityRow.js";
import type { FactorSet } from "../factors/factorSet.js";
import { type CitedQuantity, type CitedValue, type UpstreamSpec, upstreamPartOf } from "../factors/upstream/upstreamSpec.js";
import { Dec } from "../units/decimal.js";
import { parseRatioUnit, parseUnit } from "../units/units.js";
import type { FactorUse } from "./computeEmissions.js";
import { type ConversionStep, toFactorBasis } from "./toFactorBasis.js";

/**
 * The upstream methane of an activity: CH4 emitted before its fuel reaches it, with the cited
 * parameters used and the conversions of the activity on the way.
 * @category Accounting
 */
export interface UpstreamMethane {
  /** The part of the upstream spec the fuel falls under. */
  readonly part: "naturalGas" | "coal";
  /** CH4 [t] for the activity's level. */
  readonly ch4: Dec;
  /** The user's cited parameters, as factor uses (layer `user`, table `upstream`, quality `userSupplied`); the first carries the whole calculation as `derivation`. */
  readonly factors: readonly FactorUse[];
  /** The conversions of the activity to the gas delivered or the coal mass (the NCV used, with its table row). */
  readonly conversions: readonly ConversionStep[];
}

/**
 * Upstream methane of an activity row under a scenario's opt-in upstream scope (see
 * {@link UpstreamSpec}), exactly:
 * - natural gas: CH4 [t] = leakage rate [kg/kg] x gas delivered x methane content, the gas
 *   delivered being the activity in the unit the methane content is per (mass through the NCV,
 *   energy, or Nm3 through an NCV per Nm3);
 * - coal: CH4 [t] = coal [t] (the activity's mass, through its NCV where it is given in energy) x
 *   methane per tonne (as mass, or as volume x the stated methane density).
 * Every number is the user's and cited; none is assumed.
 *
 * @param activity - the activity row (its fuel, level, unit and conversion data)
 * @param spec - the scenario's upstream spec
 * @param set - the factor set (for the fuel's NCV where the activity gives none)
 * @param path - where the activity is in the caller's input, for errors
 * @returns the upstream CH4 [t] with its parameters and conversions, or undefined when the fuel has no part in the spec
 * @throws {@link cobenefits!BasisConversionError} when the activity cannot be brought to the gas delivered or the coal mass (no NCV)
 * @example
 * ```ts
 * import { createFactorSet, upstreamMethane } from "cobenefits";
 * const spec = { naturalGas: { leakageRate: { value: "0.01", source: { id: "Utility-2025", table: "Table 2" } },
 *   methaneContent: { value: "1", unit: "kg/kg", source: { id: "Utility-2025", table: "Table 2" } } } };
 * const gas = { id: "boilers", sector: "1.A.4.a.i", fuel: "naturalGas", activityLevel: { value: "48", unit: "TJ" } };
 * upstreamMethane(gas, spec, createFactorSet())?.ch4.toString(); // "10" (48 TJ / 48.0 TJ/Gg = 1000 t gas x 1% x 1 kg/kg)
 * ```
 * @category Accounting
 */
export function upstreamMethane(activity: ActivityRow, spec: UpstreamSpec, set: FactorSet, path: readonly (string | number)[] = []): UpstreamMethane | undefined {
  const part = upstreamPartOf(activity.fuel);
  if (part === "naturalGas" && spec.naturalGas !== undefined) {
    const { leakageRate, methaneContent } = spec.naturalGas;
    const content = parseRatioUnit(methaneContent.unit);
    const delivered = toFactorBasis(activity, content.denominator, set, path);
    // rate [kg/kg] x delivered [denominator unit] x content [numerator unit per denominator unit] x kg per numerator unit / 1000 kg per t
    const ch4 = new Dec(leakageRate.value).times(delivered.amount).times(methaneContent.value).times(content.numerator.toBase).div(1000);
    const derivation = `upstream CH4 = leakage rate ${leakageRate.value} kg/kg x gas delivered ${delivered.amount.toString()} ${content.denominator.text} x methane content ${methaneContent.value} ${methaneContent.unit} = ${ch4.toString()} t`;
    return { part, ch4, factors: [use("upstream.naturalGas.leakageRate", { ...leakageRate, unit: "kg/kg" }, derivation), use("upstream.naturalGas.methaneContent", methaneContent)], conversions: delivered.steps };
  }
  if (part === "coal" && spec.coal !== undefined) {
    const { methaneDensity } = spec.coal;
    const coal = toFactorBasis(activity, parseUnit("t"), set, path);
    if ("builtin" in spec.coal.methanePerTonne) {
      const preset = resolveCoalMinePreset(spec.coal.methanePerTonne, ["upstream", "coal", "methanePerTonne"]);
      const ch4 = coal.amount.times(preset.value).div(1000); // t coal x kg CH4/t / 1000 kg/t = t CH4
      const derivation = `upstream CH4 = coal ${coal.amount.toString()} t x (${preset.derivation}) / 1000 = ${ch4.toString()} t`;
      const factors: FactorUse[] = [
        ...preset.parts.map((p, i): FactorUse => ({ rowId: p.row.id, tableId: "coalMineMethane", layer: "builtin", value: p.row[p.statistic]!, unit: p.row.unit, source: p.row.source, quality: p.row.quality, ...(i === 0 ? { derivation } : {}) })),
        { rowId: preset.density.id, tableId: "methaneDensities", layer: "builtin", value: preset.density.value, unit: preset.density.unit, source: preset.density.source, quality: preset.density.quality },
      ];
      return { part, ch4, factors, conversions: coal.steps };
    }
    const methanePerTonne = spec.coal.methanePerTonne;
    const perTonne = parseRatioUnit(methanePerTonne.unit);
    // per tonne of coal: kg (or m3) of CH4 per kg of coal x 1000 kg/t
    let perKgCoal = new Dec(methanePerTonne.value).times(perTonne.toBase);
    let how = `methane ${methanePerTonne.value} ${methanePerTonne.unit}`;
    if (perTonne.numerator.dimension === "volume") {
      // the schema requires the density with a volume
      const density = methaneDensity!;
      perKgCoal = perKgCoal.times(density.value).times(parseRatioUnit(density.unit).toBase);
      how += ` x density ${density.value} ${density.unit}`;
    }
    const ch4 = coal.amount.times(perKgCoal); // t coal x kg CH4 per kg coal = t CH4
    const derivation = `upstream CH4 = coal ${coal.amount.toString()} t x ${how} = ${ch4.toString()} t`;
    return {
      part, ch4,
      factors: [use("upstream.coal.methanePerTonne", methanePerTonne, derivation), ...(perTonne.numerator.dimension === "volume" ? [use("upstream.coal.methaneDensity", methaneDensity!)] : [])],
      conversions: coal.steps,
    };
  }
  return undefined;
}

function use(rowId: string, v: CitedValue & Pick<CitedQuantity, "unit">, derivation?: string): FactorUse {
  return { rowId, tableId: "upstream", layer: "user", value: v.value, unit: v.unit, source: v.source, quality: "userSupplied", ...(derivation === undefined ? {} : { derivation }) };
}
