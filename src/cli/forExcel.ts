/**
 * CSV text for Excel (`run --excel`): a UTF-8 byte order mark in front, which Excel needs to read
 * the file as UTF-8. Without it, Excel on a Chinese, Korean or Japanese Windows reads the file in
 * the system's code page and shows 煤改电 as 鐓ゆ敼鐢. Not the default: other tools (pandas' `utf-8`,
 * R's `read.csv`, `cut`) keep the mark as part of the first column's name. The readers of
 * cobenefits (`parseCsv`, `tidyTableFromCsv`, the inventory CSV readers) accept both.
 *
 * @param csv - CSV text
 * @returns the same text with a byte order mark at the start (once)
 * @example
 * ```ts
 * import { forExcel } from "./forExcel.js";
 * forExcel("measure\n煤改电\n"); // "\uFEFFmeasure\n煤改电\n"
 * ```
 * @category Command line
 */
export function forExcel(csv: string): string {
  return csv.startsWith("\uFEFF") ? csv : `\uFEFF${csv}`;
}
