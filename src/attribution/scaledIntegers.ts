import { Dec } from "../units/decimal.js";

/**
 * Decimals as exact integers at one common scale: `value = integer / 10 ** scale`.
 * Sums and differences of these integers are exact at any size, where {@link Dec} arithmetic
 * rounds to 40 significant digits.
 * @internal
 */
export interface ScaledIntegers {
  readonly integers: bigint[];
  readonly scale: number;
}

/**
 * A finite decimal as an exact integer count of `10 ** -scale`; `scale` must be at least its decimals.
 * @internal
 */
export function toScaledInteger(value: Dec, scale: number): bigint {
  return BigInt(value.toFixed(scale).replace(".", ""));
}

/**
 * Finite decimals as exact integers at the smallest common scale.
 * @internal
 */
export function toScaledIntegers(values: readonly Dec[]): ScaledIntegers {
  const scale = values.reduce((m, v) => Math.max(m, v.decimalPlaces()), 0);
  return { integers: values.map((v) => toScaledInteger(v, scale)), scale };
}

/** Zero, shared by every zero result of {@link fromScaledInteger} (decimal.js never changes a Dec in place). */
const ZERO = new Dec(0);

/**
 * The exact decimal `integer / 10 ** scale` (the {@link Dec} constructor does not round).
 * @internal
 */
export function fromScaledInteger(integer: bigint, scale: number): Dec {
  if (integer === 0n) return ZERO; // a zero share (frequent: a measure that does not touch a species) needs no string to build and parse
  return new Dec(scale === 0 ? integer.toString() : `${integer}e-${scale}`);
}

/**
 * `10 ** k` as a bigint.
 * @internal
 */
export function powerOfTen(k: number): bigint {
  return 10n ** BigInt(k);
}
