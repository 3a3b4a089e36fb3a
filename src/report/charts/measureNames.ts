import { displayWidth } from "../displayWidth.js";
import { chartText } from "./chartText.js";

/**
 * A label broken into lines of at most `width` display columns, at spaces (and, for Chinese,
 * Japanese and Korean text, which has none, between any two wide characters), never cut: a word
 * longer than a line keeps a line of its own. Charts show measures by their labels this way,
 * whole, on as many lines as they need.
 *
 * @param text - the label
 * @param width - the widest line [display columns, a CJK character counting two]
 * @returns the lines, at least one
 * @example
 * ```ts
 * import { wrapLabel } from "./measureNames.js";
 * wrapLabel("Industrial boilers to natural gas", 16); // ["Industrial", "boilers to", "natural gas"]
 * wrapLabel("燃煤锅炉改燃气", 8); // ["燃煤锅炉", "改燃气"]
 * ```
 * @category Charts
 */
export function wrapLabel(text: string, width: number): string[] {
  const words = text.split(/\s+/).filter((w) => w !== "").flatMap((w) => (displayWidth(w) > width && /[\u1100-\uffff]/.test(w) ? [...w] : [w]));
  const lines: string[] = [];
  let line = "";
  for (const w of words) {
    const wide = displayWidth(w) === 2 * [...w].length && /[^\x00-\x7f]/.test(w);
    const joined = line === "" ? w : wide && /[^\x00-\x7f]$/.test(line) ? `${line}${w}` : `${line} ${w}`;
    if (line !== "" && displayWidth(joined) > width) {
      lines.push(line);
      line = w;
    } else line = joined;
  }
  lines.push(line);
  return lines;
}

/**
 * The names charts show for measures: each measure's `label` where it has one, else its id, made
 * safe with `chartText`; two measures that would show the same name get their ids added, so no
 * two points or bars share a name.
 *
 * @param ids - the measure ids, in order
 * @param labels - labels by measure id (from the scenario's measures)
 * @returns the name of each id
 * @example
 * ```ts
 * import { measureNames } from "./measureNames.js";
 * measureNames(["a", "b", "c"], { a: "Buses to electric", b: "Buses to electric" }); // { a: "Buses to electric (a)", b: "Buses to electric (b)", c: "c" }
 * ```
 * @category Charts
 */
export function measureNames(ids: readonly string[], labels: Readonly<Record<string, string>> = {}): Record<string, string> {
  const shown = (id: string) => chartText(Object.hasOwn(labels, id) ? labels[id]! : id);
  const count = new Map<string, number>();
  for (const id of ids) count.set(shown(id), (count.get(shown(id)) ?? 0) + 1);
  return Object.fromEntries(ids.map((id) => [id, count.get(shown(id))! > 1 ? `${shown(id)} (${chartText(id)})` : shown(id)]));
}
