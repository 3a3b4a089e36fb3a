/** Numbers as the page shows them: four significant digits, grouped (e.g. "12,350", "0.4521"). */
const FOUR = new Intl.NumberFormat("en-US", { maximumSignificantDigits: 4 });
/** Percentages: at most one decimal. Made once: building an Intl.NumberFormat costs about 0.1 ms, and every slider move writes a percentage for each control point. */
const PERCENT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 1 });

/**
 * A number for display.
 *
 * @param x - a finite number [any unit]
 * @returns the text, four significant digits, with thousands separators
 */
export function formatNumber(x: number): string {
  return FOUR.format(x === 0 ? 0 : x); // no "-0"
}

/**
 * A share as a percentage for display.
 *
 * @param x - a fraction (0.25 = 25%)
 * @returns e.g. "25%", "37.3%"
 */
export function formatPercent(x: number): string {
  return `${PERCENT.format(x * 100)}%`;
}
