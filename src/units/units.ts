import { bignumberDependencies, create, createUnitDependencies, unitDependencies } from "mathjs";
import { UnitDimensionError, UnknownUnitError } from "../errors.js";
import { Dec } from "./decimal.js";

/**
 * The physical dimensions cobenefits works with. Vehicle distance (vehicle-km) and normal gas
 * volume (Nm3) are dimensions of their own, so they never convert silently into km or m3.
 * @category Units
 */
export type Dimension = "mass" | "energy" | "vehicleDistance" | "gasVolume" | "distance" | "volume" | "area" | "time";

/**
 * A parsed unit: its canonical text, dimension, and exact factor to the dimension's base unit
 * (kg, J, vkm, Nm3, m, m3, m2, s).
 * @category Units
 */
export interface ParsedUnit {
  readonly text: string;
  readonly dimension: Dimension;
  readonly toBase: Dec;
}

/**
 * The one private mathjs instance (tree-shaken, BigNumber arithmetic). It is touched only by
 * {@link parseUnit}, whose results are cached: hot loops never call mathjs.
 */
const math = create(
  { unitDependencies: unitDependencies!, createUnitDependencies: createUnitDependencies!, bignumberDependencies: bignumberDependencies! },
  { number: "BigNumber", precision: 64 });

/**
 * Units this field uses that mathjs does not define, with their definitions.
 * toe: IEA/OECD definition, 1 toe = 10^7 kcal(IT) = 41.868 GJ.
 * tce: tonne of coal equivalent of Chinese energy statistics, 7000 kcal(IT)/kg = 29.3076 GJ/t
 * (GB/T 2589 gives 1 kgce = 29 307 kJ, the same definition rounded to the kJ).
 */
const REGISTERED: readonly { name: string; definition?: string; description: string }[] = [
  { name: "kt", definition: "1000 t", description: "kilotonne" },
  { name: "Mt", definition: "1e6 t", description: "megatonne" },
  { name: "toe", definition: "41.868 GJ", description: "tonne of oil equivalent (IEA: 10^7 kcal)" },
  { name: "ktoe", definition: "1000 toe", description: "thousand toe" },
  { name: "Mtoe", definition: "1e6 toe", description: "million toe" },
  { name: "tce", definition: "29.3076 GJ", description: "tonne of coal equivalent (7000 kcal/kg, Chinese statistics)" },
  { name: "kgce", definition: "0.001 tce", description: "kilogram of coal equivalent" },
  { name: "ktce", definition: "1000 tce", description: "thousand tce" },
  { name: "Mtce", definition: "1e6 tce", description: "million tce" },
  { name: "vkm", description: "vehicle-kilometre (a dimension of its own)" },
  { name: "Nm3", description: "normal cubic metre of gas at 0 degC and 101.325 kPa (a dimension of its own)" },
  { name: "kNm3", definition: "1000 Nm3", description: "thousand Nm3" },
  { name: "MNm3", definition: "1e6 Nm3", description: "million Nm3" },
];
for (const u of REGISTERED) {
  if (u.definition === undefined) math.createUnit(u.name);
  else math.createUnit(u.name, { definition: u.definition });
}

const ALIASES: Readonly<Record<string, string>> = {
  "vehicle-km": "vkm",
  "veh-km": "vkm",
  "vehicle km": "vkm",
  "1000 vkm": "kvkm",
  tonne: "t",
  tonnes: "t",
};
math.createUnit("kvkm", { definition: "1000 vkm" });

const BASE_OF: readonly [Dimension, string][] = [
  ["mass", "kg"],
  ["energy", "J"],
  ["vehicleDistance", "vkm"],
  ["gasVolume", "Nm3"],
  ["distance", "m"],
  ["volume", "m3"],
  ["area", "m2"],
  ["time", "s"],
];
const BASE_UNITS = BASE_OF.map(([d, u]) => [d, math.unit(u)] as const);

const cache = new Map<string, ParsedUnit>();

/**
 * Parses a simple unit (no `/`) once, through the private mathjs instance, and caches it.
 * Accepts the SI-prefixed units mathjs knows (g, kg, t, GJ, TJ, PJ, kWh, MWh ...) and those this
 * field adds (kt, Mt, toe, tce, kgce, vkm or `vehicle-km`, Nm3).
 *
 * @param text - the unit, e.g. `"kt"`, `"TJ"`, `"vehicle-km"`
 * @param path - where the unit came from in the input, for error messages
 * @returns the parsed unit with its dimension and exact factor to the base unit
 * @throws {@link UnknownUnitError} when the text is not a known unit of a supported dimension
 * @example
 * ```ts
 * import { parseUnit } from "cobenefits";
 * parseUnit("tce").toBase.toString(); // "29307600000" (J)
 * ```
 * @category Units
 */
export function parseUnit(text: string, path: readonly (string | number)[] = []): ParsedUnit {
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const trimmed = text.trim();
  const name = ALIASES[trimmed] ?? trimmed;
  if (/^(ton|tons|short_ton|long_ton)$/i.test(name)) {
    throw new UnknownUnitError(text, 'ambiguous: mathjs reads "ton" as the US short ton (907.18 kg); write t (tonne, 1000 kg) or kt', path);
  }
  if (name === "" || name.includes("/") || /\s/.test(name)) {
    throw new UnknownUnitError(text, "expected one simple unit such as t, TJ, MWh or vkm", path);
  }
  let unit;
  try {
    unit = math.unit(math.bignumber(1), name);
  } catch (e) {
    throw new UnknownUnitError(text, (e as Error).message, path);
  }
  const match = BASE_UNITS.find(([, base]) => unit.equalBase(base));
  if (match === undefined) {
    throw new UnknownUnitError(text, `its dimension is not one of ${BASE_OF.map(([d]) => d).join(", ")}`, path);
  }
  const [dimension, base] = match;
  const factor = unit.toNumeric(base.formatUnits()) as unknown as { toString(): string };
  const parsed: ParsedUnit = { text: trimmed, dimension, toBase: new Dec(factor.toString()) };
  cache.set(text, parsed);
  return parsed;
}

/**
 * The exact factor that converts a value in `from` to a value in `to` (same dimension).
 *
 * @param from - source unit, e.g. `"kt"`
 * @param to - target unit, e.g. `"t"`
 * @param path - where the conversion was asked for, for error messages
 * @returns the multiplier: value_in_to = value_in_from x factor
 * @throws {@link UnitDimensionError} when the dimensions differ (the message names both units)
 * @throws {@link UnknownUnitError} when either unit is unknown
 * @example
 * ```ts
 * import { conversionFactor } from "cobenefits";
 * conversionFactor("MWh", "GJ").toString(); // "3.6"
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

/**
 * The units cobenefits registers on top of mathjs, with what they mean.
 * @returns name, definition and description of each registered unit
 * @example
 * ```ts
 * import { listUnits } from "cobenefits";
 * listUnits().find((u) => u.name === "tce")?.definition; // "29.3076 GJ"
 * ```
 * @category Units
 */
export function listUnits(): readonly { name: string; definition?: string; description: string }[] {
  return REGISTERED;
}

/**
 * Parses a ratio unit such as `TJ/Gg`, `MJ/Nm3` or `g/vkm` into its two simple units.
 *
 * @param text - the ratio unit
 * @param path - where it came from, for error messages
 * @returns numerator and denominator units, and the exact factor to base units (e.g. J/kg)
 * @throws {@link UnknownUnitError} when it is not `<unit>/<unit>`
 * @example
 * ```ts
 * import { parseRatioUnit } from "cobenefits";
 * parseRatioUnit("TJ/Gg").toBase.toString(); // "1000000" (J/kg)
 * ```
 * @category Units
 */
export function parseRatioUnit(
  text: string,
  path: readonly (string | number)[] = [],
): { readonly numerator: ParsedUnit; readonly denominator: ParsedUnit; readonly toBase: Dec } {
  const parts = text.split("/");
  if (parts.length !== 2) throw new UnknownUnitError(text, "expected <unit>/<unit>, e.g. TJ/Gg or MJ/Nm3", path);
  const numerator = parseUnit(parts[0] ?? "", path);
  const denominator = parseUnit(parts[1] ?? "", path);
  return { numerator, denominator, toBase: numerator.toBase.div(denominator.toBase) };
}
