import { CST, Composer, type Document, Lexer, LineCounter, type Node, Parser, isAlias, isMap, isScalar, isSeq } from "yaml";
import { ScenarioFileError } from "../errors.js";
import { MAX_SCENARIO_FILE_DEPTH } from "./maxScenarioFileDepth.js";
import { MAX_SCENARIO_FILE_NODES } from "./maxScenarioFileNodes.js";
import { type ScenarioFileSource, type SourcePath, fileProblem } from "./scenarioFileSource.js";
import { type YamlParserMessage, yamlSyntaxIssues } from "./yamlSyntaxIssues.js";

const TOO_COMPLEX = "SCENARIO_FILE_TOO_COMPLEX";
const SYNTAX = "SCENARIO_FILE_SYNTAX";

/** Lexer tokens that stand for at most one node each (about: `k: 1` is three tokens for two nodes). */
const NODE_TOKENS: ReadonlySet<string> = new Set(["scalar", "single-quoted-scalar", "double-quoted-scalar", "block-scalar-header", "alias", "flow-map-start", "flow-seq-start", "seq-item-ind", "explicit-key-ind", "map-value-ind", "comma"]);
/** Tokens the lexer adds that are not in the text (they take no place in it). */
const SYNTHETIC = new Set(["\x02", "\x18", "\x1f"]);

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

/**
 * Counts the file's nodes with the lexer alone (no tree kept) and refuses a file with far more
 * than {@link MAX_SCENARIO_FILE_NODES} before a tree is built: a tree of millions of tiny nodes
 * would not fit in memory. Twice the limit, as a token count is at most about twice the nodes.
 */
function refuseTooManyTokens(text: string, file: string): void {
  let count = 0;
  let offset = 0;
  let scalarText = false;
  for (const token of new Lexer().lex(text)) {
    const type: string | null = scalarText ? null : CST.tokenType(token);
    scalarText = type === "scalar";
    if (type !== null && NODE_TOKENS.has(type) && ++count > 2 * MAX_SCENARIO_FILE_NODES) {
      throw fileProblem(file, TOO_COMPLEX, `the file holds more than ${MAX_SCENARIO_FILE_NODES} values; a scenario file may hold at most ${MAX_SCENARIO_FILE_NODES} (MAX_SCENARIO_FILE_NODES)`, lineColumn(text, offset));
    }
    if (!SYNTHETIC.has(token)) offset += token.length;
  }
}

/** The offset of a list or mapping nested deeper than {@link MAX_SCENARIO_FILE_DEPTH}, walking the syntax tree without recursion. */
function tooDeep(tokens: readonly CST.Token[]): number | undefined {
  const stack: [CST.Token, number][] = [];
  for (const t of tokens) if (t.type === "document" && t.value !== undefined) stack.push([t.value, 0]);
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    const [token, depth] = top;
    if (token.type !== "block-map" && token.type !== "block-seq" && token.type !== "flow-collection") continue;
    if (depth + 1 > MAX_SCENARIO_FILE_DEPTH) return token.offset;
    for (const item of token.items) {
      if (item.key !== undefined && item.key !== null) stack.push([item.key, depth + 1]);
      if (item.value !== undefined) stack.push([item.value, depth + 1]);
    }
  }
  return undefined;
}

interface Walked {
  /** Each alias with the node it names. */
  readonly targets: Map<Node, Node>;
}

/**
 * One pass over the composed document, in document order: resolves every alias to the last node
 * anchored with its name before it, refuses duplicate keys, keys that are not plain scalars,
 * aliases that name no earlier node or the node they sit in, and a document that (with aliases
 * expanded) holds more than {@link MAX_SCENARIO_FILE_NODES} nodes or nests deeper than
 * {@link MAX_SCENARIO_FILE_DEPTH}. Linear in the size of the file as written; recursion is bounded
 * by the depth already checked on the syntax tree.
 */
function walk(doc: Document, file: string, lines: LineCounter): Walked {
  const at = (node: { range?: readonly number[] | null | undefined }) => {
    const offset = node.range?.[0];
    if (offset === undefined) return {};
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  const anchors = new Map<string, Node>();
  const targets = new Map<Node, Node>();
  const sizes = new Map<Node, { size: number; depth: number }>();
  const open = new Set<Node>();
  let count = 0;

  const visit = (node: Node | null | undefined, path: SourcePath, depth: number): number => {
    if (node === null || node === undefined) return 0;
    if (isAlias(node)) {
      const target = anchors.get(node.source);
      if (target === undefined) throw fileProblem(file, SYNTAX, `the alias *${node.source} names no anchor &${node.source} before it`, { path, ...at(node) });
      if (open.has(target)) throw fileProblem(file, SYNTAX, `the alias *${node.source} is inside the node it names (a value cannot contain itself)`, { path, ...at(node) });
      targets.set(node, target);
      const t = sizes.get(target) ?? { size: 1, depth: 0 };
      count += t.size;
      if (count > MAX_SCENARIO_FILE_NODES) {
        throw fileProblem(file, TOO_COMPLEX, `with the alias *${node.source} expanded (${t.size} values each time it is used), the file holds more than ${MAX_SCENARIO_FILE_NODES} values; a scenario file may hold at most ${MAX_SCENARIO_FILE_NODES} (MAX_SCENARIO_FILE_NODES)`, { path, ...at(node) });
      }
      if (depth + t.depth > MAX_SCENARIO_FILE_DEPTH) {
        throw fileProblem(file, TOO_COMPLEX, `with the alias *${node.source} expanded, lists and mappings nest more than ${MAX_SCENARIO_FILE_DEPTH} deep (MAX_SCENARIO_FILE_DEPTH)`, { path, ...at(node) });
      }
      return t.depth;
    }
    const before = count;
    if (++count > MAX_SCENARIO_FILE_NODES) throw fileProblem(file, TOO_COMPLEX, `the file holds more than ${MAX_SCENARIO_FILE_NODES} values; a scenario file may hold at most ${MAX_SCENARIO_FILE_NODES} (MAX_SCENARIO_FILE_NODES)`, { path, ...at(node) });
    let inner = 0;
    open.add(node);
    const anchor = (node as { anchor?: string }).anchor;
    if (anchor !== undefined) anchors.set(anchor, node); // an anchor names its node from where it stands
    if (isMap(node)) {
      if (depth + 1 > MAX_SCENARIO_FILE_DEPTH) throw fileProblem(file, TOO_COMPLEX, `lists and mappings nest more than ${MAX_SCENARIO_FILE_DEPTH} deep (MAX_SCENARIO_FILE_DEPTH)`, { path, ...at(node) });
      const seen = new Map<string, Node>();
      for (const pair of node.items) {
        const key = pair.key as Node | null;
        const keyNode = key !== null && isAlias(key) ? anchors.get(key.source) : key;
        if (keyNode !== undefined && keyNode !== null && !isScalar(keyNode)) throw fileProblem(file, SYNTAX, "a key must be a plain value (text or a number), not a list or mapping", { path, ...at(key as Node) });
        visit(key, path, depth + 1);
        const name = isScalar(keyNode) && keyNode.value !== null ? String(keyNode.value) : "";
        const first = seen.get(name);
        if (first !== undefined) {
          const firstLine = at(first).line;
          throw fileProblem(file, SYNTAX, `Map keys must be unique: "${name}" is already a key of this mapping${firstLine === undefined ? "" : ` (line ${firstLine})`}`, { path: [...path, name], ...at(key as Node) });
        }
        seen.set(name, key as Node);
        inner = Math.max(inner, visit(pair.value as Node | null, [...path, name], depth + 1));
      }
      inner += 1;
    } else if (isSeq(node)) {
      if (depth + 1 > MAX_SCENARIO_FILE_DEPTH) throw fileProblem(file, TOO_COMPLEX, `lists and mappings nest more than ${MAX_SCENARIO_FILE_DEPTH} deep (MAX_SCENARIO_FILE_DEPTH)`, { path, ...at(node) });
      node.items.forEach((item, i) => {
        inner = Math.max(inner, visit(item as Node | null, [...path, i], depth + 1));
      });
      inner += 1;
    }
    open.delete(node);
    if (anchor !== undefined) sizes.set(node, { size: count - before, depth: inner });
    return inner;
  };
  visit(doc.contents as Node | null, [], 0);
  return { targets };
}

/** Plain data of a node: aliases share the data of the node they name (so expansion costs no memory). */
function toData(node: Node | null | undefined, targets: ReadonlyMap<Node, Node>, made: Map<Node, unknown>): unknown {
  if (node === null || node === undefined) return null;
  if (isAlias(node)) {
    const target = targets.get(node) as Node;
    return made.has(target) ? made.get(target) : toData(target, targets, made);
  }
  let data: unknown;
  if (isScalar(node)) data = node.value;
  else if (isSeq(node)) data = node.items.map((item) => toData(item as Node | null, targets, made));
  else if (isMap(node)) {
    const object: Record<string, unknown> = {};
    for (const pair of node.items) {
      const key = pair.key as Node | null;
      const keyNode = key !== null && isAlias(key) ? targets.get(key) : key;
      const name = isScalar(keyNode) && keyNode.value !== null ? String(keyNode.value) : "";
      // defineProperty: a key "__proto__" is an own property like any other, never the prototype
      Object.defineProperty(object, name, { value: toData(pair.value as Node | null, targets, made), enumerable: true, writable: true, configurable: true });
    }
    data = object;
  }
  if ((node as { anchor?: string }).anchor !== undefined) made.set(node, data);
  return data;
}

/** The parser's messages, first line only, with their line and column. */
function parserMessages(errors: readonly { readonly code: string; readonly message: string; readonly pos: readonly number[] }[], lines: LineCounter): YamlParserMessage[] {
  return errors.map((e) => {
    const { line, col } = lines.linePos(e.pos[0] ?? 0);
    return { code: e.code, message: (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, ""), line, column: col };
  });
}

/**
 * Reads a YAML scenario file (YAML 1.2, core schema) into its content and the positions of its
 * values. Linear in the size of the file: the file is counted with the lexer before a tree is
 * built, nesting is checked on the syntax tree before it is composed, and duplicate keys are
 * found with one set per mapping. Aliases are resolved once each; with them expanded the file
 * must stay within {@link MAX_SCENARIO_FILE_NODES} values and {@link MAX_SCENARIO_FILE_DEPTH}
 * levels. A byte-order mark is allowed.
 *
 * @param text - the file's content
 * @param file - the file name shown in messages
 * @returns the content and where each value is written
 * @throws {@link ScenarioFileError} with code `SCENARIO_FILE_SYNTAX` (YAML syntax, duplicate key,
 *   unknown alias, a key that is a list or mapping) or `SCENARIO_FILE_TOO_COMPLEX` (too many
 *   values or too deep), with the line and column
 * @example
 * ```ts
 * import { readYamlScenarioFile } from "./readYamlScenarioFile.js";
 * const source = readYamlScenarioFile("profile: &p { value: 0.10 }\nrows: [*p, *p]\n", "a.yaml");
 * source.data; // { profile: { value: 0.1 }, rows: [{ value: 0.1 }, { value: 0.1 }] }
 * source.numberText(["rows", 1, "value"]); // "0.10"
 * source.position(["rows", 1]); // { line: 2, column: 12 }
 * ```
 * @category Scenario files
 */
export function readYamlScenarioFile(text: string, file: string): ScenarioFileSource {
  refuseTooManyTokens(text, file);
  const lines = new LineCounter();
  const tokens = [...new Parser(lines.addNewLine).parse(text)];
  const deep = tooDeep(tokens);
  if (deep !== undefined) throw fileProblem(file, TOO_COMPLEX, `lists and mappings nest more than ${MAX_SCENARIO_FILE_DEPTH} deep (MAX_SCENARIO_FILE_DEPTH)`, lineColumn(text, deep));
  const composer = new Composer({ uniqueKeys: false, strict: true });
  const docs = [...composer.compose(tokens, true, text.length)];
  const doc = docs[0] as Document;
  const errors = [...doc.errors, ...(docs.length > 1 ? [{ code: "MULTIPLE_DOCS", message: "a scenario file holds one YAML document; remove the second `---`", pos: [(docs[1] as Document).range?.[0] ?? 0] }] : [])];
  if (errors.length > 0) {
    throw new ScenarioFileError(file, yamlSyntaxIssues(text, parserMessages(errors, lines), (t) => {
      const counter = new LineCounter();
      const d = [...new Composer({ uniqueKeys: false, strict: true }).compose(new Parser(counter.addNewLine).parse(t), true, t.length)][0] as Document;
      return parserMessages(d.errors, counter);
    }), { code: SYNTAX });
  }
  const { targets } = walk(doc, file, lines);
  const data = toData(doc.contents as Node | null, targets, new Map());

  // Each mapping's keys are indexed once, on first use: locating many issues (one per unknown
  // key of a 20,000-key mapping) stays linear instead of a scan per issue.
  const keyIndex = new WeakMap<object, Map<string, { readonly key: Node; readonly value: Node | null | undefined }>>();
  const pairOfKey = (map: { items: readonly { key: unknown; value: unknown }[] }, key: string | number) => {
    let index = keyIndex.get(map);
    if (index === undefined) {
      index = new Map();
      for (const p of map.items) if (isScalar(p.key) && p.key.value !== null && !index.has(String(p.key.value))) index.set(String(p.key.value), { key: p.key, value: p.value as Node | null | undefined });
      keyIndex.set(map, index);
    }
    return index.get(String(key));
  };
  const valueOfKey = (map: { items: readonly { key: unknown; value: unknown }[] }, key: string | number): Node | null | undefined => pairOfKey(map, key)?.value;
  const nodeAt = (path: SourcePath): Node | undefined => {
    let node: Node | null | undefined = doc.contents as Node | null;
    for (const key of path) {
      if (node !== null && node !== undefined && isAlias(node)) node = targets.get(node);
      if (isMap(node)) node = valueOfKey(node, key);
      else if (isSeq(node) && typeof key === "number") node = node.items[key] as Node | null | undefined;
      else return undefined;
    }
    return node ?? undefined;
  };
  return {
    file,
    data,
    position(path) {
      for (let n = path.length; n >= 0; n--) {
        const offset = nodeAt(path.slice(0, n))?.range?.[0];
        if (offset !== undefined) {
          const { line, col } = lines.linePos(offset);
          return { line, column: col };
        }
      }
      return {};
    },
    keyPosition(path) {
      let parent: Node | null | undefined = nodeAt(path.slice(0, -1));
      if (parent !== undefined && isAlias(parent)) parent = targets.get(parent);
      const last = path[path.length - 1];
      const offset = isMap(parent) && last !== undefined ? pairOfKey(parent, last)?.key.range?.[0] : undefined;
      if (offset === undefined) return this.position(path);
      const { line, col } = lines.linePos(offset);
      return { line, column: col };
    },
    numberText(path) {
      let node = nodeAt(path);
      if (node !== undefined && isAlias(node)) node = targets.get(node);
      return isScalar(node) && typeof node.value === "number" && node.source !== undefined ? String(node.source) : undefined;
    },
  };
}
