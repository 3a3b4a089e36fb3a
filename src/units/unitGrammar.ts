import { UnitSyntaxError, UnknownUnitError } from "../errors.js";
import { Dec } from "./decimal.js";
import { isPercentWord, unitNameHints, unitWordHint } from "./unitHints.js";
import { AMBIGUOUS_UNITS, TIME_UNITS, type RegisteredUnit, UNIT_NAMES, UNIT_REGISTRY } from "./unitRegistry.js";

/** One unit of an expression with its power, e.g. `km2` is `km` to the power 2. */
export interface UnitTerm {
  readonly unit: RegisteredUnit;
  /** 1, or a power from 2 to 9. */
  readonly power: number;
}

/** A unit text read by the grammar: a product of terms, and at most one term after `/`. */
export interface UnitExpression {
  readonly numerator: readonly UnitTerm[];
  /** The numerator as written (trimmed). */
  readonly numeratorText: string;
  readonly denominator?: { readonly term: UnitTerm; readonly text: string };
}

/** The longest unit text read; longer text is refused before it is read. */
export const MAX_UNIT_LENGTH = 100;

const NAME = /[A-Za-z_]+(?:-[A-Za-z_]+)*/y;
const DIGITS = /[0-9]+/y;
const NUMBER = /(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][-+]?[0-9]+)?/y;
const SPACED_ALIASES = UNIT_NAMES.filter((n) => n.includes(" "));
const isSpace = (c: string | undefined): boolean => c === " " || c === "\t";
const isNameChar = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9_-]/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && c >= "0" && c <= "9";

function matchAt(re: RegExp, text: string, at: number): string {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? "";
}

function describeChar(c: string): string {
  if (c === "(" || c === ")") return "a parenthesis; write the units joined by . or * with at most one /, e.g. kg/TJ";
  if (c === "\u00b2" || c === "\u00b3") return `a superscript power ${JSON.stringify(c)}; write m2 or m^2`;
  if (c === "-" || c === "+") return `${JSON.stringify(c)}: a unit has no signs; write a negative power as a unit after /`;
  return `unexpected character ${JSON.stringify(c)}; between units write . or *, and at most one /`;
}

/**
 * Reads a unit text by the strict unit grammar (see docs/scenario-file-reference.md#units):
 *
 * ```text
 * unit    = product [ "/" term ]          spaces allowed around . * / and at the ends
 * product = term { ("." | "*") term }
 * term    = name [ power ]
 * name    = a registered unit or alias (listUnits()), e.g. t, kt, GJ, kWh, kcal, vkm, Nm3, m
 * power   = "^" digit | digit             digit 2 to 9; m2 = m^2, km2 = (km)^2
 * ```
 *
 * Every lookup is on a Map. A number (`1000t`, `GJ/1000t`), a parenthesis, a function, a
 * non-integer, negative or unit power, or any other character is refused, never skipped.
 *
 * @param text - the unit as written
 * @param path - where it came from in the caller's input, for the error
 * @returns the terms, in the order written
 * @throws {@link UnitSyntaxError} when the text is outside the grammar (a number in front of a
 *   unit names the prefixed unit it would equal, e.g. `kt` for `1000t`)
 * @throws {@link UnknownUnitError} when a name is not registered, with the nearest names
 * @example
 * ```ts
 * import { readUnitExpression } from "./unitGrammar.js";
 * const e = readUnitExpression("kcal/kg");
 * [e.numerator[0]?.unit.symbol, e.denominator?.term.unit.symbol]; // ["kcal", "kg"]
 * readUnitExpression("km2").numerator[0]?.power; // 2
 * ```
 * @category Units
 */
export function readUnitExpression(text: string, path: readonly (string | number)[] = []): UnitExpression {
  if (typeof text !== "string") throw new UnitSyntaxError(String(text), "expected the unit as text", 0, path);
  const fail = (detail: string, at: number, nearest: readonly string[] = []): never => {
    throw new UnitSyntaxError(text, detail, at, path, nearest);
  };
  if (text.length > MAX_UNIT_LENGTH) fail(`a unit is at most ${MAX_UNIT_LENGTH} characters`, MAX_UNIT_LENGTH);
  const skip = (at: number): number => {
    let i = at;
    while (isSpace(text[i])) i++;
    return i;
  };

  /** Reads one term at `at`; returns it with the index after it. */
  const term = (at: number): { term: UnitTerm; end: number } => {
    const c = text[at];
    if (c === undefined) return fail("expected a unit such as t, TJ, MWh or vkm", at);
    if (isDigit(c) || (c === "." && isDigit(text[at + 1]))) return fail(...scaledHint(at));
    let name = SPACED_ALIASES.find((a) => text.startsWith(a, at) && !isNameChar(text[at + a.length])) ?? matchAt(NAME, text, at);
    if (name === "") return fail(describeChar(c), at);
    let i = at + name.length;
    const digits = matchAt(DIGITS, text, i);
    let unit = UNIT_REGISTRY.get(name + digits);
    let power = 1;
    if (unit !== undefined) i += digits.length;
    else if (digits !== "" && UNIT_REGISTRY.has(name)) {
      unit = UNIT_REGISTRY.get(name);
      power = powerOf(digits, i);
      i += digits.length;
      if (text[i] === "^") fail("two powers on one unit", i);
    } else {
      name += digits;
      if (text[at + name.length] === "(") fail(`${JSON.stringify(name)}(...): a function is not part of a unit`, at);
      const ambiguous = AMBIGUOUS_UNITS.get(name.toLowerCase());
      if (ambiguous !== undefined) throw new UnknownUnitError(text, ambiguous, path, ["t", "kt"]);
      if (TIME_UNITS.has(name)) throw new UnknownUnitError(text, `${JSON.stringify(name)} is a time; no time unit is registered: an activity level is already an amount per year, so write e.g. t, not t/year`, path);
      if (isPercentWord(name)) throw new UnknownUnitError(text, `${JSON.stringify(name)} is not a unit; a share is written as a fraction ("0.25"), or as % where the field takes it (a sulphur content: { value: "0.7", unit: "%" })`, path, ["%"]);
      const word = unitWordHint(name);
      if (word !== undefined) throw new UnknownUnitError(text, word.detail, path, word.nearest);
      throw new UnknownUnitError(text, `${JSON.stringify(name)} is not a registered unit`, path, unitNameHints(name, UNIT_NAMES, 3));
    }
    if (text[i] === "^") {
      const p = matchAt(DIGITS, text, i + 1);
      if (p === "") fail(text[i + 1] === "-" ? "a negative power; write the unit after / instead, e.g. g/GJ" : "expected a whole power from 2 to 9 after ^", i + 1);
      power = powerOf(p, i + 1);
      i += 1 + p.length;
    }
    if (text[i] === "." && isDigit(text[i + 1]) && power !== 1) fail("a power is a whole number from 2 to 9", i);
    return { term: { unit: unit!, power }, end: i };
  };

  const powerOf = (digits: string, at: number): number => {
    const p = Number(digits);
    if (digits.length > 1 || p < 2) {
      fail(p === 1 && digits.length === 1 ? "a power of 1: write the unit without it" : "a power is a whole number from 2 to 9", at);
    }
    return p;
  };

  /** The error for a number at `at`, with the registered unit the scaled unit equals, if any. */
  const scaledHint = (at: number): [string, number, readonly string[]] => {
    const num = matchAt(NUMBER, text, at);
    let nearest: readonly string[] = [];
    try {
      let j = skip(at + num.length);
      if (text[j] === "*" || text[j] === ".") j = skip(j + 1);
      const rest = term(j);
      if (rest.term.power === 1) {
        const value = new Dec(num).times(rest.term.unit.factor);
        // Registered symbols equal to the scaled unit, those of the same unit first (kt before Gg for 1000t).
        const same = [...UNIT_REGISTRY.values()]
          .filter((u) => u.name === u.symbol && u.quantity === rest.term.unit.quantity && u.factor.eq(value))
          .sort((a, b) => Number(!a.name.endsWith(rest.term.unit.symbol)) - Number(!b.name.endsWith(rest.term.unit.symbol)));
        nearest = same.slice(0, 2).map((u) => `${text.slice(0, at)}${u.name}${text.slice(rest.end)}`.trim());
      }
    } catch {
      // no registered unit equals the scaled one: the error names none
    }
    return [
      `a number (${JSON.stringify(num)}) in front of a unit would scale every value silently, so it is refused; put the number into the value, or use a prefixed unit`,
      at,
      nearest,
    ];
  };

  let i = skip(0);
  if (i === text.length) fail("empty; expected a unit such as t, TJ, MWh or vkm", i);
  const start = i;
  const numerator: UnitTerm[] = [];
  let read = term(i);
  numerator.push(read.term);
  let end = read.end;
  i = skip(end);
  while (text[i] === "*" || text[i] === ".") {
    read = term(skip(i + 1));
    numerator.push(read.term);
    end = read.end;
    i = skip(end);
  }
  const numeratorText = text.slice(start, end);
  let denominator: UnitExpression["denominator"];
  if (text[i] === "/") {
    const denStart = skip(i + 1);
    read = term(denStart);
    denominator = { term: read.term, text: text.slice(denStart, read.end) };
    i = skip(read.end);
    if (text[i] === "/") fail("a second /; a unit has at most one", i);
    if (text[i] === "*" || text[i] === ".") fail("a product after /; write one unit after / (e.g. kg/TJ), so that a/b.c cannot be misread", i);
  }
  if (i < text.length) {
    const c = text[i] ?? "";
    fail(isNameChar(c) && i > end ? "two units with a space between; write . or * between units" : describeChar(c), i);
  }
  return denominator === undefined ? { numerator, numeratorText } : { numerator, numeratorText, denominator };
}
