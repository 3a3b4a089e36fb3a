import fc from "fast-check";
import { unitCase } from "./unitGrammar.js";

// Hostile values to put where a scenario expects something else: numbers written as text,
// numbers of the wrong type, unit strings, keys, and text that attacks terminals and spreadsheets.

/** Numbers as text: nothing here may reach an output as NaN or Infinity, or be read as another number. */
export const HOSTILE_NUMBER_STRINGS = [
  "1e9999999999999999", "-1e9999999999999999", "1e-9999999999999999", "1e400", "1e-400", "1e308", "1e306", "-0", "0", "-1", "NaN", "nan", "Infinity", "-Infinity", "inf", ".inf",
  "0x10", "0b1", "0o7", " 1", "1 ", "1_000", "1,000", "1.", ".5", "+1", "1e", "e1", "1e+", "١٢٣", "１２", "1/3", "50%", "", "0.1e1", "123456789012345678901234567890.123456789",
  "1E3", "00012", "1", "0.99", "1.0000000000000000000000000000001", "2", "1e-30", "9".repeat(400), `0.${"0".repeat(300)}1`,
] as const;

/** Non-string values where text or a number is expected (JSON and YAML can carry all but NaN and the infinities; code can carry those too). */
export const HOSTILE_PRIMITIVES: readonly unknown[] = [
  null, true, false, 0, -0, 1, -1, 0.1, 1e308, -1e308, 5e-324, 1e21, 2 ** 53 + 1, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, [], {}, [1], { value: "1" },
];

/** Text that attacks terminals (ANSI/OSC escapes, C0 and C1 controls) and spreadsheets (formulas). */
export const HOSTILE_TEXT = [
  "\u001b[31mred\u001b[0m", "\u001b]8;;https://example.org\u0007link\u001b]8;;\u0007", "\u001b]0;title\u0007", "a\u0000b", "a\rb", "bell\u0007", "\u009b31m", "back\bspace", "\u007f",
  "=1+1", "=HYPERLINK(\"https://example.org\",\"x\")", "+1", "-1+1", "@SUM(A1)", "\tx", "\rx", "\u202egnp.exe", "a\u2028b", "\ud800", "𝔘𝔫𝔦𝔠𝔬𝔡𝔢", " ", "",
  "__proto__", "constructor", "toString", "hasOwnProperty", "prototype", "x".repeat(2000),
] as const;

/** Keys a scenario does not have, or that look up the prototype of a plain object. */
export const HOSTILE_KEYS = ["__proto__", "constructor", "prototype", "toString", "valueOf", "hasOwnProperty", "colour", "Name", "unit ", "$schema", "\u001b[2J", "=1+1", ""] as const;

/** Any hostile value, unit strings included; `rareHuge` sometimes gives a 100,000-digit number. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...HOSTILE_NUMBER_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PRIMITIVES) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_TEXT) },
  { weight: 3, arbitrary: unitCase.map((u) => u.text) },
  { weight: 2, arbitrary: fc.double().map(String) },
  { weight: 2, arbitrary: fc.integer({ min: -400, max: 400 }).chain((e) => fc.constantFrom(`1e${e}`, `-7.5e${e}`, `9.99e${e}`)) },
  { weight: 1, arbitrary: fc.constantFrom(`1${"0".repeat(100_000)}`, `0.${"3".repeat(100_000)}`) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 12 }) },
);

/** Text fields (names, ids, labels) with hostile content mixed into ordinary text. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...HOSTILE_TEXT),
  fc.tuple(fc.constantFrom(...HOSTILE_TEXT), fc.string({ maxLength: 6 })).map(([h, s]) => `${s}${h}${s}`),
);
