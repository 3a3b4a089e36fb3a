import { LANGUAGES, type Language, isLanguage } from "../report/labels/labels.js";
import { nearestStrings } from "../nearestStrings.js";
import { CliFailure, EXIT } from "./exitCodes.js";

/** Country codes and three-letter codes people type for a language, with the language tag meant. */
const MEANT: Readonly<Record<string, Language>> = { kr: "ko", kor: "ko", jp: "ja", jpn: "ja", cn: "zh", chi: "zh", zho: "zh", "zh-cn": "zh", "zh-hans": "zh", mon: "mn", eng: "en" };

/**
 * The language of `--lang` (`en` when not given), checked against `LANGUAGES`: an unknown value
 * is a usage error that names the language meant (`kr` -> `ko`, `jp` -> `ja`, `cn` -> `zh`) or
 * the nearest tag.
 *
 * @param command - the command's name, for the message
 * @param given - the option's value as typed, or `undefined`
 * @returns the language
 * @throws CliFailure (exit 2) for a value that is not one of `LANGUAGES`
 * @example
 * ```ts
 * import { languageOption } from "./languageOption.js";
 * [languageOption("run", undefined), languageOption("run", "ko")]; // ["en", "ko"]
 * ```
 * @category Command line
 */
export function languageOption(command: string, given: string | undefined): Language {
  if (given === undefined) return "en";
  if (isLanguage(given)) return given;
  const lower = given.toLowerCase();
  const meant = isLanguage(lower) ? lower : (MEANT[lower] ?? nearestStrings(lower, LANGUAGES, 1)[0]!);
  throw new CliFailure(EXIT.usage, `cobenefits ${command}: --lang must be one of ${LANGUAGES.join(", ")}; got "${given}". Did you mean "${meant}"?`);
}
