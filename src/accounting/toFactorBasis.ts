import type { SourceRef } from "../citations/sourceRef.js";
import { BasisConversionError } from "../errors.js";
import type { ActivityRow } from "../activity/activityRow.js";
import type { FactorSet } from "../factors/factorSet.js";
import { lookupNcv } from "../factors/lookupNcv.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { type ParsedUnit, parseRatioUnit, parseUnit } from "../units/units.js";

/**
 * One conversion applied on the way from an activity to a factor's basis, for the provenance trace.
 * @category Accounting
 */
export interface ConversionStep {
  readonly description: string;
  /** The multiplier applied, in base units of the two sides (kg, J, vkm, Nm3). */
  readonly factor: DecimalString;
  /** Citation of the data used (an NCV table row), when it came from a table. */
  readonly source?: SourceRef;
}

interface Ncv {
  readonly perBase: Dec; // J per kg or J per Nm3
  readonly over: "mass" | "gasVolume";
  readonly text: string;
  readonly source?: SourceRef;
}

function ncvOf(activity: ActivityRow, set: FactorSet, over: "mass" | "gasVolume", path: readonly (string | number)[]): Ncv | undefined {
  if (activity.netCalorificValue !== undefined) {
    const u = parseRatioUnit(activity.netCalorificValue.unit, [...path, "netCalorificValue", "unit"]);
    if (u.numerator.dimension !== "energy" || (u.denominator.dimension !== "mass" && u.denominator.dimension !== "gasVolume")) {
      throw new BasisConversionError(activity.activityLevel.unit, "energy", `netCalorificValue must be energy per mass or per Nm3, got "${activity.netCalorificValue.unit}"`, [...path, "netCalorificValue", "unit"]);
    }
    if (u.denominator.dimension !== over) return undefined;
    const from = activity.netCalorificValueFrom;
    return {
      perBase: new Dec(activity.netCalorificValue.value).times(u.toBase),
      over,
      text: `${activity.netCalorificValue.value} ${activity.netCalorificValue.unit} (${from === undefined ? "given with the activity" : `national table row ${from.id}, ${from.source.id} ${from.source.table}`}${acknowledged(activity.netCalorificValue.outsideIpccRange)})`,
      ...(from === undefined ? {} : { source: from.source }),
    };
  }
  if (over !== "mass") return undefined;
  const row = lookupNcv(set, activity.fuel);
  if (row === undefined) return undefined;
  const u = parseRatioUnit(row.unit);
  return { perBase: new Dec(row.value).times(u.toBase), over, text: `${row.value} ${row.unit} (${row.source.id} ${row.source.table}${acknowledged(row.outsideIpccRange)})`, source: row.source };
}

/** The stated reason of an NCV outside the IPCC 2006 Table 1.2 range, for the provenance text. */
function acknowledged(reason: string | undefined): string {
  return reason === undefined ? "" : `; stated as outside the IPCC 2006 Vol. 2 Table 1.2 range of the fuel: ${reason}`;
}

/**
 * Brings an activity onto the basis of an emission factor (e.g. tonnes of coal onto GJ for a
 * g/GJ factor), exactly, recording each step. Conversions across dimensions use only data given:
 * the activity's own NCV, else the factor set's NCV for the fuel (mass <-> energy); the activity's
 * NCV per Nm3 (gas volume <-> energy); the activity's fuel consumption (vehicle-km -> fuel mass).
 *
 * @param activity - the activity row
 * @param basis - the factor's basis unit (e.g. GJ, kg, vkm)
 * @param set - the factor set (for NCVs)
 * @param path - where the activity is in the input, for error messages
 * @returns the activity in the basis unit [basis] and the steps taken
 * @throws {@link cobenefits!BasisConversionError} when a needed NCV or fuel consumption is missing
 * @example
 * ```ts
 * import { createFactorSet, parseUnit } from "cobenefits";
 * import { toFactorBasis } from "cobenefits/engine";
 * const a = { id: "b1", sector: "1.A.4.a.i", fuel: "naturalGas", activityLevel: { value: "1", unit: "kt" } };
 * toFactorBasis(a, parseUnit("GJ"), createFactorSet()).amount.toString(); // "48000" (NCV 48.0 TJ/Gg)
 * ```
 * @category Accounting
 */
export function toFactorBasis(
  activity: ActivityRow,
  basis: ParsedUnit,
  set: FactorSet,
  path: readonly (string | number)[] = [],
): { readonly amount: Dec; readonly steps: readonly ConversionStep[] } {
  const from = parseUnit(activity.activityLevel.unit, [...path, "activityLevel", "unit"]);
  let amount = new Dec(activity.activityLevel.value).times(from.toBase);
  let dim = from.dimension;
  const steps: ConversionStep[] = [];
  const fail = (hint: string): never => {
    throw new BasisConversionError(activity.activityLevel.unit, basis.text, hint, [...path, "activityLevel", "unit"]);
  };

  if (dim === "vehicleDistance" && basis.dimension !== "vehicleDistance") {
    if (activity.fuelConsumption === undefined) fail("give the activity's fuelConsumption (fuel mass per vkm) to use a per-fuel factor with vehicle-km");
    const fc = activity.fuelConsumption!;
    const u = parseRatioUnit(fc.unit, [...path, "fuelConsumption", "unit"]);
    if (u.numerator.dimension !== "mass" || u.denominator.dimension !== "vehicleDistance") fail(`fuelConsumption must be mass per vkm, got "${fc.unit}"`);
    const f = new Dec(fc.value).times(u.toBase);
    amount = amount.times(f);
    dim = "mass";
    steps.push({ description: `vehicle-km to fuel mass with fuel consumption ${fc.value} ${fc.unit} (given with the activity)`, factor: f.toString() });
  }
  if (dim !== basis.dimension) {
    const forward = basis.dimension === "energy" && (dim === "mass" || dim === "gasVolume");
    const backward = dim === "energy" && (basis.dimension === "mass" || basis.dimension === "gasVolume");
    if (!forward && !backward) fail(`no conversion from ${dim} to ${basis.dimension} is defined`);
    const over = (forward ? dim : basis.dimension) as "mass" | "gasVolume";
    const ncv = ncvOf(activity, set, over, path);
    if (ncv === undefined) {
      fail(
        over === "mass"
          ? `no net calorific value for fuel "${activity.fuel}": give netCalorificValue (energy per mass) with the activity or a userNcv row`
          : "give netCalorificValue per Nm3 (e.g. MJ/Nm3) with the activity to use gas volumes",
      );
    }
    const n = ncv!;
    amount = forward ? amount.times(n.perBase) : amount.div(n.perBase);
    dim = basis.dimension;
    steps.push({
      description: `${forward ? `${over === "mass" ? "fuel mass" : "gas volume"} to energy` : `energy to ${over === "mass" ? "fuel mass" : "gas volume"}`} with NCV ${n.text}`,
      factor: (forward ? n.perBase : new Dec(1).div(n.perBase)).toString(),
      ...(n.source === undefined ? {} : { source: n.source }),
    });
  }
  return { amount: amount.div(basis.toBase), steps };
}
