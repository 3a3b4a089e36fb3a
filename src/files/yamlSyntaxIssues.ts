import type { FileIssue } from "../errors.js";

/** A YAML parser message with its code (the yaml library's) and where it points. */
export interface YamlParserMessage {
  readonly code: string;
  readonly message: string;
  readonly line: number;
  readonly column: number;
}

/** Parser codes that an indentation slip produces (one slip often gives several of them). */
const INDENTATION = new Set(["BAD_INDENT", "BLOCK_AS_IMPLICIT_KEY", "MULTILINE_IMPLICIT_KEY", "TAB_AS_INDENT", "UNEXPECTED_TOKEN"]);
const isIndentation = (m: YamlParserMessage) => INDENTATION.has(m.code) || (m.code === "MISSING_CHAR" && /indicator/.test(m.message));

const indentOf = (line: string) => line.length - line.trimStart().length;
const isContent = (line: string) => line.trim() !== "" && !line.trimStart().startsWith("#");
/** Files up to this size are re-read to find the line of an indentation slip; larger ones get the parser's message. */
const REREAD_LIMIT = 256 * 1024;

/** The nearest content lines above and below line `i` (0-based), up to `n` each way. */
function around(lines: readonly string[], i: number, n: number): number[] {
  const out: number[] = [];
  for (let j = i - 1; j >= 0 && out.length < n; j--) if (isContent(lines[j]!)) out.push(j);
  const below: number[] = [];
  for (let j = i + 1; j < lines.length && below.length < n; j++) if (isContent(lines[j]!)) below.push(j);
  return [...out, ...below];
}

/**
 * The line of an indentation slip between `from` and `to` (1-based), found by trying: a line
 * that, re-indented to a column its neighbours use, leaves no parser message between `from` - 2
 * and `to` + 2. The lines where the parser stopped are tried first, then the lines next to them.
 */
function slipLine(lines: readonly string[], from: number, to: number, reread: (text: string) => readonly YamlParserMessage[]): { line: number; indent: number; fixed: number; rest: readonly YamlParserMessage[] } | undefined {
  const tried = new Set<number>();
  const order = [...Array.from({ length: to - from + 1 }, (_, k) => from - 1 + k), from - 2, to, from - 3, to + 1].filter((i) => i >= 0 && i < lines.length && isContent(lines[i]!));
  for (const i of order) {
    if (tried.has(i)) continue;
    tried.add(i);
    const line = lines[i]!;
    const indent = indentOf(line);
    const near = around(lines, i, 6).map((j) => indentOf(lines[j]!));
    const above = near[0]; // the line above: a tie goes to its column, then to the deeper one
    const dashed = (j: number) => /^\s*-(?: |$)/.test(lines[j] ?? "");
    const columns = [...new Set([...near, ...around(lines, i, 6).filter(dashed).map((j) => indentOf(lines[j]!) + 2), ...near.map((c) => c - 2)])].filter((c) => c >= 0 && c !== indent).sort((a, b) => Math.abs(a - indent) - Math.abs(b - indent) || Number(b === above) - Number(a === above) || b - a);
    for (const c of columns) {
      const text = [...lines.slice(0, i), `${" ".repeat(c)}${line.trimStart()}`, ...lines.slice(i + 1)].join("\n");
      const rest = reread(text);
      if (!rest.some((m) => m.line >= from - 2 && m.line <= to + 2)) return { line: i + 1, indent, fixed: c, rest };
    }
  }
  return undefined;
}

/**
 * One issue per YAML syntax slip. The parser often reports one slip several times (an indentation
 * slip as "Nested mappings are not allowed in compact mappings", "Implicit keys need to be on a
 * single line" and more, on that line and the next, and once more where the mapping ends):
 * messages on adjacent lines are taken as one slip, reported once. For an indentation slip the
 * line out of place is found by trying each nearby line at the columns its neighbours use, reading
 * the file again each time (`reread`; files up to 256 KiB): the message names that line and the
 * column that makes the file read, and drops later messages the same fix clears. A tab in the
 * indentation is named as such.
 *
 * @param text - the file's text
 * @param messages - the parser's messages, in any order
 * @param reread - the parser's messages for another text (to try a re-indented line)
 * @returns one syntax issue per slip, in the order of the file
 * @example
 * ```ts
 * import { parseDocument } from "yaml";
 * import { yamlSyntaxIssues } from "./yamlSyntaxIssues.js";
 * const read = (t: string) => parseDocument(t).errors.map((e) => ({ code: e.code, message: e.message.split(" at line")[0]!, line: e.linePos![0].line, column: e.linePos![0].col }));
 * const text = "baseline:\n  - id: a\n    sector: 1.A\n     fuel: lpg\n";
 * yamlSyntaxIssues(text, read(text), read).map((i) => [i.line, i.message]); // [[4, "line 4 is indented 5 spaces; indented 4, as the lines around it, the file reads (the keys of one mapping, and the dashes of one list, start in the same column)"]]
 * ```
 * @category Scenario files
 */
export function yamlSyntaxIssues(text: string, messages: readonly YamlParserMessage[], reread: (text: string) => readonly YamlParserMessage[]): FileIssue[] {
  const sorted = [...messages].sort((a, b) => a.line - b.line || a.column - b.column);
  const slips: YamlParserMessage[][] = [];
  for (const m of sorted) {
    const last = slips[slips.length - 1];
    const lastLine = last?.[last.length - 1]?.line;
    if (last !== undefined && lastLine !== undefined && m.line <= lastLine + 1) last.push(m);
    else slips.push([m]);
  }
  const lines = text.split(/\r?\n/);
  const issues: FileIssue[] = [];
  let cleared: readonly YamlParserMessage[] | undefined; // what remained after the last fix found
  for (const slip of slips) {
    const first = slip[0]!;
    const to = slip[slip.length - 1]!.line;
    if (cleared !== undefined && !cleared.some((m) => m.line >= first.line - 2 && m.line <= to + 2)) continue; // the fix of an earlier slip clears this one too
    const tabLine = [first.line - 1, first.line].find((l) => /^ *\t/.test(lines[l - 1] ?? ""));
    if (tabLine !== undefined && slip.some(isIndentation)) {
      issues.push({ code: "syntax", path: [], message: `line ${tabLine} is indented with a tab: YAML indents with spaces only`, line: tabLine, column: 1 });
      continue;
    }
    const found = slip.some(isIndentation) && text.length <= REREAD_LIMIT ? slipLine(lines, first.line, to, reread) : undefined;
    if (found === undefined) {
      issues.push({ code: "syntax", path: [], message: first.message, line: first.line, column: first.column });
      continue;
    }
    cleared = found.rest;
    issues.push({ code: "syntax", path: [], message: `line ${found.line} is indented ${found.indent} spaces; indented ${found.fixed}, as the lines around it, the file reads (the keys of one mapping, and the dashes of one list, start in the same column)`, line: found.line, column: found.indent + 1 });
  }
  return issues.filter((issue, i) => issues.findIndex((o) => o.line === issue.line && o.column === issue.column) === i); // two slips found at one line are one
}
