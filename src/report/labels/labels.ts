import { EN, type LabelKey } from "./en.js";
import { JA } from "./ja.js";
import { KO } from "./ko.js";
import { MN } from "./mn.js";
import { ZH } from "./zh.js";

/**
 * The languages of the command's tables and charts (`--lang`): English, Chinese (simplified),
 * Korean, Japanese, Mongolian (Cyrillic). Only English is reviewed; the others are
 * machine-prepared and await review by native speakers (docs/languages.md).
 * @category Report
 */
export const LANGUAGES = ["en", "zh", "ko", "ja", "mn"] as const;

/** A language of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];

/** Each language's label table, by key (see {@link EN}). */
export const LABEL_TABLES: Readonly<Record<Language, Readonly<Record<LabelKey, string>>>> = { en: EN, zh: ZH, ko: KO, ja: JA, mn: MN };

/**
 * Whether a language's labels were reviewed by a native speaker (`reviewed`) or are
 * machine-prepared and await that review (`machine-prepared`): said in the docs and beside every
 * output that uses them.
 * @category Report
 */
export const LABEL_REVIEW: Readonly<Record<Language, "reviewed" | "machine-prepared">> = { en: "reviewed", zh: "machine-prepared", ko: "machine-prepared", ja: "machine-prepared", mn: "machine-prepared" };

/**
 * Whether a text is one of {@link LANGUAGES}.
 *
 * @param text - e.g. the value of `--lang`
 * @returns true for en, zh, ko, ja, mn
 * @example
 * ```ts
 * import { isLanguage } from "./labels.js";
 * [isLanguage("ko"), isLanguage("kr")]; // [true, false]
 * ```
 * @category Report
 */
export function isLanguage(text: string): text is Language {
  return (LANGUAGES as readonly string[]).includes(text);
}

/**
 * The label of a key in a language, with `{name}` placeholders filled from `values`.
 *
 * @param lang - the language
 * @param key - what is labelled, e.g. `column.reduction`, `title.comparison`
 * @param values - the values of the placeholders (the user's names stay as written)
 * @returns the label
 * @example
 * ```ts
 * import { label } from "./labels.js";
 * [label("zh", "column.reduction"), label("ko", "title.comparison", { period: "2018-2030" })]; // ["减排量", "시나리오 비교, 2018-2030"]
 * ```
 * @category Report
 */
export function label(lang: Language, key: LabelKey, values: Readonly<Record<string, string>> = {}): string {
  return LABEL_TABLES[lang][key].replace(/\{(\w+)\}/g, (all, name: string) => (Object.hasOwn(values, name) ? values[name]! : all));
}

/** The label of a key built from a prefix and a code, if the tables have one. */
function labelOf(lang: Language, prefix: string, code: string): string | undefined {
  const key = `${prefix}.${code}`;
  return Object.hasOwn(EN, key) ? LABEL_TABLES[lang][key as LabelKey] : undefined;
}

/**
 * A species as a table shows it: its formula (never translated) and its name in the language.
 *
 * @param lang - the language
 * @param species - a species id, e.g. `PM2.5`
 * @returns e.g. `PM2.5 초미세먼지`; the id alone for a species the tables do not know
 * @example
 * ```ts
 * import { speciesLabel } from "./labels.js";
 * [speciesLabel("ko", "PM2.5"), speciesLabel("en", "SO2")]; // ["PM2.5 초미세먼지", "SO2 sulphur dioxide"]
 * ```
 * @category Report
 */
export function speciesLabel(lang: Language, species: string): string {
  const name = labelOf(lang, "species", species);
  return name === undefined ? species : `${species} ${name}`;
}

/**
 * A sector as a table shows it: its NFR code and its name in the language.
 *
 * @param lang - the language
 * @param code - an NFR code, e.g. `1.A.4.b.i`
 * @returns e.g. `1.A.4.b.i 居民：固定源`; the code alone for one the tables do not know
 * @example
 * ```ts
 * import { sectorLabel } from "./labels.js";
 * sectorLabel("zh", "1.A.4.b.i"); // "1.A.4.b.i 居民：固定源"
 * ```
 * @category Report
 */
export function sectorLabel(lang: Language, code: string): string {
  const name = labelOf(lang, "sector", code);
  return name === undefined ? code : `${code} ${name}`;
}

/**
 * A measure kind, a trade-off flag, an emission scope or a sector code in words, in the language.
 *
 * @param lang - the language
 * @param what - which list the code is from
 * @param code - the kind, flag, scope or NFR code as the data names it
 * @returns the words; the code itself when the tables do not know it
 * @example
 * ```ts
 * import { termLabel } from "./labels.js";
 * [termLabel("ja", "flag", "coBenefit"), termLabel("en", "scope", "indirect")]; // ["コベネフィット：大気汚染物質もCO2eも減少", "indirect (electricity)"]
 * ```
 * @category Report
 */
export function termLabel(lang: Language, what: "measureKind" | "flag" | "scope" | "sector", code: string): string {
  return labelOf(lang, what, code) ?? code;
}
