import { Dec } from "./decimal.js";

/**
 * The physical dimensions cobenefits works with. Vehicle distance (vehicle-km) and normal gas
 * volume (Nm3) are dimensions of their own, so they never convert silently into km or m3.
 * `time` is reserved: no time unit is registered (an activity level is already per year).
 * @category Units
 */
export type Dimension = "mass" | "energy" | "vehicleDistance" | "gasVolume" | "distance" | "volume" | "area" | "time" | CountDimension;

/**
 * The things a stock is counted in (households, vehicles, buildings, stoves, devices, boilers,
 * persons, machines such as construction or farm machinery, sites such as construction sites).
 * Each is a dimension of its own: a household never converts into a vehicle, and no
 * count is a pure number.
 * @category Units
 */
export const COUNT_DIMENSIONS = ["household", "vehicle", "building", "stove", "device", "boiler", "person", "machine", "site"] as const;
/** One of {@link COUNT_DIMENSIONS}. @category Units */
export type CountDimension = (typeof COUNT_DIMENSIONS)[number];

/** The independent base quantities a registered unit is a power of. */
export const BASE_QUANTITIES = ["mass", "energy", "vehicleDistance", "gasVolume", "length", ...COUNT_DIMENSIONS] as const;
export type BaseQuantity = (typeof BASE_QUANTITIES)[number];

/** The exponents of a dimension with power 1 of base quantity `k` (index into {@link BASE_QUANTITIES}) and `power`. */
const unitExponents = (k: number, power = 1): number[] => BASE_QUANTITIES.map((_, i) => (i === k ? power : 0));

/** Each dimension a unit may have, as exponents of {@link BASE_QUANTITIES} (none is a time). */
const DIMENSIONS: readonly { readonly dimension: Dimension; readonly exponents: readonly number[] }[] = [
  { dimension: "mass", exponents: unitExponents(0) },
  { dimension: "energy", exponents: unitExponents(1) },
  { dimension: "vehicleDistance", exponents: unitExponents(2) },
  { dimension: "gasVolume", exponents: unitExponents(3) },
  { dimension: "distance", exponents: unitExponents(4) },
  { dimension: "area", exponents: unitExponents(4, 2) },
  { dimension: "volume", exponents: unitExponents(4, 3) },
  ...COUNT_DIMENSIONS.map((dimension, i) => ({ dimension, exponents: unitExponents(5 + i) })),
];

/**
 * The dimension of a product of base quantities, or undefined when it is none cobenefits works with.
 * @param exponents - the power of each of {@link BASE_QUANTITIES}, in that order
 * @returns the dimension, e.g. `area` for [0, 0, 0, 0, 2]
 */
export function dimensionOf(exponents: readonly number[]): Dimension | undefined {
  return DIMENSIONS.find((d) => d.exponents.every((e, i) => e === exponents[i]))?.dimension;
}

/**
 * SI prefixes, as powers of ten (BIPM, The International System of Units, 9th edition 2019,
 * Table 7). Only the ones some registered unit takes.
 */
const PREFIXES = { m: -3, k: 3, M: 6, G: 9, T: 12, P: 15, E: 18 } as const;
type Prefix = keyof typeof PREFIXES | "";

/**
 * The units cobenefits accepts, each with the prefixes that make sense for it ("" is the bare
 * name). Factors are exact, to the base unit of the quantity (kg, J, vkm, Nm3, m).
 * - Gram, joule, metre: SI. Tonne: 1 t = 1000 kg; watt-hour: 1 Wh = 3600 J (SI Brochure, Table 8).
 * - Calorie: the International Table calorie, 1 cal_IT = 4.1868 J exactly, as defined by the Fifth
 *   International Conference on the Properties of Steam (London, 1956) and given in ISO 80000-5.
 *   It is the calorie of the toe and tce definitions below. Not the thermochemical calorie
 *   (4.184 J), which some sources use.
 * - toe: tonne of oil equivalent, 10^7 kcal_IT = 41.868 GJ (IEA/OECD/Eurostat, Energy Statistics
 *   Manual, 2005).
 * - tce: tonne of coal equivalent of Chinese energy statistics, 7000 kcal_IT/kg = 29.3076 GJ/t
 *   (GB/T 2589 gives 1 kgce = 29 307 kJ, the same definition rounded to the kJ).
 * - vkm (vehicle-km) and Nm3 (normal cubic metre of gas at 0 degC and 101.325 kPa) are base units
 *   of dimensions of their own.
 * - Counts of a stock (household, vehicle, building, stove, device, boiler, person, machine, site): one of each is
 *   exactly 1 of its own dimension ({@link COUNT_DIMENSIONS}); they take no prefix and never
 *   convert into each other.
 */
const UNITS: readonly {
  readonly symbol: string;
  readonly quantity: BaseQuantity;
  readonly factor: string;
  readonly prefixes: readonly Prefix[];
  /** What the unit is, e.g. "tonne"; prefixed names read "kilo" + noun, or "thousand" + symbol when `counted`. */
  readonly noun: string;
  readonly counted?: boolean;
  readonly definition?: string;
  readonly description: string;
}[] = [
  { symbol: "g", quantity: "mass", factor: "0.001", prefixes: ["", "m", "k", "M", "G", "T"], noun: "gram", description: "gram (SI)" },
  { symbol: "t", quantity: "mass", factor: "1000", prefixes: ["", "k", "M", "G"], noun: "tonne", definition: "1000 kg", description: "tonne (metric ton; SI Brochure Table 8)" },
  { symbol: "J", quantity: "energy", factor: "1", prefixes: ["", "k", "M", "G", "T", "P", "E"], noun: "joule", description: "joule (SI)" },
  { symbol: "Wh", quantity: "energy", factor: "3600", prefixes: ["", "k", "M", "G", "T"], noun: "watt-hour", definition: "3600 J", description: "watt-hour" },
  { symbol: "cal", quantity: "energy", factor: "4.1868", prefixes: ["k", "M", "G"], noun: "calorie (International Table calorie, 4.1868 J; not the thermochemical 4.184 J)", description: "International Table calorie" },
  { symbol: "toe", quantity: "energy", factor: "41868000000", prefixes: ["", "k", "M"], noun: "toe", counted: true, definition: "41.868 GJ", description: "tonne of oil equivalent (IEA: 10^7 kcal)" },
  { symbol: "tce", quantity: "energy", factor: "29307600000", prefixes: ["", "k", "M"], noun: "tce", counted: true, definition: "29.3076 GJ", description: "tonne of coal equivalent (7000 kcal/kg, Chinese statistics)" },
  { symbol: "kgce", quantity: "energy", factor: "29307600", prefixes: [""], noun: "kgce", definition: "0.001 tce", description: "kilogram of coal equivalent" },
  { symbol: "vkm", quantity: "vehicleDistance", factor: "1", prefixes: ["", "k", "M"], noun: "vkm", counted: true, description: "vehicle-kilometre (a dimension of its own)" },
  { symbol: "Nm3", quantity: "gasVolume", factor: "1", prefixes: ["", "k", "M"], noun: "Nm3", counted: true, description: "normal cubic metre of gas at 0 degC and 101.325 kPa (a dimension of its own)" },
  { symbol: "m", quantity: "length", factor: "1", prefixes: ["", "k"], noun: "metre", description: "metre (SI); m2 is area, m3 is volume" },
  ...COUNT_DIMENSIONS.map((c) => ({ symbol: c, quantity: c, factor: "1", prefixes: [""] as const, noun: c, description: `one ${c}, counted in a stock (a dimension of its own)` })),
];

const PREFIX_WORDS: Readonly<Record<Exclude<Prefix, "">, string>> = { m: "milli", k: "kilo", M: "mega", G: "giga", T: "tera", P: "peta", E: "exa" };
const COUNT_WORDS: Readonly<Partial<Record<Exclude<Prefix, "">, string>>> = { k: "thousand", M: "million" };

/** Other spellings of registered units. */
const ALIASES: readonly (readonly [string, string])[] = [
  ["tonne", "t"],
  ["tonnes", "t"],
  ["vehicle-km", "vkm"],
  ["veh-km", "vkm"],
  ["vehicle km", "vkm"],
  ...COUNT_DIMENSIONS.map((c) => [`${c}s`, c] as const),
];

/**
 * Names refused because they are ambiguous, with the reason (case-insensitive).
 * "ton" is the US short ton (907.18474 kg) in US usage, the long ton (1016.05 kg) in British usage,
 * and the tonne in much translated Asian statistics.
 */
export const AMBIGUOUS_UNITS: ReadonlyMap<string, string> = new Map(
  ["ton", "tons", "short_ton", "long_ton"].map((n) => [n, `ambiguous: "ton" is the US short ton (907.18 kg), the long ton (1016.05 kg) or the tonne; write t (tonne, 1000 kg) or kt`]),
);

/** Time names, refused with a hint of their own: an activity level is already an amount per year. */
export const TIME_UNITS: ReadonlySet<string> = new Set(["s", "min", "h", "hour", "hours", "d", "day", "days", "month", "months", "a", "yr", "year", "years", "annum"]);

/** One accepted unit name (a prefixed symbol or an alias), resolved. */
export interface RegisteredUnit {
  /** The name as accepted, e.g. `kt`, `tonne`. */
  readonly name: string;
  /** The canonical symbol, e.g. `kt` (for `kt`), `t` (for `tonne`). */
  readonly symbol: string;
  readonly quantity: BaseQuantity;
  /** Exact factor to the base unit of `quantity`. */
  readonly factor: Dec;
  readonly definition?: string;
  readonly description: string;
}

function registeredUnits(): RegisteredUnit[] {
  const units: RegisteredUnit[] = [];
  for (const u of UNITS) {
    for (const p of u.prefixes) {
      if (p === "") {
        units.push({ name: u.symbol, symbol: u.symbol, quantity: u.quantity, factor: new Dec(u.factor), ...(u.definition === undefined ? {} : { definition: u.definition }), description: u.description });
        continue;
      }
      const scale = new Dec(10).pow(PREFIXES[p]);
      const factor = new Dec(u.factor).times(scale);
      const name = `${p}${u.symbol}`;
      // A prefixed name is defined by its bare unit where that is accepted, else in base units.
      const definition = u.prefixes.includes("") ? `${scale.toString()} ${u.symbol}` : `${factor.toString()} ${u.quantity === "energy" ? "J" : "kg"}`;
      const description = u.counted === true ? `${COUNT_WORDS[p] ?? PREFIX_WORDS[p]} ${u.noun}` : `${PREFIX_WORDS[p]}${u.noun}`;
      units.push({ name, symbol: name, quantity: u.quantity, factor, definition, description });
    }
  }
  for (const [alias, target] of ALIASES) {
    const t = units.find((u) => u.name === target)!;
    units.push({ ...t, name: alias, definition: `1 ${target}`, description: `another spelling of ${target}` });
  }
  return units.map((u) => Object.freeze(u));
}

const REGISTERED = registeredUnits();

/**
 * Every accepted unit name, in registry order (for "did you mean"). Built from the list, not from
 * the Map's keys, so that a test sees a name defined twice.
 */
export const UNIT_NAMES: readonly string[] = Object.freeze(REGISTERED.map((u) => u.name));

/** Every accepted unit name (prefixed symbols and aliases) with its meaning. A Map: no prototype. */
export const UNIT_REGISTRY: ReadonlyMap<string, RegisteredUnit> = new Map(REGISTERED.map((u) => [u.name, u]));
