/**
 * Code point ranges a terminal shows two columns wide: East Asian Wide and Fullwidth characters
 * (Unicode Standard Annex #11, East_Asian_Width W and F): Hangul Jamo, CJK radicals and symbols,
 * kana, CJK ideographs and their extensions, Yi, Hangul syllables, compatibility ideographs,
 * CJK compatibility and small forms, fullwidth forms, and the emoji blocks terminals draw wide.
 */
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff], [0xa000, 0xa4cf], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

/** Code points shown with no width of their own: combining marks, zero-width spaces and joiners, variation selectors. */
const ZERO: readonly (readonly [number, number])[] = [[0x0300, 0x036f], [0x200b, 0x200f], [0x3099, 0x309a], [0xfe00, 0xfe0f]];

const within = (ranges: readonly (readonly [number, number])[], cp: number) => ranges.some(([a, b]) => cp >= a && cp <= b);

/**
 * The number of terminal columns a text takes: two for each East Asian wide or fullwidth
 * character (Chinese, Japanese kana and kanji, Korean Hangul; UAX #11), none for combining marks
 * and zero-width characters, one for every other character (Latin, Cyrillic as Mongolian writes
 * it, digits). Tables align their columns by it, so a column of Chinese or Korean ids lines up.
 *
 * @param text - one line of text
 * @returns its width [terminal columns]
 * @example
 * ```ts
 * import { displayWidth } from "./displayWidth.js";
 * [displayWidth("coal"), displayWidth("煤改电"), displayWidth("전기버스"), displayWidth("Улаанбаатар")]; // [4, 6, 8, 11]
 * ```
 * @category Report
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    width += cp < 0x300 ? 1 : within(ZERO, cp) ? 0 : within(WIDE, cp) ? 2 : 1;
  }
  return width;
}

/**
 * A text padded with spaces to a display width (see {@link displayWidth}), on the right (`end`)
 * or on the left (`start`); a text already as wide or wider is returned as it is.
 *
 * @param text - one line of text
 * @param width - the width to reach [terminal columns]
 * @param side - where the spaces go: `end` aligns left, `start` aligns right
 * @returns the padded text
 * @example
 * ```ts
 * import { padDisplay } from "./displayWidth.js";
 * [padDisplay("煤改电", 8, "end"), padDisplay("12", 4, "start")]; // ["煤改电  ", "  12"]
 * ```
 * @category Report
 */
export function padDisplay(text: string, width: number, side: "start" | "end"): string {
  const pad = " ".repeat(Math.max(0, width - displayWidth(text)));
  return side === "end" ? text + pad : pad + text;
}
