import { CliFailure, EXIT } from "./exitCodes.js";

/**
 * The year of the text table's emissions section (`run --year`), checked against the scenario's
 * years before anything is computed.
 *
 * @param years - the scenario's years, in order
 * @param given - the option's value as typed, or `undefined`
 * @returns the year, or `undefined` when none was given (the table then shows the last)
 * @throws CliFailure (exit 2) for a value that is not a whole number or not one of the years
 * @example
 * ```ts
 * import { tableYear } from "./tableYear.js";
 * tableYear([2025, 2026, 2027], "2026"); // 2026
 * ```
 * @category Command line
 */
export function tableYear(years: readonly number[], given: string | undefined): number | undefined {
  if (given === undefined) return undefined;
  const year = /^\d{1,6}$/.test(given) ? Number(given) : undefined;
  if (year === undefined || !years.includes(year)) {
    throw new CliFailure(EXIT.usage, `cobenefits run: --year must be a year of the scenario, ${years[0]}-${years[years.length - 1]}; got "${given}"`);
  }
  return year;
}
