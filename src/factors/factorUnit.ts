import { UnknownUnitError } from "../errors.js";
import { type Dimension, type ParsedUnit, parseUnit } from "../units/units.js";

/**
 * A parsed emission-factor unit: either a rate (mass of pollutant per unit of activity) or a
 * share of another species' emission (e.g. BC as `% of PM2.5`).
 * @category Factors
 */
export type FactorUnit =
  | {
      readonly kind: "rate";
      readonly text: string;
      /** Mass unit of the emitted species, e.g. `g`. */
      readonly mass: ParsedUnit;
      /** Unit of the activity it is per, e.g. `GJ`, `kg` (of fuel), `vkm`. */
      readonly basis: ParsedUnit;
      /** Whether the basis is a mass of fuel (`g/kg fuel`), as opposed to a mass of product. */
      readonly perFuelMass: boolean;
    }
  | { readonly kind: "share"; readonly text: string; readonly of: "PM2.5" | "PM10"; readonly scale: "percent" | "fraction" };

const SHARE = /^(%|fraction) of (PM2\.5|PM10)$/;
const cache = new Map<string, FactorUnit>();

/**
 * Parses the unit of an emission factor once (cached).
 *
 * Accepted forms: `<mass>/<activity unit>` (`g/GJ`, `kg/TJ`, `t/MWh`, `g/Nm3`), `<mass>/<mass> fuel`
 * (`g/kg fuel`, `kg/t fuel`), `<mass>/km` or `<mass>/vkm` (per vehicle-km: in emission factors `km`
 * always means vehicle-km, as in the EMEP/EEA road tables), and shares `% of PM2.5`,
 * `fraction of PM2.5` (also of PM10).
 *
 * @param text - the unit as written in the table
 * @param path - where it came from, for error messages
 * @returns the parsed unit
 * @throws {@link UnknownUnitError} when the unit is not of an accepted form
 * @example
 * ```ts
 * import { parseFactorUnit } from "cobenefits";
 * const u = parseFactorUnit("g/kg fuel");
 * u.kind === "rate" && u.perFuelMass; // true
 * ```
 * @category Factors
 */
export function parseFactorUnit(text: string, path: readonly (string | number)[] = []): FactorUnit {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  let parsed: FactorUnit;
  const share = SHARE.exec(text);
  if (share !== null) {
    parsed = { kind: "share", text, of: share[2] as "PM2.5" | "PM10", scale: share[1] === "%" ? "percent" : "fraction" };
  } else {
    const parts = text.split("/");
    if (parts.length !== 2) throw new UnknownUnitError(text, "expected <mass>/<activity unit>, e.g. g/GJ, or '% of PM2.5'", path);
    const [num = "", denRaw = ""] = parts.map((p) => p.trim());
    const perFuelMass = /\sfuel$/.test(denRaw);
    const den = denRaw.replace(/\sfuel$/, "");
    const mass = parseUnit(num, path);
    if (mass.dimension !== "mass") throw new UnknownUnitError(text, `the numerator "${num}" must be a mass`, path);
    const basis = parseUnit(den === "km" ? "vkm" : den, path);
    const allowed: readonly Dimension[] = ["mass", "energy", "vehicleDistance", "gasVolume", "area"];
    if (!allowed.includes(basis.dimension)) {
      throw new UnknownUnitError(text, `the denominator "${den}" must be energy, fuel mass, vehicle-km, Nm3 or floor area`, path);
    }
    parsed = { kind: "rate", text, mass, basis, perFuelMass };
  }
  cache.set(text, parsed);
  return parsed;
}
