import { type ZodType, strictObject as object, string, union } from "zod";
import type { Quality, SourceRef } from "../citations/sourceRef.js";
import { InvalidInputError } from "../errors.js";
import { nearestStrings } from "../nearestStrings.js";
import { Dec, type DecimalString } from "../units/decimal.js";
import { decimalStringSchema } from "../units/quantity.js";
import { toElementBasis } from "../units/species.js";
import { parseRatioUnit } from "../units/units.js";
import { sectorWithin } from "./sectorWithin.js";
import { FUEL_SULPHUR_STANDARDS, type FuelSulphurStandard, type FuelSulphurStandardScope } from "./tables/fuelSulphurStandards.js";

/**
 * The sulphur content of a fuel as burned: a value with its unit (`%` or `ppm` by mass, or a mass
 * ratio such as `mg/kg`, `g/kg`, `kg/t`), or a fuel standard's limit by id (see
 * {@link FUEL_SULPHUR_STANDARDS}).
 * @category Factors
 */
export type SulphurContent = { readonly value: DecimalString; readonly unit: string } | { readonly standard: string };

/**
 * Zod schema of a {@link SulphurContent} (its unit and range are checked by {@link sulphurMassFraction}).
 * @category Factors
 */
export const sulphurContentSchema: ZodType<SulphurContent> = union([
  object({ value: decimalStringSchema, unit: string().min(1) }),
  object({ standard: string().min(1) }),
]) as ZodType<SulphurContent>;

/**
 * A sulphur content resolved to a mass fraction, with what it was read from.
 * @category Factors
 */
export interface SulphurMassFraction {
  /** Mass fraction [kg S/kg fuel]. */
  readonly fraction: Dec;
  /** The content as given, e.g. `10 ppm` or `standard JP-diesel (10 mg/kg)`. */
  readonly text: string;
  /** The standard's citation, when a standard was named. */
  readonly source?: SourceRef;
  readonly quality?: Quality;
}

/** Units of a mass fraction that are not ratios of registered units, with their exact factor. */
const FRACTION_WORDS: ReadonlyMap<string, string> = new Map([
  ["%", "0.01"],
  ["ppm", "0.000001"],
]);

/**
 * The mass fraction of a sulphur content: `%` is 1/100, `ppm` is 1/10^6 by mass (mg/kg), and a
 * mass ratio (`mg/kg`, `g/kg`, `kg/t` ...) converts exactly through the unit registry. A named
 * standard gives its published limit, and must be a standard for the row's fuel and, when the
 * row's sector is given (activities and scenario rows always give it), for the row's sector group:
 * a road-fuel standard (China V, Japan) only on 1.A.3.b rows, Korea's fuel-oil standards (boilers,
 * heating) on any row but 1.A.3.b.
 *
 * @param content - the sulphur content as given
 * @param fuel - the fuel id of the activity (a standard for another fuel is refused)
 * @param path - where the content was given, for error messages
 * @param sector - the activity's sector code (a standard for another sector group is refused)
 * @returns the mass fraction [kg S/kg fuel] and what it came from
 * @throws {@link InvalidInputError} for a unit that is not a mass fraction, a fraction outside 0..1, an unknown standard (with the nearest ids), a standard for another fuel or for another sector group (at `sulphurContent.standard`, naming the standard's scope)
 * @example
 * ```ts
 * import { sulphurMassFraction } from "cobenefits";
 * sulphurMassFraction({ value: "10", unit: "ppm" }, "gasDieselOil").fraction.toString(); // "0.00001"
 * sulphurMassFraction({ value: "0.8", unit: "%" }, "otherBituminousCoal").fraction.toString(); // "0.008"
 * sulphurMassFraction({ standard: "JP-diesel" }, "gasDieselOil", [], "1.A.3.b.iii").fraction.toString(); // "0.00001"
 * ```
 * @category Factors
 */
export function sulphurMassFraction(content: SulphurContent, fuel: string, path: readonly (string | number)[] = [], sector?: string): SulphurMassFraction {
  if ("standard" in content) return fromStandard(content.standard, fuel, path, sector);
  const word = FRACTION_WORDS.get(content.unit.trim());
  let factor: Dec;
  if (word !== undefined) factor = new Dec(word);
  else {
    const u = parseRatioUnit(content.unit, [...path, "unit"]);
    if (u.numerator.dimension !== "mass" || u.denominator.dimension !== "mass") {
      throw new InvalidInputError("sulphur content", [{ path: [...path, "unit"], message: `a sulphur content is a mass fraction: write %, ppm (by mass) or a mass ratio such as mg/kg, not "${content.unit}"` }]);
    }
    factor = u.toBase;
  }
  const fraction = new Dec(content.value).times(factor);
  if (fraction.lt(0) || fraction.gt(1)) {
    throw new InvalidInputError("sulphur content", [{ code: "out_of_range", minimum: "0", maximum: "1", path: [...path, "value"], message: `a sulphur content of ${content.value} ${content.unit} is outside 0 to 100% by mass` }]);
  }
  return { fraction, text: `${content.value} ${content.unit}` };
}

/** What each scope covers, in words for messages, and whether a sector lies in it. */
const SCOPES: Readonly<Record<FuelSulphurStandardScope, { readonly text: string; readonly covers: (sector: string) => boolean }>> = {
  road: { text: "road vehicle fuel (sectors 1.A.3.b)", covers: (sector) => sectorWithin(sector, "1.A.3.b") },
  fuelOilNotRoad: { text: "fuel oil used as fuel in boilers and heating, not road fuel (any sector but 1.A.3.b)", covers: (sector) => !sectorWithin(sector, "1.A.3.b") },
};

function fromStandard(id: string, fuel: string, path: readonly (string | number)[], sector: string | undefined): SulphurMassFraction {
  const s: FuelSulphurStandard | undefined = FUEL_SULPHUR_STANDARDS.find((x) => x.id === id);
  if (s === undefined) {
    const ids = FUEL_SULPHUR_STANDARDS.map((x) => x.id);
    const nearest = nearestStrings(id, ids, 3);
    throw new InvalidInputError("sulphur content", [{ code: "unknown_reference", key: id, nearest, path: [...path, "standard"], message: `unknown fuel sulphur standard "${id}"; nearest: ${nearest.join(", ")} (see FUEL_SULPHUR_STANDARDS)` }]);
  }
  if (s.fuel !== fuel) {
    throw new InvalidInputError("sulphur content", [{ path: [...path, "standard"], message: `standard ${id} is for fuel ${s.fuel}, but the activity burns ${fuel}` }]);
  }
  const scope = SCOPES[s.appliesTo];
  if (sector !== undefined && !scope.covers(sector)) {
    const others = FUEL_SULPHUR_STANDARDS.filter((x) => x.fuel === fuel && SCOPES[x.appliesTo].covers(sector)).map((x) => x.id);
    throw new InvalidInputError("sulphur content", [{
      code: "invalid_value", key: id, path: [...path, "standard"],
      message: `standard ${id} applies to ${scope.text}, but the activity is in sector ${sector}; ` +
        `give the content as { value, unit }${others.length > 0 ? ` or name a standard for ${fuel} in that sector (built in: ${others.join(", ")})` : ""}`,
    }]);
  }
  const { fraction } = sulphurMassFraction(s.limit, fuel, path);
  return { fraction, text: `standard ${id} (${s.limit.value} ${s.limit.unit}, a maximum)`, source: s.source, quality: s.quality };
}

/**
 * SO2 emitted per mass of fuel burned, by sulphur mass balance: 2 x S x (1 - r), with the exact
 * molar-mass ratio M(SO2)/M(S) = 64.058/32.06 (IUPAC conventional atomic weights, as in
 * {@link so2FactorFromSulphur}). Per fuel MASS, so it does not depend on any NCV.
 *
 * @param sulphur - sulphur mass fraction [kg S/kg fuel]
 * @param retention - fraction of the sulphur retained in ash or product [-], 0 to 1
 * @returns SO2 per fuel mass [kg SO2/kg fuel]
 * @example
 * ```ts
 * import { so2PerFuelMass } from "cobenefits";
 * so2PerFuelMass("0.00001", "0").times(1000).toFixed(4); // "0.0200" (g SO2 per kg diesel at 10 ppm)
 * ```
 * @category Factors
 */
export function so2PerFuelMass(sulphur: Dec | DecimalString, retention: Dec | DecimalString): Dec {
  return new Dec(sulphur).div(toElementBasis("1", "SO2", "S")).times(new Dec(1).minus(retention));
}
