import type { ROW_FLAGS } from "./factorRow.js";

/**
 * What each of {@link ROW_FLAGS} says about a row, in words for output (`cobenefits factors show`):
 * the row is odd as published and kept as published, never silently "fixed".
 * @category Factors
 */
export const ROW_FLAG_MEANINGS: Readonly<Record<(typeof ROW_FLAGS)[number], string>> = Object.freeze({
  pmOrderAsPublished: "the source's PM2.5, PM10 and TSP values of this row do not satisfy PM2.5 <= PM10 <= TSP; kept as published",
  intervalAsPublished: "the 95% interval is odd as published (e.g. a bound equal to the value); kept as published",
  outOfLineAsPublished: "the value is far out of line with its neighbours in the source (see the note); kept as published",
});

/**
 * A row's flags as lines of text, each flag with its meaning.
 *
 * @param flags - the row's flags (`FactorRow.flags`), or undefined
 * @returns one `name: meaning` text per flag; none for a row without flags
 * @example
 * ```ts
 * import { rowFlagTexts } from "./rowFlagMeanings.js";
 * rowFlagTexts(["intervalAsPublished"]); // ["intervalAsPublished: the 95% interval is odd as published (e.g. a bound equal to the value); kept as published"]
 * rowFlagTexts(undefined); // []
 * ```
 * @category Factors
 */
export function rowFlagTexts(flags: readonly (typeof ROW_FLAGS)[number][] | undefined): string[] {
  return (flags ?? []).map((f) => `${f}: ${ROW_FLAG_MEANINGS[f]}`);
}
