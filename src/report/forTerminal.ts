/**
 * The characters a terminal may act on instead of showing: C0 controls other than line feed and
 * tab (escape, carriage return, backspace, bell ...), DEL, the C1 controls U+0080-U+009F (CSI,
 * OSC in 8-bit form) and the bidirectional embeddings, overrides and isolates U+202A-U+202E and
 * U+2066-U+2069 that reorder what is shown ("Trojan Source", CVE-2021-42574).
 */
const UNSAFE = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text made safe to write to a terminal: every character a terminal could act on (escape
 * sequences that recolour, move the cursor, set the window title or make links; carriage return,
 * backspace; bidirectional overrides) is shown as its code in the form `\u001b` instead, so the
 * reader sees that something was there. Line feeds and tabs are kept. Applied to JSON text the
 * result is still JSON with the same value (`\u001b` is JSON's own escape).
 *
 * @param text - any text, e.g. holding names and ids from a scenario file
 * @returns the text with each unsafe character replaced by `\uXXXX` (six visible characters)
 * @example
 * ```ts
 * import { forTerminal } from "./forTerminal.js";
 * forTerminal("a\x1b]8;;https://x.test\x07link\nb\tc"); // "a\\u001b]8;;https://x.test\\u0007link\nb\tc"
 * ```
 * @category Report
 */
export function forTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
