import { type Node as JsonNode, type ParseError, createScanner, parseTree, printParseErrorCode } from "jsonc-parser";
import { LineCounter } from "yaml";
import { MAX_SCENARIO_FILE_DEPTH } from "./maxScenarioFileDepth.js";
import { MAX_SCENARIO_FILE_NODES } from "./maxScenarioFileNodes.js";
import { type ScenarioFileSource, type SourcePath, fileProblem } from "./scenarioFileSource.js";

const TOO_COMPLEX = "SCENARIO_FILE_TOO_COMPLEX";
const SYNTAX = "SCENARIO_FILE_SYNTAX";

/** jsonc-parser's token kinds (its `SyntaxKind`, a `const enum` that cannot be imported by name). */
const TOKEN = { openBrace: 1, closeBrace: 2, openBracket: 3, closeBracket: 4, null: 7, true: 8, false: 9, string: 10, number: 11, eof: 17 } as const;
const VALUE_TOKENS: ReadonlySet<number> = new Set([TOKEN.openBrace, TOKEN.openBracket, TOKEN.null, TOKEN.true, TOKEN.false, TOKEN.string, TOKEN.number]);

/** What each of jsonc-parser's error codes means, in words. */
const MESSAGES: Readonly<Record<string, string>> = {
  InvalidSymbol: "unexpected character (JSON has no single quotes, NaN, Infinity, hex numbers or plus signs)",
  InvalidNumberFormat: "not a JSON number",
  PropertyNameExpected: 'expected a key in double quotes (JSON allows no comma before "}")',
  ValueExpected: 'expected a value (JSON allows no comma before "]" or "}", and no empty file)',
  ColonExpected: 'expected ":" after the key',
  CommaExpected: 'expected "," between two values',
  CloseBraceExpected: 'expected "}" to close the object',
  CloseBracketExpected: 'expected "]" to close the list',
  EndOfFileExpected: "expected the end of the file after the value (a leading zero such as 01 is not a JSON number)",
  InvalidCommentToken: "JSON has no comments",
  UnexpectedEndOfComment: "JSON has no comments",
  UnexpectedEndOfString: 'the text has no closing double quote (")',
  UnexpectedEndOfNumber: "the number ends too early (e.g. 1. or 1e)",
  InvalidUnicode: "a \\u escape needs four hex digits",
  InvalidEscapeCharacter: 'not a JSON escape (JSON has \\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)',
  InvalidCharacter: "a control character (tab, line break ...) inside text must be escaped, e.g. \\t or \\n",
};

/**
 * Counts values and nesting with the scanner alone (no tree kept), so that a file with too many
 * values or too deep a nesting is refused before the parser (recursive) builds a tree.
 */
function refuseTooComplex(text: string, file: string, where: (offset: number) => { line: number; column: number }): void {
  const scanner = createScanner(text, true);
  let depth = 0;
  let count = 0;
  for (let kind: number = scanner.scan(); kind !== TOKEN.eof; kind = scanner.scan()) {
    if (VALUE_TOKENS.has(kind) && ++count > MAX_SCENARIO_FILE_NODES) {
      throw fileProblem(file, TOO_COMPLEX, `the file holds more than ${MAX_SCENARIO_FILE_NODES} values; a scenario file may hold at most ${MAX_SCENARIO_FILE_NODES} (MAX_SCENARIO_FILE_NODES)`, where(scanner.getTokenOffset()));
    }
    if (kind === TOKEN.openBrace || kind === TOKEN.openBracket) {
      if (++depth > MAX_SCENARIO_FILE_DEPTH) throw fileProblem(file, TOO_COMPLEX, `lists and objects nest more than ${MAX_SCENARIO_FILE_DEPTH} deep (MAX_SCENARIO_FILE_DEPTH)`, where(scanner.getTokenOffset()));
    } else if ((kind === TOKEN.closeBrace || kind === TOKEN.closeBracket) && depth > 0) depth--;
  }
}

/**
 * Plain data of a parsed JSON node; refuses a key used twice in one object. Recursion is
 * bounded by the nesting already checked.
 */
function toData(node: JsonNode, file: string, where: (offset: number) => { line: number; column: number }, path: SourcePath): unknown {
  if (node.type === "array") return (node.children ?? []).map((child, i) => toData(child, file, where, [...path, i]));
  if (node.type !== "object") return node.value as unknown;
  const object: Record<string, unknown> = {};
  const seen = new Map<string, number>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue; // a syntax error, already reported
    const name = String(key.value);
    const first = seen.get(name);
    if (first !== undefined) {
      throw fileProblem(file, SYNTAX, `Map keys must be unique: "${name}" is already a key of this object (line ${where(first).line})`, { path: [...path, name], ...where(key.offset) });
    }
    seen.set(name, key.offset);
    // defineProperty: a key "__proto__" is an own property like any other, never the prototype
    Object.defineProperty(object, name, { value: toData(value, file, where, [...path, name]), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/**
 * Reads a JSON scenario file into its content and the positions of its values, with JSON's own
 * grammar (RFC 8259: no comments, no trailing commas, no single quotes) and the position of the
 * first syntax error from the parser itself (jsonc-parser), so it is right on every JavaScript
 * engine. A UTF-8 byte-order mark at the start is allowed. Duplicate keys are refused. The file
 * must stay within {@link MAX_SCENARIO_FILE_NODES} values and {@link MAX_SCENARIO_FILE_DEPTH}
 * levels, checked before the tree is built.
 *
 * @param text - the file's content
 * @param file - the file name shown in messages
 * @returns the content and where each value is written
 * @throws {@link ScenarioFileError} with code `SCENARIO_FILE_SYNTAX` (JSON syntax, duplicate key)
 *   or `SCENARIO_FILE_TOO_COMPLEX` (too many values or too deep), with the line and column
 * @example
 * ```ts
 * import { readJsonScenarioFile } from "./readJsonScenarioFile.js";
 * const source = readJsonScenarioFile('{\n  "level": { "value": 0.10 }\n}', "a.json");
 * source.data; // { level: { value: 0.1 } }
 * source.numberText(["level", "value"]); // "0.10"
 * let where: unknown;
 * try { readJsonScenarioFile('{\n  "a": 1\n  "b": 2\n}', "a.json"); } catch (e) { where = (e as { issues: unknown[] }).issues[0]; }
 * where; // { code: "syntax", path: [], message: 'expected "," between two values', line: 3, column: 3 }
 * ```
 * @category Scenario files
 */
export function readJsonScenarioFile(text: string, file: string): ScenarioFileSource {
  const body = text.startsWith("\uFEFF") ? text.slice(1) : text; // the BOM takes no column
  const lines = new LineCounter();
  lines.addNewLine(0);
  for (let i = body.indexOf("\n"); i !== -1; i = body.indexOf("\n", i + 1)) lines.addNewLine(i + 1);
  const where = (offset: number) => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  refuseTooComplex(body, file, where);
  const errors: ParseError[] = [];
  const root = parseTree(body, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined || root === undefined) {
    let offset = first?.offset ?? 0;
    if (first !== undefined && printParseErrorCode(first.error) === "InvalidCharacter") {
      // jsonc-parser points at the start of the text; point at the character itself
      const inside = body.slice(offset + 1, offset + first.length + 1).search(/[\u0000-\u001f]/);
      if (inside !== -1) offset += inside + 1;
    }
    throw fileProblem(file, SYNTAX, MESSAGES[printParseErrorCode(first?.error ?? 4)] ?? "not valid JSON", where(offset));
  }
  const data = toData(root, file, where, []);
  // Each object's keys are indexed once, on first use, so locating many issues stays linear
  // (jsonc-parser's findNodeAtLocation scans an object's properties at every call).
  const keyIndex = new WeakMap<JsonNode, Map<string, JsonNode>>();
  const nodeAt = (path: readonly (string | number)[]): JsonNode | undefined => {
    let node: JsonNode | undefined = root;
    for (const key of path) {
      if (node?.type === "object") {
        let index = keyIndex.get(node);
        if (index === undefined) {
          index = new Map();
          for (const p of node.children ?? []) {
            const [k, v] = p.children ?? [];
            if (k !== undefined && v !== undefined && !index.has(String(k.value))) index.set(String(k.value), v);
          }
          keyIndex.set(node, index);
        }
        node = index.get(String(key));
      } else if (node?.type === "array" && typeof key === "number") node = node.children?.[key];
      else return undefined;
    }
    return node;
  };
  return {
    file,
    data,
    position(path) {
      for (let n = path.length; n >= 0; n--) {
        const node = nodeAt(path.slice(0, n));
        if (node !== undefined) return where(node.offset);
      }
      return {};
    },
    keyPosition(path) {
      const key = nodeAt(path)?.parent?.children?.[0];
      return key === undefined ? this.position(path) : where(key.offset);
    },
    numberText(path) {
      const node = nodeAt(path);
      return node?.type === "number" ? body.slice(node.offset, node.offset + node.length) : undefined;
    },
  };
}
