import { UnitDimensionError, UnknownUnitError } from "../errors.js";
import { Dec } from "./decimal.js";
import { type UnitTerm, readUnitExpression } from "./unitGrammar.js";
import { BASE_QUANTITIES, COUNT_DIMENSIONS, type Dimension, UNIT_REGISTRY, dimensionOf } from "./unitRegistry.js";

export type { Dimension } from "./unitRegistry.js";

/**
 * A parsed unit: its canonical text, dimension, and exact factor to the dimension's base unit
 * (kg, J, vkm, Nm3, m, m3, m2).
 * @category Units
 */
export interface ParsedUnit {
  readonly text: string;
  readonly dimension: Dimension;
  readonly toBase: Dec;
}

/**
 * The exact factor to base units of a product of registered terms: the product of each
 * registered factor to its power, in decimals. The registry states every factor from its
 * definition; test/units/unitAlgebra.test.ts checks each one against mathjs's unit algebra.
 */
function factorOf(terms: readonly UnitTerm[]): Dec {
  return terms.reduce((f, { unit, power }) => f.times(unit.factor.pow(power)), new Dec(1));
}

/** Parsed units by text. Only valid units are kept; the cap bounds memory under random input. */
const cache = new Map<string, ParsedUnit>();
const ratioCache = new Map<string, { readonly numerator: ParsedUnit; readonly denominator: ParsedUnit; readonly toBase: Dec }>();
const CACHE_LIMIT = 10_000;

/** The dimension and exact factor of a product of terms, or an error naming the field. */
function resolve(terms: readonly UnitTerm[], text: string, whole: string, path: readonly (string | number)[]): ParsedUnit {
  const exponents = BASE_QUANTITIES.map(() => 0);
  for (const { unit, power } of terms) exponents[BASE_QUANTITIES.indexOf(unit.quantity)]! += power;
  const dimension = dimensionOf(exponents);
  if (dimension === undefined) {
    const got = BASE_QUANTITIES.flatMap((q, i) => (exponents[i] === 0 ? [] : [exponents[i] === 1 ? q : `${q}^${exponents[i]}`])).join(" x ") || "a pure number";
    throw new UnknownUnitError(whole, `${JSON.stringify(text)} is ${got}, not one of mass, energy, vehicle distance, gas volume, distance, area, volume or a count (${COUNT_DIMENSIONS.join(", ")})`, path);
  }
  return Object.freeze({ text, dimension, toBase: factorOf(terms) });
}

function remember<T>(map: Map<string, T>, key: string, parsed: T): T {
  if (map.size >= CACHE_LIMIT) map.clear();
  map.set(key, parsed);
  return parsed;
}

/**
 * Parses one unit (no `/`) by the strict unit grammar and caches it: a registered name with its
 * prefix (`t`, `kt`, `GJ`, `kWh`, `kcal`, `tce`, `vkm` or `vehicle-km`, `Nm3`), optionally a power
 * (`m2`, `m^2`) or a product (`m.m`). A number in front (`1000t`), a parenthesis, a function or
 * an unregistered name (`lb`, `BTU`, `year`, `ton`) is refused (see
 * docs/scenario-file-reference.md#units). No lookup touches an object prototype.
 *
 * @param text - the unit, e.g. `"kt"`, `"TJ"`, `"vehicle-km"`
 * @param path - where the unit came from in the input, for error messages
 * @returns the parsed unit with its dimension and exact factor to the base unit
 * @throws {@link UnitSyntaxError} when the text is outside the grammar (e.g. `1000t`; `nearest`
 *   names `kt`)
 * @throws {@link UnknownUnitError} when a name is not registered (with the nearest names), or the
 *   unit is a ratio or of no supported dimension
 * @example
 * ```ts
 * import { parseUnit } from "cobenefits";
 * parseUnit("tce").toBase.toString(); // "29307600000" (J)
 * parseUnit("Gcal").toBase.toString(); // "4186800000" (J)
 * parseUnit("m^2").dimension; // "area"
 * ```
 * @category Units
 */
export function parseUnit(text: string, path: readonly (string | number)[] = []): ParsedUnit {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const e = readUnitExpression(text, path);
  if (e.denominator !== undefined) {
    throw new UnknownUnitError(text, "expected one unit such as t, TJ, MWh or vkm here, not a ratio", path);
  }
  return remember(cache, text, resolve(e.numerator, e.numeratorText, text, path));
}

/**
 * The exact factor that converts a value in `from` to a value in `to` (same dimension).
 *
 * @param from - source unit, e.g. `"kt"`
 * @param to - target unit, e.g. `"t"`
 * @param path - where the conversion was asked for, for error messages
 * @returns the multiplier: value_in_to = value_in_from x factor
 * @throws {@link UnitDimensionError} when the dimensions differ (the message names both units)
 * @throws {@link UnitSyntaxError} or {@link UnknownUnitError} when either unit is not accepted
 *   (see {@link parseUnit})
 * @example
 * ```ts
 * import { conversionFactor } from "cobenefits";
 * conversionFactor("MWh", "GJ").toString(); // "3.6"
 * conversionFactor("Gcal", "GJ").toString(); // "4.1868"
 * ```
 * @category Units
 */
export function conversionFactor(from: string, to: string, path: readonly (string | number)[] = []): Dec {
  const a = parseUnit(from, path);
  const b = parseUnit(to, path);
  if (a.dimension !== b.dimension) {
    throw new UnitDimensionError(
      from,
      to,
      `"${from}" is ${a.dimension} and "${to}" is ${b.dimension}; a conversion between them needs data (a calorific value, a fuel consumption) and is done by the accounting functions, never implicitly.`,
      path,
    );
  }
  return a.toBase.div(b.toBase);
}

const LISTED: readonly { name: string; definition?: string; description: string; dimension: Dimension }[] = Object.freeze(
  [...UNIT_REGISTRY.values()].map((u) =>
    Object.freeze({
      name: u.name,
      ...(u.definition === undefined ? {} : { definition: u.definition }),
      description: u.description,
      dimension: dimensionOf(BASE_QUANTITIES.map((q) => (q === u.quantity ? 1 : 0)))!,
    }),
  ),
);

/**
 * Every unit name cobenefits accepts (each prefixed form and each alias), with what it means.
 * Powers (`m2`, `km2`, `m^3`) and ratios (`GJ/t`) of these are read by the unit grammar; no other
 * name is accepted.
 * @returns name, definition (where it is not an SI unit), description and dimension of each unit
 * @example
 * ```ts
 * import { listUnits } from "cobenefits";
 * listUnits().find((u) => u.name === "tce")?.definition; // "29.3076 GJ"
 * listUnits().find((u) => u.name === "kcal")?.definition; // "4186.8 J"
 * listUnits().some((u) => u.name === "lb"); // false
 * ```
 * @category Units
 */
export function listUnits(): readonly { name: string; definition?: string; description: string; dimension: Dimension }[] {
  return LISTED;
}

/**
 * Parses a ratio unit such as `TJ/Gg`, `MJ/Nm3`, `kcal/kg` or `g/vkm` into its two units, by the
 * strict unit grammar (one `/`; one unit after it).
 *
 * @param text - the ratio unit
 * @param path - where it came from, for error messages
 * @returns numerator and denominator units, and the exact factor to base units (e.g. J/kg)
 * @throws {@link UnitSyntaxError} when the text is outside the grammar (e.g. `GJ/1000t`)
 * @throws {@link UnknownUnitError} when it is not `<unit>/<unit>` or a name is not registered
 * @example
 * ```ts
 * import { parseRatioUnit } from "cobenefits";
 * parseRatioUnit("TJ/Gg").toBase.toString(); // "1000000" (J/kg)
 * parseRatioUnit("kcal/kg").toBase.times(5000).div(1e6).toString(); // "20.934" (GJ/t, a coal's heating value)
 * ```
 * @category Units
 */
export function parseRatioUnit(
  text: string,
  path: readonly (string | number)[] = [],
): { readonly numerator: ParsedUnit; readonly denominator: ParsedUnit; readonly toBase: Dec } {
  const hit = ratioCache.get(text);
  if (hit !== undefined) return hit;
  const e = readUnitExpression(text, path);
  if (e.denominator === undefined) throw new UnknownUnitError(text, "expected <unit>/<unit>, e.g. TJ/Gg or MJ/Nm3", path);
  const numerator = resolve(e.numerator, e.numeratorText, text, path);
  const denominator = resolve([e.denominator.term], e.denominator.text, text, path);
  return remember(ratioCache, text, Object.freeze({ numerator, denominator, toBase: numerator.toBase.div(denominator.toBase) }));
}
