import { type ZodType, discriminatedUnion, literal, strictObject as object } from "zod";
import { InvalidInputError, type InputIssueInit } from "../../errors.js";
import { inputIssuesFromZod } from "../../errors/inputIssuesFromZod.js";
import { Dec, type DecimalString } from "../../units/decimal.js";
import type { Quantity } from "../../units/quantity.js";
import { unitSchema } from "../../units/unitSchema.js";
import { conversionFactor } from "../../units/units.js";
import { decimalWhere } from "../../units/decimalWhere.js";

/**
 * How a combined heat and power (CHP) plant's fuel is split between its heat and its electricity.
 * There is no default: each method answers a different question, and the user names one.
 * - `energy`: by the energy of the two outputs, heat share = H / (E + H).
 * - `exergy`: by their work potential: electricity counts fully, heat by its Carnot factor
 *   1 - T0 / Ts (ambient and heat supply temperatures [K], stated); heat share = H x c / (E + H x c).
 * - `efficiency`: by the fuel separate plants would need, with stated reference efficiencies of
 *   heat-only and power-only production (the "efficiency method"); heat share = (H / eH) / (H / eH + E / eE).
 * - `fixedHeatEfficiency`: heat takes H / eH of fuel at a stated heat efficiency, electricity the
 *   rest (the residual approach used in energy statistics for CHP electricity factors).
 * @category Factors
 */
export type ChpAllocationMethod =
  | { readonly kind: "energy" }
  | { readonly kind: "exergy"; readonly ambientTemperature: DecimalString; readonly heatTemperature: DecimalString }
  | { readonly kind: "efficiency"; readonly referenceHeatEfficiency: DecimalString; readonly referenceElectricEfficiency: DecimalString }
  | { readonly kind: "fixedHeatEfficiency"; readonly heatEfficiency: DecimalString };

/**
 * A CHP plant's fuel input and outputs over one period, and the allocation method (named).
 * @category Factors
 */
export interface ChpAllocationInput {
  /** Fuel input, net calorific basis [energy unit, e.g. TJ]. */
  readonly fuel: Quantity;
  /** Net electricity output [energy unit, e.g. MWh]. */
  readonly electricity: Quantity;
  /** Net heat output delivered to the network [energy unit, e.g. GJ]. */
  readonly heat: Quantity;
  readonly method: ChpAllocationMethod;
}

/**
 * The split of a CHP plant's fuel: to heat and to electricity [GJ], summing exactly to the fuel.
 * @category Factors
 */
export interface ChpAllocation {
  readonly fuelToHeat: { readonly value: DecimalString; readonly unit: "GJ" };
  readonly fuelToElectricity: { readonly value: DecimalString; readonly unit: "GJ" };
  /** Share of the fuel allocated to heat [-]. */
  readonly heatShare: DecimalString;
  /** The method and its inputs, as text for provenance. */
  readonly method: string;
}

const positive = (what: string) => decimalWhere((d) => d.gt(0), `${what} must be positive`);
const energy = object({
  value: decimalWhere((d) => d.gte(0), "must not be negative"),
  unit: unitSchema("an energy unit such as GJ, TJ or MWh", (u) => u.dimension === "energy"),
});

/**
 * Zod schema of a {@link ChpAllocationInput}.
 * @category Factors
 */
export const chpAllocationInputSchema: ZodType<ChpAllocationInput> = object({
  fuel: energy,
  electricity: energy,
  heat: energy,
  method: discriminatedUnion("kind", [
    object({ kind: literal("energy") }),
    object({ kind: literal("exergy"), ambientTemperature: positive("a temperature [K]"), heatTemperature: positive("a temperature [K]") }),
    object({ kind: literal("efficiency"), referenceHeatEfficiency: positive("an efficiency"), referenceElectricEfficiency: positive("an efficiency") }),
    object({ kind: literal("fixedHeatEfficiency"), heatEfficiency: positive("an efficiency") }),
  ]),
}) as ZodType<ChpAllocationInput>;

/**
 * Allocates a CHP plant's fuel between heat and electricity by the named method, exactly (see
 * {@link ChpAllocationMethod} for the equations). Heat gets fuel x heat share; electricity the
 * rest, so the two sum exactly to the fuel.
 *
 * Reference: the three methods of the GHG Protocol's guidance "Allocation of GHG emissions from a
 * combined heat and power (CHP) plant" (WRI/WBCSD, 2006: efficiency, energy content, work
 * potential), and the fixed-heat-efficiency (residual) approach of energy statistics.
 *
 * @param input - fuel, outputs [energy units] and the method, as data (not changed)
 * @returns the fuel to heat and to electricity [GJ] and the heat share [-]
 * @throws {@link InvalidInputError} for a field the schema refuses, outputs of zero, a heat temperature not above the ambient one, or a fixed heat efficiency that leaves electricity negative fuel
 * @example
 * ```ts
 * import { allocateChp } from "cobenefits";
 * // 100 GJ of fuel make 30 GJ of electricity and 60 GJ of heat at 400 K, ambient 280 K:
 * // Carnot factor 1 - 280/400 = 0.3, heat share 18 / (30 + 18) = 0.375
 * const plant = { fuel: { value: "100", unit: "GJ" }, electricity: { value: "30", unit: "GJ" }, heat: { value: "60", unit: "GJ" } };
 * allocateChp({ ...plant, method: { kind: "exergy", ambientTemperature: "280", heatTemperature: "400" } }).fuelToHeat; // { value: "37.5", unit: "GJ" }
 * ```
 * @category Factors
 */
export function allocateChp(input: ChpAllocationInput): ChpAllocation {
  const parsed = chpAllocationInputSchema.safeParse(input);
  if (!parsed.success) throw new InvalidInputError("CHP allocation", inputIssuesFromZod(parsed.error, input, []));
  const { method } = parsed.data;
  const gj = (q: Quantity) => new Dec(q.value).times(conversionFactor(q.unit, "GJ"));
  const [F, E, H] = [gj(parsed.data.fuel), gj(parsed.data.electricity), gj(parsed.data.heat)];
  const refuse = (path: readonly (string | number)[], message: string): never => {
    throw new InvalidInputError("CHP allocation", [{ code: "out_of_range", path, message } satisfies InputIssueInit]);
  };
  if (E.plus(H).isZero()) refuse(["heat"], "a CHP plant with neither electricity nor heat output has nothing to allocate its fuel to");
  // Outputs above the fuel are not refused: with flue-gas condensation a plant can deliver more than the fuel's net calorific value.
  let heatShare: Dec;
  let text: string;
  switch (method.kind) {
    case "energy":
      heatShare = H.div(E.plus(H));
      text = "energy content of the outputs";
      break;
    case "exergy": {
      const [t0, ts] = [new Dec(method.ambientTemperature), new Dec(method.heatTemperature)];
      if (!ts.gt(t0)) refuse(["method", "heatTemperature"], `the heat temperature (${ts.toString()} K) must be above the ambient temperature (${t0.toString()} K) for heat to have work potential`);
      const carnot = new Dec(1).minus(t0.div(ts));
      heatShare = H.times(carnot).div(E.plus(H.times(carnot)));
      text = `exergy (work potential): heat x Carnot factor 1 - ${t0.toString()} K / ${ts.toString()} K`;
      break;
    }
    case "efficiency": {
      const heatFuel = H.div(method.referenceHeatEfficiency);
      heatShare = heatFuel.div(heatFuel.plus(E.div(method.referenceElectricEfficiency)));
      text = `efficiency method: reference efficiencies heat ${method.referenceHeatEfficiency}, electricity ${method.referenceElectricEfficiency}`;
      break;
    }
    case "fixedHeatEfficiency": {
      const heatFuel = H.div(method.heatEfficiency);
      if (heatFuel.gt(F)) refuse(["method", "heatEfficiency"], `heat ${H.toString()} GJ at efficiency ${method.heatEfficiency} needs ${heatFuel.toString()} GJ, more than the fuel ${F.toString()} GJ`);
      heatShare = heatFuel.div(F);
      text = `fixed heat efficiency ${method.heatEfficiency}, electricity the rest`;
      break;
    }
  }
  const toHeat = F.times(heatShare);
  return { fuelToHeat: { value: toHeat.toString(), unit: "GJ" }, fuelToElectricity: { value: F.minus(toHeat).toString(), unit: "GJ" }, heatShare: heatShare.toString(), method: text };
}
